/**
 * Teacher mode on an MIS page: each comment is checked as it is typed (in the background), its
 * school words are marked without touching the page's DOM, a badge gives its reading age, and
 * a panel offers plain words, a preview for parents and a check of every comment on the page.
 */
import { browser } from 'wxt/browser';
import { html, nothing, render } from 'lit/html.js';
import { LANGUAGES } from '../../lib/glossary/language-list';
import { type CommentScore, type LintResult, ask } from '../messages';
import type { Translate } from '../strings';
import { type CommentField, commentFieldOf, fieldName, findCommentFields, isTextControl, watchCommentFields } from './fields';
import { FieldMirror } from './mirror';
import { fieldText, replaceInField } from './replace';
import { buildTextMap } from './text-map';
import type { UiRoot } from './ui-root';

const TYPING_PAUSE_MS = 300;
/** Comments per request in a class check: the progress bar moves, and no message is huge. */
const CHECK_BATCH = 250;
/** Rows shown at once in the class check's table; more on request. */
const ROWS_PER_PAGE = 20;
const HIGHLIGHT = 'plainsight-term';

interface Checked {
  text: string;
  result: LintResult;
}

interface Row extends CommentScore {
  field: CommentField;
  index: number;
  /** Worked out only for the rows shown: finding a label can mean a walk through the whole page. */
  name?: string;
}

interface ClassCheck {
  done: number;
  total: number;
  rows?: Row[];
  shown: number;
}

export class TeacherMode {
  private active?: CommentField;
  private readonly checked = new Map<CommentField, Checked>();
  private readonly mirrors = new Map<CommentField, FieldMirror>();
  private readonly ranges = new Map<CommentField, Range[]>();
  private readonly timers = new Map<CommentField, number>();
  private panelOpen = false;
  private fieldCount = 0;
  private status = '';
  private preview?: { id: string; lang: string };
  private previewLang: string;
  private check?: ClassCheck;
  private placing = false;
  /** A teacher can drag a text box bigger: its marks must follow. */
  private readonly resizes = new ResizeObserver(() => this.onMove());
  private stopWatching?: () => void;

  constructor(private readonly root: UiRoot, private readonly t: Translate, private readonly lang: string) {
    this.previewLang = lang;
  }

  start(): void {
    document.addEventListener('input', this.onInput, true);
    document.addEventListener('focusin', this.onFocus, true);
    document.addEventListener('keydown', this.onKey, true);
    addEventListener('scroll', this.onMove, true);
    addEventListener('resize', this.onMove);
    this.stopWatching = watchCommentFields((fields) => {
      this.fieldCount = fields.length;
      // A field the page took away takes its marks with it.
      for (const field of this.checked.keys()) if (!field.isConnected) this.forget(field);
      this.render();
    });
    const focused = commentFieldOf(document.activeElement);
    if (focused) this.activate(focused);
  }

  private readonly onInput = (event: Event): void => {
    const field = commentFieldOf(event.target);
    if (!field) return;
    this.active = field;
    clearTimeout(this.timers.get(field));
    this.timers.set(field, window.setTimeout(() => void this.lint(field), TYPING_PAUSE_MS));
    // Marks that no longer fit the text would mislead: hide them until the check is back.
    this.mirrors.get(field)?.draw(fieldText(field), []);
  };

  private readonly onFocus = (event: Event): void => {
    const field = commentFieldOf(event.target);
    if (field) this.activate(field);
  };

  /**
   * Alt+Shift+P opens the panel from the comment being typed: the badge and the panel come
   * last in the page's tab order, so the keyboard needs a way straight there.
   */
  private readonly onKey = (event: KeyboardEvent): void => {
    if (!(event.altKey && event.shiftKey && event.code === 'KeyP')) return;
    event.preventDefault();
    const field = commentFieldOf(event.target);
    if (field) this.activate(field);
    this.openPanel();
  };

  private readonly onMove = (): void => {
    if (this.placing) return;
    this.placing = true;
    requestAnimationFrame(() => {
      this.placing = false;
      for (const mirror of this.mirrors.values()) mirror.place();
      this.render();
    });
  };

  private activate(field: CommentField): void {
    if (this.active !== field) {
      this.active = field;
      this.preview = undefined;
    }
    const known = this.checked.get(field);
    if (!known || known.text !== fieldText(field)) void this.lint(field);
    else this.render();
  }

  private forget(field: CommentField): void {
    this.checked.delete(field);
    this.mirrors.get(field)?.remove();
    this.mirrors.delete(field);
    this.resizes.unobserve(field);
    this.ranges.delete(field);
    this.paintHighlights();
    if (this.active === field) this.active = undefined;
  }

  private async lint(field: CommentField): Promise<void> {
    const text = fieldText(field);
    let result: LintResult;
    try {
      result = await ask('lint', { text, lang: this.lang });
    } catch {
      this.status = this.t('error');
      this.render();
      return;
    }
    if (fieldText(field) !== text) return; // typed since: a newer check is on its way
    this.checked.set(field, { text, result });
    this.mark(field, text, result);
    this.render();
  }

  private mark(field: CommentField, text: string, result: LintResult): void {
    if (isTextControl(field)) {
      let mirror = this.mirrors.get(field);
      if (!mirror) {
        mirror = new FieldMirror(field, this.root.layer);
        this.mirrors.set(field, mirror);
        this.resizes.observe(field);
      }
      mirror.draw(text, result.terms);
      return;
    }
    const map = buildTextMap(field);
    this.ranges.set(field, result.terms.flatMap((term) => map.range(term.start, term.end) ?? []));
    this.paintHighlights();
  }

  /** One highlight for every rich-text field's marks: the page's own text, styled, not changed. */
  private paintHighlights(): void {
    if (!('highlights' in CSS)) return;
    const all = [...this.ranges.values()].flat();
    if (all.length === 0) CSS.highlights.delete(HIGHLIGHT);
    else CSS.highlights.set(HIGHLIGHT, new Highlight(...all));
  }

  private replace(field: CommentField, term: LintResult['terms'][number]): void {
    if (!term.plain) return;
    const done = replaceInField(field, term.start, term.end, term.text, term.plain);
    this.status = done ? this.t('teacher.replaced', { term: term.text, plain: term.plain }) : this.t('teacher.changed');
    clearTimeout(this.timers.get(field));
    void this.lint(field);
  }

  private async showPreview(field: CommentField): Promise<void> {
    try {
      const { id } = await ask('preview-put', { text: fieldText(field), lang: this.previewLang });
      this.preview = { id, lang: this.previewLang };
    } catch {
      this.status = this.t('error');
    }
    this.render();
  }

  private async checkAll(): Promise<void> {
    const fields = findCommentFields();
    const texts = fields.map(fieldText);
    const check: ClassCheck = { done: 0, total: fields.length, shown: ROWS_PER_PAGE };
    this.check = check;
    this.status = '';
    this.render();
    const scores: CommentScore[] = [];
    try {
      for (let i = 0; i < texts.length; i += CHECK_BATCH) {
        scores.push(...(await ask('lint-many', { texts: texts.slice(i, i + CHECK_BATCH) })));
        check.done = scores.length;
        this.render();
      }
    } catch {
      this.check = undefined;
      this.status = this.t('error');
      this.render();
      return;
    }
    const rows: Row[] = fields.map((field, index) => ({ field, index, ...scores[index]! }));
    // Worst first: the hardest to read, then the most school words.
    rows.sort((a, b) => b.readingAge - a.readingAge || b.terms - a.terms);
    check.rows = rows;
    this.status = this.t('teacher.checked', { count: rows.length });
    this.render();
  }

  private goTo(field: CommentField): void {
    field.scrollIntoView({ block: 'center' });
    field.focus({ preventScroll: true });
    this.activate(field);
  }

  private openPanel(): void {
    this.panelOpen = true;
    this.render();
    this.root.shadow.querySelector<HTMLElement>('.panel h2')?.focus();
  }

  private closePanel(): void {
    this.panelOpen = false;
    this.render();
    if (this.active?.isConnected) this.active.focus();
  }

  render(): void {
    const { t } = this;
    const field = this.active?.isConnected ? this.active : undefined;
    const checked = field ? this.checked.get(field) : undefined;
    render(html`
      ${field && checked && !this.panelOpen ? this.badge(field, checked.result) : nothing}
      ${this.panelOpen ? this.panel(field, checked?.result) : nothing}
      ${!this.panelOpen && !(field && checked) && this.fieldCount > 0
        ? html`<button class="launcher primary" @click=${() => this.openPanel()}>${t('teacher.open')}</button>` : nothing}
      <div role="status" class="visually-hidden">${this.panelOpen ? '' : this.status}</div>
    `, this.root.ui);
    const badge = this.root.shadow.querySelector<HTMLElement>('.badge');
    if (badge && field) {
      const rect = field.getBoundingClientRect();
      badge.style.top = `${Math.max(0, rect.bottom - badge.offsetHeight / 2)}px`;
      badge.style.left = `${Math.max(0, rect.right - badge.offsetWidth - 8)}px`;
    }
  }

  private badge(field: CommentField, result: LintResult) {
    const count = result.terms.length;
    const label = count > 0
      ? this.t('teacher.badge', { age: result.readingAge, count })
      : this.t('teacher.badgeClear', { age: result.readingAge });
    return html`<button class="badge ${count > 0 ? 'has-terms' : ''}" aria-expanded="false" title=${this.t('teacher.shortcut')} @click=${() => { this.active = field; this.openPanel(); }}>${label}</button>`;
  }

  private panel(field: CommentField | undefined, result: LintResult | undefined) {
    const { t } = this;
    return html`<section class="panel" role="dialog" aria-modal="false" aria-labelledby="ps-title" @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') this.closePanel(); }}>
      <div class="head">
        <h2 id="ps-title" tabindex="-1">${t('teacher.title')}</h2>
        <button @click=${() => this.closePanel()}>${t('close')}</button>
      </div>
      <p class="status" role="status">${this.status}</p>
      ${field && result ? this.comment(field, result) : html`<p>${t('teacher.noComment')}</p>`}
      ${this.fieldCount > 0 ? this.classCheck() : nothing}
    </section>`;
  }

  private comment(field: CommentField, result: LintResult) {
    const { t } = this;
    return html`
      <p>${t('teacher.readingAge', { age: result.readingAge })}</p>
      ${result.terms.length === 0 ? html`<p>${t('teacher.noTerms')}</p>` : html`
        <h3>${t('teacher.terms')}</h3>
        <ul class="terms">${result.terms.map((term) => html`<li>
          <span class="term-name">${term.text}</span>
          ${term.plain ? html`
            <p class="plain">${t('teacher.sayInstead', { plain: term.plain })}</p>
            <button class="use" aria-label=${t('teacher.useLabel', { plain: term.plain, term: term.text })} @click=${() => this.replace(field, term)}>${t('teacher.use')}</button>`
            : html`<p class="plain">${t('teacher.noPlain')}</p>`}
          <p class="meaning">${term.meaning}</p>
        </li>`)}</ul>`}
      <h3>${t('teacher.preview')}</h3>
      <div class="row">
        <label for="ps-preview-lang">${t('language')}</label>
        <select id="ps-preview-lang" @change=${(e: Event) => { this.previewLang = (e.target as HTMLSelectElement).value; }}>
          ${Object.entries(LANGUAGES).map(([code, language]) => html`<option value=${code} lang=${code} ?selected=${code === this.previewLang}>${language.name}</option>`)}
        </select>
        <button class="preview-button" @click=${() => void this.showPreview(field)}>${t('teacher.preview')}</button>
      </div>
      ${this.preview ? html`<iframe class="preview" title=${t('teacher.preview')} src=${`${browser.runtime.getURL('/preview.html')}#${this.preview.id}`}></iframe>` : nothing}
    `;
  }

  private classCheck() {
    const { t } = this;
    const check = this.check;
    const shown = check?.rows?.slice(0, check.shown) ?? [];
    for (const row of shown) row.name ??= fieldName(row.field, row.index);
    return html`
      <h3 id="ps-all-comments">${t('teacher.allComments')}</h3>
      ${!check || check.rows ? html`<button class="check-all primary" @click=${() => void this.checkAll()}>${t('teacher.checkAll', { count: this.fieldCount })}</button>` : nothing}
      ${check && !check.rows ? html`<p id="ps-progress-label">${t('teacher.checking', { done: check.done, total: check.total })}</p>
        <progress aria-labelledby="ps-progress-label" max=${check.total} .value=${check.done}></progress>` : nothing}
      ${check?.rows ? html`<table class="results" aria-labelledby="ps-all-comments">
        <thead><tr><th scope="col">${t('teacher.comment')}</th><th scope="col" class="number">${t('teacher.age')}</th><th scope="col" class="number">${t('teacher.words')}</th><th scope="col"><span>${t('teacher.go')}</span></th></tr></thead>
        <tbody>${shown.map((row) => html`<tr>
          <th scope="row">${row.name}</th>
          <td class="number">${row.words === 0 ? '–' : row.readingAge}</td>
          <td class="number">${row.terms}</td>
          <td><button class="go" aria-label=${t('teacher.goTo', { name: row.name ?? '' })} @click=${() => this.goTo(row.field)}>${t('teacher.go')}</button></td>
        </tr>`)}</tbody>
      </table>
      ${check.rows.length > check.shown ? html`<button class="more" @click=${() => { check.shown += ROWS_PER_PAGE; this.render(); }}>${t('teacher.more', { count: Math.min(ROWS_PER_PAGE, check.rows.length - check.shown) })}</button>` : nothing}` : nothing}
    `;
  }

  stop(): void {
    this.stopWatching?.();
    document.removeEventListener('input', this.onInput, true);
    document.removeEventListener('focusin', this.onFocus, true);
    document.removeEventListener('keydown', this.onKey, true);
  }
}
