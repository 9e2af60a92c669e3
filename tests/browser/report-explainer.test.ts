import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../components/report-explainer/define';
import type { PsReportExplainer } from '../../components/report-explainer/report-explainer';
import { pickVoice } from '../../components/shared/voices';

const primary = `
  <h3>Reading</h3><p>Reading: EXS. Amira uses her phonics well.</p>
  <h3>Writing</h3><p>Writing: WTS</p>
  <table><tr><th>Subject</th><th>Judgement</th></tr><tr><td>Maths</td><td>GDS</td></tr></table>
  <p>Phonics screening check: 34/40. Attendance: 93.1%.</p>`;

async function explained(element: PsReportExplainer): Promise<PsReportExplainer> {
  await waitUntil(() => element.shadowRoot!.querySelector('.summary') && !element.shadowRoot!.querySelector('[aria-busy="true"]'), 'the report was not explained', { timeout: 15000 });
  return element;
}

const shadow = (element: PsReportExplainer) => element.shadowRoot!;
const terms = (element: PsReportExplainer) => [...shadow(element).querySelectorAll<HTMLButtonElement>('button.term')];

describe('<ps-report-explainer>', () => {
  it('explains a slotted report: each term a button, and a plain summary on top', async () => {
    const element = await explained(await fixture<PsReportExplainer>(html`<ps-report-explainer lang="en">${unsafeFragment(primary)}</ps-report-explainer>`));
    const texts = terms(element).map((button) => button.firstChild!.textContent);
    expect(texts).to.include.members(['EXS', 'WTS', 'GDS', '34/40', '93.1%']);
    const summary = shadow(element).querySelector('.summary')!.textContent!;
    expect(summary).to.match(/Reading\s*\(EXS\)/);
    expect(summary).to.match(/Maths Judgement\s*\(GDS\)/);
    expect(summary).to.match(/Attendance\s*\(93\.1%\): 93\.1% attendance means missing about 13 days/);
    expect(shadow(element).querySelector('[role="status"]')!.textContent).to.match(/Reading age of the report: [\d.]+/);
  });

  it('opens an explanation with Enter, closes it with Escape, and gives focus back', async () => {
    const element = await explained(await fixture<PsReportExplainer>(html`<ps-report-explainer lang="en">${unsafeFragment(primary)}</ps-report-explainer>`));
    const first = terms(element)[0]!;
    // Tab from the start of the page until the first term has focus.
    for (let i = 0; i < 10 && shadow(element).activeElement !== first; i++) await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement).to.equal(first);
    const opened = oneEvent(element, 'ps-term-open');
    await sendKeys({ press: 'Enter' });
    expect((await opened).detail.id).to.equal('exs');
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    const note = shadow(element).querySelector('.explanation')!;
    expect(note.textContent).to.match(/expected for their age/i);
    expect(first.getAttribute('aria-describedby')).to.equal(note.id);
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(shadow(element).querySelector('.explanation')).to.equal(null);
    expect(first.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(element).activeElement).to.equal(first);
  });

  it('reads no comments of the page as report text', async () => {
    const element = await explained(await fixture<PsReportExplainer>(html`<ps-report-explainer lang="en"><!-- made by a template -->${unsafeFragment(primary)}</ps-report-explainer>`));
    expect(shadow(element).querySelector('.report')!.textContent).not.to.match(/template|\?lit\$/);
  });

  it('tells screen readers the term has an explanation', async () => {
    const element = await explained(await fixture<PsReportExplainer>(html`<ps-report-explainer lang="en">${unsafeFragment(primary)}</ps-report-explainer>`));
    expect(terms(element)[0]!.textContent).to.equal('EXS, has an explanation');
  });

  it('has no axe violations when closed, in summary mode and right to left', async () => {
    const closed = await explained(await fixture<PsReportExplainer>(html`<ps-report-explainer lang="en">${unsafeFragment(primary)}</ps-report-explainer>`));
    await expect(closed).to.be.accessible();
    const summary = await explained(await fixture<PsReportExplainer>(html`<ps-report-explainer lang="en" mode="summary">${unsafeFragment(primary)}</ps-report-explainer>`));
    expect(shadow(summary).querySelector('.report')!.closest('section')!.hidden).to.equal(true);
    await expect(summary).to.be.accessible();
    const urdu = await explained(await fixture<PsReportExplainer>(html`<ps-report-explainer lang="ur">${unsafeFragment(primary)}</ps-report-explainer>`));
    expect(shadow(urdu).querySelector('.base')!.getAttribute('dir')).to.equal('rtl');
    await expect(urdu).to.be.accessible();
  });

  it('fires ps-explained with the counts', async () => {
    const element = document.createElement('ps-report-explainer');
    element.report = 'Reading: EXS. Attendance: 88%.';
    const event = oneEvent(element, 'ps-explained');
    document.body.append(element);
    const { detail } = await event;
    expect(detail).to.include({ terms: 1, values: 1 });
    element.remove();
  });

  it('loads a report from src, as text', async () => {
    const element = await explained(await fixture<PsReportExplainer>(html`<ps-report-explainer lang="en" src="/tests/fixtures/reports/secondary.txt"></ps-report-explainer>`));
    expect(terms(element).map((button) => button.firstChild!.textContent)).to.include('89.5%');
  });

  it('shows a plain error and a retry when src fails, and keeps what it showed before', async () => {
    const element = await explained(await fixture<PsReportExplainer>(html`<ps-report-explainer lang="en" src="/tests/fixtures/reports/secondary.txt"></ps-report-explainer>`));
    element.src = '/tests/fixtures/reports/missing.html';
    await waitUntil(() => shadow(element).querySelector('[part="error"]'), 'no error shown', { timeout: 10000 });
    const error = shadow(element).querySelector('[part="error"]')!;
    expect(error.textContent).to.match(/could not load the report/);
    expect(error.querySelector('button')!.textContent).to.equal('Try again');
    expect(terms(element).length).to.be.greaterThan(3);
    await expect(element).to.be.accessible();
  });

  it('says plainly when src returns something that is not a report', async () => {
    const element = await fixture<PsReportExplainer>(html`<ps-report-explainer lang="en" src="/package.json"></ps-report-explainer>`);
    await waitUntil(() => shadow(element).querySelector('[part="error"]'), 'no error shown', { timeout: 10000 });
    expect(shadow(element).querySelector('[part="error"]')!.textContent).to.match(/empty, or it is not a report/);
  });

  it('runs nothing from hostile report HTML', async () => {
    const flags = window as unknown as Record<string, boolean>;
    const hostile = `
      <p>Reading: EXS</p>
      <script>window.hacked1 = true</script>
      <img src="x" alt="" onerror="window.hacked2 = true">
      <a href="javascript:window.hacked3 = true">click</a>
      <svg><script>window.hacked4 = true</script><a xlink:href="javascript:window.hacked5=true"><text>x</text></a></svg>
      <math><mtext><table><mglyph><style><img src=x onerror="window.hacked6=true"></style></mglyph></table></mtext></math>
      <iframe srcdoc="<script>parent.hacked7 = true</script>"></iframe>
      <form action="javascript:window.hacked8=true"><button>Go</button></form>
      <div style="background:url(javascript:window.hacked9=true)">styled</div>`;
    const element = document.createElement('ps-report-explainer');
    element.lang = 'en';
    element.report = hostile;
    document.body.append(element);
    await explained(element);
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const link of shadow(element).querySelectorAll('a')) link.click();
    for (let i = 1; i <= 9; i++) expect(flags[`hacked${i}`], `hacked${i}`).to.equal(undefined);
    const report = shadow(element).querySelector('.report')!;
    expect(report.querySelectorAll('script, iframe, svg, math, form, style').length).to.equal(0);
    for (const node of report.querySelectorAll('*')) {
      for (const attribute of node.attributes) {
        expect(attribute.name.startsWith('on'), attribute.name).to.equal(false);
        expect(attribute.value).not.to.match(/javascript:/i);
      }
    }
    element.remove();
  });
});

/** Test fixtures only: our own trusted HTML, turned into nodes for slotting. */
function unsafeFragment(markup: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content;
}

describe('<ps-report-explainer> languages, print and headings', () => {
  it('switches to Welsh from its menu: Welsh words, Welsh meanings, loaded only then', async () => {
    const element = await explained(await fixture<PsReportExplainer>(html`<ps-report-explainer lang="en">${unsafeFragment(primary)}</ps-report-explainer>`));
    const select = shadow(element).querySelector('select')!;
    // The menu lists every language once it has focus (it holds only the chosen one before).
    expect(select.options.length).to.equal(1);
    select.focus();
    expect(select.options.length).to.be.greaterThan(14);
    select.value = 'cy';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => shadow(element).querySelector('h2')!.textContent !== "Your child's report in plain words", 'no Welsh heading', { timeout: 10000 });
    await explained(element);
    expect(element.getAttribute('lang')).to.equal('cy');
    terms(element)[0]!.click();
    const note = shadow(element).querySelector('.explanation')!.textContent!;
    expect(note).to.match(/eich plentyn/i);
    // Reading age is an English measure, so it is not shown for a translation.
    expect(shadow(element).querySelector('[role="status"]')!.textContent).not.to.match(/Reading age/);
    expect(shadow(element).querySelector('.base')!.textContent).to.match(/rhugl/);
  });

  it('keeps an English report left to right in an Urdu widget, and explains right to left in Urdu', async () => {
    const element = await explained(await fixture<PsReportExplainer>(html`<ps-report-explainer lang="ur">${unsafeFragment(primary)}</ps-report-explainer>`));
    expect(getComputedStyle(shadow(element).querySelector('.base')!).direction).to.equal('rtl');
    expect(getComputedStyle(shadow(element).querySelector('.report')!).direction).to.equal('ltr');
    terms(element)[0]!.click();
    const note = shadow(element).querySelector<HTMLElement>('.explanation')!;
    expect(getComputedStyle(note).direction).to.equal('rtl');
    expect(note.lang).to.equal('ur');
    // The report's own words and codes in the Urdu summary are isolated, so they keep their order.
    expect([...shadow(element).querySelectorAll('.summary bdi')].map((bdi) => bdi.textContent)).to.include.members(['Reading', 'EXS']);
  });

  it('fills the language menu when it is pressed, before it opens', async () => {
    const element = await explained(await fixture<PsReportExplainer>(html`<ps-report-explainer lang="en">${unsafeFragment(primary)}</ps-report-explainer>`));
    const select = shadow(element).querySelector('select')!;
    expect(select.options.length).to.equal(1);
    select.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect([...select.options].map((option) => option.value)).to.include.members(['cy', 'ur', 'pl', 'ar', 'zh-Hans']);
    expect(select.value).to.equal('en');
  });

  it('shows numbered notes and hides the controls when printed', async () => {
    const element = await explained(await fixture<PsReportExplainer>(html`<ps-report-explainer lang="en">${unsafeFragment(primary)}</ps-report-explainer>`));
    const notes = shadow(element).querySelector<HTMLElement>('.print-notes')!;
    expect(getComputedStyle(notes).display).to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(notes).display).not.to.equal('none');
      expect(notes.querySelectorAll('li').length).to.equal(terms(element).length);
      expect(getComputedStyle(shadow(element).querySelector('.controls')!).display).to.equal('none');
      expect(getComputedStyle(shadow(element).querySelector('.note-number')!).display).not.to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('puts the report’s own headings under the widget’s heading', async () => {
    const element = await explained(await fixture<PsReportExplainer>(html`<ps-report-explainer lang="en">${unsafeFragment('<h1>Report</h1><h2>Reading</h2><p>Reading: EXS</p>')}</ps-report-explainer>`));
    const levels = [...shadow(element).querySelectorAll('.report h1, .report h2, .report h3, .report h4, .report h5')].map((h) => h.tagName);
    expect(levels).to.deep.equal(['H4', 'H5']);
  });

  it('offers read aloud only with a voice for the language, and says so plainly when there is none', async () => {
    const element = await explained(await fixture<PsReportExplainer>(html`<ps-report-explainer lang="en">${unsafeFragment(primary)}</ps-report-explainer>`));
    const hasVoice = pickVoice(speechSynthesis.getVoices(), 'en') !== undefined;
    const readButton = [...shadow(element).querySelectorAll('button')].some((button) => button.textContent === 'Read aloud');
    expect(readButton).to.equal(hasVoice);
    const note = [...shadow(element).querySelectorAll('.meta')].find((p) => /no voice/.test(p.textContent!));
    expect(note?.textContent).to.equal(hasVoice ? undefined : 'This device has no voice to read English aloud.');
  });

  it('picks a voice in the language, one on the device first, and a mainland voice for simplified Chinese', () => {
    const voices = [
      { lang: 'en-GB', localService: false }, { lang: 'ur-PK', localService: false }, { lang: 'ur_IN', localService: true },
      { lang: 'zh-TW', localService: true }, { lang: 'zh-CN', localService: false }, { lang: 'cy', localService: true },
    ];
    expect(pickVoice(voices, 'ur')).to.equal(voices[2]);
    expect(pickVoice(voices, 'zh-Hans')).to.equal(voices[4]);
    expect(pickVoice(voices, 'cy')).to.equal(voices[5]);
    expect(pickVoice(voices, 'pl')).to.equal(undefined);
  });
});
