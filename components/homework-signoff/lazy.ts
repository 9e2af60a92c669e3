// <ps-homework-signoff> in the widget bundle: its code (and the IndexedDB store under it) is
// fetched the first time one is on the page. A page with only a report never loads it.
import { lazyElement } from '../shared/lazy-element';

const homework = lazyElement('ps-homework-signoff', () => import('./define'));

/** Loads and defines the element now (for one inside another component's shadow root). */
export const loadHomeworkSignoff = homework.loadNow;
export const defineHomeworkSignoffWhenUsed = homework.defineWhenUsed;
