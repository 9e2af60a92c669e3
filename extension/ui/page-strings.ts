/** The words for an extension page (popup, options, preview), in the chosen language. */
import { LANGUAGES } from '../../lib/glossary/language-list';
import { ask } from '../messages';
import { type Translate, makeTranslate } from '../strings';

export async function pageStrings(lang: string): Promise<{ t: Translate; lang: string; dir: 'ltr' | 'rtl' }> {
  const strings = await ask('strings', { lang });
  const dir = LANGUAGES[strings.lang]?.dir ?? 'ltr';
  document.documentElement.lang = strings.lang;
  document.documentElement.dir = dir;
  return { t: makeTranslate(strings.lang, strings.local, strings.english), lang: strings.lang, dir };
}
