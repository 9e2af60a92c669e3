import { mkdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { createReceiver } from './scripts/receiver.mjs';
import { CHROMIUM_FLAGS } from './scripts/chromium-flags.mjs';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

/** Counts every test for scripts/test.mjs, which prints one "N passed, N failed" line. */
function countingReporter() {
  const count = (suite, totals) => {
    for (const test of suite.tests ?? []) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else totals.failed++;
    }
    for (const child of suite.suites ?? []) count(child, totals);
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed++;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync('.test-results/browser.json', JSON.stringify(totals));
    },
  };
}

// The school's endpoint for the outbox tests, on the test server itself (same origin).
const receiver = createReceiver();

export default {
  files: ['tests/browser/**/*.test.ts'],
  middleware: [
    async (context, next) => {
      if (context.path.startsWith('/receiver') && (await receiver.handle(context.req, context.res))) {
        context.respond = false;
        return;
      }
      await next();
    },
  ],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  plugins: [
    esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    // Right-to-left screenshots are compared with reviewed pictures in tests/browser/screenshots/.
    // `npx wtr --update-visual-baseline` writes new ones: look at each before committing it.
    // The threshold is tight on purpose: an English report turned right to left inside the
    // Urdu widget changes only 2.4% of the picture.
    visualRegressionPlugin({
      baseDir: 'tests/browser/screenshots',
      update: process.argv.includes('--update-visual-baseline'),
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: CHROMIUM_FLAGS,
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
