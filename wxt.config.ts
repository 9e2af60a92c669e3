import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { KNOWN_SITES } from './extension/sites/known-sites';

/**
 * Hosts the end-to-end tests run on without a permission prompt. Only a build made with
 * PLAINSIGHT_TEST_HOSTS set has them, and it goes to its own folder (.output/test), so the
 * store build can never pick them up by accident.
 */
const testHosts = (process.env.PLAINSIGHT_TEST_HOSTS ?? '').split(/\s+/).filter(Boolean);

/** The content script and its page styles, as the background and the popup register them. */
const CONTENT_SCRIPT = 'content-scripts/content.js';
const PAGE_STYLES = 'plainsight-page.css';

export default defineConfig({
  // PLAINSIGHT_OUT_DIR lets the tests build the store version without touching .output.
  outDir: process.env.PLAINSIGHT_OUT_DIR ?? (testHosts.length > 0 ? '.output/test' : '.output'),
  // One code path for both browsers: Firefox supports MV3 with the same scripting API.
  manifestVersion: 3,
  // The extension's pages (the parents' preview) fetch each language's JSON from the package,
  // as the background does, rather than carrying every language again as code.
  vite: () => ({
    resolve: { alias: [{ find: /^(.*\/lib\/glossary\/languages)$/, replacement: '$1.extension.ts' }] },
  }),
  manifest: ({ browser }) => ({
    name: 'Plainsight',
    description: 'School reports and letters in plain words.',
    // What the extension needs and nothing more: its settings, running its own script on a
    // site the user allowed, and the tab the user clicked the button in.
    permissions: ['storage', 'scripting', 'activeTab'],
    optional_host_permissions: [...KNOWN_SITES],
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'" },
    action: { default_title: 'Plainsight' },
    // The parents' preview is an extension page shown in a frame on the school's page.
    web_accessible_resources: [{ resources: ['preview.html'], matches: ['<all_urls>'] }],
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'plainsight@plainsight.example', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } } } : {}),
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // WXT adds a runtime-registered script's matches to host_permissions: the store build
      // asks for each site when the user says so, and a test build has exactly its hosts.
      delete manifest.host_permissions;
      delete manifest.content_scripts;
      if (testHosts.length > 0) {
        manifest.host_permissions = testHosts;
        manifest.content_scripts = [{ matches: testHosts, js: [CONTENT_SCRIPT], css: [PAGE_STYLES], run_at: 'document_idle' }];
      }
    },
    'build:publicAssets': (_wxt, files) => {
      // The background fetches each language's words as data when it is first needed: a
      // service worker cannot import code later, and data in files keeps its script small.
      for (const lang of readdirSync(resolve('locales'))) {
        for (const file of ['glossary.json', 'values.json', 'ui.json']) {
          if (!existsSync(resolve('locales', lang, file))) continue;
          files.push({ absoluteSrc: resolve('locales', lang, file), relativeDest: `locales/${lang}/${file}` });
        }
      }
      files.push({ absoluteSrc: resolve('extension/page/plainsight-page.css'), relativeDest: PAGE_STYLES });
    },
  },
});
