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
  pa: () => Promise.all([import('../../locales/pa/glossary.json'), import('../../locales/pa/values.json')]),
  pl: () => Promise.all([import('../../locales/pl/glossary.json'), import('../../locales/pl/values.json')]),
  bn: () => Promise.all([import('../../locales/bn/glossary.json'), import('../../locales/bn/values.json')]),
  so: () => Promise.all([import('../../locales/so/glossary.json'), import('../../locales/so/values.json')]),
  ar: () => Promise.all([import('../../locales/ar/glossary.json'), import('../../locales/ar/values.json')]),
  gu: () => Promise.all([import('../../locales/gu/glossary.json'), import('../../locales/gu/values.json')]),
  pt: () => Promise.all([import('../../locales/pt/glossary.json'), import('../../locales/pt/values.json')]),
  ta: () => Promise.all([import('../../locales/ta/glossary.json'), import('../../locales/ta/values.json')]),
  tr: () => Promise.all([import('../../locales/tr/glossary.json'), import('../../locales/tr/values.json')]),
  ro: () => Promise.all([import('../../locales/ro/glossary.json'), import('../../locales/ro/values.json')]),
  uk: () => Promise.all([import('../../locales/uk/glossary.json'), import('../../locales/uk/values.json')]),
  'zh-Hans': () => Promise.all([import('../../locales/zh-Hans/glossary.json'), import('../../locales/zh-Hans/values.json')]),
};

// Interface strings: data, loaded when a widget first needs them (English too).
const uiLoaders: Record<string, () => Promise<{ default: unknown }>> = {
  en: () => import('../../locales/en/ui.json'),
  cy: () => import('../../locales/cy/ui.json'),
  ur: () => import('../../locales/ur/ui.json'),
  pa: () => import('../../locales/pa/ui.json'),
  pl: () => import('../../locales/pl/ui.json'),
  bn: () => import('../../locales/bn/ui.json'),
  so: () => import('../../locales/so/ui.json'),
  ar: () => import('../../locales/ar/ui.json'),
  gu: () => import('../../locales/gu/ui.json'),
  pt: () => import('../../locales/pt/ui.json'),
  ta: () => import('../../locales/ta/ui.json'),
  tr: () => import('../../locales/tr/ui.json'),
  ro: () => import('../../locales/ro/ui.json'),
  uk: () => import('../../locales/uk/ui.json'),
  'zh-Hans': () => import('../../locales/zh-Hans/ui.json'),
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
