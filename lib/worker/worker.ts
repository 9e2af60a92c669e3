// The worker's entry: it only exposes the api, so the page's main thread never runs the engine.
// Started by the widget bundle, its name is the bundle's folder: it then fetches each language
// itself, and builds the English engine at once, before the first report arrives.
import { type Endpoint, expose } from 'comlink';
import { fetchedLanguageFiles } from '../glossary/fetch-languages';
import { createApi } from './api';

const base = self.name;
const api = createApi(base ? fetchedLanguageFiles(base) : {});
expose(api, self as unknown as Endpoint);
if (base) void api.warm().catch(() => {});
