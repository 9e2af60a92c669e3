import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags.mjs';

export { CHROMIUM_FLAGS };

export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
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
