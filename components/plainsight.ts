// The widget bundle's entry: dist/widgets/plainsight.js. A school loads this one file; the
// worker, the engine's fallback and each language's words are files beside it, fetched only
// when needed. The engine is set up first, then the elements are defined.
import './bundle-engine';
import './report-explainer/define';
import { loadEnglishStrings } from './shared/localize';
import { sanitizeReport } from './shared/sanitize';
import { defineContactPreferencesWhenUsed } from './contact-preferences/lazy';
import { defineHomeworkSignoffWhenUsed } from './homework-signoff/lazy';

// <ps-homework-signoff> is defined too, but its code is a file of its own, fetched the first
// time the page has one: report pages keep to their download budget.
defineHomeworkSignoffWhenUsed();
// <ps-contact-preferences> the same way.
defineContactPreferencesWhenUsed();

// While the page is idle: the cleaner's first run (it sets itself up, ~10 ms a report that
// comes later would wait for) and the widgets' words, so a widget added later shows at once.
if ('requestIdleCallback' in globalThis) {
  requestIdleCallback(() => {
    sanitizeReport('<p>Reading: EXS</p>');
    loadEnglishStrings().catch(() => {});
  });
}

export { PsReportExplainer } from './report-explainer/report-explainer';
export { PsExplainedEvent, PsTermOpenEvent } from './report-explainer/events';
export { loadHomeworkSignoff } from './homework-signoff/lazy';
export type { PsHomeworkSignoff } from './homework-signoff/homework-signoff';
export type { PsBeforeSignOffEvent, PsFeedbackEvent, PsSignOffEvent } from './homework-signoff/events';
export { loadContactPreferences } from './contact-preferences/lazy';
export type { PsContactPreferences } from './contact-preferences/contact-preferences';
export type { PsChangeEvent, PsSaveEvent } from './contact-preferences/events';
export type { ContactPreferences } from '../lib/contact/types';
