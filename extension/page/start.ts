/**
 * What the content script does on a page: reads the settings, gets its words from the
 * background, and starts teacher or parent help. In "auto" mode a page with comment boxes
 * gets teacher help, as soon as it has one; any other page gets parent help.
 */
import { LANGUAGES } from '../../lib/glossary/language-list';
import { ask } from '../messages';
import { readSettings } from '../settings';
import { makeTranslate } from '../strings';
import { findCommentFields, watchCommentFields } from './fields';
import { ParentMode } from './parent';
import { TeacherMode } from './teacher';
import { createUiRoot } from './ui-root';

export async function startPlainsight(): Promise<void> {
  const settings = await readSettings();
  const { lang, local, english } = await ask('strings', { lang: settings.lang });
  const t = makeTranslate(lang, local, english);
  const root = createUiRoot(lang, LANGUAGES[lang]?.dir ?? 'ltr');

  const startTeacher = () => new TeacherMode(root, t, lang).start();
  if (settings.mode === 'teacher') return startTeacher();
  if (settings.mode === 'auto' && findCommentFields().length > 0) return startTeacher();

  const parent = new ParentMode(root, t, lang);
  const explained = await parent.start();
  if (settings.mode === 'auto' && !explained) {
    // Nothing to explain yet: the page may still add comment boxes (an MIS loads them late).
    const stop = watchCommentFields((fields) => {
      if (fields.length === 0) return;
      stop();
      startTeacher();
    });
  }
}
