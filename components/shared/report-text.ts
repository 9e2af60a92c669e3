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
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data === '') return;
      if (pending !== NONE) {
        parts.push(BREAKS[pending]!);
        length += BREAKS[pending]!.length;
        pending = NONE;
      }
      segments.push({ node: node as Text, start: length });
      // The source's own line breaks are only layout: one space for one character keeps offsets.
      parts.push(data.replace(/[\n\r\t\f]/g, ' '));
      length += data.length;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    const tag = (node as Element).tagName ?? '';
    const strength = PARAGRAPHS.has(tag) ? PARAGRAPH : LINES.has(tag) ? LINE : CELLS.has(tag) ? CELL : NONE;
    boundary(strength);
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    boundary(strength);
  };
  visit(root);
  return { text: parts.join(''), segments };
}

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

/**
 * Replaces each [start, end) span with the element `make` builds from its text. A span that
 * crosses from one text node into another (half of it in bold) is left unmarked.
 */
export function markSpans<T extends { start: number; end: number }>(report: ReportText, spans: T[], make: (span: T, text: string) => Node): void {
  const byNode = new Map<number, T[]>();
  for (const span of spans) {
    if (report.segments.length === 0) break;
    const index = segmentAt(report, span.start);
    const segment = report.segments[index]!;
    if (span.start < segment.start || span.end > segment.start + segment.node.data.length) continue;
    const list = byNode.get(index) ?? [];
    list.push(span);
    byNode.set(index, list);
  }
  for (const [index, list] of byNode) {
    const { node, start } = report.segments[index]!;
    // From the last span back, so splitting the node never moves the spans still to do.
    list.sort((a, b) => b.start - a.start);
    for (const span of list) {
      node.splitText(span.end - start);
      const middle = node.splitText(span.start - start);
      middle.replaceWith(make(span, middle.data));
    }
  }
}
