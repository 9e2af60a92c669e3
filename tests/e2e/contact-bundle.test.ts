// <ps-contact-preferences> from the built bundle, on the demo site's "How should we contact
// you?" page: under the strict policy, fetched only when a page has one, sent to the receiver.
import { execFileSync } from 'node:child_process';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo } from '../../scripts/serve.mjs';
import { launchChromium, openWatched } from './browser';

let browser: Browser;
let demo: Awaited<ReturnType<typeof startDemo>>;

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build-widgets.mjs'], { stdio: 'inherit' });
  demo = await startDemo({ sitePort: 5295, cdnPort: 5296 });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  demo?.site.close();
  demo?.cdn.close();
});

describe('the contact preferences page', () => {
  it('works under a strict policy, and sends what is saved to the school once', async () => {
    const context = await browser.createBrowserContext();
    const { page, errors } = await openWatched(context, `${demo.siteUrl}/school/contact.html`);
    await page.waitForFunction(() => document.querySelector('ps-contact-preferences')?.shadowRoot?.querySelector('.carer'), { timeout: 20_000 });
    const id = await page.evaluate(async () => {
      const widget = document.querySelector('ps-contact-preferences')!;
      widget.value = {
        schemaVersion: 1,
        carers: [{ id: 'c1', name: 'Amira Khan', relationship: 'Mum', getsReports: true, channels: [{ channel: 'text', address: '07700 900123' }], bestDays: [], bestTimes: [], avoid: '', language: 'ur', interpreter: false, interpreterLanguage: '', prefersTalking: false, access: [], accessNote: '', goodNews: true }],
        consent: { agreed: true, version: '2026-09', agreedAt: new Date().toISOString() },
      };
      await widget.updateComplete;
      const record = await widget.save();
      return record?.id;
    });
    expect(id).toBeTruthy();
    await page.waitForFunction(() => /Sent to the school/.test(document.querySelector('ps-contact-preferences')!.shadowRoot!.textContent ?? ''), { timeout: 20_000 });
    expect((demo.receiver.records.get(id!) as { kind?: string } | undefined)?.kind).toBe('contact-preferences');
    expect(demo.receiver.posts.get(id!)).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
