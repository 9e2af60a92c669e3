// The background hosts the engine off every page's main thread. Content scripts and the
// popup ask it to analyse text with a runtime message.
import { createApi } from '@/lib/worker/api';

export default defineBackground(() => {
  const api = createApi();
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = message as { type?: string; text?: string; lang?: string };
    if (request?.type !== 'plainsight:analyse' || typeof request.text !== 'string') return undefined;
    return api.analyse(request.text, { lang: request.lang });
  });
});
