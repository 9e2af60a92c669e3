/**
 * Parent mode on a portal's report page: the report explained where it stands, as the report
 * explainer does. School words are marked with highlights (the page's DOM is not changed); a
 * click on one, or choosing it in the panel's list, opens its plain meaning. The list is the
 * keyboard way in: each word is a button that scrolls to it on the page and shows it.
 */
import { html, nothing, render } from 'lit/html.js';
import { type ExplainResult, ask } from '../messages';
import type { Translate } from '../strings';
import { type TextMap, buildTextMap } from './text-map';
import type { UiRoot } from './ui-root';

const HIGHLIGHT = 'plainsight-term';
const CURRENT = 'plainsight-current';
/** Where a portal keeps the report, most specific first; the whole page when none is found. */
const REPORT_PLACES = ['[data-report]', '.report', '#report', 'article', 'main', '[role="main"]'];

type Note = ExplainResult['notes'][number];

export class ParentMode {
  private map?: TextMap;
  private result?: ExplainResult;
  private ranges: (Range | null)[] = [];
  private panelOpen = true;
  private openNote?: number;
  /** A note opened by clicking the page: shown in a small box beside the word. */
  private popover?: { index: number; x: number; y: number };

  constructor(private readonly root: UiRoot, private readonly t: Translate, private readonly lang: string) {}

  /** Explains the page's report. Resolves to false when the page has no school words. */
  async start(): Promise<boolean> {
    const container = REPORT_PLACES.map((selector) => document.querySelector(selector)).find(Boolean) ?? document.body;
    this.map = buildTextMap(container, (element) => element === this.root.host);
    if (!this.map.text.trim()) return false;
    this.result = await ask('explain', { text: this.map.text, lang: this.lang });
    if (this.result.notes.length === 0) return false;
    this.ranges = this.result.notes.map((note) => this.map!.range(note.start, note.end));
    const marked = this.ranges.filter((range): range is Range => range !== null);
    if ('highlights' in CSS) CSS.highlights.set(HIGHLIGHT, new Highlight(...marked));
    document.addEventListener('click', this.onClick, true);
    this.render();
    return true;
  }

  /** A click on a marked word opens its meaning; a click anywhere else closes it. */
  private readonly onClick = (event: MouseEvent): void => {
    if (event.composedPath().includes(this.root.host)) return;
    const index = this.noteAt(event.clientX, event.clientY);
    if (index < 0) {
      if (this.popover) {
        this.popover = undefined;
        this.render();
      }
      return;
    }
    this.popover = { index, x: event.clientX, y: event.clientY };
    this.show(index, false);
    this.render();
    this.root.shadow.querySelector<HTMLElement>('.popover button')?.focus();
  };

  private noteAt(x: number, y: number): number {
    const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
    const caret = doc.caretPositionFromPoint?.(x, y);
    const place = caret ? { node: caret.offsetNode, offset: caret.offset } : (() => {
      const range = document.caretRangeFromPoint?.(x, y);
      return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
    })();
    if (!place || !this.map || !this.result) return -1;
    const at = this.map.offsetOf(place.node, place.offset);
    return this.result.notes.findIndex((note) => note.start <= at && at <= note.end);
  }

  /** Scrolls to a note's word and marks it as the one being read. */
  private show(index: number, scroll: boolean): void {
    this.openNote = index;
    const range = this.ranges[index];
    if (!range) return;
    if ('highlights' in CSS) CSS.highlights.set(CURRENT, new Highlight(range));
    if (scroll) {
      const element = range.startContainer.parentElement;
      element?.scrollIntoView({ block: 'center' });
    }
  }

  private choose(index: number): void {
    this.show(index, true);
    this.popover = undefined;
    this.render();
  }

  render(): void {
    const { t } = this;
    const result = this.result;
    if (!result) return;
    render(html`
      ${this.panelOpen ? html`<section class="panel" role="region" aria-labelledby="ps-title" dir=${this.root.ui.closest('[dir]')?.getAttribute('dir') ?? 'ltr'}>
        <div class="head">
          <h2 id="ps-title" tabindex="-1">${t('parent.title')}</h2>
          <button @click=${() => { this.panelOpen = false; this.render(); this.root.shadow.querySelector<HTMLElement>('.launcher')?.focus(); }}>${t('close')}</button>
        </div>
        ${this.summary(result)}
        <h3>${t('parent.terms', { count: result.notes.length })}</h3>
        <p class="status">${t('parent.termsHint')}</p>
        <ul class="terms">${result.notes.map((note, index) => html`<li>
          <button class="term" aria-expanded=${this.openNote === index ? 'true' : 'false'} @click=${() => this.choose(index)}>${note.text}</button>
          ${this.openNote === index ? this.meaning(note) : nothing}
        </li>`)}</ul>
      </section>` : html`<button class="launcher primary" @click=${() => { this.panelOpen = true; this.render(); this.root.shadow.querySelector<HTMLElement>('.panel h2')?.focus(); }}>${t('parent.open')}</button>`}
      ${this.popover ? this.popoverBox(result.notes[this.popover.index]!) : nothing}
    `, this.root.ui);
    const box = this.root.shadow.querySelector<HTMLElement>('.popover');
    if (box && this.popover) {
      box.style.left = `${Math.max(8, Math.min(this.popover.x, innerWidth - box.offsetWidth - 8))}px`;
      box.style.top = `${Math.min(this.popover.y + 16, innerHeight - box.offsetHeight - 8)}px`;
    }
  }

  private meaning(note: Note) {
    return html`<div class="open-term"><p>${note.meaning}</p>${note.ask ? html`<p class="meaning">${this.t('parent.askHint', { ask: note.ask })}</p>` : nothing}</div>`;
  }

  private popoverBox(note: Note) {
    const close = () => { this.popover = undefined; this.render(); };
    return html`<div class="popover" role="dialog" aria-label=${note.text} @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') close(); }}>
      <p class="term-name">${note.text}</p>
      ${this.meaning(note)}
      <button @click=${close}>${this.t('close')}</button>
    </div>`;
  }

  private summary(result: ExplainResult) {
    const { t } = this;
    const { items, attendance, asks } = result.summary;
    if (items.length === 0 && !attendance && asks.length === 0) return nothing;
    return html`
      <h3>${t('parent.summary')}</h3>
      ${items.length ? html`<ul class="summary-list">${items.map((item) => html`<li><strong>${item.area}</strong> (${item.text}): ${item.meaning}</li>`)}</ul>` : nothing}
      ${attendance ? html`<p><strong>${t('parent.attendance')}</strong> (${attendance.text}): ${attendance.meaning}</p>` : nothing}
      ${asks.length ? html`<p><strong>${t('parent.ask')}</strong></p><ul class="summary-list">${asks.map((a) => html`<li>${a}</li>`)}</ul>` : nothing}
    `;
  }
}
