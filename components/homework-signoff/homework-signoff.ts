import { LitElement, type PropertyValues, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { DEFAULT_STAMPS, stampsOf } from '../../lib/homework/stamps';
import type { Assignment, FeedbackMark, HomeworkData, SignOff, StampKind } from '../../lib/homework/types';
import { HomeworkDataError, type HomeworkProblem, ROOT_FIELD, parseHomework, parseHomeworkJson } from '../../lib/homework/validate';
import { type Week, inWeek, localIsoDate, nextWeek, parseIsoDate, thisWeek } from '../../lib/homework/weeks';
import type { OutboxEntry } from '../../lib/store/index';
import { LocalizeController, isolate, pickLanguage } from '../shared/localize';
import { newId } from '../shared/new-id';
import { themeStyles } from '../shared/theme';
import { StoreConnection } from '../shared/store-connection';
import { customProperty } from './custom-property';
import { PsBeforeSignOffEvent, PsFeedbackEvent, PsSignOffEvent } from './events';
import { formatDay, formatMinutes, formatMoment, formatRange } from './format';
import { homeworkSignoffStyles } from './homework-signoff.styles';

/** Who is using the widget: a parent signs homework off, a teacher gives stamps and slips. */
export type HomeworkView = 'parent' | 'teacher';

type Status = SignOff['status'];
type FieldName = 'status' | 'reason' | 'signedBy';

/** A sign-off form that is open: for a piece of homework, or for a correction of a sign-off. */
interface FormState {
  status?: Status;
  errors: Partial<Record<FieldName, string>>;
  saving: boolean;
  /** Set when saving failed. */
  failed: boolean;
}

/** A first sign-off and the corrections made to it, oldest first. */
interface Chain {
  root: SignOff;
  corrections: SignOff[];
}

type Problem = { kind: 'load' } | { kind: 'data'; problems: HomeworkProblem[] };

/** Shown at most: a file with a hundred mistakes needs fixing at the source, not reading here. */
const MAX_PROBLEMS = 10;

let instances = 0;

/**
 * @summary A pupil's homework for this week and next. A parent signs each piece off (done or
 * not, with a note), even offline; a teacher gives merit stamps and coloured slips.
 *
 * @event ps-before-signoff - A sign-off is about to be saved; cancel it to stop the save. `detail`: the SignOff.
 * @event ps-signoff - A sign-off or correction was saved on the device. `detail`: the SignOff.
 * @event ps-feedback - A teacher's stamp or slip was saved on the device. `detail`: the FeedbackMark.
 *
 * @csspart base - The whole widget.
 * @csspart week - Each week's section.
 * @csspart piece - Each piece of homework.
 * @csspart mark - Each stamp or slip given.
 * @csspart form - Each sign-off form.
 * @csspart record - Each saved sign-off.
 * @csspart correction - Each correction, under its sign-off.
 * @csspart sync - Where a record stands: on the device, sent, or not accepted.
 * @csspart stamp-button - Each button a teacher gives a stamp or slip with.
 * @csspart error - The message shown when the homework could not be loaded or has mistakes.
 *
 * @cssproperty --ps-accent - Buttons and borders.
 * @cssproperty --ps-accent-text - Text on the accent colour.
 * @cssproperty --ps-surface - The background.
 * @cssproperty --ps-text - The text colour.
 * @cssproperty --ps-muted - Quieter text.
 * @cssproperty --ps-border - Borders.
 * @cssproperty --ps-focus - The focus ring.
 * @cssproperty --ps-error - Errors (default #b10e1e).
 * @cssproperty --ps-success - The "sent" mark (default #1d6b35).
 * @cssproperty --ps-font - The font family.
 * @cssproperty --ps-radius - Corner rounding.
 */
export class PsHomeworkSignoff extends LitElement {
  static override styles = [themeStyles, homeworkSignoffStyles];

  // Declared here rather than with decorators: the decorator helpers would add to every page's download.
  static override properties = {
    src: {},
    assignments: { attribute: false },
    view: { reflect: true },
    endpoint: {},
    lang: { reflect: true },
    signer: {},
    storeName: { attribute: 'store-name' },
    today: {},
    data: { state: true },
    problem: { state: true },
    loading: { state: true },
    storeFailed: { state: true },
    signOffs: { state: true },
    storedMarks: { state: true },
    outbox: { state: true },
    announcement: { state: true },
    teacherName: { state: true },
  };

  /** The `role` attribute is read as the view, then taken off: it is not an ARIA role here. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'role'];
  }

  /** URL of the homework, as JSON (the format in the README). */
  declare src?: string;

  /** The homework itself, as an object; wins over `src`. It is checked just as `src` is. */
  declare assignments?: HomeworkData;

  /** `parent` (the default): sign-offs. `teacher`: stamps and slips. Also read from `role`. */
  view: HomeworkView = 'parent';

  /** The school's address for sign-offs and stamps. None: they are kept on the device only. */
  declare endpoint?: string;

  /** The language of the widget: `en`, `cy`, `ur`. Default: the page's. */
  declare lang: string;

  /** The name to put in "Signed by" (a teacher's name, in the teacher view). */
  declare signer?: string;

  /** The IndexedDB database's name: one per page is usual; tests and demos use their own. */
  storeName = 'plainsight';

  /** Today's date as YYYY-MM-DD, for demos and tests. Default: today on the device. */
  declare today?: string;

  private data?: HomeworkData;
  private problem?: Problem;
  private loading = false;
  private storeFailed = false;
  private signOffs: SignOff[] = [];
  private storedMarks: FeedbackMark[] = [];
  private outbox = new Map<string, OutboxEntry | undefined>();
  private announcement = '';
  private teacherName = '';

  private readonly localize = new LocalizeController(this);
  private readonly uid = `ps-hw-${++instances}`;
  private readonly forms = new Map<string, FormState>();
  private readonly keyIds = new Map<string, number>();
  private connection?: StoreConnection;
  private run = 0;
  private refreshRun = 0;

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'role' && (value === 'teacher' || value === 'parent')) {
      this.view = value;
      // "teacher" is not an ARIA role: left on the element, screen readers and checkers would
      // meet a role that does not exist. The widget's own markup carries its meaning.
      this.removeAttribute('role');
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after being moved: take up the database again.
    if (this.hasUpdated && !this.connection) this.connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.connection?.release();
    this.connection = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('lang')) void this.localize.setLanguage(pickLanguage(this));
    if (!this.hasUpdated || changed.has('signer')) this.teacherName = this.signer ?? '';
    if (!this.hasUpdated || changed.has('storeName') || changed.has('endpoint')) this.connect();
    if (changed.has('src') || changed.has('assignments')) void this.load();
  }

  /** Loads and checks the homework again: from `assignments`, else from `src`. */
  async load(): Promise<void> {
    const run = ++this.run;
    this.problem = undefined;
    if (this.assignments === undefined && !this.src) {
      this.data = undefined;
      return;
    }
    this.loading = true;
    try {
      let data: HomeworkData;
      if (this.assignments !== undefined) {
        data = parseHomework(this.assignments);
      } else {
        let text: string;
        try {
          const response = await fetch(this.src!, { credentials: 'same-origin' });
          if (!response.ok) throw new Error(`The homework answered ${response.status}.`);
          text = await response.text();
        } catch {
          if (run === this.run) this.problem = { kind: 'load' };
          return;
        }
        if (run !== this.run) return;
        data = parseHomeworkJson(text);
      }
      if (data.pupil.id !== this.data?.pupil.id) {
        // Another child: nothing of the last one's may show, even for a moment.
        this.signOffs = [];
        this.storedMarks = [];
        this.outbox = new Map();
      }
      this.data = data;
      await this.refresh();
    } catch (error) {
      if (run !== this.run) return;
      this.data = undefined;
      this.problem = error instanceof HomeworkDataError
        ? { kind: 'data', problems: error.problems }
        : { kind: 'data', problems: [{ field: ROOT_FIELD, message: String(error) }] };
    } finally {
      if (run === this.run) this.loading = false;
    }
  }

  /** Takes hold of the database (and the sender, with an endpoint), letting go of any before. */
  private connect(): void {
    this.connection?.release();
    if (!this.isConnected) return;
    this.storeFailed = false;
    this.connection = new StoreConnection(this.storeName || 'plainsight', this.endpoint || undefined, () => void this.refresh());
    this.connection.ready.catch(() => { this.storeFailed = true; });
    if (this.data) void this.refresh();
  }

  /** Reads this pupil's sign-offs, stamps and their places in the outbox from the device. */
  private async refresh(): Promise<void> {
    const data = this.data;
    const connection = this.connection;
    if (!data || !connection) return;
    const run = ++this.refreshRun;
    try {
      const { store, db } = await connection.ready;
      const [signOffs, marks] = await Promise.all([store.listSignOffs(db, data.pupil.id), store.listFeedback(db, data.pupil.id)]);
      const entries = await Promise.all([...signOffs, ...marks].map(async (record) => [record.id, await store.outboxEntry(db, record.id)] as const));
      if (run !== this.refreshRun || data !== this.data) return;
      this.signOffs = signOffs;
      this.storedMarks = marks;
      this.outbox = new Map(entries);
    } catch {
      if (run === this.refreshRun) this.storeFailed = true;
    }
  }

  /** A short id for an element, made from any key (ids from a school's data can hold anything). */
  private idFor(kind: string, key: string): string {
    let number = this.keyIds.get(key);
    if (number === undefined) {
      number = this.keyIds.size + 1;
      this.keyIds.set(key, number);
    }
    return `${this.uid}-${kind}-${number}`;
  }

  /** The stamps and slips in use, in the widget's language when they are the defaults. */
  private stampKinds(): readonly StampKind[] {
    const kinds = stampsOf(this.data ?? {});
    if (kinds !== DEFAULT_STAMPS) return kinds;
    const { t } = this.localize;
    return kinds.map((kind) => ({ ...kind, label: t(`homework.stamps.${kind.id}.label`), meaning: t(`homework.stamps.${kind.id}.meaning`) }));
  }

  private todayIso(): string {
    return this.today && parseIsoDate(this.today) ? this.today : localIsoDate();
  }

  // ---- Sign-offs ----------------------------------------------------------------------------

  private chainsFor(assignmentId: string): Chain[] {
    const mine = this.signOffs.filter((signOff) => signOff.assignmentId === assignmentId);
    const byId = new Map(mine.map((signOff) => [signOff.id, signOff]));
    const rootOf = (signOff: SignOff): SignOff => {
      let current = signOff;
      const seen = new Set<string>();
      while (current.correctionOf && byId.has(current.correctionOf) && !seen.has(current.id)) {
        seen.add(current.id);
        current = byId.get(current.correctionOf)!;
      }
      return current;
    };
    const chains = new Map<string, Chain>();
    for (const signOff of mine) {
      const root = rootOf(signOff);
      const chain = chains.get(root.id) ?? { root, corrections: [] };
      if (signOff !== root) chain.corrections.push(signOff);
      chains.set(root.id, chain);
    }
    return [...chains.values()];
  }

  private formFor(key: string): FormState {
    let form = this.forms.get(key);
    if (!form) {
      form = { errors: {}, saving: false, failed: false };
      this.forms.set(key, form);
    }
    return form;
  }

  private onStatus(key: string, status: Status): void {
    const form = this.formFor(key);
    form.status = status;
    delete form.errors.status;
    if (status === 'done') delete form.errors.reason;
    this.requestUpdate();
  }

  private async onSubmit(event: SubmitEvent, key: string, assignment: Assignment, correctionOf?: string): Promise<void> {
    event.preventDefault();
    const formElement = event.currentTarget as HTMLFormElement;
    const form = this.formFor(key);
    if (form.saving || !this.data) return;
    const { t } = this.localize;
    const values = new FormData(formElement);
    const status = form.status;
    const reason = String(values.get('reason') ?? '').trim();
    const note = String(values.get('note') ?? '').trim();
    const signedBy = String(values.get('signedBy') ?? '').trim();
    form.errors = {};
    if (!status) form.errors.status = t('homework.errorStatus');
    if (status === 'not-done' && !reason) form.errors.reason = t('homework.errorReason');
    if (!signedBy) form.errors.signedBy = t('homework.errorSigner');
    form.failed = false;
    const invalid = (['status', 'reason', 'signedBy'] as const).find((field) => form.errors[field]);
    if (invalid || !status) {
      this.requestUpdate();
      await this.updateComplete;
      formElement.querySelector<HTMLElement>(`[data-field="${invalid}"]`)?.focus();
      return;
    }

    const signOff: SignOff = {
      id: newId(),
      assignmentId: assignment.id,
      pupilId: this.data.pupil.id,
      status,
      signedBy,
      signedAt: new Date().toISOString(),
      ...(status === 'not-done' ? { reason } : {}),
      ...(note ? { note } : {}),
      ...(correctionOf ? { correctionOf } : {}),
    };
    Object.freeze(signOff);
    if (!this.dispatchEvent(new PsBeforeSignOffEvent(signOff))) return;

    form.saving = true;
    this.requestUpdate();
    try {
      const { store, db } = await this.connection!.ready;
      await store.saveSignOff(db, signOff);
      const entry = await store.outboxEntry(db, signOff.id).catch(() => undefined);
      this.forms.delete(key);
      // A read of the device that started before this save would not have it: drop its result.
      this.refreshRun++;
      this.signOffs = [...this.signOffs, signOff];
      this.outbox = new Map(this.outbox).set(signOff.id, entry);
    } catch {
      form.saving = false;
      form.failed = true;
      this.requestUpdate();
      return;
    }
    this.announce(`${t(correctionOf ? 'homework.savedCorrection' : 'homework.saved')} ${this.syncText(signOff.id).text}`);
    this.dispatchEvent(new PsSignOffEvent(signOff));
    this.connection?.flush();
    // The form is gone: focus goes to what took its place, so a keyboard user is not lost.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${this.idFor('record', signOff.id)}`)?.focus();
  }

  private openCorrection(rootId: string): void {
    this.formFor(`fix:${rootId}`);
    this.requestUpdate();
  }

  private async closeCorrection(rootId: string): Promise<void> {
    this.forms.delete(`fix:${rootId}`);
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${this.idFor('fix-button', rootId)}`)?.focus();
  }

  /** Says something to screen readers. Cleared first, so the same words twice are said twice. */
  private announce(text: string): void {
    this.announcement = '';
    setTimeout(() => { this.announcement = text; }, 50);
  }

  // ---- Stamps and slips ---------------------------------------------------------------------

  private async give(assignment: Assignment, kind: StampKind): Promise<void> {
    if (!this.data) return;
    const { t } = this.localize;
    const noteInput = this.renderRoot.querySelector<HTMLInputElement>(`#${this.idFor('mark-note', assignment.id)}`);
    const note = noteInput?.value.trim() ?? '';
    const givenBy = this.teacherName.trim();
    const mark: FeedbackMark = {
      id: newId(),
      assignmentId: assignment.id,
      pupilId: this.data.pupil.id,
      stampId: kind.id,
      givenAt: new Date().toISOString(),
      ...(givenBy ? { givenBy } : {}),
      ...(note ? { note } : {}),
    };
    try {
      const { store, db } = await this.connection!.ready;
      await store.saveFeedback(db, mark);
      const entry = await store.outboxEntry(db, mark.id).catch(() => undefined);
      this.refreshRun++;
      this.storedMarks = [...this.storedMarks, mark];
      this.outbox = new Map(this.outbox).set(mark.id, entry);
    } catch {
      this.announce(t('homework.errorSave'));
      return;
    }
    if (noteInput) noteInput.value = '';
    this.announce(t('homework.gave', { label: isolate(kind.label), title: isolate(assignment.title) }));
    this.dispatchEvent(new PsFeedbackEvent(mark));
    this.connection?.flush();
  }

  // ---- Rendering ----------------------------------------------------------------------------

  protected override render() {
    // Nothing to show until the widget has its words: they load as it connects.
    if (!this.localize.ready) return nothing;
    const { t, lang, dir } = this.localize;
    const headingId = `${this.uid}-heading`;
    const data = this.data;
    const teacher = this.view === 'teacher';
    return html`
      <section part="base" class="base" lang=${lang} dir=${dir} aria-labelledby=${headingId} aria-busy=${this.loading ? 'true' : 'false'}>
        <div>
          <h2 id=${headingId}>${data
            ? t(teacher ? 'homework.teacherHeading' : 'homework.heading', { name: isolate(data.pupil.name) })
            : t('homework.headingPlain')}</h2>
          ${data?.school ? html`<p class="meta"><bdi>${data.school}</bdi></p>` : nothing}
          ${this.localize.reviewed ? nothing : html`<p class="meta">${t('explainer.unreviewed')}</p>`}
        </div>
        <p role="status" class="meta">${this.loading ? t('homework.loading') : ''}</p>
        <p role="status" class="vh">${this.announcement}</p>
        ${this.renderProblem()}
        ${this.storeFailed ? html`<p class="notice" role="note">${t('homework.errorStore')}</p>` : nothing}
        ${this.localize.failed ? html`<p class="meta" role="note">${t('explainer.errorLanguage')}</p>` : nothing}
        ${data && teacher ? this.renderTeacherTools() : nothing}
        ${data ? this.renderWeeks(data) : nothing}
      </section>
    `;
  }

  private renderProblem() {
    const problem = this.problem;
    if (!problem) return nothing;
    const { t } = this.localize;
    if (problem.kind === 'load') {
      return html`
        <div part="error" class="error" role="alert">
          <p>${t('homework.errorLoad')}</p>
          <button type="button" class="action" @click=${() => this.load()}>${t('homework.retry')}</button>
        </div>`;
    }
    const shown = problem.problems.slice(0, MAX_PROBLEMS);
    return html`
      <div part="error" class="error" role="alert">
        <p>${t('homework.errorData')}</p>
        <ul class="problems" lang="en" dir="ltr">
          ${shown.map((item) => html`<li>${item.field === ROOT_FIELD ? nothing : html`<code>${item.field}</code>: `}${item.message}</li>`)}
        </ul>
        ${problem.problems.length > shown.length ? html`<p>${t('homework.errorMore', { count: problem.problems.length - shown.length })}</p>` : nothing}
      </div>`;
  }

  private renderTeacherTools() {
    const { t } = this.localize;
    const nameId = `${this.uid}-teacher-name`;
    return html`
      <div class="teacher-tools">
        <div class="field">
          <label for=${nameId}>${t('homework.yourName')}</label>
          <input id=${nameId} type="text" autocomplete="name" .value=${this.teacherName}
            @input=${(event: Event) => { this.teacherName = (event.target as HTMLInputElement).value; }}>
        </div>
        <details class="key">
          <summary>${t('homework.keyHeading')}</summary>
          <ul>
            ${this.stampKinds().map((kind) => html`
              <li id=${this.idFor('meaning', kind.id)}>${this.renderBadge(kind)}: <bdi>${kind.meaning}</bdi></li>`)}
          </ul>
        </details>
      </div>`;
  }

  private renderWeeks(data: HomeworkData) {
    const { t, lang } = this.localize;
    const today = this.todayIso();
    const weeks: [string, Week, string][] = [
      ['thisWeek', thisWeek(today), 'nothingThisWeek'],
      ['nextWeek', nextWeek(today), 'nothingNextWeek'],
    ];
    const byDue = [...data.assignments].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.subject.localeCompare(b.subject));
    return weeks.map(([name, week, empty]) => {
      const pieces = byDue.filter((assignment) => inWeek(assignment.dueOn, week));
      const id = `${this.uid}-${name}`;
      return html`
        <section part="week" class="week" aria-labelledby=${id}>
          <h3 id=${id}>${t(`homework.${name}`)} <span class="dates">${formatRange(week.start, week.end, lang)}</span></h3>
          ${pieces.length === 0 ? html`<p class="meta">${t(`homework.${empty}`)}</p>` : html`
            <ul class="pieces" role="list">
              ${repeat(pieces, (piece) => piece.id, (piece) => html`<li>${this.renderPiece(piece, today)}</li>`)}
            </ul>`}
        </section>`;
    });
  }

  private renderPiece(assignment: Assignment, today: string) {
    const { t, lang } = this.localize;
    const titleId = this.idFor('title', assignment.id);
    const teacher = this.view === 'teacher';
    const chains = this.chainsFor(assignment.id);
    const dueWhen = assignment.dueOn === today ? t('homework.dueToday') : assignment.dueOn < today ? t('homework.duePast') : '';
    return html`
      <article part="piece" class="piece" aria-labelledby=${titleId}>
        <h4 id=${titleId}><span class="subject"><bdi>${assignment.subject}</bdi>:</span> <bdi>${assignment.title}</bdi></h4>
        <dl class="facts">
          <div><dt>${t('homework.due')}</dt><dd>${formatDay(assignment.dueOn, lang)}${dueWhen ? html`${' '}<strong>(${dueWhen})</strong>` : nothing}</dd></div>
          ${assignment.minutes ? html`<div><dt>${t('homework.time')}</dt><dd>${t('homework.about', { time: formatMinutes(assignment.minutes, lang) })}</dd></div>` : nothing}
          ${assignment.teacher ? html`<div><dt>${t('homework.teacher')}</dt><dd><bdi>${assignment.teacher}</bdi></dd></div>` : nothing}
        </dl>
        ${assignment.details ? html`<p class="details"><bdi>${assignment.details}</bdi></p>` : nothing}
        ${this.renderMarks(assignment)}
        ${chains.map((chain) => this.renderChain(chain, assignment, !teacher))}
        ${teacher
          ? this.renderGive(assignment, titleId)
          : chains.length === 0 ? this.renderForm(assignment, assignment.id, titleId) : nothing}
      </article>`;
  }

  private renderBadge(kind: StampKind) {
    const { t } = this.localize;
    return html`<span class="badge ${kind.colour ? 'coloured' : ''}" data-kind=${kind.kind} ${customProperty('--_stamp', kind.colour)}
      ><span class="icon" aria-hidden="true">${kind.icon}</span> <strong><bdi>${kind.label}</bdi></strong>
      <span class="kind">(${t(kind.kind === 'merit' ? 'homework.merit' : 'homework.slip')})</span></span>`;
  }

  private renderMarks(assignment: Assignment) {
    const { t, lang } = this.localize;
    const stored = this.storedMarks.filter((mark) => mark.assignmentId === assignment.id);
    const fromSchool = (assignment.feedback ?? []).filter((mark) => !stored.some((own) => own.id === mark.id));
    const marks = [...fromSchool, ...stored].sort((a, b) => a.givenAt.localeCompare(b.givenAt));
    if (marks.length === 0) return nothing;
    const kinds = this.stampKinds();
    const headingId = this.idFor('marks', assignment.id);
    return html`
      <div class="marks-block">
        <p class="label" id=${headingId}>${t('homework.marksHeading')}</p>
        <ul class="marks" role="list" aria-labelledby=${headingId}>
          ${marks.map((mark) => {
            const kind = kinds.find((candidate) => candidate.id === mark.stampId)
              ?? { id: mark.stampId, label: mark.stampId, icon: '•', meaning: '', kind: 'merit' as const };
            const when = formatMoment(mark.givenAt, lang);
            return html`
              <li part="mark" class="mark" data-kind=${kind.kind}>
                ${this.renderBadge(kind)}
                ${kind.meaning ? html`<span class="meaning"><bdi>${kind.meaning}</bdi></span>` : nothing}
                <span class="meta">${mark.givenBy ? t('homework.givenBy', { name: isolate(mark.givenBy), time: isolate(when) }) : t('homework.givenAt', { time: isolate(when) })}</span>
                ${mark.note ? html`<span class="note">${t('homework.markNoteLabel')} <bdi>${mark.note}</bdi></span>` : nothing}
                ${this.view === 'teacher' && stored.includes(mark) ? this.renderSync(mark.id) : nothing}
              </li>`;
          })}
        </ul>
      </div>`;
  }

  private renderChain(chain: Chain, assignment: Assignment, canCorrect: boolean) {
    const { t } = this.localize;
    const fixKey = `fix:${chain.root.id}`;
    const open = this.forms.has(fixKey);
    const formId = this.idFor('fix-form', chain.root.id);
    return html`
      <div class="chain">
        ${this.renderRecord(chain.root, false)}
        ${chain.corrections.length > 0 ? html`
          <ol class="corrections" role="list">
            ${chain.corrections.map((signOff) => html`<li>${this.renderRecord(signOff, true)}</li>`)}
          </ol>` : nothing}
        ${canCorrect ? html`
          <button type="button" class="action quiet" id=${this.idFor('fix-button', chain.root.id)}
            aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? formId : nothing}
            aria-describedby=${this.idFor('title', assignment.id)}
            @click=${() => (open ? this.closeCorrection(chain.root.id) : this.openCorrection(chain.root.id))}>${t('homework.addCorrection')}</button>` : nothing}
        ${canCorrect && open ? this.renderForm(assignment, fixKey, this.idFor('title', assignment.id), chain.root.id, formId) : nothing}
      </div>`;
  }

  private renderRecord(signOff: SignOff, correction: boolean) {
    const { t, lang } = this.localize;
    const status = t(signOff.status === 'done' ? 'homework.statusDone' : 'homework.statusNotDone');
    const line = t(correction ? 'homework.correctedLine' : 'homework.signedLine', {
      status, name: isolate(signOff.signedBy), time: isolate(formatMoment(signOff.signedAt, lang)),
    });
    return html`
      <div part=${correction ? 'record correction' : 'record'} class="record ${correction ? 'correction' : ''}" data-status=${signOff.status}
        id=${this.idFor('record', signOff.id)} tabindex="-1">
        <p class="line"><span class="tick" aria-hidden="true">${signOff.status === 'done' ? '✓' : '✗'}</span> ${line}</p>
        ${signOff.reason ? html`<p>${t('homework.reasonLabel')} <bdi>${signOff.reason}</bdi></p>` : nothing}
        ${signOff.note ? html`<p>${t('homework.noteLabel')} <bdi>${signOff.note}</bdi></p>` : nothing}
        ${this.renderSync(signOff.id)}
      </div>`;
  }

  /** Where a record stands, in words: on this device, sent, or refused and what to do. */
  private syncText(id: string): { state: string; text: string; what?: string } {
    const { t, lang } = this.localize;
    const entry = this.outbox.get(id);
    if (!this.endpoint) return { state: 'local', text: t('homework.syncLocal') };
    if (entry?.state === 'sent') {
      return { state: 'sent', text: entry.sentAt ? t('homework.syncSent', { time: isolate(formatMoment(entry.sentAt, lang)) }) : t('homework.syncSentNoTime') };
    }
    if (entry?.state === 'rejected') {
      return {
        state: 'rejected',
        text: entry.error ? t('homework.syncRejected', { reason: isolate(entry.error) }) : t('homework.syncRejectedNoReason'),
        what: t(this.view === 'teacher' ? 'homework.syncRejectedWhatTeacher' : 'homework.syncRejectedWhat'),
      };
    }
    return { state: 'waiting', text: t('homework.syncWaiting') };
  }

  private renderSync(id: string) {
    const { state, text, what } = this.syncText(id);
    const icon = state === 'sent' ? '✓' : state === 'rejected' ? '!' : '•';
    return html`
      <p part="sync" class="sync" data-state=${state}>
        <span class="icon" aria-hidden="true">${icon}</span> <span>${text}${what ? html`${' '}<span class="what">${what}</span>` : nothing}</span>
      </p>`;
  }

  private renderForm(assignment: Assignment, key: string, titleId: string, correctionOf?: string, formId?: string) {
    const { t } = this.localize;
    const form = this.forms.get(key) ?? { errors: {}, saving: false, failed: false };
    const id = (name: string) => this.idFor(name, key);
    const errorId = (field: FieldName) => (form.errors[field] ? id(`error-${field}`) : '');
    const describedBy = (...ids: string[]) => ids.filter(Boolean).join(' ') || nothing;
    const status = form.status;
    const headingId = id('form-heading');
    return html`
      <form part="form" class="signoff" id=${formId ?? nothing} novalidate aria-labelledby=${`${headingId} ${titleId}`}
        @submit=${(event: SubmitEvent) => this.onSubmit(event, key, assignment, correctionOf)}>
        <h5 id=${headingId}>${t(correctionOf ? 'homework.correctionHeading' : 'homework.signHeading')}</h5>
        <fieldset aria-describedby=${describedBy(errorId('status'))}>
          <legend>${t('homework.wasItDone')}</legend>
          ${form.errors.status ? html`<p class="field-error" id=${errorId('status')}><span aria-hidden="true">! </span>${form.errors.status}</p>` : nothing}
          <div class="choices">
            ${(['done', 'not-done'] as const).map((value, index) => html`
              <label class="choice">
                <input type="radio" name=${id('status')} value=${value} .checked=${status === value}
                  data-field=${index === 0 ? 'status' : nothing}
                  @change=${() => this.onStatus(key, value)}>
                <span>${t(value === 'done' ? 'homework.done' : 'homework.notDone')}</span>
              </label>`)}
          </div>
        </fieldset>
        ${status === 'not-done' ? html`
          <div class="field">
            <label for=${id('reason')}>${t('homework.reason')}</label>
            <p class="hint" id=${id('reason-hint')}>${t('homework.reasonHint')}</p>
            ${form.errors.reason ? html`<p class="field-error" id=${errorId('reason')}><span aria-hidden="true">! </span>${form.errors.reason}</p>` : nothing}
            <textarea id=${id('reason')} name="reason" rows="2" required data-field="reason"
              aria-describedby=${describedBy(id('reason-hint'), errorId('reason'))}
              aria-invalid=${form.errors.reason ? 'true' : 'false'}></textarea>
          </div>` : nothing}
        <div class="field">
          <label for=${id('note')}>${t('homework.note')}</label>
          <textarea id=${id('note')} name="note" rows="2"></textarea>
        </div>
        <div class="field">
          <label for=${id('signer')}>${t('homework.signedBy')}</label>
          ${form.errors.signedBy ? html`<p class="field-error" id=${errorId('signedBy')}><span aria-hidden="true">! </span>${form.errors.signedBy}</p>` : nothing}
          <input id=${id('signer')} name="signedBy" type="text" autocomplete="name" required data-field="signedBy"
            value=${this.signer ?? ''} aria-describedby=${describedBy(errorId('signedBy'))}
            aria-invalid=${form.errors.signedBy ? 'true' : 'false'}>
        </div>
        ${form.failed ? html`<p class="field-error" role="alert">${t('homework.errorSave')}</p>` : nothing}
        <div class="buttons">
          <button type="submit" class="action" ?disabled=${form.saving}>${form.saving ? t('homework.saving') : t(correctionOf ? 'homework.saveCorrection' : 'homework.signOff')}</button>
          ${correctionOf ? html`<button type="button" class="action quiet" @click=${() => this.closeCorrection(correctionOf)}>${t('homework.cancel')}</button>` : nothing}
        </div>
      </form>`;
  }

  private renderGive(assignment: Assignment, titleId: string) {
    const { t } = this.localize;
    const groupId = this.idFor('give', assignment.id);
    const noteId = this.idFor('mark-note', assignment.id);
    return html`
      <div class="give" role="group" aria-labelledby=${`${groupId} ${titleId}`}>
        <p class="label" id=${groupId}>${t('homework.giveHeading')}</p>
        <div class="field">
          <label for=${noteId}>${t('homework.markNoteField')}</label>
          <input id=${noteId} type="text">
        </div>
        <div class="stamp-buttons">
          ${this.stampKinds().map((kind) => html`
            <button type="button" part="stamp-button" class="stamp-button" data-stamp=${kind.id} data-kind=${kind.kind}
              ${customProperty('--_stamp', kind.colour)}
              aria-describedby=${`${titleId} ${this.idFor('meaning', kind.id)}`}
              @click=${() => this.give(assignment, kind)}><span class="icon" aria-hidden="true">${kind.icon}</span> <bdi>${kind.label}</bdi></button>`)}
        </div>
      </div>`;
  }
}
