import type { Analysis } from '../engine/types';

/** One explained place in a text: a term or a decoded value, numbered in reading order. */
export interface Note {
  number: number;
  start: number;
  end: number;
  text: string;
  meaning: string;
  ask?: string;
}

/** Terms and values in the order they appear, numbered from 1. */
export function notesOf(analysis: Analysis): Note[] {
  const marks = [
    ...analysis.terms.map(({ start, end, text, meaning, ask }) => ({ start, end, text, meaning, ask })),
    ...analysis.values.map(({ start, end, text, meaning }) => ({ start, end, text, meaning, ask: undefined })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const notes: Note[] = [];
  let last = -1;
  for (const mark of marks) {
    if (mark.start < last) continue; // a mark inside another is already explained by it
    notes.push({ number: notes.length + 1, ...mark, ...(mark.ask ? { ask: mark.ask } : {}) });
    last = mark.end;
  }
  return notes;
}
