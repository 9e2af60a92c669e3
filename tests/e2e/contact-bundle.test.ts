// <ps-contact-preferences> from the built bundle, on the demo site's "How should we contact
// you?" page: under the strict policy, fetched only when a page has one, sent to the receiver.
import { describe, expect, it } from 'vitest';
import { openWatched, useBuiltDemo } from './browser';

const running = useBuiltDemo(5295);

describe('the contact preferences page', () => {
  it('works under a strict policy, and sends what is saved to the school once', async () => {
    const context = await running.browser.createBrowserContext();
    const { page, errors } = await openWatched(context, `${running.demo.siteUrl}/school/contact.html`);
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
    expect((running.demo.receiver.records.get(id!) as { kind?: string } | undefined)?.kind).toBe('contact-preferences');
    expect(running.demo.receiver.posts.get(id!)).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
