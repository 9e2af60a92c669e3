import { type Remote, wrap } from 'comlink';
import type { PlainsightApi } from './api';

export type EngineClient = Remote<PlainsightApi>;

/** Wraps a worker started from worker.ts: each call on the result runs in the worker. */
export function connectEngine(worker: Worker): EngineClient {
  return wrap<PlainsightApi>(worker);
}
