// The worker's entry: it only exposes the api, so the page's main thread never runs the engine.
import { type Endpoint, expose } from 'comlink';
import { createApi } from './api';

expose(createApi(), self as unknown as Endpoint);
