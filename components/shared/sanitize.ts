import DOMPurify, { type Config } from 'dompurify';
import { trustedTypesPolicy } from './trusted-types';

/**
 * Cleans outside HTML (a report from a school's system) into nodes that are safe to show:
 * no scripts, no event handlers, no javascript: links, no SVG or MathML, no frames or forms,
 * no inline styles. Returns a fragment, so no HTML string ever reaches an innerHTML sink.
 */
export function sanitizeReport(html: string): DocumentFragment {
  const policy = trustedTypesPolicy();
  return DOMPurify.sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame', 'object', 'embed', 'link', 'meta', 'base', 'dialog', 'template'],
    FORBID_ATTR: ['style', 'id', 'srcset', 'action', 'formaction', 'autofocus', 'tabindex'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|#|\/(?!\/)|\.{0,2}\/)/i,
    ...(policy ? { TRUSTED_TYPES_POLICY: policy as Config['TRUSTED_TYPES_POLICY'] } : {}),
  });
}

/** Plain text as paragraphs (blank lines between them), for a report that is not HTML. */
export function textToFragment(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const block of text.split(/\n\s*\n/)) {
    if (block.trim() === '') continue;
    const paragraph = document.createElement('p');
    paragraph.className = 'ps-lines';
    paragraph.textContent = block;
    fragment.append(paragraph);
  }
  return fragment;
}

/** Above this size, a report is cleaned in pieces so no single task freezes the page. */
const PIECE_CHARS = 15_000;

/**
 * Cleans a large report in pieces cut after whole blocks (never inside a table or a list),
 * pausing between them. Each piece is cleaned on its own, so a cut can only change layout,
 * never let anything unsafe through.
 */
export async function sanitizeInPieces(html: string, pause: () => Promise<void>): Promise<DocumentFragment> {
  if (html.length <= PIECE_CHARS) return sanitizeReport(html);
  const fragment = document.createDocumentFragment();
  const cut = /<\/(?:p|h[1-6]|table|ul|ol|section|article|blockquote)\s*>/gi;
  let from = 0;
  while (from < html.length) {
    let to = html.length;
    cut.lastIndex = from + PIECE_CHARS;
    const next = cut.exec(html);
    if (next) to = next.index + next[0].length;
    fragment.append(sanitizeReport(html.slice(from, to)));
    from = to;
    if (from < html.length) await pause();
  }
  return fragment;
}
