// Each widget in Arabic and in Urdu, drawn by Chromium and compared with a picture a person
// has looked at (tests/browser/screenshots/baseline/). Layout, mirrored controls and English
// words or numbers inside right-to-left text all show up in a picture as nowhere else.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../components/contact-preferences/define';
import '../../components/homework-signoff/define';
import '../../components/report-explainer/define';
import type { HomeworkData } from '../../lib/homework/types';

const report = `
  <h3>Reading</h3><p>Reading: EXS. Amira uses her phonics well.</p>
  <table><tr><th>Subject</th><th>Judgement</th></tr><tr><td>Maths</td><td>GDS</td></tr></table>
  <p>Attendance: 93.1%.</p>`;

const homework: HomeworkData = {
  pupil: { id: 'P7', name: 'Zain Khan' },
  school: 'Castle Hill Academy',
  assignments: [
    { id: 'hw-maths', subject: 'Maths', title: 'Fractions of amounts', details: 'Questions 1 to 12 on page 40.', setOn: '2026-11-20', dueOn: '2026-11-26', minutes: 30, teacher: 'Mr Patel' },
  ],
};

let stores = 0;
const storeName = () => `ps-screenshot-${Date.now()}-${++stores}`;

/** A phone-width frame, so each picture is a phone screen's worth and small to keep. */
async function framed(widget: ReturnType<typeof html>): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`<div style="width: 360px; padding: 8px; background: #fff">${widget}</div>`);
}

async function settled(frame: HTMLElement, ready: (root: ShadowRoot) => unknown): Promise<void> {
  const root = () => frame.firstElementChild!.shadowRoot!;
  await waitUntil(() => root() && ready(root()), 'the widget was not ready', { timeout: 15000 });
  await document.fonts.ready;
}

for (const lang of ['ar', 'ur']) {
  describe(`right to left in ${lang}`, () => {
    it('the report explainer, with an explanation open', async () => {
      const frame = await framed(html`<ps-report-explainer lang=${lang}>${unsafe(report)}</ps-report-explainer>`);
      await settled(frame, (root) => root.querySelector('.summary') && !root.querySelector('[aria-busy="true"]'));
      const root = frame.firstElementChild!.shadowRoot!;
      root.querySelector<HTMLButtonElement>('button.term')!.click();
      expect(root.querySelector('.explanation')).to.exist;
      await visualDiff(frame, `report-explainer-${lang}`);
    });

    it('the homework sign-off', async () => {
      const frame = await framed(html`<ps-homework-signoff lang=${lang} today="2026-11-24" store-name=${storeName()} signer="Amira Khan" .assignments=${homework}></ps-homework-signoff>`);
      await settled(frame, (root) => root.querySelector('.piece') && root.querySelector('[aria-busy="false"]'));
      await visualDiff(frame, `homework-signoff-${lang}`);
    });

    it('the contact-preference picker', async () => {
      const frame = await framed(html`<ps-contact-preferences lang=${lang} consent-version="2" store-name=${storeName()}></ps-contact-preferences>`);
      await settled(frame, (root) => root.querySelector('.carer'));
      await visualDiff(frame, `contact-preferences-${lang}`);
    });
  });
}

/** Report HTML written here, as slotted content (the widget cleans it before showing it). */
function unsafe(markup: string): DocumentFragment {
  return document.createRange().createContextualFragment(markup);
}
