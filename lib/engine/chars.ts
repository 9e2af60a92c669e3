/**
 * Character tables shared by the scanner and the term matcher. Looking a code up in a typed
 * array is far cheaper than a regular expression per character, and the engine touches every
 * character of every report.
 */

export const OTHER = 0;
export const LETTER = 1;
export const DIGIT = 2;
export const SPACE = 3;
export const NEWLINE = 4;
/** ' and ’: inside a word ("child's") they belong to it. */
export const APOSTROPHE = 5;
/** - – and the like: inside a word ("Year-6") they join it. */
export const DASH = 6;

const BMP = 0x10000;

/** Big blocks of letters, filled without a test each: CJK ideographs, Hangul syllables. */
const LETTER_BLOCKS: [number, number][] = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xac00, 0xd7a3]];

function buildKinds(): Uint8Array {
  const kinds = new Uint8Array(BMP);
  const letter = /[\p{L}\p{M}]/u;
  const digit = /\p{Nd}/u;
  const space = /\s/u;
  for (const [from, to] of LETTER_BLOCKS) kinds.fill(LETTER, from, to + 1);
  // This runs when a worker starts, while a parent waits: skip what needs no test.
  for (let c = 0; c < BMP; c++) {
    if (kinds[c] === LETTER) continue;
    if (c >= 0xd800 && c <= 0xf8ff) continue; // surrogates and private use: not words
    const s = String.fromCharCode(c);
    if (letter.test(s)) kinds[c] = LETTER;
    else if (digit.test(s)) kinds[c] = DIGIT;
    else if (space.test(s)) kinds[c] = SPACE;
  }
  for (const c of [0x0a, 0x0d, 0x2028, 0x2029]) kinds[c] = NEWLINE;
  kinds[0x27] = APOSTROPHE;
  kinds[0x2019] = APOSTROPHE;
  for (const c of [0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014]) kinds[c] = DASH;
  return kinds;
}

function buildLower(kinds: Uint8Array): Uint16Array {
  const lower = new Uint16Array(BMP);
  for (let c = 0; c < BMP; c++) {
    lower[c] = c;
    if (kinds[c] === LETTER) {
      const l = String.fromCharCode(c).toLowerCase();
      if (l.length === 1) lower[c] = l.charCodeAt(0);
    }
  }
  return lower;
}

let kindTable: Uint8Array | undefined;
let lowerTable: Uint16Array | undefined;

/** What kind of character each UTF-16 code is (built once, on first use). */
export function charKinds(): Uint8Array {
  return (kindTable ??= buildKinds());
}

/** The lower-case form of each UTF-16 code (built once, on first use). */
export function lowerCodes(): Uint16Array {
  return (lowerTable ??= buildLower(charKinds()));
}
