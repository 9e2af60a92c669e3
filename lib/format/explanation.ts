import type { Analysis, Readability } from '../engine/types';
import { type Summary, summarise } from '../summary/summarise';
import { notesOf } from './notes';

/** What one distinct explanation says; many notes share one ("EXS" twenty times). */
export interface NoteEntry {
  id: string;
  meaning: string;
  ask?: string;
}

/**
 * The notes of a report, packed for a fast trip out of a worker: offsets in typed arrays,
 * which copy in one go, and each distinct explanation once. A long report has thousands.
 */
export interface PackedNotes {
  starts: Int32Array;
  ends: Int32Array;
  /** Index into `entries` for each note. */
  entry: Int32Array;
  entries: NoteEntry[];
}

/** Everything a widget shows about a report, worked out where the engine runs. */
export interface Explanation {
  lang: string;
  readability: Readability;
  counts: { terms: number; values: number };
  summary: Summary;
  notes: PackedNotes;
}

export function explainReport(text: string, analysis: Analysis): Explanation {
  const ids = new Map<number, string>();
  for (const value of analysis.values) ids.set(value.start, value.scale ?? value.kind);
  for (const term of analysis.terms) ids.set(term.start, term.id);
  const notes = notesOf(analysis);
  const starts = new Int32Array(notes.length);
  const ends = new Int32Array(notes.length);
  const entry = new Int32Array(notes.length);
  const entries: NoteEntry[] = [];
  const entryIndex = new Map<string, number>();
  notes.forEach((note, i) => {
    const id = ids.get(note.start) ?? '';
    const key = `${id}\u0000${note.meaning}\u0000${note.ask ?? ''}`;
    let index = entryIndex.get(key);
    if (index === undefined) {
      index = entries.length;
      entries.push({ id, meaning: note.meaning, ...(note.ask ? { ask: note.ask } : {}) });
      entryIndex.set(key, index);
    }
    starts[i] = note.start;
    ends[i] = note.end;
    entry[i] = index;
  });
  return {
    lang: analysis.lang,
    readability: analysis.readability,
    counts: { terms: analysis.terms.length, values: analysis.values.length },
    summary: summarise(text, analysis),
    notes: { starts, ends, entry, entries },
  };
}
