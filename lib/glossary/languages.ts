import type { LanguagePack } from '../engine/engine';
import type { ValueStrings } from '../engine/decoders';
import type { Glossary, GlossaryTranslation } from '../engine/types';

export { type EnglishPack, LANGUAGES, type Language, UnknownLanguageError, isKnownLanguage } from './language-list';
import { type EnglishPack, UnknownLanguageError } from './language-list';

// Each import is its own file in the widget bundle, fetched only when that language is chosen.
const packLoaders: Record<string, () => Promise<[{ default: unknown }, { default: unknown }]>> = {
  en: () => Promise.all([import('../../locales/en/glossary.json'), import('../../locales/en/values.json')]),
  cy: () => Promise.all([import('../../locales/cy/glossary.json'), import('../../locales/cy/values.json')]),
  ur: () => Promise.all([import('../../locales/ur/glossary.json'), import('../../locales/ur/values.json')]),
};

// Interface strings: data, loaded when a widget first needs them (English too).
const uiLoaders: Record<string, () => Promise<{ default: unknown }>> = {
  en: () => import('../../locales/en/ui.json'),
  cy: () => import('../../locales/cy/ui.json'),
  ur: () => import('../../locales/ur/ui.json'),
};

/** English: the whole glossary and the value words. */
export async function loadEnglish(): Promise<EnglishPack> {
  const [glossary, values] = await packLoaders.en!();
  return { glossary: glossary.default as Glossary, values: values.default as ValueStrings };
}

/** A language's translated meanings and value words. */
export async function loadLanguage(lang: string): Promise<LanguagePack> {
  const load = packLoaders[lang];
  if (!load) throw new UnknownLanguageError(lang);
  const [glossary, values] = await load();
  return { glossary: glossary.default as GlossaryTranslation, values: values.default as ValueStrings };
}

/** A language's interface strings (locales/LL/ui.json). */
export async function loadInterface(lang: string): Promise<Record<string, unknown>> {
  const load = uiLoaders[lang];
  if (!load) throw new UnknownLanguageError(lang);
  return (await load()).default as Record<string, unknown>;
}
