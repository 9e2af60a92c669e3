import { describe, expect, it } from 'vitest';
import {
  decodeAttendance, decodeCat4, decodeGcse, decodeGcseLetter, decodePercentile, decodePhonics,
  decodeScaledScore, decodeStanine, decodeTimesTables, renderMessages,
} from '../../lib/engine/decoders';
import { englishValues } from '../../lib/engine/index';

const say = (messages: ReturnType<typeof decodeGcse>) => (messages ? renderMessages(messages, undefined, englishValues) : null);

describe('decoders', () => {
  it('explain every GCSE grade from 9 to 1, and U', () => {
    for (let grade = 1; grade <= 9; grade++) expect(say(decodeGcse(grade))).toMatch(new RegExp(`^Grade ${grade} `));
    expect(say(decodeGcse('U'))).toMatch(/ungraded/);
    expect(say(decodeGcse(4))).toMatch(/pass/);
    expect(decodeGcse(10)).toBeNull();
    expect(decodeGcse(0)).toBeNull();
  });

  it('relate old letter grades to the numbers', () => {
    expect(say(decodeGcseLetter('C'))).toMatch(/grade 4/);
    expect(say(decodeGcseLetter('A*'))).toMatch(/8 or 9/);
    expect(decodeGcseLetter('H')).toBeNull();
  });

  it('place scaled scores around the expected standard of 100', () => {
    expect(say(decodeScaledScore(99, 'ks2'))).toMatch(/not yet reached/);
    expect(say(decodeScaledScore(100, 'ks2'))).toMatch(/reached the expected standard/);
    expect(say(decodeScaledScore(112, 'ks2'))).toMatch(/well above/);
    expect(say(decodeScaledScore(80, 'ks2'))).toMatch(/80 to 120/);
    expect(decodeScaledScore(82, 'ks1')).toBeNull();
    expect(decodeScaledScore(121, 'ks2')).toBeNull();
  });

  it('use the phonics pass mark of 32 out of 40', () => {
    expect(say(decodePhonics(32))).toMatch(/meets the usual pass mark/);
    expect(say(decodePhonics(31))).toMatch(/take it again/);
    expect(decodePhonics(41)).toBeNull();
  });

  it('explain the times tables check out of 25, with no pass mark', () => {
    expect(say(decodeTimesTables(25))).toMatch(/Full marks/);
    expect(say(decodeTimesTables(19))).toMatch(/19 out of 25.*no pass mark/);
    expect(decodeTimesTables(26)).toBeNull();
  });

  it('turn attendance into days and sessions missed in a 190-day year', () => {
    expect(say(decodeAttendance(95))).toMatch(/about 10 days .*\(19 morning or afternoon sessions\)/);
    expect(say(decodeAttendance(90))).toMatch(/19 days.*persistent absence/);
    expect(say(decodeAttendance(50))).toMatch(/95 days.*severe absence/);
    expect(say(decodeAttendance(99.9))).toMatch(/about 1 day of school/);
    expect(say(decodeAttendance(100))).toMatch(/did not miss any/);
    expect(decodeAttendance(101)).toBeNull();
  });

  it('band CAT4 scores, stanines and percentiles', () => {
    expect(say(decodeCat4(100))).toMatch(/about average/);
    expect(say(decodeCat4(70))).toMatch(/well below/);
    expect(say(decodeCat4(130))).toMatch(/well above/);
    expect(say(decodeStanine(5))).toMatch(/average/);
    expect(say(decodeStanine(2))).toMatch(/below average/);
    expect(say(decodePercentile(60))).toMatch(/better than about 60 in every 100/);
    expect(decodeCat4(150)).toBeNull();
    expect(decodeStanine(0)).toBeNull();
    expect(decodePercentile(100)).toBeNull();
  });

  it('fall back to English for a key the language lacks', () => {
    const text = renderMessages([{ key: 'gcse.4' }, { key: 'gcse.plus' }], { gcse: { '4': 'Gradd 4.' } }, englishValues);
    expect(text).toBe('Gradd 4. The + means near the top of this grade.');
  });

  it('write numbers as each language does, in the digits the report uses, with its plural forms', () => {
    const polish = { attendance: { missed_few: '{{percent}}% to około {{days}} dni ({{sessions}})', missed_many: '{{percent}}% to około {{days}} dni', missed_other: '{{percent}}% to około {{days}} dnia' } };
    expect(renderMessages(decodeAttendance(98.5)!, polish, englishValues, 'pl')).toBe('98,5% to około 3 dni (6)');
    const arabic = { attendance: { missed_other: '{{percent}}٪: {{days}}' } };
    expect(renderMessages(decodeAttendance(93.1)!, arabic, englishValues, 'ar')).toBe('93.1٪: 13');
    expect(renderMessages(decodeAttendance(93.1)!, undefined, englishValues, 'bn')).toMatch(/^93\.1% attendance means missing about 13 days/);
  });
});
