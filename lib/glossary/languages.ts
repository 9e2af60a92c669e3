import type { LanguagePack } from '../engine/engine';
import type { Glossary } from '../engine/types';
import type { ValueStrings } from '../engine/decoders';

export interface Language {
  /** The language's own name for itself, for a language menu. */
  name: string;
  dir: 'ltr' | 'rtl';
}

/**
 * The languages Plainsight has words for. Each one's files load only when it is asked for,
 * so a page in English never downloads the others.
 */
export const LANGUAGES: Record<string, Language> = {
  en: { name: 'English', dir: 'ltr' },
};

const loaders: Record<string, () => Promise<LanguagePack>> = {
  en: async () => ({
    glossary: (await import('../../locales/en/glossary.json')).default as Glossary,
    values: (await import('../../locales/en/values.json')).default as ValueStrings,
  }),
};

export class UnknownLanguageError extends Error {
  constructor(readonly lang: string) {
    super(`Plainsight has no words in the language "${lang}" yet. Try one of: ${Object.keys(LANGUAGES).join(', ')}.`);
    this.name = 'UnknownLanguageError';
  }
}

export function isKnownLanguage(lang: string): boolean {
  return Object.hasOwn(loaders, lang);
}

/** Loads a language's translated meanings and value words. */
export async function loadLanguage(lang: string): Promise<LanguagePack> {
  const load = loaders[lang];
  if (!load) throw new UnknownLanguageError(lang);
  return load();
}
