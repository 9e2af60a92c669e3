import type { ContactPreferences } from './types';

/** A saved version, as the store keeps it (lib/store's PreferencesRecord). */
export interface SavedPreferences {
  id: string;
  formKey: string;
  savedAt: string;
  value: Record<string, unknown> | ContactPreferences;
}

export const CSV_COLUMNS = [
  'form', 'saved_id', 'saved_at', 'carer', 'carer_id', 'name', 'relationship', 'gets_reports', 'channels',
  'best_days', 'best_times', 'avoid', 'language', 'interpreter', 'interpreter_language', 'prefers_talking',
  'access', 'access_note', 'good_news', 'consent_agreed', 'consent_version', 'consent_at',
] as const;

/**
 * One field, quoted as RFC 4180 says: in double quotes when it holds a comma, a quote, or a
 * line break, with each quote doubled. A field starting with = + - @ (or a tab or carriage
 * return) gets a ' in front, so a spreadsheet shows it rather than running it as a formula.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^[+-]?[\d\s()]+$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const yes = (value: unknown) => (value === true ? 'yes' : 'no');
const list = (value: unknown) => (Array.isArray(value) ? value.filter((item) => typeof item === 'string').join('; ') : '');
const str = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * Everything saved on one device, for staff: one row per carer per saved version, oldest
 * first, lines ending CRLF. Channels are in the family's order: "1 phone: 07700 900123; 2 email: …".
 */
export function preferencesToCsv(records: readonly SavedPreferences[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const record of records) {
    const value = record.value as Partial<ContactPreferences>;
    const consent = (value.consent ?? {}) as Partial<ContactPreferences['consent']>;
    const carers = Array.isArray(value.carers) ? value.carers : [];
    carers.forEach((carer, index) => {
      const channels = (Array.isArray(carer.channels) ? carer.channels : [])
        .map((choice, position) => `${position + 1} ${str(choice.channel)}${str(choice.address) ? `: ${str(choice.address)}` : ''}`)
        .join('; ');
      rows.push([
        record.formKey, record.id, record.savedAt, String(index + 1), str(carer.id), str(carer.name), str(carer.relationship),
        yes(carer.getsReports), channels, list(carer.bestDays), list(carer.bestTimes), str(carer.avoid), str(carer.language),
        yes(carer.interpreter), str(carer.interpreterLanguage), yes(carer.prefersTalking), list(carer.access), str(carer.accessNote),
        yes(carer.goodNews), yes(consent.agreed), str(consent.version), str(consent.agreedAt),
      ]);
    });
  }
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
