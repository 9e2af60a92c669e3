/**
 * Marks on a text area or text input, which highlights cannot reach (their text is not in the
 * page's DOM). A copy of the field's text, laid out the same way, sits over the field in
 * Plainsight's own shadow root: its text is invisible and only the marks show. The field and
 * the page's DOM are never touched; clicks go through to the field.
 */

/** The styles that decide where each character of a field's text lands. */
const COPIED = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle',
  'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle', 'fontFamily', 'fontSize', 'fontWeight',
  'fontStyle', 'fontVariant', 'fontStretch', 'letterSpacing', 'wordSpacing', 'lineHeight', 'textAlign',
  'textIndent', 'textTransform', 'tabSize', 'direction', 'overflowWrap', 'wordBreak',
] as const;

export interface Mark {
  start: number;
  end: number;
}

export class FieldMirror {
  readonly element = document.createElement('div');

  constructor(readonly field: HTMLTextAreaElement | HTMLInputElement, layer: HTMLElement) {
    this.element.className = 'mirror';
    this.element.setAttribute('aria-hidden', 'true');
    layer.append(this.element);
  }

  /** Shows the marks for the field's text as it is now. */
  draw(text: string, marks: Mark[]): void {
    const parts: Node[] = [];
    let at = 0;
    for (const mark of marks) {
      if (mark.start < at) continue;
      parts.push(document.createTextNode(text.slice(at, mark.start)));
      const span = document.createElement('span');
      span.className = 'mark';
      span.textContent = text.slice(mark.start, mark.end);
      parts.push(span);
      at = mark.end;
    }
    // A trailing newline needs a character after it, or the last line has no height.
    parts.push(document.createTextNode(`${text.slice(at)}\u200b`));
    this.element.replaceChildren(...parts);
    this.place();
  }

  /** Puts the copy exactly over the field, scrolled as the field is. */
  place(): void {
    const rect = this.field.getBoundingClientRect();
    const style = getComputedStyle(this.field);
    const mirror = this.element.style;
    for (const name of COPIED) mirror[name] = style[name];
    const singleLine = this.field instanceof HTMLInputElement;
    mirror.whiteSpace = singleLine ? 'pre' : 'pre-wrap';
    mirror.borderColor = 'transparent';
    mirror.left = `${rect.left}px`;
    mirror.top = `${rect.top}px`;
    mirror.width = `${rect.width}px`;
    mirror.height = `${rect.height}px`;
    // A field's scroll bar takes width from its text: leave the same room in the copy.
    const scrollbar = this.field.offsetWidth - this.field.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
    if (scrollbar > 0) mirror.paddingRight = `${parseFloat(style.paddingRight) + scrollbar}px`;
    mirror.display = rect.width === 0 && rect.height === 0 ? 'none' : 'block';
    if (singleLine) {
      // A single-line input centres its line: match it with the line height.
      mirror.lineHeight = `${rect.height - parseFloat(style.borderTopWidth) - parseFloat(style.borderBottomWidth) - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)}px`;
    }
    this.element.scrollTop = this.field.scrollTop;
    this.element.scrollLeft = this.field.scrollLeft;
  }

  remove(): void {
    this.element.remove();
  }
}
