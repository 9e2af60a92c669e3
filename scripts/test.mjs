// npm test: type-checks the whole project, runs every suite (vitest in Node, web-test-runner
// in Chromium), and ends with one line "N passed, N failed". Exits non-zero if anything fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const totals = { passed: 0, failed: 0 };

function run(label, command, args) {
  console.log(`\n== ${label} ==`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function readCounts(file) {
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8'));
}

rmSync('.test-results', { recursive: true, force: true });

for (const project of ['tsconfig.json', 'lib/tsconfig.json']) {
  const ok = run(`type check (${project})`, 'npx', ['tsc', '--noEmit', '-p', project]);
  totals[ok ? 'passed' : 'failed']++;
}

const unitOk = run('unit tests (Node)', 'npx', [
  'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.test-results/unit.json',
]);
const unit = readCounts('.test-results/unit.json');
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests + (unit.numFailedTestSuites ?? 0);
}
if (!unitOk && (!unit || unit.numFailedTests + unit.numFailedTestSuites === 0)) totals.failed++;

const browserOk = run('browser tests (Chromium)', 'npx', ['wtr']);
const browser = readCounts('.test-results/browser.json');
if (browser) {
  totals.passed += browser.passed;
  totals.failed += browser.failed;
}
if (!browserOk && (!browser || browser.failed === 0)) totals.failed++;

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed > 0 ? 1 : 0;
