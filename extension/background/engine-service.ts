/**
 * The background's answers to every request (see messages.ts). It owns the engine, so the
 * engine runs in the service worker's own thread, never on a school page's main thread. Each
 * language's words are files in the extension, fetched the first time they are needed.
 */
import { browser } from 'wxt/browser';
import type { ValueStrings } from '../../lib/engine/decoders';
import type { Glossary } from '../../lib/engine/types';
import { explainReport } from '../../lib/format/explanation';
import { fetchedLanguageFiles } from '../../lib/glossary/fetch-languages';
import { isKnownLanguage } from '../../lib/glossary/language-list';
import { createApi } from '../../lib/worker/api';
import type { ExplainResult, Handlers, LintResult } from '../messages';
import { readProfile } from '../settings';
import { extensionStrings } from '../strings';
import { plainAlternative } from './plain-alternatives';
import { enableSite, runOnce } from '../sites/registration';

const PREVIEW_PREFIX = 'preview:';
/** Previews kept at once: each is needed only while its frame loads. */
const PREVIEWS_KEPT = 10;

export function createEngineService() {
  const files = fetchedLanguageFiles(browser.runtime.getURL('/'));
  let english: Promise<{ glossary: Glossary; values: ValueStrings }> | undefined;
  const loadEnglish = () => {
    english ??= files.loadEnglish();
    english.catch(() => { english = undefined; });
    return english;
  };
  const api = createApi({ loadEnglish, loadLanguage: files.loadLanguage });

  // The school's profile, read before the first answer and again whenever it changes.
  let profileLoaded = readProfile().then((stored) => { api.setProfile(stored?.profile ?? null); });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'profile' in changes) profileLoaded = readProfile().then((stored) => { api.setProfile(stored?.profile ?? null); });
  });

  const safeLang = (lang: string) => (isKnownLanguage(lang) ? lang : 'en');

  // Each page asks for its words once; the files do not change while the extension runs.
  const interfaces = new Map<string, Promise<Record<string, unknown>>>();
  const interfaceStrings = (lang: string) => {
    let strings = interfaces.get(lang);
    if (!strings) {
      strings = files.loadInterface(lang).then(extensionStrings);
      strings.catch(() => interfaces.delete(lang));
      interfaces.set(lang, strings);
    }
    return strings;
  };

  const handlers: Handlers = {
    async lint({ text, lang }): Promise<LintResult> {
      await profileLoaded;
      const [analysis, { glossary }] = await Promise.all([api.analyse(text, { lang: safeLang(lang) }), loadEnglish()]);
      return {
        readingAge: Math.round(analysis.readability.readingAge),
        words: analysis.readability.words,
        terms: analysis.terms.map(({ id, text: found, start, end, meaning }) => {
          const plain = plainAlternative(id, found, glossary[id]);
          return { id, text: found, start, end, meaning, ...(plain ? { plain } : {}) };
        }),
      };
    },

    async 'lint-many'({ texts }) {
      await profileLoaded;
      const scores = [];
      for (const text of texts) {
        const { readability, terms } = await api.analyse(text);
        scores.push({ readingAge: text.trim() ? Math.round(readability.readingAge) : 0, words: readability.words, terms: terms.length });
      }
      return scores;
    },

    async explain({ text, lang }): Promise<ExplainResult> {
      await profileLoaded;
      const analysis = await api.analyse(text, { lang: safeLang(lang) });
      const explanation = explainReport(text, analysis);
      const { starts, ends, entry, entries } = explanation.notes;
      return {
        lang: explanation.lang,
        readingAge: explanation.readability.readingAge,
        summary: explanation.summary,
        notes: Array.from(starts, (start, i) => {
          const note = entries[entry[i]!]!;
          const end = ends[i]!;
          return { start, end, text: text.slice(start, end), meaning: note.meaning, ...(note.ask ? { ask: note.ask } : {}) };
        }),
      };
    },

    async strings({ lang }) {
      const chosen = safeLang(lang);
      const englishUi = await interfaceStrings('en');
      // A language whose file cannot be read falls back to English, string by string.
      const local = chosen === 'en' ? englishUi : await interfaceStrings(chosen).catch(() => ({}));
      return { lang: chosen, local, english: englishUi };
    },

    async 'preview-put'({ text, lang }) {
      // Session storage: gone when the browser closes, and only the extension's own pages can
      // read it (content scripts cannot, by default).
      const id = crypto.randomUUID();
      const previews = Object.entries(await browser.storage.session.get(null))
        .filter(([key]) => key.startsWith(PREVIEW_PREFIX))
        .sort(([, a], [, b]) => (a as { at: number }).at - (b as { at: number }).at)
        .map(([key]) => key);
      if (previews.length >= PREVIEWS_KEPT) await browser.storage.session.remove(previews.slice(0, previews.length - PREVIEWS_KEPT + 1));
      await browser.storage.session.set({ [`${PREVIEW_PREFIX}${id}`]: { text, lang: safeLang(lang), at: Date.now() } });
      return { id };
    },

    async 'preview-get'({ id }) {
      const key = `${PREVIEW_PREFIX}${id}`;
      const found = (await browser.storage.session.get(key))[key] as { text: string; lang: string } | undefined;
      return found ? { text: found.text, lang: found.lang } : null;
    },

    async 'site-enabled'({ pattern, tabId }) {
      await enableSite(pattern, tabId);
      return { ok: true };
    },

    async 'run-once'({ tabId }) {
      await runOnce(tabId);
      return { ok: true };
    },
  };
  return handlers;
}
