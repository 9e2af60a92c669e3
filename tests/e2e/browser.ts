import { execFileSync } from 'node:child_process';
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags.mjs';
import { startDemo } from '../../scripts/serve.mjs';

export { CHROMIUM_FLAGS };

export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

export interface RunningDemo {
  browser: Browser;
  demo: Awaited<ReturnType<typeof startDemo>>;
}

/**
 * For one test file: builds the widgets, then starts the demo site (its "CDN" on the next
 * port) and Chromium before the tests, and stops them after. Each file has its own ports.
 */
export function useBuiltDemo(sitePort: number): RunningDemo {
  const running = {} as RunningDemo;
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build-widgets.mjs'], { stdio: 'inherit' });
    running.demo = await startDemo({ sitePort, cdnPort: sitePort + 1 });
    running.browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await running.browser?.close();
    running.demo?.site.close();
    running.demo?.cdn.close();
  });
  return running;
}

export interface WatchedPage {
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  /** Script errors, console errors and Content Security Policy violations. */
  errors: string[];
}

/**
 * Opens a page that records its requests and its errors, CSP violations included.
 * `ignoreErrorsFrom`: console errors from URLs containing this are not counted.
 */
export async function openWatched(owner: Browser | BrowserContext, url: string, options: { ignoreErrorsFrom?: string } = {}): Promise<WatchedPage> {
  const page = await owner.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    const from = message.location().url ?? '';
    if (message.type() === 'error' && !(options.ignoreErrorsFrom && from.includes(options.ignoreErrorsFrom))) errors.push(message.text());
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(url);
  return { page, requests, errors };
}
