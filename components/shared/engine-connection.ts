import { loadEnglish, loadLanguage } from '../../lib/glossary/languages';
import { EngineClient, connectWorker } from '../../lib/worker/client';

/** How a page gets its engine. The widget bundle sets its own (a worker file beside it). */
export type EngineFactory = () => Promise<EngineClient>;

const files = { loadEnglish, loadLanguage };
/** How long a new worker has to answer before the engine runs on the page instead. */
const WORKER_START_MS = 4000;

/** The engine on the page's own thread, in slices, for pages whose security policy forbids workers. */
export async function mainThreadEngine(): Promise<EngineClient> {
  const [{ createApi }, { analyseInSlices }] = await Promise.all([import('../../lib/worker/api'), import('../../lib/engine/slices')]);
  const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  return new EngineClient(createApi({ analyseLong: (text, analyse) => analyseInSlices(text, analyse, pause) }), files);
}

/**
 * Starts a worker and checks that it answers (`ownFiles`: it fetches its languages itself). A security policy that blocks workers makes the
 * worker fail quietly, so a worker that is silent for a few seconds counts as blocked.
 */
export async function workerEngine(start: () => Worker | Promise<Worker>, ownFiles = false): Promise<EngineClient> {
  let worker: Worker;
  try {
    worker = await start();
  } catch {
    // A policy without blob: in worker-src, or a CDN that would not send the file.
    return mainThreadEngine();
  }
  const client = connectWorker(worker, ownFiles ? null : files);
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', () => reject(new Error('The worker could not start.')), { once: true });
    setTimeout(() => reject(new Error('The worker did not answer.')), WORKER_START_MS);
  });
  try {
    await Promise.race([client.analyse(''), failed]);
    return client;
  } catch {
    worker.terminate();
    return mainThreadEngine();
  }
}

// Until a host says where its worker file is (the widget bundle does), the engine runs on the
// page in slices: slower, but it works everywhere.
let factory: EngineFactory = mainThreadEngine;

export function setEngineFactory(next: EngineFactory): void {
  factory = next;
}

/** An engine for one widget: each has its own, because each may have its own school profile. */
export function startEngine(): Promise<EngineClient> {
  return factory();
}
