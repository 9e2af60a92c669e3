/**
 * Decoders turn a grade, score or percentage into plain words. Each returns messages (keys
 * into a language's values.json with their parameters), so the words can be translated, or
 * null when the number is not a valid value of that kind.
 */

export interface Message {
  key: string;
  params?: Record<string, string | number>;
  /** Picks the `_one` or `_other` form of the key. */
  count?: number;
}

/** A school year in England and Wales is 190 days; each day has two sessions. */
export const SCHOOL_DAYS_PER_YEAR = 190;

type Decoded = Message[] | null;

export function decodeGcse(grade: number | 'U', modifier = ''): Decoded {
  if (grade !== 'U' && !(Number.isInteger(grade) && grade >= 1 && grade <= 9)) return null;
  const messages: Message[] = [{ key: `gcse.${grade}` }];
  if (modifier === '+') messages.push({ key: 'gcse.plus' });
  if (modifier === '-') messages.push({ key: 'gcse.minus' });
  return messages;
}

const LETTER_GRADES = new Set(['A*', 'A', 'B', 'C*', 'C', 'D', 'E', 'F', 'G', 'U']);

export function decodeGcseLetter(letter: string): Decoded {
  return LETTER_GRADES.has(letter) ? [{ key: `gcseLetter.${letter}` }] : null;
}

/** Key stage 1 scores run 85–115 and key stage 2 scores 80–120; 100 is the expected standard. */
export function decodeScaledScore(score: number, stage: 'ks1' | 'ks2'): Decoded {
  const [min, max, high] = stage === 'ks1' ? [85, 115, 110] : [80, 120, 110];
  if (!Number.isInteger(score) || score < min || score > max) return null;
  const band = score < 100 ? 'below' : score >= high ? 'high' : 'expected';
  return [{ key: `scaledScore.${band}`, params: { score } }, { key: 'scaledScore.range', params: { min, max } }];
}

/** The phonics screening check has 40 words; the pass mark has been 32 every year since 2012. */
export function decodePhonics(score: number): Decoded {
  if (!Number.isInteger(score) || score < 0 || score > 40) return null;
  return [{ key: score >= 32 ? 'phonics.met' : 'phonics.notMet', params: { score } }];
}

/** The multiplication tables check has 25 questions and no pass mark. */
export function decodeTimesTables(score: number): Decoded {
  if (!Number.isInteger(score) || score < 0 || score > 25) return null;
  return [{ key: score === 25 ? 'timesTables.full' : 'timesTables.score', params: { score } }];
}

/** Persistent absence is missing 10% or more of sessions; severe absence is 50% or more. */
export function decodeAttendance(percent: number): Decoded {
  if (!(percent >= 0 && percent <= 100)) return null;
  if (percent === 100) return [{ key: 'attendance.full', params: { percent } }];
  const missedDays = ((100 - percent) / 100) * SCHOOL_DAYS_PER_YEAR;
  const days = Math.max(1, Math.round(missedDays));
  const sessions = Math.max(1, Math.round(missedDays * 2));
  const messages: Message[] = [{ key: 'attendance.missed', count: days, params: { percent, days, sessions } }];
  if (percent <= 50) messages.push({ key: 'attendance.severe' });
  else if (percent <= 90) messages.push({ key: 'attendance.persistent' });
  return messages;
}

/** CAT4 and other standard age scores: the average is 100 and most children score 89–111. */
export function decodeCat4(score: number): Decoded {
  if (!Number.isInteger(score) || score < 60 || score > 141) return null;
  const band = score <= 73 ? 'veryLow' : score <= 88 ? 'belowAverage' : score <= 111 ? 'average'
    : score <= 126 ? 'aboveAverage' : 'veryHigh';
  return [{ key: `cat4.${band}`, params: { score } }];
}

export function decodeStanine(stanine: number): Decoded {
  if (!Number.isInteger(stanine) || stanine < 1 || stanine > 9) return null;
  const band = stanine <= 3 ? 'low' : stanine <= 6 ? 'average' : 'high';
  return [{ key: `stanine.${band}`, params: { score: stanine } }];
}

export function decodePercentile(percentile: number): Decoded {
  if (!Number.isInteger(percentile) || percentile < 1 || percentile > 99) return null;
  return [{ key: 'percentile.score', params: { score: percentile } }];
}

export type ValueStrings = { [key: string]: string | ValueStrings };

function lookup(strings: ValueStrings | undefined, path: string): string | undefined {
  let node: string | ValueStrings | undefined = strings;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The plural category of a count in a language ("one", "few", "other"…). */
function pluralOf(lang: string, count: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/**
 * A number as the language writes it ("93,1" in Polish), in the digits the report itself
 * uses, so a parent can match the two.
 */
function numberIn(lang: string, value: number): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(`${lang}-u-nu-latn`, { maximumFractionDigits: 2, useGrouping: false });
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

/**
 * Renders messages in the wanted language, falling back to English key by key. Plural keys
 * follow i18next: `key_one`, `key_few`, `key_other`…, chosen by the language's own rules.
 */
export function renderMessages(messages: Message[], strings: ValueStrings | undefined, english: ValueStrings, lang = 'en'): string {
  return messages.map((message) => {
    let template: string | undefined;
    if (message.count === undefined) {
      template = lookup(strings, message.key) ?? lookup(english, message.key);
    } else {
      template = lookup(strings, `${message.key}_${pluralOf(lang, message.count)}`) ?? lookup(strings, `${message.key}_other`)
        ?? lookup(english, `${message.key}_${pluralOf('en', message.count)}`) ?? lookup(english, `${message.key}_other`);
    }
    if (template === undefined) throw new Error(`No words for "${message.key}" in values.json.`);
    return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      const value = message.params?.[name];
      return typeof value === 'number' ? numberIn(lang, value) : String(value ?? '');
    });
  }).join(' ');
}
