import { LitElement, type PropertyValues, html, nothing } from 'lit';
import type { PackedNotes } from '../../lib/format/explanation';
import type { Note } from '../../lib/format/notes';
import { LANGUAGES } from '../../lib/glossary/language-list';
import type { Summary } from '../../lib/summary/summarise';
import type { EngineClient } from '../../lib/worker/client';
import { startEngine } from '../shared/engine-connection';
import { LocalizeController, pickLanguage } from '../shared/localize';
import { type PlacedSpan, type ReportText, markSpans, placeOf, readReportText } from '../shared/report-text';
import { sanitizeInPieces, textToFragment } from '../shared/sanitize';
import { themeStyles } from '../shared/theme';
import { pickVoice } from '../shared/voices';
import { PsExplainedEvent, PsTermOpenEvent } from './events';
import { reportExplainerStyles } from './report-explainer.styles';

/**
 * Gives the page a turn between pieces of a long job, so input is never kept waiting.
 * scheduler.yield() resumes first in line; a timer can be held back for tens of milliseconds.
 */
const pause = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * Waits until the browser has drawn a frame. A hidden page draws none, so a timer stands in.
 */
const nextFrame = (): Promise<void> => new Promise((resolve) => {
  const timer = setTimeout(resolve, 100);
  requestAnimationFrame(() => {
    clearTimeout(timer);
    setTimeout(resolve, 0);
  });
});

/** The report's own headings start one level below the widget's "The report" (an h3). */
const REPORT_HEADING_LEVEL = 4;
const NOTES_PER_PAUSE = 500;
/**
 * A long report goes onto the page this much text at a time, a frame apart: styling a whole
 * 100,000-word report in one go would hold the page still for a long moment.
 */
const CHARS_PER_FRAME = 40_000;

/** Reports bigger than this are refused with a plain message rather than freezing a phone. */
export const MAX_REPORT_MB = 10;

type Problem = 'errorLoad' | 'errorEmpty' | 'errorTooBig';

/** What a note is, so an explanation can say it and an event can name it; and where it stands. */
interface MarkedNote extends Note, PlacedSpan {
  id: string;
}

let instances = 0;

/**
 * @summary A school report with every code, grade and school word explained in place, in
 * plain words, in the family's language.
 *
 * @slot - The report as HTML, when it is in the page already. It is cleaned before it is shown.
 *
 * @event ps-explained - A report has been explained. `detail`: `{ terms, values, readingAge }`.
 * @event ps-term-open - A person opened an explanation. `detail`: `{ id, text }`.
 *
 * @csspart base - The whole widget.
 * @csspart summary - The short summary on top.
 * @csspart report - The report with its explained words.
 * @csspart term - Each explained word or grade (a button).
 * @csspart explanation - The explanation that opens beside a word.
 * @csspart error - The message shown when the report could not be loaded.
 *
 * @cssproperty --ps-accent - Buttons, borders and links.
 * @cssproperty --ps-accent-text - Text on the accent colour.
 * @cssproperty --ps-mark - The background of explained words.
 * @cssproperty --ps-surface - The background.
 * @cssproperty --ps-text - The text colour.
 * @cssproperty --ps-font - The font family.
 * @cssproperty --ps-radius - Corner rounding.
 */
export class PsReportExplainer extends LitElement {
  static override styles = [themeStyles, reportExplainerStyles];

  // Declared here rather than with decorators: the decorator helpers would add to every page's download.
  static override properties = {
    src: {},
    lang: { reflect: true },
    report: { attribute: false },
    profile: {},
    mode: { reflect: true },
    busy: { state: true },
    problem: { state: true },
    profileFailed: { state: true },
    summary: { state: true },
    notes: { state: true },
    readingAge: { state: true },
    voices: { state: true },
    allLanguages: { state: true },
  };

  /** URL of the report, as HTML or plain text. */
  declare src?: string;

  /** The language of the explanations and of the widget: `en`, `cy`, `ur`. Default: the page's. */
  declare lang: string;

  /** The report itself, as HTML or plain text; wins over `src` and the slotted report. */
  declare report?: string;

  /** URL of the school's profile (JSON or CSV): its own scales and words. */
  declare profile?: string;

  /** `inline`: the whole report, each word explained in place. `summary`: the summary only. */
  mode: 'inline' | 'summary' = 'inline';

  private busy = false;
  private problem?: Problem;
  private profileFailed = false;
  private summary?: Summary;
  private notes: MarkedNote[] = [];
  private readingAge?: { report: number; explained: number };
  private voices: SpeechSynthesisVoice[] = [];
  /**
   * The language menu lists only the chosen language until someone goes to it: sizing a menu
   * of fifteen names in eleven scripts loads a font for each, a long pause before the first
   * explanation could show.
   */
  private allLanguages = false;

  private readonly localize = new LocalizeController(this);
  private readonly uid = `ps-${++instances}`;
  private readonly reportView = document.createElement('div');
  /** The numbered notes for print, built with the marks: a long report has thousands. */
  private readonly notesView = document.createElement('ol');
  private engine?: Promise<EngineClient>;
  private source?: { html: boolean; content: string };
  private loadedProfile?: string;
  private run = 0;
  private hasExplanation = '';

  constructor() {
    super();
    this.reportView.className = 'report';
    this.reportView.setAttribute('part', 'report');
    // The report keeps its own direction (English reads left to right) inside an Urdu or
    // Arabic widget; each explanation in it takes the widget's.
    this.reportView.dir = 'auto';
    this.reportView.addEventListener('click', (event) => this.onReportClick(event));
    this.reportView.addEventListener('keydown', (event) => this.onReportKeydown(event));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.engine ??= startEngine();
    if ('speechSynthesis' in globalThis) {
      const check = () => { this.voices = speechSynthesis.getVoices(); };
      check();
      speechSynthesis.addEventListener('voiceschanged', check);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('report')) this.source = undefined;
    if (changed.has('src') || changed.has('report') || changed.has('profile') || changed.has('lang')) {
      void this.explain();
    }
  }

  /** Explains the report again from the start: load, clean, analyse, mark, summarise. */
  async explain(): Promise<void> {
    const run = ++this.run;
    const lang = pickLanguage(this);
    this.busy = true;
    this.problem = undefined;
    // The strings and the report load side by side.
    const speaking = this.localize.setLanguage(lang);
    try {
      const source = this.source ?? (this.source = await this.loadSource());
      if (source.content.trim() === '' || source.content.includes('\u0000')) throw new ReportProblem('errorEmpty');
      // Cleaning and reading the report need no engine: they run while it may still be starting.
      const fragment = source.html ? await sanitizeInPieces(source.content, pause) : textToFragment(source.content);
      relevelHeadings(fragment, REPORT_HEADING_LEVEL);
      const report = readReportText(fragment);
      if (report.text.trim() === '') throw new ReportProblem('errorEmpty');
      await speaking;
      const engine = await this.engine!;
      this.profileFailed = !(await this.useProfile(engine));
      const explanation = await engine.explain(report.text, { lang });
      // A new task: taking in a long report's results is work enough for one.
      await pause();
      if (run !== this.run) return;
      const notes = await unpackNotes(explanation.notes, report);
      if (run !== this.run) return;
      // Said once, not looked up for each of a long report's thousands of words.
      this.hasExplanation = `, ${this.localize.t('explainer.hasExplanation')}`;
      await markSpans(report, notes, (note) => this.termButton(note), pause);
      if (run !== this.run) return;
      // The summary and the report's section show first, so the report fills in where it stands.
      this.notes = notes;
      this.summary = explanation.summary;
      await this.showReport(fragment, run);
      await this.listNotes(notes, run);
      this.readingAge = undefined;
      const reportAge = explanation.readability.readingAge;
      this.dispatchEvent(new PsExplainedEvent({ ...explanation.counts, readingAge: reportAge }));
      // The explanations' own reading age can come a moment later: the report is shown first.
      const meanings = explanation.notes.entries.map((entry) => entry.meaning).join('\n');
      void engine.analyse(meanings, { lang: 'en' }).then((explained) => {
        if (run === this.run) this.readingAge = { report: reportAge, explained: explained.readability.readingAge };
      });
    } catch (error) {
      await speaking;
      if (run !== this.run) return;
      // What was explained before stays on screen: a failed reload loses nothing.
      this.problem = error instanceof ReportProblem ? error.problem : 'errorLoad';
      this.source = undefined;
    } finally {
      if (run === this.run) this.busy = false;
    }
  }

  private async loadSource(): Promise<{ html: boolean; content: string }> {
    if (this.report !== undefined) return { html: looksLikeHtml(this.report), content: this.report };
    if (this.src) {
      const response = await fetch(this.src, { credentials: 'same-origin' });
      if (!response.ok) throw new ReportProblem('errorLoad');
      const size = Number(response.headers.get('content-length') ?? 0);
      if (size > MAX_REPORT_MB * 1024 * 1024) throw new ReportProblem('errorTooBig');
      const type = response.headers.get('content-type') ?? '';
      if (type && !/^text\/(html|plain)|^application\/xhtml/.test(type)) throw new ReportProblem('errorEmpty');
      const content = await response.text();
      if (content.length > MAX_REPORT_MB * 1024 * 1024) throw new ReportProblem('errorTooBig');
      return { html: type.startsWith('text/html') || (!type && looksLikeHtml(content)), content };
    }
    // Comments are not report text: a page built with Lit (or any template) has marker comments.
    const slotted = [...this.childNodes]
      .map((node) => (node instanceof Element ? node.outerHTML : node instanceof Text ? node.data : ''))
      .join('');
    return { html: true, content: slotted };
  }

  /** Loads the school's profile when it changes. False when it could not be used. */
  private async useProfile(engine: EngineClient): Promise<boolean> {
    const url = this.profile ?? '';
    if (url === (this.loadedProfile ?? '')) {
      this.loadedProfile = url;
      return !this.profileFailed;
    }
    this.loadedProfile = url;
    if (!url) {
      await engine.setProfile(null);
      return true;
    }
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`The profile answered ${response.status}.`);
      await engine.setProfile(await response.text());
      return true;
    } catch {
      await engine.setProfile(null);
      return false;
    }
  }

  /** Puts the marked report on the page, block by block for a long one. */
  private async showReport(fragment: DocumentFragment, run: number): Promise<void> {
    this.reportView.replaceChildren();
    let piece: Node[] = [];
    let chars = 0;
    for (const block of [...fragment.childNodes]) {
      piece.push(block);
      chars += block.textContent?.length ?? 0;
      if (chars < CHARS_PER_FRAME) continue;
      this.reportView.append(...piece);
      piece = [];
      chars = 0;
      await nextFrame();
      if (run !== this.run) return;
    }
    this.reportView.append(...piece);
  }

  private async listNotes(notes: MarkedNote[], run: number): Promise<void> {
    this.notesView.replaceChildren();
    for (let i = 0; i < notes.length; i += NOTES_PER_PAUSE) {
      if (i > 0) await pause();
      if (run !== this.run) return;
      this.notesView.append(...notes.slice(i, i + NOTES_PER_PAUSE).map((note) => {
        const item = document.createElement('li');
        const term = document.createElement('bdi');
        term.textContent = note.text;
        item.append(term, `: ${note.meaning}${note.ask ? ` ${note.ask}` : ''}`);
        return item;
      }));
    }
  }

  /** The word as a button that opens its explanation, and its note number for print. */
  private termButton(note: MarkedNote): DocumentFragment {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'term';
    button.setAttribute('part', 'term');
    button.setAttribute('aria-expanded', 'false');
    button.dataset.note = String(note.number);
    button.append(note.text);
    const hidden = document.createElement('span');
    hidden.className = 'vh';
    hidden.textContent = this.hasExplanation;
    const number = document.createElement('sup');
    number.className = 'note-number';
    // Only for print, where the notes are numbered: on screen the button says it all.
    number.setAttribute('aria-hidden', 'true');
    number.textContent = String(note.number);
    button.append(hidden);
    const wrapper = document.createDocumentFragment();
    wrapper.append(button, number);
    return wrapper;
  }

  private onReportClick(event: Event): void {
    const target = event.target as Element;
    const close = target.closest('[data-close]');
    if (close) {
      this.closeExplanation(true);
      return;
    }
    const speak = target.closest<HTMLElement>('[data-speak]');
    if (speak) {
      this.speak(speak.dataset.speak ?? '');
      return;
    }
    const button = target.closest<HTMLButtonElement>('button.term');
    if (!button) return;
    const open = button.getAttribute('aria-expanded') === 'true';
    this.closeExplanation(false);
    if (!open) this.openExplanation(button);
  }

  private onReportKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    if (this.closeExplanation(true)) event.stopPropagation();
  }

  private openExplanation(button: HTMLButtonElement): void {
    const note = this.notes.find((candidate) => String(candidate.number) === button.dataset.note);
    if (!note) return;
    const { t } = this.localize;
    const box = document.createElement('span');
    box.className = 'explanation';
    box.id = `${this.uid}-note-${note.number}`;
    box.setAttribute('part', 'explanation');
    box.setAttribute('role', 'note');
    box.lang = this.localize.lang;
    box.dir = this.localize.dir;
    const meaning = document.createElement('span');
    meaning.textContent = note.meaning;
    box.append(meaning);
    if (note.ask) {
      const ask = document.createElement('span');
      ask.className = 'ask';
      ask.textContent = note.ask;
      box.append(ask);
    }
    const buttons = document.createElement('span');
    buttons.className = 'buttons';
    if (this.voice()) buttons.append(smallButton(t('explainer.readThis'), { speak: note.meaning }));
    buttons.append(smallButton(t('explainer.close'), { close: '' }));
    box.append(buttons);
    button.setAttribute('aria-expanded', 'true');
    button.setAttribute('aria-describedby', box.id);
    (button.nextElementSibling ?? button).after(box);
    this.dispatchEvent(new PsTermOpenEvent({ id: note.id, text: note.text }));
  }

  /** Closes the open explanation, if any; `refocus` puts focus back on its word. */
  private closeExplanation(refocus: boolean): boolean {
    const open = this.reportView.querySelector<HTMLButtonElement>('button.term[aria-expanded="true"]');
    if (!open) return false;
    open.setAttribute('aria-expanded', 'false');
    open.removeAttribute('aria-describedby');
    this.reportView.querySelector('.explanation')?.remove();
    if (refocus) open.focus();
    return true;
  }

  /** The device's voice for the widget's language, if it has one. */
  private voice(): SpeechSynthesisVoice | undefined {
    return pickVoice(this.voices, this.localize.lang);
  }

  private speak(text: string): void {
    speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = this.localize.lang;
    utterance.voice = this.voice() ?? null;
    speechSynthesis.speak(utterance);
  }

  private onSlotChange(): void {
    if (this.report !== undefined || this.src) return;
    this.source = undefined;
    void this.explain();
  }

  /** Fills the language menu at once, before it opens or takes a key. */
  private listLanguages(): void {
    if (this.allLanguages) return;
    this.allLanguages = true;
    this.performUpdate();
  }

  private onLanguage(event: Event): void {
    this.lang = (event.target as HTMLSelectElement).value;
  }

  private summaryText(): string {
    const summary = this.summary;
    if (!summary) return '';
    return [
      ...summary.items.map((item) => `${item.area}: ${item.meaning}`),
      summary.attendance ? `${this.localize.t('explainer.attendance')}: ${summary.attendance.meaning}` : '',
    ].join('\n');
  }

  protected override render() {
    // Nothing to show until the widget has its words (a moment, while the report loads too).
    if (!this.localize.ready) return html`<slot hidden @slotchange=${this.onSlotChange}></slot>`;
    const { t, lang, dir } = this.localize;
    const headingId = `${this.uid}-heading`;
    const voice = this.voice();
    return html`
      <section part="base" class="base" lang=${lang} dir=${dir} aria-labelledby=${headingId} aria-busy=${this.busy ? 'true' : 'false'}>
        <div>
          <h2 id=${headingId}>${t('explainer.heading')}</h2>
          <div class="controls">
            <label>${t('explainer.language')}
              <select @change=${this.onLanguage} @focus=${this.listLanguages} @pointerdown=${this.listLanguages} .value=${lang}>
                ${Object.entries(LANGUAGES).filter(([code]) => this.allLanguages || code === lang).map(([code, language]) => html`<option value=${code} lang=${code} ?selected=${code === lang}>${language.name}</option>`)}
              </select>
            </label>
            ${voice && this.summary ? html`<button type="button" class="action quiet" @click=${() => this.speak(this.summaryText())}>${t('explainer.readAloud')}</button>` : nothing}
            <button type="button" class="action quiet" @click=${() => window.print()}>${t('explainer.print')}</button>
          </div>
          ${this.localize.reviewed ? nothing : html`<p class="meta">${t('explainer.unreviewed')}</p>`}
          ${voice ? nothing : html`<p class="meta">${t('explainer.noVoice', { language: LANGUAGES[lang]?.name ?? lang })}</p>`}
        </div>
        <p role="status" class="meta">${this.statusText()}</p>
        ${this.problem ? html`
          <div part="error" class="error" role="alert">
            <p>${t(`explainer.${this.problem}`, { limit: MAX_REPORT_MB })}</p>
            <button type="button" class="action" @click=${() => this.explain()}>${t('explainer.retry')}</button>
          </div>` : nothing}
        ${this.profileFailed ? html`<p class="meta" role="note">${t('explainer.errorProfile')}</p>` : nothing}
        ${this.localize.failed ? html`<p class="meta" role="note">${t('explainer.errorLanguage')}</p>` : nothing}
        ${this.renderSummary()}
        <section ?hidden=${this.mode === 'summary' || !this.summary} aria-labelledby=${`${this.uid}-report`}>
          <h3 id=${`${this.uid}-report`}>${t('explainer.reportHeading')}</h3>
          <p class="hint">${t('explainer.reportHint')}</p>
          ${this.reportView}
        </section>
        <slot hidden @slotchange=${this.onSlotChange}></slot>
        <section class="print-notes" part="notes">
          <h3>${t('explainer.notesHeading')}</h3>
          ${this.notesView}
        </section>
      </section>
    `;
  }

  private statusText(): string {
    const { t } = this.localize;
    if (this.busy) return t('explainer.loading');
    if (!this.summary) return '';
    const count = t('explainer.explained', { count: this.notes.length });
    // Reading age is an English measure: it means nothing for a translation.
    return this.localize.lang === 'en' && this.readingAge
      ? `${count} ${t('explainer.readingAge', { report: this.readingAge.report, explained: this.readingAge.explained })}`
      : count;
  }

  private renderSummary() {
    const summary = this.summary;
    if (!summary) return nothing;
    const { t } = this.localize;
    const empty = summary.items.length === 0 && !summary.attendance;
    return html`
      <section part="summary" class="summary" aria-labelledby=${`${this.uid}-summary`}>
        <h3 id=${`${this.uid}-summary`}>${t('explainer.summaryHeading')}</h3>
        ${empty ? html`<p>${t('explainer.summaryNothing')}</p>` : html`
          <ul>
            ${summary.items.map((item) => html`<li><strong><bdi>${item.area}</bdi></strong> (<bdi>${item.text}</bdi>): ${item.meaning}</li>`)}
            ${summary.attendance ? html`<li><strong>${t('explainer.attendance')}</strong> (<bdi>${summary.attendance.text}</bdi>): ${summary.attendance.meaning}</li>` : nothing}
          </ul>`}
        ${summary.asks.length > 0 ? html`
          <h3>${t('explainer.askHeading')}</h3>
          <ul>${summary.asks.map((ask) => html`<li>${ask}</li>`)}</ul>` : nothing}
      </section>
    `;
  }
}

class ReportProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem);
  }
}

/**
 * Moves a report's headings down so its top level is `top`, keeping their order, so a screen
 * reader's list of headings shows the report inside the widget, not beside it.
 */
function relevelHeadings(root: DocumentFragment, top: number): void {
  const headings = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  if (headings.length === 0) return;
  const highest = Math.min(...headings.map((heading) => Number(heading.tagName[1])));
  for (const heading of headings) {
    const level = Math.min(6, Number(heading.tagName[1]) - highest + top);
    if (level === Number(heading.tagName[1])) continue;
    const moved = document.createElement(`h${level}`);
    moved.append(...heading.childNodes);
    heading.replaceWith(moved);
  }
}

function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][\s\S]*>/i.test(text);
}

/**
 * The packed notes from the engine as one object each, numbered in reading order. Only what
 * stands in the report itself (not in a table's reading labels) is kept, to be marked and listed.
 */
async function unpackNotes(packed: PackedNotes, report: ReportText): Promise<MarkedNote[]> {
  const notes: MarkedNote[] = [];
  for (let i = 0; i < packed.starts.length; i++) {
    if (i > 0 && i % NOTES_PER_PAUSE === 0) await pause();
    const start = packed.starts[i]!;
    const end = packed.ends[i]!;
    const segment = placeOf(report, start, end);
    if (segment < 0) continue;
    const { id, meaning, ask } = packed.entries[packed.entry[i]!]!;
    notes.push({ number: notes.length + 1, start, end, segment, text: report.text.slice(start, end), meaning, id, ...(ask ? { ask } : {}) });
  }
  return notes;
}

function smallButton(label: string, data: Record<string, string>): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'action quiet';
  button.textContent = label;
  for (const [key, value] of Object.entries(data)) button.dataset[key] = value;
  return button;
}
