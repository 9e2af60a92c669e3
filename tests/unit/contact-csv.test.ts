import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, preferencesToCsv } from '../../lib/contact/csv';
import { emptyCarer } from '../../lib/contact/validate';

/** A small RFC 4180 reader, to check the export reads back as written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (char === '"') quoted = false; else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') { row.push(field); field = ''; } else if (char === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += char;
  }
  return rows;
}

describe('csvField', () => {
  it('quotes commas, quotes and line breaks, and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
  });
  it('keeps a spreadsheet from running a field as a formula, but leaves phone numbers alone', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('+44 7700 900123')).toBe('+44 7700 900123');
  });
});

describe('preferencesToCsv', () => {
  it('writes one row per carer per saved version, with CRLF line ends, that reads back the same', () => {
    const mum = { ...emptyCarer('c1'), name: 'Amira Khan, Mrs', relationship: 'Mum', channels: [{ channel: 'text' as const, address: '07700 900123' }, { channel: 'app' as const, address: '' }], bestDays: ['mon' as const, 'wed' as const], avoid: 'Not Fridays "12 to 2"\nprayers', language: 'ur', interpreter: true, interpreterLanguage: 'ur', goodNews: true };
    const dad = { ...emptyCarer('c2'), name: 'Imran Khan', getsReports: false, channels: [{ channel: 'letter' as const, address: '1 Acorn Lane\nOakfield' }], access: ['large-print' as const] };
    const csv = preferencesToCsv([
      { id: 'r1', formKey: 'P7', savedAt: '2026-11-24T10:00:00.000Z', value: { schemaVersion: 1, carers: [mum, dad], consent: { agreed: true, version: '2', agreedAt: '2026-11-24T09:59:00.000Z' } } },
      { id: 'r2', formKey: 'P8', savedAt: '2026-11-25T10:00:00.000Z', value: { schemaVersion: 1, carers: [mum], consent: { agreed: false, version: '2', agreedAt: '' } } },
    ]);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    const record = (row: string[]) => Object.fromEntries(CSV_COLUMNS.map((column, index) => [column, row[index]]));
    expect(record(rows[1]!)).toMatchObject({
      form: 'P7', saved_id: 'r1', carer: '1', name: 'Amira Khan, Mrs', channels: '1 text: 07700 900123; 2 app', best_days: 'mon; wed',
      avoid: 'Not Fridays "12 to 2"\nprayers', language: 'ur', interpreter: 'yes', interpreter_language: 'ur', good_news: 'yes', gets_reports: 'yes',
      consent_agreed: 'yes', consent_version: '2', consent_at: '2026-11-24T09:59:00.000Z',
    });
    expect(record(rows[2]!)).toMatchObject({ carer: '2', name: 'Imran Khan', gets_reports: 'no', channels: '1 letter: 1 Acorn Lane\nOakfield', access: 'large-print' });
    expect(record(rows[3]!)).toMatchObject({ form: 'P8', consent_agreed: 'no' });
  });
  it('writes only the header for an empty device', () => {
    expect(preferencesToCsv([])).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});
