import { parseIsoDate } from '../../lib/homework/weeks';

/** The locale for dates and numbers: UK English and Welsh; Urdu as Urdu. */
const LOCALES: Record<string, string> = { en: 'en-GB', cy: 'cy-GB', ur: 'ur' };

const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = formats.get(key) as T | undefined;
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

const locale = (lang: string) => LOCALES[lang] ?? lang;

/** A YYYY-MM-DD day: "Thursday 26 November". */
export function formatDay(iso: string, lang: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  return cached(`day:${lang}`, () => new Intl.DateTimeFormat(locale(lang), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })).format(date);
}

/** A week's first and last days: "23–29 November". */
export function formatRange(start: string, end: string, lang: string): string {
  const from = parseIsoDate(start);
  const to = parseIsoDate(end);
  if (!from || !to) return `${start} – ${end}`;
  return cached(`range:${lang}`, () => new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'long', timeZone: 'UTC' })).formatRange(from, to);
}

/** A moment, on the device's clock: "Tue 24 Nov, 18:05". */
export function formatMoment(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return cached(`moment:${lang}`, () => new Intl.DateTimeFormat(locale(lang), {
    weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit',
  })).format(date);
}

/** A length of time: "45 minutes", "1 hour 30 minutes", in the widget's language. */
export function formatMinutes(minutes: number, lang: string): string {
  const unit = (name: 'hour' | 'minute') => cached(`${name}:${lang}`, () => new Intl.NumberFormat(locale(lang), { style: 'unit', unit: name, unitDisplay: 'long', maximumFractionDigits: 1 }));
  const whole = Math.round(minutes);
  if (whole < 60 || whole % 15 !== 0) return unit('minute').format(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? unit('hour').format(hours) : `${unit('hour').format(hours)} ${unit('minute').format(rest)}`;
}
