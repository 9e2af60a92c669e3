// Stands in for languages.ts in the browser extension (see wxt.config.ts): each language's files
// are JSON at the root of the extension's package, fetched the first time a page needs them,
// so the package holds each language once, as data, not again as code.
import { fetchedLanguageFiles } from './fetch-languages';

export { type EnglishPack, LANGUAGES, type Language, UnknownLanguageError, isKnownLanguage } from './language-list';

const files = fetchedLanguageFiles(new URL('/', import.meta.url).href);

export const loadEnglish = files.loadEnglish;
export const loadLanguage = files.loadLanguage;
export const loadInterface = files.loadInterface;
