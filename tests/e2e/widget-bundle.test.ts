// The built widget bundle in real Chromium, the way a school would use it: loaded from another
// origin (a CDN), under a strict Content Security Policy with Trusted Types enforced.
import { execFileSync } from 'node:child_process';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, startDemo } from '../../scripts/serve.mjs';
import { type WatchedPage, launchChromium, openWatched } from './browser';

let browser: Browser;
let demo: Awaited<ReturnType<typeof startDemo>>;
let pages: Server;
let pagesUrl: string;
/** The policy for the next page the test server sends. */
let policy = '';

const REPORT = '<h2>Reading</h2><p>Reading: EXS. Writing: WTS.</p><p>Phonics screening check: 35/40.</p><p>Attendance: 91.2% (PA).</p>';

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build-widgets.mjs'], { stdio: 'inherit' });
  demo = await startDemo({ sitePort: 5283, cdnPort: 5284 });
  // A school's page on its own origin; the bundle comes from the demo's "CDN" origin.
  pages = createServer((request, response) => {
    if (request.url === '/report.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(REPORT);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>School</title>
      <script type="module" src="${demo.cdnUrl}/widgets/plainsight.js"></script></head>
      <body><main><h1>Your report</h1><ps-report-explainer src="/report.html"></ps-report-explainer></main></body></html>`);
  });
  await new Promise<void>((done) => pages.listen(0, '127.0.0.1', done));
  pagesUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  pages?.close();
  demo?.site.close();
  demo?.cdn.close();
});

async function visit(url: string): Promise<WatchedPage> {
  const watched = await openWatched(browser, url);
  await watched.page.waitForFunction(() => {
    const widget = document.querySelector('ps-report-explainer');
    return widget?.shadowRoot?.querySelector('.summary') && !widget.shadowRoot.querySelector('[aria-busy="true"]');
  }, { timeout: 20_000 });
  return watched;
}

const termTexts = (page: Page) => page.evaluate(() => [...document.querySelector('ps-report-explainer')!.shadowRoot!.querySelectorAll('button.term')]
  .map((button) => button.firstChild!.textContent));

describe('the widget bundle', () => {
  it('works from another origin under a strict policy with Trusted Types enforced, in a worker', async () => {
    policy = contentSecurityPolicy(demo.cdnUrl);
    const { page, requests, errors } = await visit(`${pagesUrl}/page.html`);
    expect(await termTexts(page)).toEqual(expect.arrayContaining(['EXS', 'WTS', '35/40', '91.2%']));
    expect(errors).toEqual([]);
    expect(requests.some((url) => url.endsWith('/widgets/plainsight-worker.js'))).toBe(true);
    // The main-thread engine was never needed.
    expect(requests.some((url) => /\/chunks\/api-/.test(url))).toBe(false);
    // No request leaves for any host but the page's own and the bundle's.
    const origins = new Set(requests.map((url) => new URL(url).origin));
    expect([...origins].filter((origin) => origin !== pagesUrl && origin !== demo.cdnUrl && origin !== 'null')).toEqual([]);
    await page.close();
  });

  it('still explains the report when the policy forbids workers, on the page in slices', async () => {
    policy = contentSecurityPolicy(demo.cdnUrl).replace("worker-src 'self' blob:", "worker-src 'none'");
    const { page, requests } = await visit(`${pagesUrl}/page.html`);
    expect(await termTexts(page)).toEqual(expect.arrayContaining(['EXS', 'WTS']));
    expect(requests.some((url) => /\/chunks\/api-/.test(url))).toBe(true);
    await page.close();
  }, 30_000);

  it('loads a language only when it is chosen, and lays Urdu out right to left', async () => {
    const { page, requests } = await visit(`${demo.siteUrl}/school/primary-report.html`);
    expect(requests.filter((url) => /locales\/(cy|ur)\//.test(url))).toEqual([]);
    const choose = async (lang: string) => {
      await page.evaluate((code) => {
        const select = document.querySelector('ps-report-explainer')!.shadowRoot!.querySelector('select')!;
        select.focus();
        select.value = code;
        select.dispatchEvent(new Event('change'));
      }, lang);
      await page.waitForFunction((code) => {
        const widget = document.querySelector('ps-report-explainer')!;
        return widget.getAttribute('lang') === code && widget.shadowRoot!.querySelector('.base')!.getAttribute('lang') === code
          && !widget.shadowRoot!.querySelector('[aria-busy="true"]');
      }, { timeout: 20_000 }, lang);
    };
    await choose('ur');
    expect(requests.some((url) => url.endsWith('/locales/ur/glossary.json'))).toBe(true);
    expect(requests.some((url) => /locales\/cy\//.test(url))).toBe(false);
    const urdu = await page.evaluate(() => {
      const root = document.querySelector('ps-report-explainer')!.shadowRoot!;
      return { dir: root.querySelector('.base')!.getAttribute('dir'), summary: root.querySelector('.summary')!.textContent };
    });
    expect(urdu.dir).toBe('rtl');
    expect(urdu.summary).toMatch(/[\u0600-\u06FF]/);
    await choose('cy');
    expect(requests.some((url) => url.endsWith('/locales/cy/glossary.json'))).toBe(true);
    await page.close();
  }, 60_000);

  it('explains both sample reports on the demo school site, the secondary one with its profile', async () => {
    for (const path of ['/school/primary-report.html', '/school/secondary-report.html']) {
      const { page, errors } = await visit(`${demo.siteUrl}${path}`);
      expect(errors, path).toEqual([]);
      expect((await termTexts(page)).length, path).toBeGreaterThan(10);
      if (path.includes('secondary')) {
        const summary = await page.evaluate(() => document.querySelector('ps-report-explainer')!.shadowRoot!.querySelector('.summary')!.textContent);
        expect(summary).toMatch(/ATL|Attitude/);
      }
      await page.close();
    }
  }, 60_000);
});
