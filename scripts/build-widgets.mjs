// npm run build (second part): the widget bundle in dist/widgets/.
// Two passes: the page's bundle (with each language, the profile reader and the main-thread
// engine as files it loads on demand), then the worker as one self-contained file, because a
// worker started from a blob: URL (the bundle on a CDN) cannot import files beside it.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';
import { minifyHTMLLiterals } from 'minify-literals';
import { build } from 'vite';

// A test runner sets NODE_ENV=test, which would pull in Lit's development build.
process.env.NODE_ENV = 'production';

/** Lit keeps html`` and css`` text as written: take the spaces out of the components' templates. */
const minifyTemplates = {
  name: 'plainsight-minify-templates',
  async transform(code, id) {
    if (!/\/components\/.*\.ts$/.test(id)) return null;
    return (await minifyHTMLLiterals(code, { fileName: id })) ?? null;
  },
};

/**
 * Library mode keeps chunk URLs relative to the bundle (right for a CDN) but leaves ES output
 * unminified, and size is a budget here: minify each chunk after it is made. Terser makes
 * files about 4% smaller than esbuild's minifier, which is a kilobyte of the 40 KB budget.
 */
const minifyChunks = {
  name: 'plainsight-minify',
  async generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const { code } = await minify(chunk.code, { module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } });
      chunk.code = code;
    }
  },
};

function widgetBuild(name, entry, { emptyOutDir, codeSplitting }) {
  return build({
    configFile: false,
    mode: 'production',
    publicDir: false,
    logLevel: 'warn',
    plugins: [minifyTemplates, minifyChunks],
    // In the bundle, languages are JSON files fetched from beside it, not chunks of code.
    resolve: { alias: [{ find: /^(.*\/lib\/glossary\/languages)$/, replacement: '$1.bundle.ts' }] },
    build: {
      outDir: 'dist/widgets',
      emptyOutDir,
      target: 'es2022',
      // Files stay files: a data: URL would be blocked by a strict policy.
      assetsInlineLimit: 0,
      lib: { entry: { [name]: entry }, formats: ['es'] },
      rollupOptions: {
        // Code the page has loaded already (Lit, the shared helpers) stays in the bundle itself:
        // a lazily loaded element (<ps-homework-signoff>) imports it from there, and a report page
        // needs no second file before its first explanation.
        preserveEntrySignatures: 'allow-extension',
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
// Each language's words as JSON beside the bundle: the worker fetches them when needed.
for (const lang of readdirSync('locales')) {
  mkdirSync(`dist/widgets/locales/${lang}`, { recursive: true });
  for (const file of ['glossary.json', 'values.json', 'ui.json']) {
    const data = JSON.parse(readFileSync(`locales/${lang}/${file}`, 'utf8'));
    writeFileSync(`dist/widgets/locales/${lang}/${file}`, JSON.stringify(data));
  }
}
console.log('Built the widget bundle in dist/widgets/.');
