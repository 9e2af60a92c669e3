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
 * The languages Plainsight has words for: English, Welsh, and the languages most spoken at
 * home by pupils in England. Each one's files load only when it is asked for, so a page in
 * English never downloads the others. The codes alone, for the worker, which needs no names.
 */
const CODES = ['en', 'cy', 'ur', 'pa', 'pl', 'bn', 'so', 'ar', 'gu', 'pt', 'ta', 'tr', 'ro', 'uk', 'zh-Hans'];

/**
 * Each language's own name for itself, for a language menu. Written here, not asked of the
 * browser: Chromium has no Welsh or Somali names, and asking costs 25 ms at first render.
 */
export const LANGUAGES: Record<string, Language> = {
  en: { name: 'English', dir: 'ltr' },
  cy: { name: 'Cymraeg', dir: 'ltr' },
  ur: { name: 'اردو', dir: 'rtl' },
  pa: { name: 'ਪੰਜਾਬੀ', dir: 'ltr' },
  pl: { name: 'Polski', dir: 'ltr' },
  bn: { name: 'বাংলা', dir: 'ltr' },
  so: { name: 'Soomaali', dir: 'ltr' },
  ar: { name: 'العربية', dir: 'rtl' },
  gu: { name: 'ગુજરાતી', dir: 'ltr' },
  pt: { name: 'Português', dir: 'ltr' },
  ta: { name: 'தமிழ்', dir: 'ltr' },
  tr: { name: 'Türkçe', dir: 'ltr' },
  ro: { name: 'Română', dir: 'ltr' },
  uk: { name: 'Українська', dir: 'ltr' },
  'zh-Hans': { name: '简体中文', dir: 'ltr' },
};

export class UnknownLanguageError extends Error {
  constructor(readonly lang: string) {
    super(`Plainsight has no words in the language "${lang}" yet. Try one of: ${CODES.join(', ')}.`);
    this.name = 'UnknownLanguageError';
  }
}

export function isKnownLanguage(lang: string): boolean {
  return CODES.includes(lang);
}
