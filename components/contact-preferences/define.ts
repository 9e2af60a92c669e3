import { PsContactPreferences } from './contact-preferences';

/** Registers the element under its tag, once; a page may load Plainsight twice. */
export function defineContactPreferences(tag = 'ps-contact-preferences'): void {
  if (!customElements.get(tag)) customElements.define(tag, class extends PsContactPreferences {});
}

defineContactPreferences();

declare global {
  interface HTMLElementTagNameMap {
    'ps-contact-preferences': PsContactPreferences;
  }
}
