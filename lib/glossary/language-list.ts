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
 * English never downloads the others.
 */
const CODES = ['en', 'cy', 'ur', 'pa', 'pl', 'bn', 'so', 'ar', 'gu', 'pt', 'ta', 'tr', 'ro', 'uk', 'zh-Hans'];
const RIGHT_TO_LEFT = ['ur', 'ar'];

/**
 * A language's own name for itself ("Cymraeg", "اردو"), from the browser's own data: the
 * names cost the download nothing.
 */
function ownName(code: string): string {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

export const LANGUAGES: Record<string, Language> = /* @__PURE__ */ Object.fromEntries(CODES.map((code) => [code, {
  get name() { return ownName(code); },
  dir: RIGHT_TO_LEFT.includes(code) ? 'rtl' : 'ltr',
}]));

export class UnknownLanguageError extends Error {
  constructor(readonly lang: string) {
    super(`Plainsight has no words in the language "${lang}" yet. Try one of: ${CODES.join(', ')}.`);
    this.name = 'UnknownLanguageError';
  }
}

export function isKnownLanguage(lang: string): boolean {
  return CODES.includes(lang);
}
