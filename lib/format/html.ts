import type { Analysis } from '../engine/types';
import type { Language } from '../glossary/languages';
import { notesOf } from './notes';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const STYLE = `
body { font: 1.125rem/1.6 system-ui, sans-serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
.report { white-space: pre-wrap; }
mark { background: #fff3b0; color: inherit; border-bottom: 2px solid #8a6d00; }
sup a { color: #1d4ed8; }
.notes li { margin-bottom: .5rem; }
.ask { display: block; font-style: italic; }
@media (forced-colors: active) { mark { border-bottom-color: Mark; } }
@media print { sup a { color: inherit; } }
`;

/**
 * A standalone page: the report with each explained word marked and linked to its numbered
 * note. Everything from the report is escaped, so the page runs nothing from it.
 */
export function* explainAsHtml(text: string, analysis: Analysis, language: Language, title = 'Your report, explained'): Generator<string> {
  const notes = notesOf(analysis);
  yield `<!doctype html>\n<html lang="${escapeHtml(analysis.lang)}" dir="${language.dir}">\n<head>\n<meta charset="utf-8">\n`;
  yield `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n`;
  yield `<main>\n<h1>${escapeHtml(title)}</h1>\n`;
  const { readingAge, words } = analysis.readability;
  yield `<p>Reading age of this report: ${readingAge} (${words} words). ${notes.length} words are explained below.</p>\n`;
  yield '<h2>The report</h2>\n<div class="report">';
  let from = 0;
  for (const note of notes) {
    yield escapeHtml(text.slice(from, note.start));
    yield `<mark id="ref-${note.number}">${escapeHtml(note.text)}</mark><sup><a href="#note-${note.number}" aria-label="note ${note.number}">${note.number}</a></sup>`;
    from = note.end;
  }
  yield `${escapeHtml(text.slice(from))}</div>\n`;
  if (notes.length > 0) {
    yield '<h2>What the words mean</h2>\n<ol class="notes">\n';
    for (const note of notes) {
      yield `<li id="note-${note.number}"><strong>${escapeHtml(note.text)}</strong>: ${escapeHtml(note.meaning)}`;
      if (note.ask) yield `<span class="ask">${escapeHtml(note.ask)}</span>`;
      yield ` <a href="#ref-${note.number}" aria-label="back to the report">↩</a></li>\n`;
    }
    yield '</ol>\n';
  }
  yield '</main>\n</body>\n</html>\n';
}
