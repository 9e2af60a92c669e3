import { loadEnglish, loadLanguage } from '../glossary/languages';
import { createApi } from './api';

/** The api with every language read from locales/: for Node, tests and the command line. */
export function createLocalApi() {
  return createApi({ loadEnglish, loadLanguage });
}
