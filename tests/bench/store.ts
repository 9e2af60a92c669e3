/**
 * The store's budgets, in real Chromium (part of npm run bench): 1,000 sign-offs written and
 * read back in under 1 second, and the outbox draining 1,000 entries to a localhost receiver
 * with none lost and none doubled.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { createReceiver } from '../../scripts/receiver.mjs';
import { launchChromium } from '../e2e/browser';
import type { WidgetBudget } from './widget';

const COUNT = 1000;

export async function benchStore(): Promise<WidgetBudget[]> {
  const bundle = await build({
    entryPoints: [resolve(import.meta.dirname, 'store-page.ts')], bundle: true, format: 'esm', write: false, target: 'es2022',
  });
  const script = bundle.outputFiles[0]!.text;
  const receiver = createReceiver();
  const server = createServer(async (request, response) => {
    if (await receiver.handle(request, response)) return;
    if (request.url === '/bench.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(script);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><html lang="en"><head><title>Store bench</title><script type="module" src="/bench.js"></script></head><body></body></html>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => 'runStoreBench' in window);
    type Result = { bulkMs: number; singleMs: number; readBack: number; drainMs: number; sent: number };
    const result = await page.evaluate((count) => (window as unknown as { runStoreBench(n: number): Promise<Result> }).runStoreBench(count), COUNT);
    const received = receiver.records.size;
    const doubled = [...receiver.posts.values()].filter((times) => times > 1).length;
    console.log(`\nStore and outbox (Chromium, IndexedDB):`);
    console.log(`  ${COUNT} sign-offs written in one transaction and read back: ${result.bulkMs.toFixed(0)} ms; ${COUNT} more in a transaction each: ${result.singleMs.toFixed(0)} ms`);
    console.log(`  outbox drained to a localhost receiver in ${result.drainMs.toFixed(0)} ms: ${received} received, ${doubled} doubled, ${result.sent} marked sent`);
    return [
      { name: `${COUNT} sign-offs written (in one transaction) and read back in under 1 second`, value: `${result.bulkMs.toFixed(0)} ms`, pass: result.bulkMs < 1000 && result.readBack === COUNT },
      { name: `the outbox drains ${COUNT} entries with none lost or doubled`, value: `${received} received, ${doubled} doubled`, pass: received === COUNT && doubled === 0 && result.sent === COUNT },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const budgets = await benchStore();
  for (const b of budgets) console.log(`  ${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.value}`);
  process.exitCode = budgets.every((b) => b.pass) ? 0 : 1;
}
