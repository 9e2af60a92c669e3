import { readabilityFromCounts } from './readability';
import type { Analysis } from './types';

/** About 20,000 words: a few milliseconds of work even on a slow phone. */
export const SLICE_CHARS = 120_000;

/**
 * Analyses a long text in slices cut at paragraph breaks, pausing between them, so a page
 * that cannot use a worker never freezes. Offsets are moved back into place and the counts
 * added up, so the result matches one analysis of the whole text (a trigger word and its
 * number are never split: a paragraph break ends a sentence anyway).
 */
export async function analyseInSlices(
  text: string,
  analyse: (slice: string) => Analysis,
  pause: () => Promise<void>,
  sliceChars = SLICE_CHARS,
): Promise<Analysis> {
  if (text.length <= sliceChars) return analyse(text);
  const result: Analysis = { lang: 'en', terms: [], values: [], readability: readabilityFromCounts(0, 0, 0) };
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + sliceChars);
    if (end < text.length) {
      const cut = text.lastIndexOf('\n\n', end);
      if (cut > start) end = cut + 2;
    }
    const part = analyse(text.slice(start, end));
    result.lang = part.lang;
    for (const term of part.terms) result.terms.push({ ...term, start: term.start + start, end: term.end + start });
    for (const value of part.values) result.values.push({ ...value, start: value.start + start, end: value.end + start });
    words += part.readability.words;
    sentences += part.readability.sentences;
    syllables += part.readability.syllables;
    start = end;
    if (start < text.length) await pause();
  }
  result.readability = readabilityFromCounts(words, sentences, syllables);
  return result;
}
