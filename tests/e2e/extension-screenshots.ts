/**
 * Takes the README's pictures of the extension from the real built extension in Chromium:
 * npx tsx tests/e2e/extension-screenshots.ts (it builds the test version first). Writes PNGs
 * into docs/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TEST_BUILD, buildExtensions, inShadow, launchWithExtension, leakTrap, serveDemo } from './extension-harness';

const DOCS = join(ROOT, 'docs');
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check().catch(() => false)) return;
    await wait(50);
  }
  throw new Error('The page did not get there in time.');
}

mkdirSync(DOCS, { recursive: true });
await buildExtensions();
const demo = await serveDemo(5307);
const trap = await leakTrap(5308);
const ext = await launchWithExtension(TEST_BUILD, 5308);
try {
  // A teacher writing a comment: school words marked, the badge, then the panel.
  const writer = await ext.open(`${demo.url}/mis/report-writer.html`);
  await writer.click('#comment');
  await writer.keyboard.type('Amy is working at EXS in reading and WTS in writing. Her ATL is good, and the SENCo is pleased.');
  await until(() => inShadow(writer, 'function () { return this.querySelector(".badge"); }'));
  await wait(300);
  await writer.screenshot({ path: join(DOCS, 'extension-teacher-typing.png') });
  await inShadow(writer, 'function () { this.querySelector(".badge").click(); }');
  await until(() => inShadow(writer, 'function () { return this.querySelector(".panel .terms"); }'));
  await writer.screenshot({ path: join(DOCS, 'extension-teacher-panel.png') });

  // The class check on the marksheet.
  const marksheet = await ext.open(`${demo.url}/mis/marksheet.html`);
  await marksheet.waitForSelector('body[data-loaded]');
  await until(() => inShadow(marksheet, 'function () { return this.querySelector(".launcher"); }'));
  await inShadow(marksheet, 'function () { this.querySelector(".launcher").click(); }');
  await until(() => inShadow(marksheet, 'function () { return this.querySelector("button.check-all")?.textContent === "Check all 500 comments"; }'));
  await inShadow(marksheet, 'function () { this.querySelector("button.check-all").click(); }');
  await until(() => inShadow(marksheet, 'function () { return this.querySelector("table.results"); }'));
  await marksheet.screenshot({ path: join(DOCS, 'extension-class-check.png') });

  // A parent reading a report on the portal, with one word open.
  const portal = await ext.open(`${demo.url}/portal/report.html`);
  await until(() => inShadow(portal, 'function () { return this.querySelector("button.term"); }'));
  await inShadow(portal, 'function () { [...this.querySelectorAll("button.term")].find((b) => b.textContent === "EXS").click(); }');
  await wait(300);
  await portal.screenshot({ path: join(DOCS, 'extension-parent.png') });

  // The popup, as it opens over a school's portal.
  const popup = await ext.browser.newPage();
  await popup.setViewport({ width: 360, height: 520 });
  await popup.evaluateOnNewDocument(() => {
    const api = (globalThis as unknown as { chrome: { tabs: { query: unknown } } }).chrome;
    api.tabs.query = async () => [{ id: 1, url: 'https://oakhill.arbor.sc/parent/reports' }];
  });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await popup.waitForSelector('button.use-here');
  await popup.screenshot({ path: join(DOCS, 'extension-popup.png') });
  console.log(`Wrote the extension's screenshots into ${DOCS}.`);
} finally {
  await ext.browser.close();
  demo.server.close();
  trap.server.close();
}
