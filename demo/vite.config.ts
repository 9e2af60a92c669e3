import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// npm start: the demo page, served on localhost only, with the engine in a worker.
export default defineConfig({
  root,
  server: { host: '127.0.0.1', port: 5173, open: false, fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
  worker: { format: 'es' },
});
