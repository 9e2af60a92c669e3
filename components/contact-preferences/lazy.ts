// <ps-contact-preferences> in the widget bundle: its code (and the IndexedDB store under it)
// is fetched the first time one is on the page. A page with only a report never loads it.
import { lazyElement } from '../shared/lazy-element';

const contact = lazyElement('ps-contact-preferences', () => import('./define'));

/** Loads and defines the element now (for one inside another component's shadow root). */
export const loadContactPreferences = contact.loadNow;
export const defineContactPreferencesWhenUsed = contact.defineWhenUsed;
