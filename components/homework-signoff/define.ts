import { PsHomeworkSignoff } from './homework-signoff';

/** Registers the element under its tag, once; a page may load Plainsight twice. */
export function defineHomeworkSignoff(tag = 'ps-homework-signoff'): void {
  if (!customElements.get(tag)) customElements.define(tag, class extends PsHomeworkSignoff {});
}

defineHomeworkSignoff();

declare global {
  interface HTMLElementTagNameMap {
    'ps-homework-signoff': PsHomeworkSignoff;
  }
}
