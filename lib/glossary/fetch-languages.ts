import type { ValueStrings } from '../engine/decoders';
import type { LanguagePack } from '../engine/engine';
import type { Glossary, GlossaryTranslation } from '../engine/types';
import { type EnglishPack, UnknownLanguageError, isKnownLanguage } from './language-list';

/**
 * Language files fetched as JSON from beside the widget bundle (dist/widgets/locales/), for a
 * worker: it reads them itself, so the page never parses or copies a glossary.
 */
export function fetchedLanguageFiles(base: string) {
  const json = async <T>(path: string): Promise<T> => {
    const response = await fetch(new URL(path, base), { credentials: 'omit' });
    if (!response.ok) throw new Error(`Could not load ${path}: the server answered ${response.status}.`);
    return (await response.json()) as T;
  };
  return {
    async loadEnglish(): Promise<EnglishPack> {
      const [glossary, values] = await Promise.all([json<Glossary>('locales/en/glossary.json'), json<ValueStrings>('locales/en/values.json')]);
      return { glossary, values };
    },
    async loadLanguage(lang: string): Promise<LanguagePack> {
      if (!isKnownLanguage(lang)) throw new UnknownLanguageError(lang);
      const [glossary, values] = await Promise.all([
        json<GlossaryTranslation>(`locales/${lang}/glossary.json`), json<ValueStrings>(`locales/${lang}/values.json`),
      ]);
      return { glossary, values };
    },
    async loadInterface(lang: string): Promise<Record<string, unknown>> {
      if (!isKnownLanguage(lang)) throw new UnknownLanguageError(lang);
      return json<Record<string, unknown>>(`locales/${lang}/ui.json`);
    },
  };
}
