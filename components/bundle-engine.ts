// The widget bundle's engine: a worker file beside the bundle. Its own module, imported before
// any element is defined, so the first element on the page already gets the worker.
import type { EngineClient } from '../lib/worker/client';
import { setEngineFactory, workerEngine } from './shared/engine-connection';
import { trustedScriptUrl } from './shared/trusted-types';

/** Built next to the bundle by `npm run build`. A variable, so the bundler leaves the URL alone. */
const WORKER_FILE = 'plainsight-worker.js';

/**
 * A worker must come from the page's own origin. Loaded from a CDN, the bundle fetches its
 * worker file and starts it from a blob: URL instead. The worker's name is the bundle's
 * folder, where it finds each language's files.
 */
async function startWorker(): Promise<Worker> {
  const url = new URL(WORKER_FILE, import.meta.url);
  const options: WorkerOptions = { type: 'module', name: new URL(/* @vite-ignore */ './', import.meta.url).href };
  if (url.origin === location.origin) return new Worker(trustedScriptUrl(url.href), options);
  const response = await fetch(url, { mode: 'cors', credentials: 'omit' });
  if (!response.ok) throw new Error(`The worker file answered ${response.status}.`);
  const blob = new Blob([await response.text()], { type: 'text/javascript' });
  return new Worker(trustedScriptUrl(URL.createObjectURL(blob)), options);
}

const start = () => workerEngine(startWorker, true);
// Started as the bundle loads, so the engine is ready by the time the first report arrives.
// A page with only a homework or contact widget never explains a report: it is spared the
// engine and its glossary. (A page that adds its widgets later still gets the head start.)
const reportless = !document.querySelector('ps-report-explainer') && document.querySelector('ps-homework-signoff, ps-contact-preferences');
let warm: Promise<EngineClient> | undefined = reportless ? undefined : start();

setEngineFactory(() => {
  const engine = warm ?? start();
  warm = undefined;
  return engine;
});
