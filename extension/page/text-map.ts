/**
 * The text of part of a page as one string, and the way back from an offset in that string to
 * a place in the page's own text nodes. The engine sees plain text; highlights and edits need
 * DOM ranges. Nothing in the page is changed to build it.
 */

/** Elements whose text a person never reads as part of the report. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'BUTTON', 'SVG', 'IFRAME']);
/** Elements that start a new line: the engine reads "Reading: EXS" per line, like the widget. */
const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TBODY|TD|TFOOT|TH|THEAD|TR|UL)$/;

interface Piece {
  node: Text;
  /** Where the node's text starts in the whole string. */
  start: number;
}

export interface TextMap {
  text: string;
  /** A range over the page's text for [start, end) of `text`, or null if it has gone. */
  range(start: number, end: number): Range | null;
  /** The offset in `text` of a place in the page, or -1 when it is outside the map. */
  offsetOf(node: Node, offset: number): number;
}

export function buildTextMap(root: Node, skip?: (element: Element) => boolean): TextMap {
  const pieces: Piece[] = [];
  const startOf = new Map<Node, number>();
  let text = '';
  const newline = () => {
    if (text && !text.endsWith('\n')) text += '\n';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const value = (node as Text).data;
      if (value) {
        pieces.push({ node: node as Text, start: text.length });
        startOf.set(node, text.length);
        text += value;
      }
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    const element = node as Element;
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (SKIP.has(element.tagName.toUpperCase()) || element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return;
      if (skip?.(element)) return;
      if (element.tagName === 'BR') {
        // A line break is text of its own: it has no text node to point at.
        pieces.push({ node: document.createTextNode('\n'), start: text.length });
        text += '\n';
        return;
      }
    }
    const block = node.nodeType === Node.ELEMENT_NODE && BLOCK.test(element.tagName.toUpperCase());
    if (block) newline();
    if (element.tagName === 'TD' || element.tagName === 'TH') {
      // Cells of one row on one line, split by tabs: the engine's summary reads rows that way.
      if (element.previousElementSibling && text.endsWith('\n')) text = `${text.slice(0, -1)}\t`;
    }
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) newline();
  };
  visit(root);

  const pieceAt = (offset: number, preferNext: boolean): { node: Text; offset: number } | null => {
    // Binary search for the last piece starting at or before the offset.
    let low = 0;
    let high = pieces.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (pieces[mid]!.start <= offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    if (found < 0) return null;
    let piece = pieces[found]!;
    if (offset > piece.start + piece.node.data.length) {
      // In a gap the map added (a newline between blocks): use the next piece's start.
      const next = pieces[found + 1];
      if (!next) return null;
      return { node: next.node, offset: 0 };
    }
    if (preferNext && offset === piece.start + piece.node.data.length && pieces[found + 1]?.start === offset) {
      piece = pieces[found + 1]!;
    }
    return { node: piece.node, offset: offset - piece.start };
  };

  return {
    text,
    range(start, end) {
      const from = pieceAt(start, true);
      const to = pieceAt(end, false);
      if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
      const range = document.createRange();
      try {
        range.setStart(from.node, from.offset);
        range.setEnd(to.node, to.offset);
      } catch {
        return null;
      }
      return range;
    },
    offsetOf(node, offset) {
      const start = startOf.get(node);
      return start === undefined ? -1 : start + offset;
    },
  };
}
