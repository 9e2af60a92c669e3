import type { Readability } from './types';

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Flesch–Kincaid grade and reading ease from counts; reading age is grade + 5 (UK). */
export function readabilityFromCounts(words: number, sentences: number, syllables: number): Readability {
  if (words === 0) {
    return { words: 0, sentences: 0, syllables: 0, fleschKincaidGrade: 0, fleschReadingEase: 0, readingAge: 0 };
  }
  // A text with words but no sentence end is still one sentence.
  const s = Math.max(sentences, 1);
  const wordsPerSentence = words / s;
  const syllablesPerWord = syllables / words;
  const grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
  const ease = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
  return {
    words,
    sentences: s,
    syllables,
    fleschKincaidGrade: round(grade),
    fleschReadingEase: round(ease),
    readingAge: round(Math.max(grade, 0) + 5),
  };
}
