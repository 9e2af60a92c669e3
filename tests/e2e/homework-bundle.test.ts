// <ps-homework-signoff> from the built bundle, on the demo school site: a strict Content
// Security Policy with Trusted Types enforced, and the element's code fetched only when a page
// has one.
import type { BrowserContext } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { type WatchedPage, openWatched, useBuiltDemo } from './browser';

const running = useBuiltDemo(5293);

const HOMEWORK_CHUNK = /\/widgets\/chunks\/define-[^/]+\.js$/;

async function visit(context: BrowserContext, path: string, ready: () => unknown): Promise<WatchedPage> {
  // The outbox's tries to reach the school are the sync layer's business, not this test's.
  const watched = await openWatched(context, `${running.demo.siteUrl}${path}`, { ignoreErrorsFrom: '/receiver' });
  await watched.page.waitForFunction(ready, { timeout: 20_000 });
  return watched;
}

const homeworkShown = () => {
  const widget = document.querySelector('ps-homework-signoff');
  return widget?.shadowRoot?.querySelector('.piece') && widget.shadowRoot.querySelector('[aria-busy="false"]');
};

describe('the homework widget in the bundle', () => {
  it('is not downloaded by a page with only a report on it', async () => {
    const context = await running.browser.createBrowserContext();
    const { requests, errors } = await visit(context, '/school/secondary-report.html', () => document.querySelector('ps-report-explainer')?.shadowRoot?.querySelector('.summary'));
    expect(errors).toEqual([]);
    expect(requests.filter((url) => HOMEWORK_CHUNK.test(url) || /chunks\/(store|sync)-/.test(url))).toEqual([]);
    await context.close();
  }, 30_000);

  it('signs off, gives a stamp, and shows it to the parent, under a strict policy', async () => {
    const context = await running.browser.createBrowserContext();
    const parent = await visit(context, '/school/homework.html', homeworkShown);
    expect(parent.requests.some((url) => HOMEWORK_CHUNK.test(url))).toBe(true);
    // A homework page explains no report: no engine, no glossary.
    expect(parent.requests.filter((url) => /plainsight-worker\.js|glossary\.json/.test(url))).toEqual([]);
    const pieces = await parent.page.evaluate(() => [...document.querySelector('ps-homework-signoff')!.shadowRoot!.querySelectorAll('h4')].map((h) => h.textContent!.trim()));
    expect(pieces.length).toBeGreaterThanOrEqual(6);

    // A sign-off with the keyboard's keys, in the page as a parent would.
    const signed = await parent.page.evaluate(async () => {
      const widget = document.querySelector('ps-homework-signoff')!;
      const form = widget.shadowRoot!.querySelector('form')!;
      form.querySelector<HTMLInputElement>('input[value="done"]')!.click();
      await widget.updateComplete;
      const saved = new Promise<string>((resolve) => widget.addEventListener('ps-signoff', (event) => resolve(event.detail.signedBy), { once: true }));
      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      return saved;
    });
    expect(signed).toBe('Amira Khan');
    await parent.page.waitForFunction(() => document.querySelector('ps-homework-signoff')!.shadowRoot!.querySelector('[part="record"]'));

    const teacher = await visit(context, '/school/homework-teacher.html', homeworkShown);
    const given = await teacher.page.evaluate(async () => {
      const widget = document.querySelector('ps-homework-signoff')!;
      const button = widget.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-stamp="effort"]')[1]!;
      const saved = new Promise<string>((resolve) => widget.addEventListener('ps-feedback', (event) => resolve(event.detail.assignmentId), { once: true }));
      button.click();
      return { assignmentId: await saved, role: widget.getAttribute('role'), view: widget.view };
    });
    expect(given.role).toBe(null);
    expect(given.view).toBe('teacher');

    // Back to the parent's tab (a tab in the background gets no animation frames to wait with).
    await parent.page.bringToFront();
    await parent.page.reload();
    await parent.page.waitForFunction(homeworkShown, { timeout: 20_000 });
    const marks = await parent.page.evaluate(() => [...document.querySelector('ps-homework-signoff')!.shadowRoot!.querySelectorAll('[part="mark"]')].map((mark) => mark.textContent!.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim()));
    expect(marks.some((mark) => /Great effort \(merit\) Zain tried very hard/.test(mark))).toBe(true);
    // The school's colour is set without a style attribute the policy would block.
    const colour = await parent.page.evaluate(() => getComputedStyle(document.querySelector('ps-homework-signoff')!.shadowRoot!.querySelector('.badge.coloured')!).getPropertyValue('--_stamp'));
    expect(colour.trim()).toMatch(/^#|rgb/);
    // The minified build keeps the space before "(the day has passed)".
    const due = await parent.page.evaluate(() => document.querySelector('ps-homework-signoff')!.shadowRoot!.querySelector('.facts dd')!.textContent);
    expect(due).toMatch(/\S \(/);
    expect(parent.errors).toEqual([]);
    expect(teacher.errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('signs off offline; back online and reloaded, it says "Sent to school", and the school has one record', async () => {
    const context = await running.browser.createBrowserContext();
    const { page } = await visit(context, '/school/homework.html', homeworkShown);
    const before = running.demo.receiver.records.size;
    await page.setOfflineMode(true);
    const id = await page.evaluate(async () => {
      const widget = document.querySelector('ps-homework-signoff')!;
      const form = widget.shadowRoot!.querySelectorAll('form')[1]!;
      form.querySelector<HTMLInputElement>('input[value="done"]')!.click();
      await widget.updateComplete;
      const saved = new Promise<string>((resolve) => widget.addEventListener('ps-signoff', (event) => resolve(event.detail.id), { once: true }));
      form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      return saved;
    });
    const recordText = () => page.evaluate(() => [...document.querySelector('ps-homework-signoff')!.shadowRoot!.querySelectorAll('[part="record"]')]
      .map((record) => record.textContent!.replace(/\s+/g, ' ')).join('\n'));
    await page.waitForFunction(() => /Saved on this phone/.test(document.querySelector('ps-homework-signoff')!.shadowRoot!.textContent ?? ''));
    expect(running.demo.receiver.records.has(id)).toBe(false);
    await page.setOfflineMode(false);
    await page.reload();
    await page.waitForFunction(homeworkShown, { timeout: 20_000 });
    await page.waitForFunction(() => /Sent to school/.test(document.querySelector('ps-homework-signoff')!.shadowRoot!.textContent ?? ''), { timeout: 20_000 });
    expect(await recordText()).toMatch(/Sent to school/);
    // Coming online, the old page may start sending just as it is reloaded, and the new page
    // sends again: the Idempotency-Key lets the school keep one record whatever the timing.
    expect(running.demo.receiver.records.has(id)).toBe(true);
    expect(running.demo.receiver.records.size).toBe(before + 1);
    await context.close();
  }, 60_000);
});

