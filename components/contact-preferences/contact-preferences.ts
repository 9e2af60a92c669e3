import { LitElement, type PropertyValues, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { preferencesToCsv } from '../../lib/contact/csv';
import {
  ACCESS_NEEDS, CHANNELS, type Carer, type Channel, type ContactPreferences, DAYS, TIMES,
} from '../../lib/contact/types';
import {
  type ContactProblem, emptyCarer, emptyPreferences, isEmpty, needsAddress, normalisePreferences, validatePreferences,
} from '../../lib/contact/validate';
import type { OutboxEntry, PreferencesRecord } from '../../lib/store/index';
import { LocalizeController, isolate, pickLanguage } from '../shared/localize';
import { newId } from '../shared/new-id';
import { StoreConnection } from '../shared/store-connection';
import { themeStyles } from '../shared/theme';
import { contactPreferencesStyles } from './contact-preferences.styles';
import { PsChangeEvent, PsSaveEvent } from './events';

/** Languages offered for letters and interpreters (BCP 47): the UK's most spoken, then more. */
export const LANGUAGE_CODES = [
  'en', 'cy', 'ur', 'pl', 'pa', 'bn', 'gu', 'ar', 'ro', 'pt', 'es', 'it', 'fr', 'lt', 'so', 'ta', 'tr', 'zh',
  'ps', 'fa', 'ku', 'ti', 'uk', 'ru', 'bg', 'hu', 'sk', 'cs', 'sq', 'am', 'ne', 'hi', 'tl', 'yo', 'bsl',
] as const;

let instances = 0;

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function parseJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * @summary How a family wants the school to contact them: each parent or carer, their ways of
 * contact in order, the times that suit, language, interpreter, access needs, good news, and
 * consent. A form-associated control: inside a `<form>` it submits its value (JSON) under its
 * `name`, takes part in validation, reset and restore. Alone, it saves on the device and sends
 * to `endpoint` through the outbox.
 *
 * @event ps-change - The family changed something. `detail`: the value.
 * @event ps-save - Saved on the device (standalone). `detail`: the saved record.
 *
 * @csspart base - The whole widget.
 * @csspart carer - Each parent or carer's section.
 * @csspart consent - The consent section.
 * @csspart error - Each error message.
 * @csspart save - The Save button.
 * @csspart sync - Where the last save stands.
 *
 * @cssproperty --ps-accent, --ps-accent-text, --ps-surface, --ps-text, --ps-muted, --ps-border,
 *   --ps-focus, --ps-error, --ps-success, --ps-font, --ps-radius, --ps-space - As the other widgets.
 */
export class PsContactPreferences extends LitElement {
  static formAssociated = true;
  static override styles = [themeStyles, contactPreferencesStyles];

  // Declared here rather than with decorators: the decorator helpers would add to the download.
  static override properties = {
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    defaultJson: { attribute: 'value' },
    endpoint: {},
    formKey: { attribute: 'form-key' },
    storeName: { attribute: 'store-name' },
    consentVersion: { attribute: 'consent-version' },
    lang: { reflect: true },
    staff: { type: Boolean },
    current: { state: true },
    showAll: { state: true },
    saving: { state: true },
    saveFailed: { state: true },
    storeFailed: { state: true },
    lastSaved: { state: true },
    outbox: { state: true },
    announcement: { state: true },
    formDisabled: { state: true },
    inForm: { state: true },
  };

  /** The name the value is submitted under, in a form. */
  declare name: string;
  /** In a form: it must be filled in before the form can be sent. */
  required = false;
  disabled = false;
  /** The `value` attribute: the starting value (JSON), which a form's reset returns to. */
  declare defaultJson?: string;
  /** The school's address for saved preferences (standalone). None: kept on the device only. */
  declare endpoint?: string;
  /** Which family this is (a pupil or family id from the school). */
  formKey = 'default';
  /** The IndexedDB database's name. */
  storeName = 'plainsight';
  /** The version of the consent words; an agreement to another version is asked for again. */
  consentVersion = '1';
  declare lang: string;
  /** Shows the staff export (CSV of every version saved on this device). */
  staff = false;

  private current: ContactPreferences;
  private defaultValue: ContactPreferences;
  private showAll = false;
  private saving = false;
  private saveFailed = false;
  private storeFailed = false;
  private lastSaved?: PreferencesRecord;
  private outbox?: OutboxEntry;
  private announcement = '';
  private formDisabled = false;
  private inForm = false;

  private readonly internals: ElementInternals;
  private readonly localize = new LocalizeController(this);
  private readonly uid = `ps-cp-${++instances}`;
  private readonly touched = new Set<string>();
  private problems: ContactProblem[] = [];
  /** Set once the family (or a script) has changed the value: a saved value no longer replaces it. */
  private dirty = false;
  private connection?: StoreConnection;
  private loadRun = 0;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.current = emptyPreferences(newId, this.consentVersion);
    this.defaultValue = clone(this.current);
    this.addEventListener('invalid', () => { this.showAll = true; });
  }

  // ---- The form control's API, as a native input has it -------------------------------------

  /** The value: a copy. Set it (an object, or its JSON) to fill the form in. */
  get value(): ContactPreferences {
    return clone(this.current);
  }

  set value(value: ContactPreferences | string) {
    this.dirty = true;
    this.current = normalisePreferences(typeof value === 'string' ? parseJson(value) : value, newId, this.consentVersion);
  }

  get form(): HTMLFormElement | null { return this.internals.form; }
  get validity(): ValidityState { return this.internals.validity; }
  get validationMessage(): string { return this.internals.validationMessage; }
  get willValidate(): boolean { return this.internals.willValidate; }
  get type(): string { return 'ps-contact-preferences'; }
  checkValidity(): boolean { return this.internals.checkValidity(); }
  reportValidity(): boolean {
    this.showAll = true;
    return this.internals.reportValidity();
  }

  /** Problems with the value now, each with the path of its field (see lib/contact/validate.ts). */
  get problemList(): ContactProblem[] {
    return this.visibleProblems(true).map((item) => ({ ...item }));
  }

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.inForm = form !== null;
    if (this.hasUpdated) this.connect();
  }

  formResetCallback(): void {
    this.current = clone(this.defaultValue);
    this.dirty = false;
    this.touched.clear();
    this.showAll = false;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    const parsed = parseJson(state);
    if (parsed === undefined) return;
    this.dirty = true;
    this.current = normalisePreferences(parsed, newId, this.consentVersion);
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  // ---- Life cycle ----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this.inForm = this.internals.form !== null;
    if (this.hasUpdated && !this.connection) this.connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.connection?.release();
    this.connection = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated || changed.has('lang')) void this.localize.setLanguage(pickLanguage(this));
    if (!this.hasUpdated || changed.has('defaultJson') || changed.has('consentVersion')) {
      const parsed = parseJson(this.defaultJson);
      this.defaultValue = parsed === undefined
        ? { ...this.defaultValue, consent: { agreed: false, version: this.consentVersion, agreedAt: '' } }
        : normalisePreferences(parsed, newId, this.consentVersion);
      if (!this.dirty) this.current = clone(this.defaultValue);
    }
    if (!this.hasUpdated || changed.has('storeName') || changed.has('endpoint') || changed.has('formKey') || changed.has('inForm')) this.connect();
    this.problems = validatePreferences(this.current, { consentVersion: this.consentVersion });
  }

  protected override updated(): void {
    this.syncForm();
  }

  /** What the form sees: the value (as JSON) and whether it is valid, with a plain message. */
  private syncForm(): void {
    const json = JSON.stringify(this.current);
    this.internals.setFormValue(json, json);
    const { t } = this.localize;
    const empty = isEmpty(this.current);
    const firstProblem = this.problems[0];
    if (this.required && empty) {
      this.internals.setValidity({ valueMissing: true }, t('contact.required'), this.anchorFor('carers[0].name'));
    } else if (!empty && firstProblem) {
      const kind = /-(empty|needed)$/.test(firstProblem.code) ? { valueMissing: true } : { typeMismatch: true };
      this.internals.setValidity(kind, this.messageFor(firstProblem), this.anchorFor(firstProblem.path));
    } else {
      this.internals.setValidity({});
    }
  }

  private anchorFor(path: string): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>(`#${this.idFor(path)}`) ?? undefined;
  }

  /** Takes hold of the database, standalone only: in a form, the school's form sends the value. */
  private connect(): void {
    this.connection?.release();
    this.connection = undefined;
    if (!this.isConnected || this.inForm) return;
    this.storeFailed = false;
    this.connection = new StoreConnection(this.storeName || 'plainsight', this.endpoint || undefined, () => void this.refreshOutbox());
    this.connection.ready.catch(() => { this.storeFailed = true; });
    void this.loadSaved();
  }

  /** The newest saved version for this family, unless the family has started changing it. */
  private async loadSaved(): Promise<void> {
    const connection = this.connection;
    if (!connection) return;
    const run = ++this.loadRun;
    try {
      const { store, db } = await connection.ready;
      const saved = await store.latestPreferences(db, this.formKey || 'default');
      if (run !== this.loadRun) return;
      this.lastSaved = saved;
      if (saved && !this.dirty) this.current = normalisePreferences(saved.value, newId, this.consentVersion);
      await this.refreshOutbox();
    } catch {
      if (run === this.loadRun) this.storeFailed = true;
    }
  }

  private async refreshOutbox(): Promise<void> {
    const record = this.lastSaved;
    if (!record || !this.connection) return;
    try {
      const { store, db } = await this.connection.ready;
      const entry = await store.outboxEntry(db, record.id);
      if (record === this.lastSaved) this.outbox = entry;
    } catch {
      // The status line keeps what it said.
    }
  }

  // ---- Changes -------------------------------------------------------------------------------

  /** Makes a change the family asked for, then tells the page. */
  private change(edit: (value: ContactPreferences) => void): void {
    const next = clone(this.current);
    edit(next);
    this.current = next;
    this.dirty = true;
    this.saveFailed = false;
    this.dispatchEvent(new PsChangeEvent(clone(next)));
  }

  private editCarer(index: number, edit: (carer: Carer) => void): void {
    this.change((value) => {
      const carer = value.carers[index];
      if (carer) edit(carer);
    });
  }

  private touch(path: string): void {
    if (this.touched.has(path)) return;
    this.touched.add(path);
    this.requestUpdate();
  }

  private toggleChannel(index: number, channel: Channel, on: boolean): void {
    this.editCarer(index, (carer) => {
      const at = carer.channels.findIndex((choice) => choice.channel === channel);
      if (on && at < 0) carer.channels.push({ channel, address: '' });
      if (!on && at >= 0) carer.channels.splice(at, 1);
    });
    this.touch(`carers[${index}].channels`);
  }

  private async moveChannel(index: number, from: number, by: -1 | 1): Promise<void> {
    const to = from + by;
    const channels = this.current.carers[index]?.channels ?? [];
    if (to < 0 || to >= channels.length) return;
    const moving = channels[from]!.channel;
    this.editCarer(index, (carer) => {
      const [choice] = carer.channels.splice(from, 1);
      carer.channels.splice(to, 0, choice!);
    });
    const { t } = this.localize;
    this.announce(t('contact.moved', { channel: t(`contact.channels.${moving}`), number: to + 1 }));
    await this.updateComplete;
    // Focus stays with the button pressed, on the row it moved with; at either end, the other button.
    const row = this.renderRoot.querySelector(`#${this.idFor(`carers[${index}].channels[${to}].row`)}`);
    const wanted = row?.querySelector<HTMLButtonElement>(`button[data-move="${by}"]:not([disabled])`)
      ?? row?.querySelector<HTMLButtonElement>('button[data-move]:not([disabled])');
    wanted?.focus();
  }

  private toggleIn<T extends string>(list: T[], item: T, on: boolean): void {
    const at = list.indexOf(item);
    if (on && at < 0) list.push(item);
    if (!on && at >= 0) list.splice(at, 1);
  }

  private async addCarer(): Promise<void> {
    const carer = emptyCarer(newId());
    carer.language = this.current.carers[0]?.language ?? 'en';
    this.change((value) => { value.carers.push(carer); });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${this.idFor(`carers[${this.current.carers.length - 1}].name`)}`)?.focus();
  }

  private async removeCarer(index: number): Promise<void> {
    if (this.current.carers.length <= 1) return;
    this.change((value) => { value.carers.splice(index, 1); });
    // Paths after this carer have moved up one: what was touched there is forgotten.
    this.touched.clear();
    this.announce(this.localize.t('contact.removed'));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${this.uid}-add-carer`)?.focus();
  }

  private setConsent(agreed: boolean): void {
    this.change((value) => {
      value.consent = agreed
        ? { agreed: true, version: this.consentVersion, agreedAt: new Date().toISOString() }
        : { agreed: false, version: this.consentVersion, agreedAt: '' };
    });
    this.touch('consent.agreed');
  }

  // ---- Saving (standalone) -------------------------------------------------------------------

  /** Saves the value on the device (and sends it, with an endpoint). Resolves with the record, or undefined when there is something to fix. */
  async save(): Promise<PreferencesRecord | undefined> {
    if (this.saving || !this.connection) return undefined;
    this.showAll = true;
    const problems = this.visibleProblems(true);
    const { t } = this.localize;
    if (problems.length > 0) {
      this.announce(t('contact.errorCount', { count: problems.length }));
      await this.updateComplete;
      this.anchorFor(problems[0]!.path)?.focus();
      return undefined;
    }
    const record: PreferencesRecord = {
      id: newId(), formKey: this.formKey || 'default', savedAt: new Date().toISOString(),
      value: clone(this.current) as unknown as Record<string, unknown>,
    };
    this.saving = true;
    this.saveFailed = false;
    try {
      const { store, db } = await this.connection.ready;
      await store.savePreferences(db, record);
      this.lastSaved = record;
      this.outbox = await store.outboxEntry(db, record.id).catch(() => undefined);
    } catch {
      this.saveFailed = true;
      return undefined;
    } finally {
      this.saving = false;
    }
    this.dirty = false;
    this.touched.clear();
    this.showAll = false;
    this.announce(`${t('contact.saved')} ${this.syncText().text}`);
    this.dispatchEvent(new PsSaveEvent(record));
    this.connection?.flush();
    return record;
  }

  /** Every version saved on this device, as CSV for staff (RFC 4180). */
  async exportCsv(): Promise<string> {
    const connection = this.connection ?? new StoreConnection(this.storeName || 'plainsight', undefined, () => {});
    try {
      const { store, db } = await connection.ready;
      return preferencesToCsv(await store.listPreferences(db));
    } finally {
      if (connection !== this.connection) connection.release();
    }
  }

  private async download(): Promise<void> {
    const csv = await this.exportCsv();
    const count = Math.max(0, csv.split('\r\n').length - 2);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `contact-preferences-${new Date().toISOString().slice(0, 10)}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.announce(this.localize.t('contact.exported', { count }));
  }

  private announce(text: string): void {
    this.announcement = '';
    setTimeout(() => { this.announcement = text; }, 50);
  }

  // ---- Problems and their words ----------------------------------------------------------------

  /** The problems to show: none for an empty value that need not be filled in. */
  private visibleProblems(all = false): ContactProblem[] {
    if (!this.required && this.inForm && isEmpty(this.current)) return [];
    if (all || this.showAll) return this.problems;
    return this.problems.filter((item) => this.touched.has(item.path) || this.touched.has(item.path.replace(/\.address$/, '')));
  }

  private messageFor(problem: ContactProblem): string {
    const key = `contact.errors.${problem.code}`;
    const words = this.localize.t(key);
    return words === key ? problem.message : words;
  }

  /** A short id for a field, made from its path. */
  private idFor(path: string): string {
    return `${this.uid}-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
  }

  private syncText(): { state: string; text: string } {
    const { t } = this.localize;
    if (!this.endpoint) return { state: 'local', text: t('contact.syncLocal') };
    const entry = this.outbox;
    if (entry?.state === 'sent') return { state: 'sent', text: t('contact.syncSent') };
    if (entry?.state === 'rejected') return { state: 'rejected', text: t('contact.syncRejected', { reason: isolate(entry.error ?? '') }) };
    return { state: 'waiting', text: t('contact.syncWaiting') };
  }

  private languageName(code: string, lang: string): string {
    if (code === 'bsl') return 'British Sign Language';
    try {
      const here = new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
      const own = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
      return own && own !== here && own !== code ? `${here} (${own})` : here;
    } catch {
      return code;
    }
  }

  // ---- Rendering -----------------------------------------------------------------------------

  protected override render() {
    if (!this.localize.ready) return nothing;
    const { t, lang, dir } = this.localize;
    const headingId = `${this.uid}-heading`;
    const disabled = this.disabled || this.formDisabled;
    const shown = this.visibleProblems();
    const errors = new Map<string, string>();
    for (const item of shown) if (!errors.has(item.path)) errors.set(item.path, this.messageFor(item));
    return html`
      <section part="base" class="base" lang=${lang} dir=${dir} aria-labelledby=${headingId}>
        <div>
          <h2 id=${headingId}>${t('contact.heading')}</h2>
          <p class="hint">${t('contact.intro')}</p>
          ${this.localize.reviewed ? nothing : html`<p class="hint">${t('explainer.unreviewed')}</p>`}
        </div>
        <p role="status" class="vh">${this.announcement}</p>
        ${this.storeFailed && !this.inForm ? html`<p class="notice" role="note">${t('contact.errorStore')}</p>` : nothing}
        <fieldset class="all" ?disabled=${disabled}>
          ${repeat(this.current.carers, (carer) => carer.id, (carer, index) => this.renderCarer(carer, index, errors))}
          <div class="buttons">
            <button type="button" class="action quiet" id=${`${this.uid}-add-carer`} @click=${() => this.addCarer()}>${t('contact.addCarer')}</button>
          </div>
          ${this.renderConsent(errors)}
          ${this.inForm ? nothing : this.renderSave(shown.length)}
        </fieldset>
        ${this.staff ? html`<div class="buttons"><button type="button" class="action quiet" @click=${() => this.download()}>${t('contact.export')}</button></div>` : nothing}
      </section>`;
  }

  private error(path: string, errors: Map<string, string>) {
    const message = errors.get(path);
    return message
      ? html`<p part="error" class="field-error" id=${`${this.idFor(path)}-error`}><span aria-hidden="true">! </span>${message}</p>`
      : nothing;
  }

  /** aria-describedby for a field: its hint and its error, when there are. */
  private describedBy(path: string, errors: Map<string, string>, hint?: string) {
    const ids = [hint, errors.has(path) ? `${this.idFor(path)}-error` : undefined].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : nothing;
  }

  private checkbox(id: string, label: string, checked: boolean, onChange: (on: boolean) => void, extra: { describedBy?: string; invalid?: boolean } = {}) {
    return html`
      <label class="choice">
        <input type="checkbox" id=${id} .checked=${checked} aria-describedby=${extra.describedBy ?? nothing}
          aria-invalid=${extra.invalid ? 'true' : nothing}
          @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)}>
        <span>${label}</span>
      </label>`;
  }

  private renderCarer(carer: Carer, index: number, errors: Map<string, string>) {
    const { t, lang } = this.localize;
    const at = `carers[${index}]`;
    const id = (field: string) => this.idFor(`${at}.${field}`);
    const legendId = id('legend');
    const text = (field: 'name' | 'relationship' | 'avoid' | 'accessNote') => (event: Event) => {
      const input = event.target as HTMLInputElement;
      this.editCarer(index, (edit) => { edit[field] = input.value; });
    };
    const legend = carer.name.trim()
      ? t('contact.carerLegendNamed', { number: index + 1, name: isolate(carer.name.trim()) })
      : t('contact.carerLegend', { number: index + 1 });
    const relationshipHint = `${id('relationship')}-hint`;
    const avoidHint = `${id('avoid')}-hint`;
    const channelsHint = `${id('channels')}-hint`;
    return html`
      <fieldset part="carer" class="carer" aria-describedby=${legendId}>
        <legend id=${legendId}>${legend}</legend>
        <div class="field">
          <label for=${id('name')}>${t('contact.name')}</label>
          ${this.error(`${at}.name`, errors)}
          <input type="text" id=${id('name')} autocomplete=${index === 0 ? 'name' : 'off'} .value=${carer.name}
            aria-invalid=${errors.has(`${at}.name`) ? 'true' : 'false'} aria-describedby=${this.describedBy(`${at}.name`, errors)}
            ?required=${this.required && index === 0}
            @input=${text('name')} @change=${() => this.touch(`${at}.name`)}>
        </div>
        <div class="field">
          <label for=${id('relationship')}>${t('contact.relationship')}</label>
          <p class="hint" id=${relationshipHint}>${t('contact.relationshipHint')}</p>
          <input type="text" id=${id('relationship')} autocomplete="off" .value=${carer.relationship}
            aria-describedby=${relationshipHint} @input=${text('relationship')}>
        </div>
        ${this.checkbox(id('getsReports'), t('contact.getsReports'), carer.getsReports, (on) => this.editCarer(index, (edit) => { edit.getsReports = on; }))}

        <fieldset class="group" aria-describedby=${this.describedBy(`${at}.channels`, errors, channelsHint)}>
          <legend>${t('contact.channelsLegend')}</legend>
          <p class="hint" id=${channelsHint}>${t('contact.channelsHint')}</p>
          ${this.error(`${at}.channels`, errors)}
          <div class="choices">
            ${CHANNELS.map((channel, position) => this.checkbox(
              position === 0 ? id('channels') : id(`channel-${channel}`), t(`contact.channels.${channel}`),
              carer.channels.some((choice) => choice.channel === channel), (on) => this.toggleChannel(index, channel, on),
              { invalid: position === 0 && errors.has(`${at}.channels`) }))}
          </div>
          ${carer.channels.length > 0 ? html`
            <p class="label" id=${id('order')}>${t('contact.orderHeading')}</p>
            <ol class="order" aria-labelledby=${id('order')}>
              ${repeat(carer.channels, (choice) => choice.channel, (choice, position) => this.renderChoice(index, position, carer.channels.length, choice.channel, choice.address, errors))}
            </ol>` : nothing}
        </fieldset>

        <fieldset class="group">
          <legend>${t('contact.daysLegend')}</legend>
          <div class="choices">
            ${DAYS.map((day) => this.checkbox(id(`day-${day}`), t(`contact.days.${day}`), carer.bestDays.includes(day),
              (on) => this.editCarer(index, (edit) => { this.toggleIn(edit.bestDays, day, on); edit.bestDays.sort((a, b) => DAYS.indexOf(a) - DAYS.indexOf(b)); })))}
          </div>
        </fieldset>
        <fieldset class="group">
          <legend>${t('contact.timesLegend')}</legend>
          <div class="choices">
            ${TIMES.map((time) => this.checkbox(id(`time-${time}`), t(`contact.times.${time}`), carer.bestTimes.includes(time),
              (on) => this.editCarer(index, (edit) => { this.toggleIn(edit.bestTimes, time, on); edit.bestTimes.sort((a, b) => TIMES.indexOf(a) - TIMES.indexOf(b)); })))}
          </div>
        </fieldset>
        <div class="field">
          <label for=${id('avoid')}>${t('contact.avoid')}</label>
          <p class="hint" id=${avoidHint}>${t('contact.avoidHint')}</p>
          <textarea id=${id('avoid')} rows="2" .value=${carer.avoid} aria-describedby=${avoidHint} @input=${text('avoid')}></textarea>
        </div>

        <div class="field">
          <label for=${id('language')}>${t('contact.language')}</label>
          ${this.renderLanguageSelect(id('language'), carer.language, lang, false, errors, `${at}.language`,
            (code) => this.editCarer(index, (edit) => { edit.language = code; }))}
        </div>
        ${this.checkbox(id('interpreter'), t('contact.interpreter'), carer.interpreter, (on) => this.editCarer(index, (edit) => {
          edit.interpreter = on;
          edit.interpreterLanguage = on ? (edit.language !== 'en' ? edit.language : '') : '';
        }))}
        ${carer.interpreter ? html`
          <div class="field nested">
            <label for=${id('interpreterLanguage')}>${t('contact.interpreterLanguage')}</label>
            ${this.error(`${at}.interpreterLanguage`, errors)}
            ${this.renderLanguageSelect(id('interpreterLanguage'), carer.interpreterLanguage, lang, true, errors, `${at}.interpreterLanguage`,
              (code) => { this.editCarer(index, (edit) => { edit.interpreterLanguage = code; }); this.touch(`${at}.interpreterLanguage`); })}
          </div>` : nothing}
        ${this.checkbox(id('prefersTalking'), t('contact.prefersTalking'), carer.prefersTalking, (on) => this.editCarer(index, (edit) => { edit.prefersTalking = on; }))}

        <fieldset class="group">
          <legend>${t('contact.accessLegend')}</legend>
          <div class="choices">
            ${ACCESS_NEEDS.map((need) => this.checkbox(id(`access-${need}`), t(`contact.access.${need}`), carer.access.includes(need),
              (on) => this.editCarer(index, (edit) => { this.toggleIn(edit.access, need, on); edit.access.sort((a, b) => ACCESS_NEEDS.indexOf(a) - ACCESS_NEEDS.indexOf(b)); })))}
          </div>
        </fieldset>
        <div class="field">
          <label for=${id('accessNote')}>${t('contact.accessNote')}</label>
          <textarea id=${id('accessNote')} rows="2" .value=${carer.accessNote} @input=${text('accessNote')}></textarea>
        </div>
        ${this.checkbox(id('goodNews'), t('contact.goodNews'), carer.goodNews, (on) => this.editCarer(index, (edit) => { edit.goodNews = on; }))}

        ${this.current.carers.length > 1 ? html`
          <div class="buttons">
            <button type="button" class="action quiet" aria-describedby=${legendId} @click=${() => this.removeCarer(index)}>${t('contact.removeCarer')}</button>
          </div>` : nothing}
      </fieldset>`;
  }

  private renderLanguageSelect(id: string, value: string, lang: string, allowNone: boolean, errors: Map<string, string>, path: string, onChange: (code: string) => void) {
    const codes: string[] = [...LANGUAGE_CODES];
    if (value && !codes.includes(value)) codes.push(value);
    return html`
      <select id=${id} aria-invalid=${errors.has(path) ? 'true' : 'false'} aria-describedby=${this.describedBy(path, errors)}
        @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}>
        ${allowNone ? html`<option value="" ?selected=${!value}>${this.localize.t('contact.chooseLanguage')}</option>` : nothing}
        ${codes.map((code) => html`<option value=${code} ?selected=${code === value}>${this.languageName(code, lang)}</option>`)}
      </select>`;
  }

  private renderChoice(index: number, position: number, count: number, channel: Channel, address: string, errors: Map<string, string>) {
    const { t } = this.localize;
    const path = `carers[${index}].channels[${position}].address`;
    const rowId = this.idFor(`carers[${index}].channels[${position}].row`);
    const titleId = `${rowId}-title`;
    const title = t('contact.choice', { number: position + 1, channel: t(`contact.channels.${channel}`) });
    const hintId = `${rowId}-hint`;
    const phone = channel === 'phone' || channel === 'text';
    return html`
      <li class="choice-row" id=${rowId}>
        <p class="label" id=${titleId}>${title}</p>
        ${needsAddress(channel) ? html`
          <div class="field">
            <label for=${this.idFor(path)}>${t(`contact.addresses.${channel}`)}</label>
            ${phone ? html`<p class="hint" id=${hintId}>${t('contact.phoneHint')}</p>` : nothing}
            ${this.error(path, errors)}
            ${channel === 'letter'
              ? html`<textarea id=${this.idFor(path)} rows="3" autocomplete="street-address" .value=${address}
                  aria-invalid=${errors.has(path) ? 'true' : 'false'} aria-describedby=${this.describedBy(path, errors)}
                  @input=${(event: Event) => this.setAddress(index, position, (event.target as HTMLTextAreaElement).value)}
                  @change=${() => this.touch(path)}></textarea>`
              : html`<input id=${this.idFor(path)} type=${channel === 'email' ? 'email' : 'tel'} dir="ltr"
                  autocomplete=${channel === 'email' ? 'email' : 'tel'} inputmode=${channel === 'email' ? 'email' : 'tel'} .value=${address}
                  aria-invalid=${errors.has(path) ? 'true' : 'false'} aria-describedby=${this.describedBy(path, errors, phone ? hintId : undefined)}
                  @input=${(event: Event) => this.setAddress(index, position, (event.target as HTMLInputElement).value)}
                  @change=${() => this.touch(path)}>`}
          </div>` : nothing}
        ${count > 1 ? html`
          <div class="move">
            <button type="button" class="small" data-move="-1" aria-describedby=${titleId} ?disabled=${position === 0}
              @click=${() => this.moveChannel(index, position, -1)}><span aria-hidden="true">↑ </span>${t('contact.moveUp')}</button>
            <button type="button" class="small" data-move="1" aria-describedby=${titleId} ?disabled=${position === count - 1}
              @click=${() => this.moveChannel(index, position, 1)}><span aria-hidden="true">↓ </span>${t('contact.moveDown')}</button>
          </div>` : nothing}
      </li>`;
  }

  private setAddress(index: number, position: number, address: string): void {
    this.editCarer(index, (carer) => {
      const choice = carer.channels[position];
      if (choice) choice.address = address;
    });
  }

  private renderConsent(errors: Map<string, string>) {
    const { t, lang } = this.localize;
    const consent = this.current.consent;
    const agreed = consent.agreed && consent.version === this.consentVersion;
    const headingId = `${this.uid}-consent-heading`;
    const path = 'consent.agreed';
    let when = consent.agreedAt;
    if (agreed && when) {
      const date = new Date(when);
      if (!Number.isNaN(date.getTime())) when = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'long', timeStyle: 'short' }).format(date);
    }
    return html`
      <section part="consent" class="consent" aria-labelledby=${headingId}>
        <h3 id=${headingId}>${t('contact.consentHeading')}</h3>
        <ul id=${`${this.uid}-consent-words`}>
          ${[1, 2, 3, 4].map((n) => html`<li>${t(`contact.consentUse${n}`)}</li>`)}
        </ul>
        <p class="hint">${t('contact.consentVersion', { version: isolate(this.consentVersion) })}</p>
        ${this.error(path, errors)}
        ${this.checkbox(this.idFor(path), t('contact.consentAgree'), agreed, (on) => this.setConsent(on), {
          describedBy: [`${this.uid}-consent-words`, errors.has(path) ? `${this.idFor(path)}-error` : ''].filter(Boolean).join(' '),
          invalid: errors.has(path),
        })}
        ${agreed && when ? html`<p class="hint">${t('contact.consentGiven', { version: isolate(consent.version), time: isolate(when) })}</p>` : nothing}
      </section>`;
  }

  private renderSave(problemCount: number) {
    const { t } = this.localize;
    const sync = this.lastSaved ? this.syncText() : undefined;
    return html`
      <div class="save">
        ${this.showAll && problemCount > 0 ? html`<p part="error" class="field-error summary">${t('contact.errorCount', { count: problemCount })}</p>` : nothing}
        ${this.saveFailed ? html`<p part="error" class="field-error" role="alert">${t('contact.errorSave')}</p>` : nothing}
        <div class="buttons">
          <button type="button" part="save" class="action" ?disabled=${this.saving || this.storeFailed} @click=${() => this.save()}>
            ${this.saving ? t('contact.saving') : t('contact.save')}</button>
        </div>
        ${sync ? html`<p part="sync" class="sync" data-state=${sync.state}><span aria-hidden="true">${sync.state === 'sent' ? '✓' : sync.state === 'rejected' ? '!' : '•'} </span>${sync.text}</p>` : nothing}
      </div>`;
  }
}
