// The staff page (demo/staff.html) in real Chromium, as a member of staff uses it: pick a tool
// and a language, watch the live preview, copy the snippet, and paste it into another site.
import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { type WatchedPage, openWatched, useBuiltDemo } from './browser';

const running = useBuiltDemo(5311);

const snippet = (page: Page) => page.$eval('#snippet', (code) => code.textContent ?? '');
const previewInfo = (page: Page) => page.$eval('#preview-info', (info) => info.textContent ?? '');

/** Waits until the preview's widget has drawn what `ready` looks for in its shadow root. */
function previewShows(page: Page, tag: string, selector: string) {
  return page.waitForFunction((tag, selector) => {
    const widget = document.querySelector(`#preview ${tag}`);
    return Boolean(widget?.shadowRoot?.querySelector(selector)) && !widget!.shadowRoot!.querySelector('[aria-busy="true"]');
  }, { timeout: 20_000 }, tag, selector);
}

async function chooseTool(page: Page, id: string) {
  await page.click(`#${id}`);
}

async function staffPage(): Promise<WatchedPage> {
  const watched = await openWatched(running.browser, `${running.demo.siteUrl}/staff.html`);
  await previewShows(watched.page, 'ps-report-explainer', '.summary');
  return watched;
}

describe('the staff page', () => {
  it('makes a report explainer snippet, with a live preview in the chosen language', async () => {
    const { page, errors } = await staffPage();
    expect(await snippet(page)).toContain(`<script type="module" src="${running.demo.siteUrl}/widgets/plainsight.js"></script>`);
    expect(await snippet(page)).toMatch(/<ps-report-explainer src="http:\/\/127\.0\.0\.1:5311\/samples\/primary-report\.html" lang="en" mode="inline" style="--ps-accent: #1d5e3a; --ps-mark: #fff0b3;"><\/ps-report-explainer>/);
    await page.waitForFunction(() => /The preview explained \d+ words/.test(document.querySelector('#preview-info')!.textContent!), { timeout: 20_000 });

    await page.select('#lang', 'pl');
    expect(await snippet(page)).toContain('lang="pl"');
    await page.waitForFunction(() => document.querySelector('#preview ps-report-explainer')?.shadowRoot?.querySelector('.base[lang="pl"]'), { timeout: 20_000 });
    await previewShows(page, 'ps-report-explainer', '.summary');
    expect(await page.$eval('#preview ps-report-explainer', (widget) => widget.shadowRoot!.querySelector('h2')!.textContent)).not.toMatch(/plain words/);
    expect(errors).toEqual([]);
  }, 60_000);

  it('makes a homework and a contact snippet, each previewed', async () => {
    const { page, errors } = await staffPage();
    await chooseTool(page, 'tool-homework');
    await previewShows(page, 'ps-homework-signoff', '.piece');
    expect(await snippet(page)).toMatch(/<ps-homework-signoff src="[^"]+\/samples\/homework-week\.json" view="parent" endpoint="[^"]+\/receiver" lang="en"/);
    await chooseTool(page, 'tool-contact');
    await previewShows(page, 'ps-contact-preferences', '.carer');
    expect(await snippet(page)).toMatch(/<ps-contact-preferences form-key="CHA-7G-014" endpoint="[^"]+\/receiver" consent-version="2026-09" lang="en"/);
    expect(errors).toEqual([]);
  }, 60_000);

  it('says plainly what is wrong with an address, and previews nothing until it is right', async () => {
    const { page } = await staffPage();
    await page.$eval('#src', (input) => { (input as HTMLInputElement).value = ''; });
    await page.type('#src', 'javascript:alert(1)');
    await page.waitForFunction(() => document.querySelector('#src')!.getAttribute('aria-invalid') === 'true', { timeout: 5_000 });
    await page.waitForFunction(() => !document.querySelector('#preview ps-report-explainer'), { timeout: 5_000 });
    expect(await page.$eval('#src-error', (error) => error.textContent)).toMatch(/must start with https:\/\//);
    expect(await page.$eval('#preview', (frame) => frame.textContent)).toMatch(/when the addresses above are right/);
    expect(await previewInfo(page)).toBe('');
  }, 60_000);

  it('has no accessibility problems axe can find', async () => {
    const page = await running.browser.newPage();
    // axe is added by the test, which the page's own strict policy would rightly refuse.
    await page.setBypassCSP(true);
    await page.goto(`${running.demo.siteUrl}/staff.html`);
    await previewShows(page, 'ps-report-explainer', '.summary');
    await page.addScriptTag({ content: readFileSync('node_modules/axe-core/axe.min.js', 'utf8') });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string }[] }> } })
        .axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
      return result.violations.map((violation) => violation.id);
    });
    expect(violations).toEqual([]);
  }, 60_000);

  it('gives a snippet that works when pasted into another school website', async () => {
    const { page } = await staffPage();
    const pasted = await snippet(page);
    const school: Server = createServer((request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our school</title></head><body><main><h1>Reports</h1>${pasted}</main></body></html>`);
    });
    await new Promise<void>((done) => school.listen(0, '127.0.0.1', done));
    try {
      const { page: schoolPage, errors } = await openWatched(running.browser, `http://127.0.0.1:${(school.address() as AddressInfo).port}/`);
      await schoolPage.waitForFunction(() => document.querySelector('ps-report-explainer')?.shadowRoot?.querySelector('button.term'), { timeout: 20_000 });
      expect(errors).toEqual([]);
    } finally {
      school.close();
    }
  }, 60_000);
});
