// npm run build (second part): the widget bundle in dist/widgets/.
// Two passes: the page's bundle (with each language, the profile reader and the main-thread
// engine as files it loads on demand), then the worker as one self-contained file, because a
// worker started from a blob: URL (the bundle on a CDN) cannot import files beside it.
import { transform } from 'esbuild';
import { build } from 'vite';

// A test runner sets NODE_ENV=test, which would pull in Lit's development build.
process.env.NODE_ENV = 'production';

/** Lit keeps css`` text as written: squeeze the spaces out of the components' style sheets. */
const squeezeCss = {
  name: 'plainsight-squeeze-css',
  transform(code, id) {
    if (!/components\/.*(styles|theme)\.ts$/.test(id)) return null;
    return code.replace(/css`([^`]*)`/g, (_, body) =>
      `css\`${body.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/:\s+/g, ':').trim()}\``);
  },
};

/**
 * Library mode keeps chunk URLs relative to the bundle (right for a CDN) but leaves ES output
 * unminified, and size is a budget here: minify each chunk after it is made.
 */
const minifyChunks = {
  name: 'plainsight-minify',
  async generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      chunk.code = (await transform(chunk.code, { minify: true, format: 'esm', target: 'es2022', legalComments: 'none' })).code;
    }
  },
};

function widgetBuild(name, entry, { emptyOutDir, codeSplitting }) {
  return build({
    configFile: false,
    mode: 'production',
    publicDir: false,
    logLevel: 'warn',
    plugins: [squeezeCss, minifyChunks],
    build: {
      outDir: 'dist/widgets',
      emptyOutDir,
      target: 'es2022',
      // Files stay files: a data: URL would be blocked by a strict policy.
      assetsInlineLimit: 0,
      lib: { entry: { [name]: entry }, formats: ['es'] },
      rollupOptions: {
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          ...(codeSplitting ? {} : { codeSplitting: false }),
        },
      },
    },
  });
}

await widgetBuild('plainsight', 'components/plainsight.ts', { emptyOutDir: true, codeSplitting: true });
await widgetBuild('plainsight-worker', 'lib/worker/worker.ts', { emptyOutDir: false, codeSplitting: false });
console.log('Built the widget bundle in dist/widgets/.');
