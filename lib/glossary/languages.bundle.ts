// Stands in for languages.ts in the widget bundle (see scripts/build-widgets.mjs): there, each
// language's files are JSON beside the bundle, fetched when a language is first chosen.
import { fetchedLanguageFiles } from './fetch-languages';

export { type EnglishPack, LANGUAGES, type Language, UnknownLanguageError, isKnownLanguage } from './language-list';

/** The bundle's folder: this module is part of plainsight.js, which sits there. */
const base = new URL(/* @vite-ignore */ './', import.meta.url).href;
const files = fetchedLanguageFiles(base);

export const loadEnglish = files.loadEnglish;
export const loadLanguage = files.loadLanguage;
export const loadInterface = files.loadInterface;
