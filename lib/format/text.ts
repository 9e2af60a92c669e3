import type { Analysis } from '../engine/types';
import { notesOf } from './notes';

/**
 * The report as plain text with a number after each explained word, then the numbered
 * explanations. Yields pieces, so a very long report never has to be one huge string.
 */
export function* explainAsText(text: string, analysis: Analysis): Generator<string> {
  const notes = notesOf(analysis);
  let from = 0;
  for (const note of notes) {
    yield text.slice(from, note.end);
    yield ` [${note.number}]`;
    from = note.end;
  }
  yield text.slice(from);
  if (!text.endsWith('\n')) yield '\n';
  const { readingAge, words } = analysis.readability;
  yield `\nReading age of this text: ${readingAge} (${words} words).\n`;
  if (notes.length === 0) {
    yield 'No school words to explain were found.\n';
    return;
  }
  yield '\nWhat the words mean:\n';
  for (const note of notes) {
    yield `[${note.number}] ${note.text}: ${note.meaning}${note.ask ? ` ${note.ask}` : ''}\n`;
  }
}
