/**
 * Finding the comment fields on an MIS page: text areas, rich-text (contenteditable) areas and
 * comment-bank inputs, including those the page adds later.
 */

export type CommentField = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

/** Words in an input's name, id, label or placeholder that mark it as a comment (or a comment bank). */
const COMMENT_WORDS = /comment|remark|report|feedback|statement|bank|note/i;

export function isTextControl(field: Element): field is HTMLTextAreaElement | HTMLInputElement {
  return field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement;
}

function describes(input: HTMLInputElement): string {
  const labels = input.labels ? Array.from(input.labels, (label) => label.textContent ?? '').join(' ') : '';
  return [input.name, input.id, input.className, input.placeholder, input.getAttribute('aria-label') ?? '', labels].join(' ');
}

/** Whether an element is a field a teacher writes a comment in. */
export function isCommentField(element: Element | null): element is CommentField {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled;
  if (element instanceof HTMLInputElement) {
    if (element.type !== 'text' && element.type !== 'search' && element.getAttribute('type') !== null) return false;
    if (element.readOnly || element.disabled) return false;
    return element.hasAttribute('list') || COMMENT_WORDS.test(describes(element));
  }
  if (element instanceof HTMLElement && element.isContentEditable) {
    // The outermost editable element is the field; its children are part of it.
    return !element.parentElement?.isContentEditable;
  }
  return false;
}

/** The comment field an event happened in, if any. */
export function commentFieldOf(target: EventTarget | null): CommentField | undefined {
  if (!(target instanceof Element)) return undefined;
  let element: Element | null = target;
  if (element instanceof HTMLElement && element.isContentEditable) {
    while (element.parentElement?.isContentEditable) element = element.parentElement;
  }
  return isCommentField(element) ? element : undefined;
}

const SELECTOR = 'textarea, input, [contenteditable]:not([contenteditable="false"])';

/** Every comment field in the page now, in page order. */
export function findCommentFields(root: ParentNode = document): CommentField[] {
  return Array.from(root.querySelectorAll(SELECTOR)).filter(isCommentField);
}

/**
 * Keeps a count of the page's comment fields as the page changes. The work is done at most
 * once in a quarter second however many changes the page makes.
 */
export function watchCommentFields(onChange: (fields: CommentField[]) => void): () => void {
  let scheduled = false;
  const scan = () => {
    scheduled = false;
    onChange(findCommentFields());
  };
  const observer = new MutationObserver((mutations) => {
    if (scheduled) return;
    const relevant = mutations.some((m) => m.type === 'attributes' || Array.from(m.addedNodes).some((n) => n.nodeType === Node.ELEMENT_NODE) || m.removedNodes.length > 0);
    if (!relevant) return;
    scheduled = true;
    // Pages re-render often while a teacher types: one look a quarter second later is enough.
    setTimeout(scan, 250);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable', 'readonly', 'disabled'] });
  scan();
  return () => observer.disconnect();
}

/** What to call a field in the class check: its label, else its table row's first cell. */
export function fieldName(field: CommentField, index: number): string {
  // Cheapest first: `labels` walks the page, so it is only asked when nothing else names the field.
  const labelled = field.getAttribute('aria-labelledby');
  const name = field.getAttribute('aria-label')
    || (labelled ? labelled.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : '')
    || (isTextControl(field) ? field.labels?.[0]?.textContent : '')
    || field.closest('tr')?.querySelector('th, td')?.textContent
    || '';
  return name.replace(/\s+/g, ' ').trim() || `#${index + 1}`;
}
