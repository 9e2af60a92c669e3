import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/contact-preferences/define';
import type { PsContactPreferences } from '../../components/contact-preferences/contact-preferences';
import type { ContactPreferences } from '../../lib/contact/types';
import { listPreferences, openStore, outboxEntry } from '../../lib/store/index';

let stores = 0;
/** A database of its own for each test. */
const storeName = () => `ps-contact-test-${Date.now()}-${++stores}`;

const shadow = (element: PsContactPreferences) => element.shadowRoot!;
const $ = <T extends Element = HTMLElement>(element: PsContactPreferences, selector: string) => shadow(element).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(element: PsContactPreferences, selector: string) => [...shadow(element).querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

async function ready(element: PsContactPreferences): Promise<PsContactPreferences> {
  await waitUntil(() => $(element, '.carer'), 'the form was not shown', { timeout: 10000 });
  return element;
}

/** The control a visible label names, within a carer's section (or the whole widget). */
function field<T extends HTMLElement = HTMLInputElement>(element: PsContactPreferences, label: string | RegExp, carer?: number): T {
  const scope: ParentNode = carer === undefined ? shadow(element) : $$(element, '.carer')[carer]!;
  const found = [...scope.querySelectorAll('label')].find((candidate) => (typeof label === 'string' ? text(candidate) === label : label.test(text(candidate))));
  if (!found) throw new Error(`No field labelled ${label}.`);
  const control = found.htmlFor ? shadow(element).getElementById(found.htmlFor) : found.querySelector('input, select, textarea');
  if (!control) throw new Error(`The label ${label} names nothing.`);
  return control as T;
}

async function type(element: PsContactPreferences, control: HTMLInputElement | HTMLTextAreaElement, value: string) {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

async function click(element: PsContactPreferences, control: HTMLElement) {
  control.click();
  await element.updateComplete;
}

/** Fills carer `carer` in with a name, a text number and (optionally) an email. */
async function fillCarer(element: PsContactPreferences, carer: number, values: { name: string; mobile?: string; email?: string }) {
  await type(element, field(element, 'Full name', carer), values.name);
  if (values.mobile !== undefined) {
    await click(element, field(element, 'Text message', carer));
    await type(element, field(element, 'Mobile number for texts', carer), values.mobile);
  }
  if (values.email !== undefined) {
    await click(element, field(element, 'Email', carer));
    await type(element, field(element, 'Email address', carer), values.email);
  }
}

async function agree(element: PsContactPreferences) {
  await click(element, field(element, /^I agree/));
}

/** The error text tied to a control by aria-describedby. */
function errorOf(element: PsContactPreferences, control: HTMLElement): string {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => shadow(element).getElementById(id)).filter((node) => node?.classList.contains('field-error')).map(text).join(' ');
}

async function tabTo(element: PsContactPreferences, target: HTMLElement, max = 80) {
  for (let i = 0; i < max && shadow(element).activeElement !== target; i++) await sendKeys({ press: 'Tab' });
  expect(shadow(element).activeElement, `Tab did not reach ${target.outerHTML.slice(0, 80)}`).to.equal(target);
}

describe('<ps-contact-preferences> in a school’s form', () => {
  async function inForm(attributes: { required?: boolean; value?: string } = {}) {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <ps-contact-preferences name="contact" lang="en" consent-version="2" store-name=${storeName()}
          ?required=${attributes.required ?? false} value=${attributes.value ?? ''}></ps-contact-preferences>
        <button type="submit">Send</button>
      </form>`);
    const element = await ready(form.querySelector('ps-contact-preferences')!);
    return { form, element };
  }

  it('submits its value as JSON under its name, and has no Save button of its own', async () => {
    const { form, element } = await inForm({ required: true });
    expect(element.form).to.equal(form);
    expect($(element, '[part="save"]')).to.equal(null);
    await fillCarer(element, 0, { name: 'Amira Khan', mobile: '07700 900123', email: 'amira@example.com' });
    await agree(element);
    expect(element.validity.valid).to.equal(true);
    const submitted = oneEvent(form, 'submit');
    form.addEventListener('submit', (event) => event.preventDefault(), { once: true });
    form.requestSubmit();
    await submitted;
    const value = JSON.parse(String(new FormData(form).get('contact'))) as ContactPreferences;
    expect(value.schemaVersion).to.equal(1);
    expect(value.carers).to.have.length(1);
    expect(value.carers[0]).to.include({ name: 'Amira Khan', getsReports: true, language: 'en' });
    expect(value.carers[0]!.channels).to.deep.equal([{ channel: 'text', address: '07700 900123' }, { channel: 'email', address: 'amira@example.com' }]);
    expect(value.consent).to.include({ agreed: true, version: '2' });
    expect(Date.parse(value.consent.agreedAt)).to.be.closeTo(Date.now(), 60_000);
  });

  it('with required, will not let the form be sent empty, and says why in plain words', async () => {
    const { form, element } = await inForm({ required: true });
    let sent = false;
    form.addEventListener('submit', (event) => { sent = true; event.preventDefault(); });
    expect(form.checkValidity()).to.equal(false);
    expect(element.validity.valueMissing).to.equal(true);
    expect(element.validationMessage).to.equal('Tell us how to contact you: add a name and a way to reach them.');
    form.requestSubmit();
    await element.updateComplete;
    expect(sent).to.equal(false);
    // The invalid event shows each field's error, tied to its field.
    const name = field(element, 'Full name', 0);
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(errorOf(element, name)).to.equal('! Enter the name of this parent or carer.');
  });

  it('without required, an empty one does not stop the form', async () => {
    const { form } = await inForm();
    expect(form.checkValidity()).to.equal(true);
  });

  it('refuses bad numbers and emails, with a plain message on the field and in validationMessage', async () => {
    const { form, element } = await inForm({ required: true });
    await type(element, field(element, 'Full name', 0), 'Amira Khan');
    await click(element, field(element, 'Phone call', 0));
    const phone = field(element, 'Phone number for calls', 0);
    await type(element, phone, '01632 9601');
    expect(element.validity.typeMismatch).to.equal(true);
    expect(element.validationMessage).to.match(/^This is not a full phone number\. A UK number has 11 numbers and starts with 0/);
    expect(form.checkValidity()).to.equal(false);
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    expect(errorOf(element, phone)).to.match(/not a full phone number/);

    await type(element, phone, '07700 9OO123');
    expect(errorOf(element, phone)).to.equal('! A phone number can only have numbers, spaces, and a + at the start.');
    await type(element, phone, '+33 6 12 34 56 78');
    expect(errorOf(element, phone)).to.equal('');
    expect(phone.getAttribute('aria-invalid')).to.equal('false');

    await click(element, field(element, 'Text message', 0));
    const mobile = field(element, 'Mobile number for texts', 0);
    await type(element, mobile, '01632 960123');
    expect(errorOf(element, mobile)).to.match(/Text messages need a mobile number/);
    await type(element, mobile, '+44 (0)7700 900123');
    expect(errorOf(element, mobile)).to.equal('');

    await click(element, field(element, 'Email', 0));
    const email = field(element, 'Email address', 0);
    await type(element, email, 'amira@example');
    expect(errorOf(element, email)).to.equal('! This is not a full email address. It should look like name@example.com.');
    await type(element, email, 'amira@example.com');
    expect(errorOf(element, email)).to.equal('');
    // Only consent is left.
    expect(element.validationMessage).to.equal('Tick the box to say you agree, so the school can use these details.');
    await agree(element);
    expect(form.checkValidity()).to.equal(true);
  });

  it('goes back to its starting value on form reset', async () => {
    const start = JSON.stringify({ carers: [{ id: 'c1', name: 'Amira Khan', channels: [{ channel: 'email', address: 'amira@example.com' }] }] });
    const { form, element } = await inForm({ value: start });
    expect(field(element, 'Full name', 0).value).to.equal('Amira Khan');
    await type(element, field(element, 'Full name', 0), 'Someone else');
    await click(element, $$(element, 'button').find((button) => text(button) === 'Add another parent or carer')!);
    expect($$(element, '.carer')).to.have.length(2);
    form.reset();
    await element.updateComplete;
    expect($$(element, '.carer')).to.have.length(1);
    expect(field(element, 'Full name', 0).value).to.equal('Amira Khan');
    expect(element.value.carers[0]!.channels).to.deep.equal([{ channel: 'email', address: 'amira@example.com' }]);
    expect(JSON.parse(String(new FormData(form).get('contact'))).carers[0].name).to.equal('Amira Khan');
  });

  it('takes a restored state back, as after going back to the page', async () => {
    const { element } = await inForm();
    const value = { schemaVersion: 1, carers: [{ id: 'x', name: 'Restored Name', channels: [{ channel: 'app', address: '' }] }], consent: { agreed: false, version: '2', agreedAt: '' } };
    element.formStateRestoreCallback(JSON.stringify(value));
    await element.updateComplete;
    expect(field(element, 'Full name', 0).value).to.equal('Restored Name');
  });

  it('is disabled with its fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><ps-contact-preferences name="c" lang="en" store-name=${storeName()}></ps-contact-preferences></fieldset></form>`);
    const element = await ready(form.querySelector('ps-contact-preferences')!);
    expect(field(element, 'Full name', 0).matches(':disabled')).to.equal(true);
    expect(new FormData(form).has('c')).to.equal(false);
  });

  it('takes several carers, each with their own ways and language, and fires ps-change on every change', async () => {
    const { form, element } = await inForm({ required: true });
    const changes: ContactPreferences[] = [];
    element.addEventListener('ps-change', (event) => changes.push(event.detail));
    await fillCarer(element, 0, { name: 'Amira Khan', mobile: '07700 900123' });
    await click(element, $$(element, 'button').find((button) => text(button) === 'Add another parent or carer')!);
    // The new carer's name field has the focus.
    expect(shadow(element).activeElement).to.equal(field(element, 'Full name', 1));
    await fillCarer(element, 1, { name: 'Imran Khan', email: 'imran@example.com' });
    await type(element, field(element, /^How are they related/, 1), 'Dad');
    await click(element, field(element, 'Send this person reports and letters', 1));
    const language = field<HTMLSelectElement>(element, 'Language for letters and messages', 1);
    language.value = 'pl';
    language.dispatchEvent(new Event('change'));
    await element.updateComplete;
    await click(element, field(element, 'I would like an interpreter at meetings', 1));
    expect(field<HTMLSelectElement>(element, 'Language for the interpreter', 1).value).to.equal('pl');
    await click(element, field(element, 'Large print', 1));
    await click(element, field(element, 'Tuesday', 1));
    await click(element, field(element, 'Monday', 1));
    await click(element, field(element, /^Evening/, 1));
    await click(element, field(element, 'Contact me with good news too, not only problems', 1));
    await agree(element);
    expect(changes.length).to.be.greaterThan(10);
    expect(text($$(element, '.carer')[1]!.querySelector('legend'))).to.equal('Parent or carer 2: Imran Khan');
    expect(form.checkValidity()).to.equal(true);
    const value = JSON.parse(String(new FormData(form).get('contact'))) as ContactPreferences;
    expect(value.carers.map((carer) => carer.name)).to.deep.equal(['Amira Khan', 'Imran Khan']);
    expect(value.carers[1]).to.deep.include({
      relationship: 'Dad', getsReports: false, language: 'pl', interpreter: true, interpreterLanguage: 'pl',
      access: ['large-print'], bestDays: ['mon', 'tue'], bestTimes: ['evening'], goodNews: true,
    });
    expect(changes.at(-1)).to.deep.equal(value);

    // Removing the first leaves the second, with everything it had.
    const remove = $$(element, '.carer')[0]!.querySelector<HTMLButtonElement>('.buttons button')!;
    expect(text(remove)).to.equal('Remove this parent or carer');
    await click(element, remove);
    expect(element.value.carers.map((carer) => carer.name)).to.deep.equal(['Imran Khan']);
  });

  it('puts the ways of contact in order with Move up and Move down', async () => {
    const { element } = await inForm();
    await type(element, field(element, 'Full name', 0), 'Amira Khan');
    for (const channel of ['Phone call', 'Email', 'Meeting in person']) await click(element, field(element, channel, 0));
    expect(element.value.carers[0]!.channels.map((choice) => choice.channel)).to.deep.equal(['phone', 'email', 'meeting']);
    const rows = () => $$(element, '.choice-row');
    expect(text(rows()[2]!.querySelector('.label'))).to.equal('Choice 3: Meeting in person');
    await click(element, rows()[2]!.querySelector<HTMLButtonElement>('button[data-move="-1"]')!);
    expect(element.value.carers[0]!.channels.map((choice) => choice.channel)).to.deep.equal(['phone', 'meeting', 'email']);
    // Focus goes with the moved row's button.
    expect(shadow(element).activeElement).to.equal(rows()[1]!.querySelector('button[data-move="-1"]'));
    await click(element, rows()[1]!.querySelector<HTMLButtonElement>('button[data-move="-1"]')!);
    expect(element.value.carers[0]!.channels.map((choice) => choice.channel)).to.deep.equal(['meeting', 'phone', 'email']);
    expect(rows()[0]!.querySelector<HTMLButtonElement>('button[data-move="-1"]')!.disabled).to.equal(true);
  });
});

describe('<ps-contact-preferences> on its own', () => {
  async function alone(name: string, attributes: { endpoint?: string; formKey?: string } = {}) {
    return ready(await fixture<PsContactPreferences>(html`
      <ps-contact-preferences lang="en" store-name=${name} form-key=${attributes.formKey ?? 'P7'} endpoint=${attributes.endpoint ?? ''}></ps-contact-preferences>`));
  }

  const saveButton = (element: PsContactPreferences) => $<HTMLButtonElement>(element, '[part="save"]')!;

  it('will not save until it is right, and focuses the first thing to fix', async () => {
    const element = await alone(storeName());
    let saved = false;
    element.addEventListener('ps-save', () => { saved = true; });
    await click(element, saveButton(element));
    await element.updateComplete;
    expect(saved).to.equal(false);
    expect(shadow(element).activeElement).to.equal(field(element, 'Full name', 0));
    expect(text($(element, '.summary'))).to.equal('There are 3 things to fix before saving.');
  });

  it('saves on the device, fires ps-save, and shows the saved value after a reload', async () => {
    const name = storeName();
    const element = await alone(name);
    await fillCarer(element, 0, { name: 'Amira Khan', mobile: '07700 900123' });
    await agree(element);
    const saved = oneEvent(element, 'ps-save');
    await click(element, saveButton(element));
    const { detail } = await saved;
    expect(detail.formKey).to.equal('P7');
    expect((detail.value as unknown as ContactPreferences).carers[0]!.name).to.equal('Amira Khan');
    await waitUntil(() => /Saved on this device/.test(text($(element, '[part="sync"]'))), 'no saved line');
    element.remove();

    // A new page: the same database, the same family.
    const again = await alone(name);
    await waitUntil(() => field(again, 'Full name', 0).value === 'Amira Khan', 'the saved value was not shown');
    expect(again.value.carers[0]!.channels).to.deep.equal([{ channel: 'text', address: '07700 900123' }]);
    expect(field(again, /^I agree/).checked).to.equal(true);
    // Another family on the same device starts empty.
    const other = await alone(name, { formKey: 'P8' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(field(other, 'Full name', 0).value).to.equal('');

    // Saving again keeps both versions; the staff export has both.
    await type(again, field(again, 'Full name', 0), 'Amira K. Khan');
    const second = oneEvent(again, 'ps-save');
    await click(again, saveButton(again));
    await second;
    const db = await openStore(name);
    try {
      expect((await listPreferences(db)).map((record) => (record.value as unknown as ContactPreferences).carers[0]!.name)).to.deep.equal(['Amira Khan', 'Amira K. Khan']);
    } finally {
      db.close();
    }
    const csv = await again.exportCsv();
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).to.have.length(3);
    expect(lines[0]!.startsWith('form,saved_id,saved_at,carer')).to.equal(true);
    expect(lines[2]).to.contain('Amira K. Khan');
    expect(lines[2]).to.contain('1 text: 07700 900123');
  });

  it('sends each save to the school exactly once, through the outbox', async () => {
    await fetch('/receiver/reset', { method: 'POST' });
    const name = storeName();
    const element = await alone(name, { endpoint: '/receiver' });
    await fillCarer(element, 0, { name: 'Amira Khan', email: 'amira@example.com' });
    await agree(element);
    const saved = oneEvent(element, 'ps-save');
    await click(element, saveButton(element));
    const { detail } = await saved;
    const records = async () => (await (await fetch('/receiver/records')).json()) as { records: { key: string; kind: string; record: { formKey: string; value: ContactPreferences } }[]; posts: Record<string, number> };
    await waitUntil(async () => (await records()).records.some((record) => record.key === detail.id), 'the school did not get it', { timeout: 10000 });
    await waitUntil(() => /Sent to the school/.test(text($(element, '[part="sync"]'))), 'not shown as sent', { timeout: 10000 });
    // A reload (a new sender starts) sends nothing again.
    element.remove();
    const again = await alone(name, { endpoint: '/receiver' });
    await waitUntil(() => /Sent to the school/.test(text($(again, '[part="sync"]'))), 'not shown as sent after reload', { timeout: 10000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { records: received, posts } = await records();
    const mine = received.filter((record) => record.key === detail.id);
    expect(mine).to.have.length(1);
    expect(mine[0]!.kind).to.equal('contact-preferences');
    expect(mine[0]!.record.formKey).to.equal('P7');
    expect(mine[0]!.record.value.carers[0]!.channels[0]!.address).to.equal('amira@example.com');
    expect(posts[detail.id]).to.equal(1);
    const db = await openStore(name);
    try {
      expect((await outboxEntry(db, detail.id))?.state).to.equal('sent');
    } finally {
      db.close();
    }
    await fetch('/receiver/reset', { method: 'POST' });
  });

  it('can be filled in and saved with the keyboard alone', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div><button type="button" id="before">Before</button>
        <ps-contact-preferences lang="en" store-name=${storeName()} form-key="kb"></ps-contact-preferences></div>`);
    const element = await ready(wrapper.querySelector('ps-contact-preferences')!);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await tabTo(element, field(element, 'Full name', 0));
    await sendKeys({ type: 'Amira Khan' });
    await tabTo(element, field(element, 'Text message', 0));
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    await tabTo(element, field(element, 'Mobile number for texts', 0));
    await sendKeys({ type: '07700 900123' });
    await tabTo(element, field(element, 'Monday', 0));
    await sendKeys({ press: 'Space' });
    await tabTo(element, field(element, /^I agree/));
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    await tabTo(element, saveButton(element));
    const saved = oneEvent(element, 'ps-save');
    await sendKeys({ press: 'Enter' });
    const { detail } = await saved;
    const value = detail.value as unknown as ContactPreferences;
    expect(value.carers[0]).to.deep.include({ name: 'Amira Khan', channels: [{ channel: 'text', address: '07700 900123' }], bestDays: ['mon'] });
    expect(value.consent.agreed).to.equal(true);
  });
});

describe('<ps-contact-preferences> accessibility and languages', () => {
  async function busy(lang: string) {
    const element = await ready(await fixture<PsContactPreferences>(html`
      <ps-contact-preferences lang=${lang} store-name=${storeName()}></ps-contact-preferences>`));
    await fillCarer(element, 0, { name: 'Amira Khan', mobile: '0770', email: 'amira@' });
    await click(element, field(element, 'Letter in the post', 0));
    await click(element, field(element, 'I would like an interpreter at meetings', 0));
    await click(element, $$(element, 'button').find((button) => text(button) === 'Add another parent or carer')!);
    await click(element, $<HTMLButtonElement>(element, '[part="save"]')!);
    await element.updateComplete;
    return element;
  }

  it('has no axe violations, with two carers, every kind of field and errors showing', async () => {
    const empty = await ready(await fixture<PsContactPreferences>(html`<ps-contact-preferences lang="en" store-name=${storeName()}></ps-contact-preferences>`));
    await expect(empty).to.be.accessible();
    const element = await busy('en');
    expect($$(element, '.field-error').length).to.be.greaterThan(4);
    await expect(element).to.be.accessible();
  });

  it('gives every control a visible label', async () => {
    const element = await busy('en');
    for (const control of $$<HTMLInputElement>(element, 'input, select, textarea')) {
      const label = control.labels?.[0];
      expect(label, control.id).to.exist;
      expect(text(label!).length, control.id).to.be.greaterThan(0);
      expect(label!.getBoundingClientRect().height, control.id).to.be.greaterThan(0);
    }
  });

  it('lays out right to left in Urdu, in Urdu words, with no axe violations', async () => {
    const element = await ready(await fixture<PsContactPreferences>(html`<ps-contact-preferences lang="ur" store-name=${storeName()}></ps-contact-preferences>`));
    await waitUntil(() => text($(element, 'h2')) === 'ہم آپ سے کیسے رابطہ کریں؟', 'no Urdu heading', { timeout: 10000 });
    const base = $(element, '.base')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(base.getAttribute('lang')).to.equal('ur');
    await click(element, $$(element, '.carer input[type="checkbox"]')[1]!);
    const row = $(element, '.choice-row')!;
    expect(getComputedStyle(row).borderRightWidth).to.equal('4px');
    expect(getComputedStyle(row).borderLeftWidth).to.equal('0px');
    // Phone numbers stay left to right inside the right-to-left form.
    expect(row.querySelector('input')!.getAttribute('dir')).to.equal('ltr');
    await expect(element).to.be.accessible();
  });

  it('speaks Welsh', async () => {
    const element = await ready(await fixture<PsContactPreferences>(html`<ps-contact-preferences lang="cy" store-name=${storeName()}></ps-contact-preferences>`));
    await waitUntil(() => text($(element, 'h2')) === 'Sut dylen ni gysylltu â chi?', 'no Welsh', { timeout: 10000 });
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const element = document.createElement('ps-contact-preferences');
    element.lang = 'en';
    element.storeName = storeName();
    wrapper.append(element);
    await ready(element);
    await fillCarer(element, 0, { name: 'Amira Khan', mobile: '07700 900123', email: 'a.very.long.email.address.for.testing@example.co.uk' });
    const base = $(element, '.base')!;
    expect(base.scrollWidth).to.be.at.most(320);
    for (const control of $$(element, 'input, select, textarea, button')) {
      expect(control.getBoundingClientRect().right - wrapper.getBoundingClientRect().left, control.id || control.textContent!).to.be.at.most(321);
    }
  });
});
