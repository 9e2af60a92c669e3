import { APOSTROPHE, DASH, DIGIT, LETTER, NEWLINE, SPACE, charKinds, lowerCodes } from './chars';

/**
 * A character trie over many written forms at once, flattened into typed arrays so that one
 * walk from a word's start finds every form that begins there. Case is folded and any run of
 * spaces or dashes is one separator, so "AS-level", "AS level" and "AS  level" share a path.
 */
export interface CompiledTrie<T> {
  /** Transition table: `next[node * classCount + cls]`, 0 when there is none. */
  next: Int32Array;
  classCount: number;
  /** Class of each UTF-16 code; 0 means no form uses it. */
  classOf: Uint8Array;
  /** For a node where forms end: index + 1 into `outputs`. */
  out: Int32Array;
  outputs: T[][];
}

const SEPARATOR_CLASS = 1;

function isSeparatorKind(kind: number): boolean {
  return kind === SPACE || kind === DASH || kind === NEWLINE;
}

export function buildTrie<T>(entries: Iterable<[form: string, value: T]>): CompiledTrie<T> {
  const kinds = charKinds();
  const lower = lowerCodes();
  const forms = [...entries];
  const foldedCode = (code: number) => (kinds[code] === APOSTROPHE ? 0x27 : lower[code]!);

  // First pass: a class for each character the forms use, and an upper bound on nodes.
  const classByLower = new Uint8Array(0x10000);
  let classCount = SEPARATOR_CLASS + 1;
  let totalChars = 0;
  for (const [form] of forms) {
    totalChars += form.length;
    for (let i = 0; i < form.length; i++) {
      const code = form.charCodeAt(i);
      if (isSeparatorKind(kinds[code]!)) continue;
      const folded = foldedCode(code);
      if (classByLower[folded] === 0) {
        if (classCount > 255) throw new Error('Too many different characters in the glossary forms.');
        classByLower[folded] = classCount++;
      }
    }
  }

  // Second pass: straight into the flat table, so building makes no object per node.
  let next = new Int32Array((totalChars + 1) * classCount);
  const ends = new Int32Array(totalChars + 1);
  const outputs: T[][] = [];
  let nodes = 1;
  for (const [form, value] of forms) {
    let node = 0;
    let lastWasSeparator = true; // leading separators are ignored
    for (let i = 0; i < form.length; i++) {
      const code = form.charCodeAt(i);
      let cls: number;
      if (isSeparatorKind(kinds[code]!)) {
        if (lastWasSeparator) continue;
        lastWasSeparator = true;
        cls = SEPARATOR_CLASS;
      } else {
        lastWasSeparator = false;
        cls = classByLower[foldedCode(code)]!;
      }
      const slot = node * classCount + cls;
      if (next[slot] === 0) next[slot] = nodes++;
      node = next[slot]!;
    }
    if (node === 0) continue;
    if (ends[node] === 0) {
      outputs.push([]);
      ends[node] = outputs.length;
    }
    outputs[ends[node]! - 1]!.push(value);
  }
  // A view, not a copy: copying megabytes of table costs more than the memory it would free.
  next = next.subarray(0, nodes * classCount);
  const out = ends.subarray(0, nodes);

  const classOf = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const kind = kinds[c]!;
    if (isSeparatorKind(kind)) classOf[c] = SEPARATOR_CLASS;
    else classOf[c] = classByLower[foldedCode(c)]!;
  }
  return { next, classCount, classOf, out, outputs };
}

/**
 * Walks the trie from `start` and writes each place a form ends on a word boundary into
 * `ends` (as end offset, output index) pairs, shortest first. Returns how many it found.
 * The caller passes the same buffer every time, so a walk allocates nothing.
 */
export function walkTrie<T>(trie: CompiledTrie<T>, text: string, start: number, ends: Int32Array): number {
  const { next, classCount, classOf, out } = trie;
  const kinds = charKinds();
  const n = text.length;
  const max = ends.length >> 1;
  let found = 0;
  let node = 0;
  let j = start;
  while (j < n) {
    const code = text.charCodeAt(j);
    const cls = classOf[code]!;
    if (cls === 0) break;
    let to = next[node * classCount + cls]!;
    if (to === 0) break;
    if (cls === SEPARATOR_CLASS) {
      // A whole run of spaces and dashes is one separator; a blank line still ends a phrase.
      let newlines = 0;
      while (j < n && classOf[text.charCodeAt(j)] === SEPARATOR_CLASS) {
        if (kinds[text.charCodeAt(j)] === NEWLINE && text.charCodeAt(j) === 10) newlines++;
        j++;
      }
      if (newlines > 1) break;
      node = to;
      continue;
    }
    node = to;
    j++;
    if (out[node] !== 0 && found < max) {
      const after = j < n ? kinds[text.charCodeAt(j)]! : 0;
      const lastKind = kinds[code]!;
      const wordGoesOn = (lastKind === LETTER || lastKind === DIGIT) && (after === LETTER || after === DIGIT);
      if (!wordGoesOn) {
        ends[found * 2] = j;
        ends[found * 2 + 1] = out[node]! - 1;
        found++;
      }
    }
  }
  return found;
}
