import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/homework-signoff/define';
import type { PsHomeworkSignoff } from '../../components/homework-signoff/homework-signoff';
import type { HomeworkData } from '../../lib/homework/types';
import { listFeedback, listSignOffs, openStore } from '../../lib/store/index';

// Tuesday. This week is 23–29 November 2026; next week 30 November – 6 December.
const TODAY = '2026-11-24';

const week = (): HomeworkData => ({
  pupil: { id: 'P7', name: 'Zain Khan' },
  school: 'Castle Hill Academy',
  assignments: [
    { id: 'hw-maths', subject: 'Maths', title: 'Fractions of amounts', details: 'Questions 1 to 12 on page 40.', setOn: '2026-11-20', dueOn: '2026-11-26', minutes: 30, teacher: 'Mr Patel' },
    {
      id: 'hw-history', subject: 'History', title: 'Castle design poster', setOn: '2026-11-16', dueOn: '2026-11-23', minutes: 45, teacher: 'Ms Begum',
      feedback: [{ id: 'fb-1', assignmentId: 'hw-history', pupilId: 'P7', stampId: 'star', givenAt: '2026-11-23T15:10:00Z', givenBy: 'Ms Begum' }],
    },
    { id: 'hw-geo', subject: 'Geography', title: 'Map of the river', setOn: '2026-11-26', dueOn: '2026-12-01', minutes: 90 },
    { id: 'hw-old', subject: 'Art', title: 'Sketch a shoe', setOn: '2026-11-02', dueOn: '2026-11-09' },
    { id: 'hw-later', subject: 'French', title: 'Food words', setOn: '2026-11-24', dueOn: '2026-12-08' },
  ],
});

// The fixtures are JSON saved as .json.txt: the test server would turn a .json file into a script.

let stores = 0;
/** A database of its own for each test, so no test sees another's sign-offs. */
const storeName = () => `ps-homework-test-${Date.now()}-${++stores}`;

const shadow = (element: PsHomeworkSignoff) => element.shadowRoot!;
const $ = <T extends Element = HTMLElement>(element: PsHomeworkSignoff, selector: string) => shadow(element).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(element: PsHomeworkSignoff, selector: string) => [...shadow(element).querySelectorAll<T>(selector)];
/** An element's text in one line, without the marks that isolate names and times (U+2068, U+2069). */
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

/** The piece of homework whose heading holds `title`. */
function piece(element: PsHomeworkSignoff, title: string): HTMLElement {
  const found = $$(element, '.piece').find((candidate) => text(candidate.querySelector('h4')).includes(title));
  if (!found) throw new Error(`No piece of homework called ${title}.`);
  return found;
}

async function ready(element: PsHomeworkSignoff): Promise<PsHomeworkSignoff> {
  await waitUntil(() => $(element, '.piece') && $(element, '[aria-busy="false"]'), 'the homework was not shown', { timeout: 10000 });
  return element;
}

async function parentView(name = storeName(), data: HomeworkData = week(), attributes: { lang?: string; endpoint?: string } = {}): Promise<PsHomeworkSignoff> {
  const element = await fixture<PsHomeworkSignoff>(html`
    <ps-homework-signoff lang=${attributes.lang ?? 'en'} today=${TODAY} store-name=${name} signer="Amira Khan"
      endpoint=${attributes.endpoint ?? ''} .assignments=${data}></ps-homework-signoff>`);
  return ready(element);
}

/** Fills in a sign-off form with clicks and typing (the keyboard test does it by keys). */
async function signOff(element: PsHomeworkSignoff, form: HTMLFormElement, status: 'done' | 'not-done', values: { reason?: string; note?: string } = {}) {
  form.querySelector<HTMLInputElement>(`input[value="${status}"]`)!.click();
  await element.updateComplete;
  if (values.reason !== undefined) form.querySelector<HTMLTextAreaElement>('textarea[name="reason"]')!.value = values.reason;
  if (values.note !== undefined) form.querySelector<HTMLTextAreaElement>('textarea[name="note"]')!.value = values.note;
  const saved = oneEvent(element, 'ps-signoff');
  form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  return (await saved).detail;
}

async function storedSignOffs(name: string, pupilId = 'P7') {
  const db = await openStore(name);
  try {
    return await listSignOffs(db, pupilId);
  } finally {
    db.close();
  }
}

describe('<ps-homework-signoff> parent view', () => {
  it('shows this week and next, each piece with its facts, and no other weeks', async () => {
    const element = await parentView();
    const [thisWeek, nextWeek] = $$(element, '[part="week"]');
    expect(text(thisWeek!.querySelector('h3'))).to.match(/^This week 23\s?–\s?29 November$/);
    expect(text(nextWeek!.querySelector('h3'))).to.match(/^Next week 30 November\s?–\s?6 December$/);
    // Sorted by due date: the history poster was due on Monday.
    expect([...thisWeek!.querySelectorAll('h4')].map(text)).to.deep.equal(['History: Castle design poster', 'Maths: Fractions of amounts']);
    expect([...nextWeek!.querySelectorAll('h4')].map(text)).to.deep.equal(['Geography: Map of the river']);
    expect(text($(element, '.base'))).not.to.match(/Sketch a shoe|Food words/);

    const maths = piece(element, 'Fractions');
    const facts = [...maths.querySelectorAll('.facts div')].map((pair) => `${text(pair.querySelector('dt'))}: ${text(pair.querySelector('dd'))}`);
    expect(facts).to.deep.equal(['Due: Thursday 26 November', 'Time: about 30 minutes', 'Teacher: Mr Patel']);
    expect(text(maths.querySelector('.details'))).to.equal('Questions 1 to 12 on page 40.');
    expect(text(piece(element, 'Map').querySelector('.facts'))).to.match(/about 1 hour 30 minutes/);
    expect(text(piece(element, 'Castle').querySelector('.facts'))).to.match(/Monday 23 November \(the day has passed\)/);
    expect(text($(element, 'h2'))).to.equal('Homework for Zain Khan');
  });

  it('shows stamps with their icon, label, kind and meaning, not colour alone', async () => {
    const element = await parentView();
    const mark = piece(element, 'Castle').querySelector('[part="mark"]')!;
    expect(text(mark)).to.match(/^⭐ Star work \(merit\) This piece of work was excellent\. Well done\. Given by Ms Begum, Mon 23 Nov, \d\d:\d\d$/);
    expect(mark.querySelector('.icon')!.getAttribute('aria-hidden')).to.equal('true');
    // The default star has a colour: it is shown as a swatch, beside the words.
    expect(mark.querySelector<HTMLElement>('.badge')!.style.getPropertyValue('--_stamp')).to.equal('#b7791f');
  });

  it('signs a piece off with the keyboard alone: Tab to Done, Space, Tab to Sign off, Enter', async () => {
    const name = storeName();
    const element = await parentView(name);
    const form = piece(element, 'Castle').querySelector('form')!;
    const done = form.querySelector<HTMLInputElement>('input[value="done"]')!;
    for (let i = 0; i < 20 && shadow(element).activeElement !== done; i++) await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement).to.equal(done);
    await sendKeys({ press: 'Space' });
    expect(done.checked).to.equal(true);
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    for (let i = 0; i < 10 && shadow(element).activeElement !== button; i++) await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement).to.equal(button);
    const saved = oneEvent(element, 'ps-signoff');
    await sendKeys({ press: 'Enter' });
    const { detail } = await saved;
    expect(detail).to.include({ assignmentId: 'hw-history', pupilId: 'P7', status: 'done', signedBy: 'Amira Khan' });
    expect(detail.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await element.updateComplete;
    const record = piece(element, 'Castle').querySelector('[part="record"]')!;
    expect(text(record)).to.match(/^✓ Signed: done, by Amira Khan, \w{3} \d{1,2} \w{3}, \d\d:\d\d • Saved on this phone$/);
    // Focus goes to the record that took the form's place.
    expect(shadow(element).activeElement).to.equal(record);
    expect(piece(element, 'Castle').querySelector('form')).to.equal(null);
    expect(await storedSignOffs(name)).to.deep.equal([detail]);
  });

  it('asks for a reason when the work was not done, tied to its field', async () => {
    const element = await parentView();
    const form = piece(element, 'Fractions').querySelector('form')!;
    expect(form.querySelector('textarea[name="reason"]')).to.equal(null);
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await element.updateComplete;
    // Nothing chosen: the error is on the group, and focus goes to its first choice.
    const fieldset = form.querySelector('fieldset')!;
    const statusError = shadow(element).getElementById(fieldset.getAttribute('aria-describedby')!)!;
    expect(text(statusError)).to.equal('! Choose Done or Not done.');
    await waitUntil(() => shadow(element).activeElement === form.querySelector('input[value="done"]'), 'focus did not go to the choice');

    form.querySelector<HTMLInputElement>('input[value="not-done"]')!.click();
    await element.updateComplete;
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await element.updateComplete;
    const reason = form.querySelector<HTMLTextAreaElement>('textarea[name="reason"]')!;
    expect(reason.getAttribute('aria-invalid')).to.equal('true');
    const described = reason.getAttribute('aria-describedby')!.split(' ').map((id) => text(shadow(element).getElementById(id)));
    expect(described).to.deep.equal(['The teacher will read this.', '! Write why the homework was not done.']);
    await waitUntil(() => shadow(element).activeElement === reason, 'focus did not go to the reason');
    expect(shadow(element).querySelector(`label[for="${reason.id}"]`)!.textContent).to.equal('Why was it not done?');
    await expect(element).to.be.accessible();

    const signed = await signOff(element, form, 'not-done', { reason: 'He was ill on Wednesday.', note: 'He will do it at the weekend.' });
    expect(signed).to.include({ status: 'not-done', reason: 'He was ill on Wednesday.', note: 'He will do it at the weekend.' });
    await element.updateComplete;
    expect(text(piece(element, 'Fractions').querySelector('[part="record"]'))).to.match(
      /Signed: not done, by Amira Khan, .* Why it was not done: He was ill on Wednesday\. Note to the teacher: He will do it at the weekend\./,
    );
  });

  it('saves nothing when ps-before-signoff is cancelled', async () => {
    const name = storeName();
    const element = await parentView(name);
    const before: string[] = [];
    element.addEventListener('ps-before-signoff', (event) => {
      before.push(event.detail.status);
      event.preventDefault();
    });
    let saved = false;
    element.addEventListener('ps-signoff', () => { saved = true; });
    const form = piece(element, 'Fractions').querySelector('form')!;
    form.querySelector<HTMLInputElement>('input[value="done"]')!.click();
    await element.updateComplete;
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(before).to.deep.equal(['done']);
    expect(saved).to.equal(false);
    expect(piece(element, 'Fractions').querySelector('form')).to.equal(form);
    expect(await storedSignOffs(name)).to.deep.equal([]);
  });

  it('shows a signed piece as a record, and adds a correction under it without changing it', async () => {
    const name = storeName();
    const element = await parentView(name);
    const first = await signOff(element, piece(element, 'Fractions').querySelector('form')!, 'done');
    await element.updateComplete;
    let maths = piece(element, 'Fractions');
    expect(maths.querySelectorAll('input, textarea')).to.have.length(0);
    const add = [...maths.querySelectorAll('button')].find((button) => text(button) === 'Add a correction')!;
    expect(add.getAttribute('aria-expanded')).to.equal('false');
    add.click();
    await element.updateComplete;
    expect(add.getAttribute('aria-expanded')).to.equal('true');
    const form = maths.querySelector('form')!;
    expect(add.getAttribute('aria-controls')).to.equal(form.id);
    expect(text(form.querySelector('h5'))).to.equal('Add a correction');

    const correction = await signOff(element, form, 'not-done', { reason: 'I ticked the wrong box: he has not finished it.' });
    expect(correction.correctionOf).to.equal(first.id);
    await element.updateComplete;
    maths = piece(element, 'Fractions');
    const records = [...maths.querySelectorAll('[part~="record"]')];
    expect(records).to.have.length(2);
    expect(text(records[0])).to.match(/^✓ Signed: done, by Amira Khan/);
    expect(records[1]!.getAttribute('part')).to.equal('record correction');
    expect(records[1]!.closest('ol.corrections')).to.not.equal(null);
    expect(text(records[1])).to.match(/^✗ Correction: not done, by Amira Khan, .* Why it was not done: I ticked the wrong box/);
    expect(maths.querySelector('form')).to.equal(null);
    const stored = await storedSignOffs(name);
    expect(stored).to.deep.equal([first, correction]);
  });

  it('keeps sign-offs on the device: a new element with the same database shows them', async () => {
    const name = storeName();
    const element = await parentView(name);
    const signed = await signOff(element, piece(element, 'Map').querySelector('form')!, 'done', { note: 'Lovely colours.' });
    element.remove();
    const again = await parentView(name);
    await waitUntil(() => piece(again, 'Map').querySelector('[part="record"]'), 'the sign-off was not read back');
    expect(text(piece(again, 'Map').querySelector('[part="record"]'))).to.match(/Signed: done, by Amira Khan, .* Note to the teacher: Lovely colours\./);
    expect(piece(again, 'Map').querySelector('form')).to.equal(null);
    // Another database knows nothing of it.
    const other = await parentView();
    expect(piece(other, 'Map').querySelector('form')).to.not.equal(null);
    expect((await storedSignOffs(name))[0]).to.deep.equal(signed);
  });

  it('says when the school did not accept a sign-off, and what to do', async () => {
    // The test server has nothing at this address: it answers 404, which counts as refused.
    const element = await parentView(storeName(), week(), { endpoint: '/tests/fixtures/homework/no-such-receiver' });
    await signOff(element, piece(element, 'Fractions').querySelector('form')!, 'done');
    await waitUntil(() => piece(element, 'Fractions').querySelector('[part="sync"][data-state="rejected"]'), 'the refusal was not shown', { timeout: 10000 });
    const sync = piece(element, 'Fractions').querySelector('[part="sync"]')!;
    expect(text(sync)).to.match(/The school did not accept this\..*It will not be sent again\. Check what you wrote, then add a correction\./);
    await expect(element).to.be.accessible();
  });

  it('says a record was sent, with the time, when the school keeps it', async () => {
    const realFetch = window.fetch;
    const posts: unknown[] = [];
    window.fetch = async (input, init) => {
      if (String(input).endsWith('/fake-receiver')) {
        posts.push(JSON.parse(String(init?.body)));
        return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
      }
      return realFetch(input, init);
    };
    try {
      const element = await parentView(storeName(), week(), { endpoint: '/fake-receiver' });
      await signOff(element, piece(element, 'Fractions').querySelector('form')!, 'done');
      await waitUntil(() => piece(element, 'Fractions').querySelector('[part="sync"][data-state="sent"]'), 'not shown as sent', { timeout: 10000 });
      expect(text(piece(element, 'Fractions').querySelector('[part="sync"]'))).to.match(/^✓ Sent to school, \w{3} \d{1,2} \w{3}, \d\d:\d\d$/);
      expect(posts).to.have.length(1);
    } finally {
      window.fetch = realFetch;
    }
  });
});

describe('<ps-homework-signoff> data', () => {
  it('loads from src', async () => {
    const element = await ready(await fixture<PsHomeworkSignoff>(html`
      <ps-homework-signoff lang="en" today=${TODAY} store-name=${storeName()} src="/tests/fixtures/homework/week.json.txt"></ps-homework-signoff>`));
    expect($$(element, 'h4').map(text)).to.deep.equal(['Maths: Fractions of amounts', 'Geography: Map of the river']);
    expect(text($(element, '.meta'))).to.equal('Castle Hill Academy');
  });

  it('names the field and says what to fix when the data has mistakes', async () => {
    const data = week() as unknown as { assignments: Record<string, unknown>[] };
    data.assignments[1]!.dueOn = '2026-11-31';
    delete data.assignments[2]!.title;
    const element = await fixture<PsHomeworkSignoff>(html`<ps-homework-signoff lang="en" today=${TODAY} store-name=${storeName()} .assignments=${data}></ps-homework-signoff>`);
    await waitUntil(() => $(element, '[part="error"]'), 'no error shown');
    const error = $(element, '[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.match(/^This homework list has mistakes, so it cannot be shown\. Please tell the school\./);
    expect([...error.querySelectorAll('li')].map(text)).to.deep.equal([
      'assignments[1].dueOn: "2026-11-31" is not a real day. Check the month (01 to 12) and the day of the month.',
      'assignments[2].title: This is missing. Add "title" as text, for example "Fractions worksheet".',
    ]);
    expect($(element, '.piece')).to.equal(null);
    await expect(element).to.be.accessible();

    // Mended data replaces the message.
    element.assignments = week();
    await ready(element);
    expect($(element, '[part="error"]')).to.equal(null);
  });

  it('says plainly when src cannot be loaded, with a Try again button', async () => {
    const element = await fixture<PsHomeworkSignoff>(html`<ps-homework-signoff lang="en" store-name=${storeName()} src="/tests/fixtures/homework/missing.json"></ps-homework-signoff>`);
    await waitUntil(() => $(element, '[part="error"]'), 'no error shown', { timeout: 10000 });
    const error = $(element, '[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.equal('We could not load the homework. Check your internet connection, then try again. Try again');
    expect(text(error.querySelector('button'))).to.equal('Try again');
    await expect(element).to.be.accessible();
    // A src that works replaces the message.
    element.today = TODAY;
    element.src = '/tests/fixtures/homework/week.json.txt';
    await ready(element);
    expect($(element, '[part="error"]')).to.equal(null);
  });

  it('retries a failed load when asked', async () => {
    let calls = 0;
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      if (String(input).endsWith('/flaky.json')) {
        calls++;
        if (calls === 1) throw new TypeError('Failed to fetch');
        return realFetch('/tests/fixtures/homework/week.json.txt', init);
      }
      return realFetch(input, init);
    };
    try {
      const element = await fixture<PsHomeworkSignoff>(html`<ps-homework-signoff lang="en" today=${TODAY} store-name=${storeName()} src="/flaky.json"></ps-homework-signoff>`);
      await waitUntil(() => $(element, '[part="error"] button'), 'no retry shown');
      $(element, '[part="error"] button')!.click();
      await ready(element);
      expect(calls).to.equal(2);
      expect($(element, '[part="error"]')).to.equal(null);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('reads bad JSON from src as a mistake in the data', async () => {
    const element = await fixture<PsHomeworkSignoff>(html`<ps-homework-signoff lang="en" store-name=${storeName()} src="/tests/fixtures/homework/bad.json.txt"></ps-homework-signoff>`);
    await waitUntil(() => $(element, '[part="error"] li'), 'no problems listed', { timeout: 10000 });
    expect(text($(element, '[part="error"] li'))).to.match(/^assignments\[0\]\.dueOn: "2026-11-31" is not a real day/);
  });
});

describe('<ps-homework-signoff> teacher view', () => {
  it('takes role="teacher" as the view and leaves no made-up ARIA role on the element', async () => {
    const element = await ready(await fixture<PsHomeworkSignoff>(html`
      <ps-homework-signoff role="teacher" lang="en" today=${TODAY} store-name=${storeName()} .assignments=${week()}></ps-homework-signoff>`));
    expect(element.view).to.equal('teacher');
    expect(element.hasAttribute('role')).to.equal(false);
    expect(element.getAttribute('view')).to.equal('teacher');
    expect(text($(element, 'h2'))).to.equal('Homework for Zain Khan: stamps and slips');
    expect($(element, 'form')).to.equal(null);
    // The default stamps and slips, each with a plain meaning.
    const buttons = piece(element, 'Fractions').querySelectorAll('[part="stamp-button"]');
    expect([...buttons].map(text)).to.deep.equal(['⭐ Star work', '👍 Great effort', '⏰ Late', '❌ Missing']);
    const described = buttons[2]!.getAttribute('aria-describedby')!.split(' ').map((id) => text(shadow(element).getElementById(id)));
    expect(described[0]).to.equal('Maths: Fractions of amounts');
    expect(described[1]).to.match(/^⏰ Late \(slip\): This work was handed in after the day it was due\./);
    await expect(element).to.be.accessible();
  });

  it('gives a stamp that the parent view then shows', async () => {
    const name = storeName();
    const teacher = await ready(await fixture<PsHomeworkSignoff>(html`
      <ps-homework-signoff role="teacher" lang="en" today=${TODAY} store-name=${name} signer="Mr Patel" .assignments=${week()}></ps-homework-signoff>`));
    const maths = piece(teacher, 'Fractions');
    maths.querySelector<HTMLInputElement>('.give input')!.value = 'Please see me on Friday.';
    const given = oneEvent(teacher, 'ps-feedback');
    maths.querySelector<HTMLButtonElement>('[data-stamp="late"]')!.click();
    const { detail } = await given;
    expect(detail).to.include({ assignmentId: 'hw-maths', pupilId: 'P7', stampId: 'late', givenBy: 'Mr Patel', note: 'Please see me on Friday.' });
    await teacher.updateComplete;
    expect(text(piece(teacher, 'Fractions').querySelector('[part="mark"]'))).to.match(/⏰ Late \(slip\).* Given by Mr Patel, .* Saved on this phone$/);
    await waitUntil(() => text($(teacher, '[role="status"].vh')) === 'Late given for Fractions of amounts.', 'no announcement');
    await expect(teacher).to.be.accessible();

    const db = await openStore(name);
    expect(await listFeedback(db, 'P7')).to.deep.equal([detail]);
    db.close();

    const parent = await parentView(name);
    await waitUntil(() => piece(parent, 'Fractions').querySelector('[part="mark"]'), 'the parent does not see the slip');
    const mark = piece(parent, 'Fractions').querySelector('[part="mark"]')!;
    expect(text(mark)).to.match(/^⏰ Late \(slip\) This work was handed in after the day it was due\. .* Given by Mr Patel, .* Teacher's note: Please see me on Friday\.$/);
    // Parents see the slip, not where it stands in the teacher's outbox.
    expect(mark.querySelector('[part="sync"]')).to.equal(null);
  });

  it('uses the school’s own stamps when it lists them', async () => {
    const data = week();
    data.stamps = [{ id: 'house', label: 'House point', icon: '🏰', meaning: 'A point for your child’s house.', kind: 'merit', colour: 'rebeccapurple' }];
    data.assignments[1]!.feedback = [];
    const element = await ready(await fixture<PsHomeworkSignoff>(html`
      <ps-homework-signoff view="teacher" lang="en" today=${TODAY} store-name=${storeName()} .assignments=${data}></ps-homework-signoff>`));
    expect(piece(element, 'Fractions').querySelectorAll('[part="stamp-button"]')).to.have.length(1);
    expect(text(piece(element, 'Fractions').querySelector('[part="stamp-button"]'))).to.equal('🏰 House point');
  });
});

describe('<ps-homework-signoff> accessibility and languages', () => {
  it('has no axe violations with forms, records and stamps', async () => {
    const element = await parentView();
    await expect(element).to.be.accessible();
    await signOff(element, piece(element, 'Fractions').querySelector('form')!, 'done');
    await element.updateComplete;
    [...piece(element, 'Fractions').querySelectorAll('button')].find((button) => text(button) === 'Add a correction')!.click();
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });

  it('lays out right to left in Urdu, in Urdu words, with no axe violations', async () => {
    const element = await parentView(storeName(), week(), { lang: 'ur' });
    await waitUntil(() => text($(element, 'h2')) === 'Zain Khan کا ہوم ورک', 'no Urdu heading', { timeout: 10000 });
    const base = $(element, '.base')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(base.getAttribute('lang')).to.equal('ur');
    expect(text($(element, 'legend'))).to.equal('کیا یہ کر لیا گیا؟');
    // Logical properties: the record's line is on the right, where an Urdu reader starts.
    const record = await (async () => {
      await signOff(element, piece(element, 'Fractions').querySelector('form')!, 'done');
      await element.updateComplete;
      return piece(element, 'Fractions').querySelector<HTMLElement>('[part="record"]')!;
    })();
    expect(getComputedStyle(record).borderRightWidth).to.equal('4px');
    expect(getComputedStyle(record).borderLeftWidth).to.equal('0px');
    await expect(element).to.be.accessible();
  });

  it('speaks Welsh', async () => {
    const element = await parentView(storeName(), week(), { lang: 'cy' });
    await waitUntil(() => text($(element, 'legend')) === "Ydy e wedi'i wneud?", 'no Welsh', { timeout: 10000 });
    expect(text(piece(element, 'Castle').querySelector('[part="mark"] strong'))).to.equal('Gwaith seren');
  });

  it('fits a 320 px wide screen', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div class="narrow"></div>`);
    wrapper.style.width = '320px';
    const element = document.createElement('ps-homework-signoff');
    element.lang = 'en';
    element.today = TODAY;
    element.storeName = storeName();
    element.assignments = week();
    wrapper.append(element);
    await ready(element);
    expect(element.scrollWidth).to.be.at.most(320);
    for (const node of $$(element, '.piece, form, .record, button, textarea, input')) {
      expect(node.getBoundingClientRect().right, node.className || node.tagName).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    }
  });
});
