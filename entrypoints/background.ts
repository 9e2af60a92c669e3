// The background hosts the engine off every page's main thread. Content scripts and the
// popup ask it to analyse text with a runtime message. A service worker cannot import code
// later, so the English glossary is part of this file; other languages come with the
// extension's own issue.
import { englishGlossary, englishValues } from '@/lib/engine/index';
import { createApi } from '@/lib/worker/api';

export default defineBackground(() => {
  const api = createApi({ loadEnglish: async () => ({ glossary: englishGlossary, values: englishValues }) });
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = message as { type?: string; text?: string };
    if (request?.type !== 'plainsight:analyse' || typeof request.text !== 'string') return undefined;
    return api.analyse(request.text);
  });
});
