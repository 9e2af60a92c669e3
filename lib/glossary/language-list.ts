// The list of languages, apart from their files, so the worker's code never pulls the files in.
import type { ValueStrings } from '../engine/decoders';
import type { Glossary } from '../engine/types';

export interface Language {
  /** The language's own name for itself, for a language menu. */
  name: string;
  dir: 'ltr' | 'rtl';
}

/** The national glossary and value words in English: the base every language falls back to. */
export interface EnglishPack {
  glossary: Glossary;
  values: ValueStrings;
}

/**
 * The languages Plainsight has words for. Each one's files load only when it is asked for,
 * so a page in English never downloads the others.
 */
export const LANGUAGES: Record<string, Language> = {
  en: { name: 'English', dir: 'ltr' },
  cy: { name: 'Cymraeg', dir: 'ltr' },
  ur: { name: 'اردو', dir: 'rtl' },
};

export class UnknownLanguageError extends Error {
  constructor(readonly lang: string) {
    super(`Plainsight has no words in the language "${lang}" yet. Try one of: ${Object.keys(LANGUAGES).join(', ')}.`);
    this.name = 'UnknownLanguageError';
  }
}

export function isKnownLanguage(lang: string): boolean {
  return Object.hasOwn(LANGUAGES, lang);
}
