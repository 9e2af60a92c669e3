import { DEFAULT_STAMPS } from './stamps';
import type { Assignment, FeedbackMark, HomeworkData, StampKind } from './types';
import { parseIsoDate } from './weeks';

/** One thing wrong with a school's homework data: where (`assignments[2].dueOn`) and what to fix. */
export interface HomeworkProblem {
  field: string;
  message: string;
}

/** Thrown by parseHomework with every problem found, not just the first. */
export class HomeworkDataError extends Error {
  constructor(readonly problems: HomeworkProblem[]) {
    super(`The homework data has ${problems.length === 1 ? 'a mistake' : `${problems.length} mistakes`}: ${problems
      .slice(0, 3).map((problem) => `${problem.field}: ${problem.message}`).join(' ')}${problems.length > 3 ? ' …' : ''}`);
    this.name = 'HomeworkDataError';
  }
}

/** The field name used for a problem with the data as a whole. */
export const ROOT_FIELD = '(root)';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
/** Hex, a colour name, or a colour function: enough to catch a typo, never anything but a colour. */
const COLOUR = /^(?:#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|[a-z]{3,20}|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([0-9a-z.,%/+\s-]{1,60}\))$/i;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Collects problems while it reads, so one pass reports them all. */
class Reader {
  readonly problems: HomeworkProblem[] = [];

  problem(field: string, message: string): void {
    this.problems.push({ field, message });
  }

  /** A required, non-empty text field. */
  text(object: Json, key: string, path: string, example: string): string | undefined {
    const value = object[key];
    const field = join(path, key);
    if (value === undefined || value === null) {
      this.problem(field, `This is missing. Add "${key}" as text, for example "${example}".`);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.problem(field, `This must be text in quotes, for example "${example}", not ${describe(value)}.`);
      return undefined;
    }
    if (value.trim() === '') {
      this.problem(field, `This is empty. Write the ${words(key)}, for example "${example}".`);
      return undefined;
    }
    return value;
  }

  /** An optional text field: absent, or text. */
  optionalText(object: Json, key: string, path: string): string | undefined {
    const value = object[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      this.problem(join(path, key), `This must be text in quotes, not ${describe(value)}. Leave it out if there is nothing to say.`);
      return undefined;
    }
    return value.trim() === '' ? undefined : value;
  }

  /** A required date, written YYYY-MM-DD, that is a real day. */
  date(object: Json, key: string, path: string): string | undefined {
    const value = object[key];
    const field = join(path, key);
    if (value === undefined || value === null) {
      this.problem(field, `This date is missing. Add "${key}" written as year-month-day, for example "2026-11-24".`);
      return undefined;
    }
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      this.problem(field, `Write this date as year-month-day with dashes, for example "2026-11-24", not ${describe(value)}.`);
      return undefined;
    }
    if (!parseIsoDate(value)) {
      this.problem(field, `"${value}" is not a real day. Check the month (01 to 12) and the day of the month.`);
      return undefined;
    }
    return value;
  }

  /** A required list; each item is read by `item`. */
  list<T>(value: unknown, field: string, what: string, item: (entry: unknown, path: string) => T | undefined): T[] | undefined {
    if (!Array.isArray(value)) {
      this.problem(field, value === undefined || value === null
        ? `This is missing. Add "${field.split('.').pop()}" as a list in square brackets: [ ... ] of ${what}.`
        : `This must be a list in square brackets: [ ... ] of ${what}, not ${describe(value)}.`);
      return undefined;
    }
    const items: T[] = [];
    value.forEach((entry, index) => {
      const read = item(entry, `${field}[${index}]`);
      if (read !== undefined) items.push(read);
    });
    return items;
  }

  /** Notes a repeated id: each id may appear once in its list. */
  unique(seen: Map<string, string>, id: string | undefined, field: string, what: string): void {
    if (id === undefined) return;
    const first = seen.get(id);
    if (first) this.problem(field, `The id "${id}" is used twice (also at ${first}). Give each ${what} its own id.`);
    else seen.set(id, field);
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** "dueOn" → "due on", for messages. */
function words(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** What a wrong value is, in words, for a message. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 40)}…"` : `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `a ${typeof value === 'object' ? 'group of fields' : typeof value}`;
}

/**
 * Checks a school's homework data (parsed JSON) and returns a clean copy holding only the
 * fields Plainsight knows. Throws a HomeworkDataError listing every problem, each with the
 * field it is in and what to fix.
 *
 * Feedback inside an assignment may leave out `assignmentId` and `pupilId`: they are taken
 * from the assignment and the pupil. When given, they must match.
 */
export function parseHomework(json: unknown): HomeworkData {
  const read = new Reader();
  if (!isObject(json)) {
    read.problem(ROOT_FIELD, `The homework data must be one group of fields in curly brackets, { ... }, with "pupil" and "assignments", not ${describe(json)}.`);
    throw new HomeworkDataError(read.problems);
  }

  let pupil: HomeworkData['pupil'] | undefined;
  if (!isObject(json.pupil)) {
    read.problem('pupil', json.pupil === undefined
      ? 'This is missing. Add "pupil": { "id": "...", "name": "..." } for the child the homework is for.'
      : `This must be a group of fields, { "id": "...", "name": "..." }, not ${describe(json.pupil)}.`);
  } else {
    const id = read.text(json.pupil, 'id', 'pupil', 'P1234');
    const name = read.text(json.pupil, 'name', 'pupil', 'Amira Khan');
    if (id !== undefined && name !== undefined) pupil = { id, name };
  }

  const school = read.optionalText(json, 'school', '');

  let stamps: StampKind[] | undefined;
  if (json.stamps !== undefined && json.stamps !== null) {
    const stampIds = new Map<string, string>();
    stamps = read.list(json.stamps, 'stamps', 'stamps and slips', (entry, path) => {
      const stamp = readStamp(read, entry, path);
      read.unique(stampIds, stamp?.id ?? (isObject(entry) && typeof entry.id === 'string' ? entry.id : undefined), `${path}.id`, 'stamp');
      return stamp;
    });
  }
  // Feedback may name any stamp the data lists, even one with a mistake of its own: that
  // mistake is reported once, where it is.
  const listed = Array.isArray(json.stamps)
    ? json.stamps.map((stamp) => (isObject(stamp) ? stamp.id : undefined)).filter((id): id is string => typeof id === 'string')
    : [];
  const known = new Set(listed.length > 0 ? listed : DEFAULT_STAMPS.map((stamp) => stamp.id));
  const stampNames = [...known].map((id) => `"${id}"`).join(', ');

  const assignmentIds = new Map<string, string>();
  const feedbackIds = new Map<string, string>();
  const assignments = read.list(json.assignments, 'assignments', 'pieces of homework', (entry, path) => {
    if (!isObject(entry)) {
      read.problem(path, `Each piece of homework must be a group of fields, { "id": ..., "subject": ..., ... }, not ${describe(entry)}.`);
      return undefined;
    }
    const id = read.text(entry, 'id', path, 'hw-101');
    read.unique(assignmentIds, id, `${path}.id`, 'piece of homework');
    const subject = read.text(entry, 'subject', path, 'Maths');
    const title = read.text(entry, 'title', path, 'Fractions worksheet');
    const details = read.optionalText(entry, 'details', path);
    const teacher = read.optionalText(entry, 'teacher', path);
    const setOn = read.date(entry, 'setOn', path);
    const dueOn = read.date(entry, 'dueOn', path);
    if (setOn && dueOn && dueOn < setOn) {
      read.problem(`${path}.dueOn`, `The due date (${dueOn}) is before the day it was set (${setOn}). Check both dates.`);
    }
    let minutes: number | undefined;
    if (entry.minutes !== undefined && entry.minutes !== null) {
      if (typeof entry.minutes !== 'number' || !Number.isFinite(entry.minutes) || entry.minutes <= 0) {
        read.problem(`${path}.minutes`, `This must be how many minutes the work should take, as a number above 0 without quotes, for example 30, not ${describe(entry.minutes)}.`);
      } else {
        minutes = entry.minutes;
      }
    }
    let feedback: FeedbackMark[] | undefined;
    if (entry.feedback !== undefined && entry.feedback !== null) {
      feedback = read.list(entry.feedback, `${path}.feedback`, 'stamps and slips given', (mark, markPath) => {
        const result = readMark(read, mark, markPath, { assignmentId: id, pupilId: pupil?.id, known, stampNames });
        read.unique(feedbackIds, result?.id ?? (isObject(mark) && typeof mark.id === 'string' ? mark.id : undefined), `${markPath}.id`, 'stamp or slip given');
        return result;
      });
    }
    if (id === undefined || subject === undefined || title === undefined || setOn === undefined || dueOn === undefined) return undefined;
    const assignment: Assignment = { id, subject, title, setOn, dueOn };
    if (details !== undefined) assignment.details = details;
    if (teacher !== undefined) assignment.teacher = teacher;
    if (minutes !== undefined) assignment.minutes = minutes;
    if (feedback && feedback.length > 0) assignment.feedback = feedback;
    return assignment;
  });

  if (read.problems.length > 0 || !pupil || !assignments) throw new HomeworkDataError(read.problems);
  const data: HomeworkData = { pupil, assignments };
  if (school !== undefined) data.school = school;
  if (stamps && stamps.length > 0) data.stamps = stamps;
  return data;
}

function readStamp(read: Reader, entry: unknown, path: string): StampKind | undefined {
  if (!isObject(entry)) {
    read.problem(path, `Each stamp or slip must be a group of fields, { "id": ..., "label": ..., "icon": ..., "meaning": ..., "kind": ... }, not ${describe(entry)}.`);
    return undefined;
  }
  const id = read.text(entry, 'id', path, 'star');
  const label = read.text(entry, 'label', path, 'Star work');
  const icon = read.text(entry, 'icon', path, '⭐');
  if (icon !== undefined && [...icon].length > 4) {
    read.problem(`${path}.icon`, `The icon must be a symbol or one or two letters, not "${icon}". Put words in "label".`);
  }
  const meaning = read.text(entry, 'meaning', path, 'This work was excellent.');
  let kind: StampKind['kind'] | undefined;
  if (entry.kind === 'merit' || entry.kind === 'slip') kind = entry.kind;
  else {
    read.problem(`${path}.kind`, entry.kind === undefined
      ? 'This is missing. Add "kind": "merit" for praise, or "kind": "slip" for a warning.'
      : `This must be "merit" (praise) or "slip" (a warning), not ${describe(entry.kind)}.`);
  }
  let colour: string | undefined;
  if (entry.colour !== undefined && entry.colour !== null) {
    if (typeof entry.colour === 'string' && COLOUR.test(entry.colour.trim())) colour = entry.colour.trim();
    else read.problem(`${path}.colour`, `This must be a CSS colour, for example "#c53030" or "orange", not ${describe(entry.colour)}. Leave it out to use no colour.`);
  }
  if (id === undefined || label === undefined || icon === undefined || meaning === undefined || kind === undefined) return undefined;
  return colour ? { id, label, icon, meaning, kind, colour } : { id, label, icon, meaning, kind };
}

function readMark(
  read: Reader, entry: unknown, path: string,
  context: { assignmentId?: string; pupilId?: string; known: Set<string>; stampNames: string },
): FeedbackMark | undefined {
  if (!isObject(entry)) {
    read.problem(path, `Each stamp or slip given must be a group of fields, { "id": ..., "stampId": ..., "givenAt": ... }, not ${describe(entry)}.`);
    return undefined;
  }
  const id = read.text(entry, 'id', path, 'fb-1');
  const stampId = read.text(entry, 'stampId', path, 'star');
  if (stampId !== undefined && !context.known.has(stampId)) {
    read.problem(`${path}.stampId`, `There is no stamp or slip with the id "${stampId}". Use one of ${context.stampNames}, or add it to "stamps".`);
  }
  const matches = (key: 'assignmentId' | 'pupilId', expected: string | undefined, what: string): string | undefined => {
    const given = entry[key];
    if (given === undefined || given === null) return expected;
    if (typeof given !== 'string' || (expected !== undefined && given !== expected)) {
      read.problem(`${path}.${key}`, `This must be the id of the ${what} it is in ("${expected ?? ''}"), not ${describe(given)}. You can leave it out.`);
      return undefined;
    }
    return given;
  };
  const assignmentId = matches('assignmentId', context.assignmentId, 'piece of homework');
  const pupilId = matches('pupilId', context.pupilId, 'pupil');
  let givenAt: string | undefined;
  const when = entry.givenAt;
  const match = typeof when === 'string' ? DATE_TIME.exec(when) : null;
  if (when === undefined || when === null) {
    read.problem(`${path}.givenAt`, 'This is missing. Add when it was given, as a date and time, for example "2026-11-24T15:30:00Z".');
  } else if (!match || !parseIsoDate(match[1]!) || Number.isNaN(Date.parse(when as string))) {
    read.problem(`${path}.givenAt`, `Write when it was given as a date and time, for example "2026-11-24T15:30:00Z", not ${describe(when)}.`);
  } else {
    givenAt = when as string;
  }
  const givenBy = read.optionalText(entry, 'givenBy', path);
  const note = read.optionalText(entry, 'note', path);
  if (id === undefined || stampId === undefined || assignmentId === undefined || pupilId === undefined || givenAt === undefined) return undefined;
  const mark: FeedbackMark = { id, assignmentId, pupilId, stampId, givenAt };
  if (givenBy !== undefined) mark.givenBy = givenBy;
  if (note !== undefined) mark.note = note;
  return mark;
}

/**
 * Reads a school's homework file (JSON text) and checks it: parseHomework, with a plain
 * problem when the text is not JSON at all.
 */
export function parseHomeworkJson(text: string): HomeworkData {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    throw new HomeworkDataError([{
      field: ROOT_FIELD,
      message: `This file is not JSON, so it cannot be read${detail}. Check it with a JSON checker, or ask whoever made it to export it again.`,
    }]);
  }
  return parseHomework(json);
}
