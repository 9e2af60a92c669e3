// The widget bundle's entry: dist/widgets/plainsight.js. A school loads this one file; the
// worker, the engine's fallback and each language's words are files beside it, fetched only
// when needed. The engine is set up first, then the elements are defined.
import './bundle-engine';
import './report-explainer/define';

export { PsReportExplainer } from './report-explainer/report-explainer';
export { PsExplainedEvent, PsTermOpenEvent } from './report-explainer/events';
