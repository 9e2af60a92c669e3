/**
 * Putting plain words in place of a school word, as an edit the page sees: the field's own
 * editing command, so the page gets its input events and the browser's undo takes it back.
 */
import { type CommentField, isTextControl } from './fields';
import { buildTextMap } from './text-map';

/** The text of a field as the engine reads it. */
export function fieldText(field: CommentField): string {
  return isTextControl(field) ? field.value : buildTextMap(field).text;
}

/**
 * Replaces [start, end) of the field's text. Returns false when the text there is no longer
 * `expected` (the teacher typed in the meantime), and changes nothing then.
 */
export function replaceInField(field: CommentField, start: number, end: number, expected: string, replacement: string): boolean {
  field.focus({ preventScroll: true });
  if (isTextControl(field)) {
    if (field.value.slice(start, end) !== expected) return false;
    const before = field.value;
    field.setSelectionRange(start, end);
    // insertText is the one edit a page cannot tell from typing, and it joins the undo history.
    const done = document.execCommand('insertText', false, replacement);
    if (!done || field.value === before) {
      field.setRangeText(replacement, start, end, 'end');
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
    }
    return true;
  }
  const map = buildTextMap(field);
  if (map.text.slice(start, end) !== expected) return false;
  const range = map.range(start, end);
  if (!range) return false;
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const before = field.textContent;
  const done = document.execCommand('insertText', false, replacement);
  if (!done || field.textContent === before) {
    range.deleteContents();
    range.insertNode(document.createTextNode(replacement));
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
  }
  return true;
}
