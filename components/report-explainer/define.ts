import { PsReportExplainer } from './report-explainer';

/** Registers the element under its tag, once; a page may load Plainsight twice. */
export function defineReportExplainer(tag = 'ps-report-explainer'): void {
  if (!customElements.get(tag)) customElements.define(tag, class extends PsReportExplainer {});
}

defineReportExplainer();

declare global {
  interface HTMLElementTagNameMap {
    'ps-report-explainer': PsReportExplainer;
  }
}
