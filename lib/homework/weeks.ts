/**
 * Calendar weeks for homework, on YYYY-MM-DD dates. Weeks start on Monday, as in UK schools.
 * The arithmetic is done in UTC on the date alone, so clock changes never move a day.
 */

/** A week: its Monday and its Sunday, as YYYY-MM-DD. */
export interface Week {
  start: string;
  end: string;
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date a YYYY-MM-DD string names, at midnight UTC; undefined when it is not a real date. */
export function parseIsoDate(value: string): Date | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // 2026-02-30 rolls over to March: not a real date.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** A UTC midnight date as YYYY-MM-DD. */
function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's date where the device is (not in UTC), as YYYY-MM-DD. */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `days` days after (or before, when negative) a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const start = parseIsoDate(date);
  if (!start) throw new RangeError(`"${date}" is not a date written as YYYY-MM-DD.`);
  return format(new Date(start.getTime() + days * DAY_MS));
}

/**
 * The Monday-to-Sunday week holding a date: a YYYY-MM-DD string, or a Date taken as the
 * day it is on the device.
 */
export function weekOf(date: string | Date): Week {
  const iso = typeof date === 'string' ? date : localIsoDate(date);
  const day = parseIsoDate(iso);
  if (!day) throw new RangeError(`"${iso}" is not a date written as YYYY-MM-DD.`);
  // getUTCDay: Sunday 0 … Saturday 6. Days since Monday: Monday 0 … Sunday 6.
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  const start = addDays(iso, -sinceMonday);
  return { start, end: addDays(start, 6) };
}

/** The week holding today (or `today`). */
export function thisWeek(today: string | Date = new Date()): Week {
  return weekOf(today);
}

/** The week after the one holding today (or `today`). */
export function nextWeek(today: string | Date = new Date()): Week {
  return weekOf(addDays(thisWeek(today).start, 7));
}

/** Whether a YYYY-MM-DD date falls in a week. ISO dates compare as strings. */
export function inWeek(date: string, week: Week): boolean {
  return date >= week.start && date <= week.end;
}

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) throw new RangeError('Both dates must be written as YYYY-MM-DD.');
  return Math.round((b.getTime() - a.getTime()) / DAY_MS);
}
