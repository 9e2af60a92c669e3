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
