// The content script: on a site the person allowed (or once, from the popup), it helps a
// teacher write comments or a parent read a report. It holds no engine and no glossary: it
// sends text to the background and shows the answers (extension/page/).
import { startPlainsight } from '@/extension/page/start';

export default defineContentScript({
  // Registered at run time for the sites a person allows (extension/background/site-scripts.ts);
  // a test build also lists its test hosts in the manifest (wxt.config.ts).
  registration: 'runtime',
  matches: [],
  main() {
    // Run once per page, however many times the popup injects it.
    const flag = globalThis as { plainsightStarted?: boolean };
    if (flag.plainsightStarted) return;
    flag.plainsightStarted = true;
    void startPlainsight();
  },
});
