import type { Analysis, TermMatch, ValueKind } from '../engine/types';

/** One line of the summary: where the child is in one subject or area, in everyday words. */
export interface SummaryItem {
  area: string;
  /** The code or grade as the report writes it ("EXS", "6"). */
  text: string;
  /** The first sentence of its meaning. */
  meaning: string;
  /** Offset in the report, so the summary can point back at it. */
  start: number;
}

export interface Summary {
  items: SummaryItem[];
  attendance?: { text: string; meaning: string };
  /** Questions a parent could ask the school, from the terms found. */
  asks: string[];
}

const LEVEL_VALUES = new Set<ValueKind>([
  'gcse', 'gcse-letter', 'ks1-scaled-score', 'ks2-scaled-score', 'phonics-check', 'times-tables-check',
  'cat4-score', 'stanine', 'percentile', 'school-scale',
]);
const MAX_ITEMS = 40;
const MAX_ASKS = 5;

function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The subject or area a match belongs to: the first cell of its table row, the heading before
 * a colon on its line ("Reading: EXS"), or a subject the glossary knows, named on its line.
 */
export function areaOf(text: string, start: number, subjects: readonly TermMatch[] = []): string | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  const at = start - lineStart;
  const firstCell = line.split('\t')[0]!.trim();
  if (line.includes('\t') && firstCell && at > line.indexOf('\t') && firstCell.length <= 60) return firstCell;
  const colon = line.indexOf(':');
  if (colon > 0 && colon < at && colon <= 50) return line.slice(0, colon).trim();
  const subject = subjects.find((term) => term.start >= lineStart && term.end <= lineEnd);
  return subject ? capitalise(subject.text) : undefined;
}

/** The plain summary on top of an explained report. */
export function summarise(text: string, analysis: Analysis): Summary {
  const items: SummaryItem[] = [];
  const seen = new Set<string>();
  const subjects = analysis.terms.filter((term) => term.category === 'subjects');
  const add = (start: number, found: string, meaning: string) => {
    const area = areaOf(text, start, subjects);
    if (!area) return;
    const item = { area, text: found, meaning: firstSentence(meaning), start };
    const key = `${item.area}\u0000${item.text}\u0000${item.meaning}`;
    if (seen.has(key) || items.length >= MAX_ITEMS) return;
    seen.add(key);
    items.push(item);
  };
  // "working at grade 6": the grade says more than the words before it.
  const valueStarts = new Set(analysis.values.map((value) => value.start));
  const beforeValue = (end: number) => [0, 1, 2, 3].some((gap) => valueStarts.has(end + gap));
  for (const term of analysis.terms) {
    if (term.level && !beforeValue(term.end)) add(term.start, term.text, term.meaning);
  }
  for (const value of analysis.values) if (LEVEL_VALUES.has(value.kind)) add(value.start, value.text, value.meaning);
  items.sort((a, b) => a.start - b.start);

  const attendance = analysis.values.find((value) => value.kind === 'attendance');
  const asks = [...new Set(analysis.terms.flatMap((term) => (term.ask ? [term.ask] : [])))].slice(0, MAX_ASKS);
  return {
    items,
    ...(attendance ? { attendance: { text: attendance.text, meaning: attendance.meaning } } : {}),
    asks,
  };
}
