/**
 * A report's text for the engine, read from its DOM, with a map back to the text nodes so
 * matches can be marked where they stand. Blocks become line breaks and table cells tabs,
 * so the engine sees sentences and rows as a reader does.
 */
export interface ReportText {
  text: string;
  /** Each text node and where its text starts in `text`, in document order. */
  segments: { node: Text; start: number }[];
}

const PARAGRAPHS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'UL', 'OL', 'DL', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGURE']);
const LINES = new Set(['DIV', 'LI', 'TR', 'DT', 'DD', 'BR', 'HR', 'CAPTION', 'THEAD', 'TBODY', 'TFOOT', 'ADDRESS', 'MAIN', 'NAV', 'ASIDE', 'FIGCAPTION']);
const CELLS = new Set(['TD', 'TH']);
const NONE = 0;
const CELL = 1;
const LINE = 2;
const PARAGRAPH = 3;
const BREAKS = ['', '\t', '\n', '\n\n'];

export function readReportText(root: Node): ReportText {
  const segments: ReportText['segments'] = [];
  const parts: string[] = [];
  let length = 0;
  let pending = NONE;
  const boundary = (strength: number) => { if (length > 0) pending = Math.max(pending, strength); };
  const push = (text: string) => {
    parts.push(text);
    length += text.length;
  };
  const flush = () => {
    if (pending !== NONE) push(BREAKS[pending]!);
    pending = NONE;
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data === '') return;
      flush();
      segments.push({ node: node as Text, start: length });
      // The source's own line breaks are only layout: one space for one character keeps offsets.
      push(data.replace(/[\n\r\t\f]/g, ' '));
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    const element = node as Element;
    if (element.tagName === 'TR' && visitLabelledRow(element)) return;
    const strength = PARAGRAPHS.has(element.tagName) ? PARAGRAPH : LINES.has(element.tagName) ? LINE : CELLS.has(element.tagName) ? CELL : NONE;
    boundary(strength);
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    boundary(strength);
  };
  /**
   * A table row under a header row: each cell is read as "Maths Target: 6", so the engine
   * knows a cell under "Target" is a grade and one under "ATL" is on the school's scale. The
   * labels are the engine's alone: they are not text nodes, so nothing in them is marked.
   */
  const visitLabelledRow = (row: Element): boolean => {
    const headers = columnHeaders(row);
    if (!headers || row.closest('thead') || [...row.children].every((cell) => cell.tagName === 'TH')) return false;
    const cells = [...row.children].filter((cell) => CELLS.has(cell.tagName));
    const rowLabel = cells[0] ? labelOf(cells[0]) : '';
    boundary(LINE);
    cells.forEach((cell, index) => {
      const header = headers[index];
      if (index > 0 && header) {
        pending = NONE;
        push(`\n${rowLabel} ${header}: `);
      } else {
        boundary(CELL);
      }
      for (let child = cell.firstChild; child; child = child.nextSibling) visit(child);
    });
    boundary(LINE);
    return true;
  };
  visit(root);
  return { text: parts.join(''), segments };
}

/** A cell's text as a label: one line, no colons. */
function labelOf(cell: Element): string {
  return (cell.textContent ?? '').replace(/[\s:]+/g, ' ').trim();
}

/** The labels of a row's table columns, from the table's first row of header cells. */
function columnHeaders(row: Element): string[] | null {
  const table = row.closest('table');
  if (!table) return null;
  const headerRow = [...table.querySelectorAll('tr')].find((candidate) => candidate.children.length > 0
    && [...candidate.children].every((cell) => cell.tagName === 'TH'));
  return headerRow ? [...headerRow.children].map(labelOf) : null;
}

const MARKS_PER_PAUSE = 300;

/** The segment holding offset `at` (binary search: reports can have thousands of nodes). */
function segmentAt(report: ReportText, at: number): number {
  let low = 0;
  let high = report.segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (report.segments[mid]!.start <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The text node holding the whole span, or -1: it crosses nodes, or lies in a label. */
function segmentOf(report: ReportText, span: { start: number; end: number }): number {
  if (report.segments.length === 0) return -1;
  const index = segmentAt(report, span.start);
  const segment = report.segments[index]!;
  return span.start < segment.start || span.end > segment.start + segment.node.data.length ? -1 : index;
}

/** A span of the report's text that lies inside one text node: `segment` says which. */
export interface PlacedSpan {
  start: number;
  end: number;
  segment: number;
}

/** Where a span can be marked: the index of the text node holding all of it, or -1. */
export function placeOf(report: ReportText, start: number, end: number): number {
  return segmentOf(report, { start, end });
}

/**
 * Replaces each span (in reading order) with the nodes `make` builds from its text. Spans
 * are placed first (placeOf), so one crossing from one text node into another (half of it in
 * bold) never gets here.
 */
export async function markSpans<T extends PlacedSpan>(
  report: ReportText, spans: T[], make: (span: T, text: string) => Node, pause?: () => Promise<void>,
): Promise<void> {
  let since = 0;
  // From the last span back, so splitting a node never moves the spans still to do in it.
  for (let i = spans.length - 1; i >= 0;) {
    // A long report has thousands of marks: let the page breathe every few hundred.
    if (pause && since >= MARKS_PER_PAUSE) {
      since = 0;
      await pause();
    }
    const { node, start } = report.segments[spans[i]!.segment]!;
    const segment = spans[i]!.segment;
    for (; i >= 0 && spans[i]!.segment === segment; i--, since++) {
      const span = spans[i]!;
      node.splitText(span.end - start);
      const middle = node.splitText(span.start - start);
      middle.replaceWith(make(span, middle.data));
    }
  }
}
