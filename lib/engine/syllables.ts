/**
 * English syllable counter for the readability engine.
 *
 * Rule-based: count vowel groups, split the groups that are really two
 * syllables (hiatus: "di-et", "ra-di-o", "go-ing"), drop silent e's, and fall
 * back to a small exception table for words the rules cannot reach. No
 * dictionary is shipped, no regex is built per call, and nothing here touches
 * the DOM or Node, so the same module runs in the page, a Web Worker and tests.
 *
 * Input contract: one lower-case word, letters plus optional apostrophes and
 * hyphens. Hyphenated parts are counted separately and summed.
 */

// Character codes, named so the rules below read like spelling.
const A = 97, B = 98, C = 99, D = 100, E = 101, F = 102, G = 103, H = 104,
  I = 105, L = 108, M = 109, N = 110, O = 111, P = 112, Q = 113, R = 114,
  S = 115, T = 116, U = 117, V = 118, W = 119, X = 120, Y = 121, Z = 122;
const HYPHEN = 45, APOS = 39, RSQUO = 0x2019;

/**
 * Exceptions: words whose spelling misleads the rules. Grouped by syllable
 * count ("count:word word ...", groups separated by "|") because that layout
 * compresses well; a unit test keeps the gzipped size under 2 KB.
 */
export const SYLLABLE_EXCEPTIONS =
  "0:hm hmm mm|" +
  "1:shh w|" +
  "2:mr mrs ok tv th ls jr cd|" +
  "3:|" +
  "4:";

const exceptions: Map<string, number> = new Map();
for (const group of SYLLABLE_EXCEPTIONS.split("|")) {
  const colon = group.indexOf(":");
  const n = Number(group.slice(0, colon));
  for (const word of group.slice(colon + 1).split(" ")) {
    if (word !== "") exceptions.set(word, n);
  }
}

function isAeiou(c: number): boolean {
  return c === A || c === E || c === I || c === O || c === U;
}

/** Per-letter vowel flags, reused between calls to avoid allocation. */
let flags = new Uint8Array(64);

/**
 * Marks which letters act as vowels. Plain a/e/i/o/u do, except the u of
 * "qu" and the u of "gu" before a vowel ("guess", "language"), which are
 * consonant glides. y is a vowel unless it is a consonant glide: at the start
 * before a vowel ("yes") or between vowels ("beyond", "player").
 */
function markVowels(w: string, n: number): void {
  if (flags.length < n) flags = new Uint8Array(n * 2);
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    let v = 0;
    if (isAeiou(c)) {
      v = 1;
      if (c === U && i > 0) {
        const p = w.charCodeAt(i - 1);
        if (p === Q) v = 0;
        else if (p === G && i + 1 < n && isAeiou(w.charCodeAt(i + 1))) {
          // "argue", "ambiguous": the u is sounded after r or before "ou".
          const pp = i > 1 ? w.charCodeAt(i - 2) : 0;
          const sounded = (pp === R && at(w, i - 3, A)) || (w.charCodeAt(i + 1) === O && i + 2 < n && w.charCodeAt(i + 2) === U);
          if (!sounded) v = 0;
        }
      }
    } else if (c === Y) {
      const nextV = i + 1 < n && isAeiou(w.charCodeAt(i + 1));
      if (nextV && (i === 0 || flags[i - 1] === 1)) v = 0;
      else v = 1;
    }
    flags[i] = v;
  }
}

/** True when w[i] is one of the given letters. */
function at(w: string, i: number, c: number): boolean {
  return i >= 0 && i < w.length && w.charCodeAt(i) === c;
}

/**
 * Decides whether vowel letter w[i], which follows vowel letter w[i-1] in the
 * same spelling group, starts a new syllable (hiatus).
 */
function hiatus(w: string, i: number, n: number): boolean {
  const p = w.charCodeAt(i - 1);
  const c = w.charCodeAt(i);
  // "going", "being", "dying", "continuing", "skiing": -ing after a vowel.
  if (c === I && at(w, i + 1, N) && at(w, i + 2, G)) return true;
  const b = i >= 2 ? w.charCodeAt(i - 2) : 0; // letter before the pair
  if (p === I) {
    const nx = i + 1 < n ? w.charCodeAt(i + 1) : 0;
    // Comparatives "happier", "earlier", "happiest" (not "pier", "priest").
    if (c === E && ((nx === R && (i + 2 === n || (i + 3 === n && at(w, i + 2, S)))) ||
      (nx === S && at(w, i + 2, T) && i + 3 === n))) {
      return groupBefore(i - 1);
    }
    // "reliance", "reliable", "deniable": verb stem in -y plus -ance/-able.
    if (c === A && ((nx === N && at(w, i + 2, C)) || (nx === B && at(w, i + 2, L)))) return true;
    // After l or n inside a word, i before a vowel is a "y" glide:
    // "million", "brilliant", "opinion", "california", "genius", "convenient".
    if ((b === L || b === N) && c !== U && groupBefore(i - 2)) return false;
    if ((b === L || b === N) && c === U && nx === S) return !groupBefore(i - 2);
    // Soft consonant + i + vowel is one "sh"/"j" sound: "social", "nation",
    // "asia", "religion", "fashion"; but "giant" and "appreciate" split.
    const soft = b === C || b === T || b === S || b === G || b === X ||
      (b === H && at(w, i - 3, S));
    if (c === A) {
      if (soft) {
        if (b === G) return nx === N && at(w, i + 2, T); // "giant"
        // "appreciate", "negotiation": -ciate/-tiation are sounded.
        return (b === C || b === T) && nx === T && (at(w, i + 2, E) || (at(w, i + 2, I) && at(w, i + 3, O)));
      }
      // "marriage", "carriage": -iage is one syllable.
      if (nx === G && at(w, i + 2, E)) return false;
      return true;
    }
    if (c === O) {
      // "nation", "vision", "religion", "delicious".
      if (soft && (nx === N || nx === U)) return false;
      // "behavior", "savior": -vior glide, unlike "superior", "warrior".
      if (nx === R && b === V) return false;
      return true;
    }
    if (c === E) {
      // "diet", "quiet", "society", "anxiety".
      if (nx === T) return true;
      // "client", "audience", "science"; not "patient", "ancient".
      if (nx === N && (at(w, i + 2, T) || at(w, i + 2, C))) {
        if (b === T) return false;
        if (b === C) return i === 3 && at(w, 0, S); // "science", "scientist"
        return true;
      }
      return false;
    }
    if (c === U) return b !== G; // "medium", "premium"; not "belgium"
    if (c === I) return true;
    return false;
  }
  if (p === E) {
    const nx = i + 1 < n ? w.charCodeAt(i + 1) : 0;
    if (c === A) {
      // "idea", "area", "ideas"; not "sea", "tea", "seas".
      if (i + 1 === n && n >= 4) return true;
      if (i + 2 === n && nx === S && n >= 5) return true;
      // Prefix re- before a vowel: "react", "reality", "reassure".
      if (i === 2 && b === R) {
        return w.startsWith("ct", 3) || w.startsWith("li", 3) || w.startsWith("ss", 3) ||
          w.startsWith("pp", 3) || w.startsWith("dj", 3) || w.startsWith("rr", 3) ||
          w.startsWith("ff", 3);
      }
      // "create", "recreation"; not "creature".
      if (b === R && at(w, i - 3, C) && nx === T && !at(w, i + 2, U)) return true;
      // "theater", "theatre", "theatrical"; not "heat", "wheat".
      if (b === H && at(w, i - 3, T) && nx === T) return true;
      // "european", "korean"; not "clean", "ocean".
      if (nx === N && (i + 2 === n || (i + 3 === n && at(w, i + 2, S))) && b !== C && groupBefore(i - 1)) return true;
      return false;
    }
    if (c === O) {
      // "someone", "anyone": the e belongs to "some", not to a hiatus.
      if (w.startsWith("one", i) && (i + 3 === n || (i + 4 === n && at(w, i + 3, S)))) return false;
      // "people", "leopard", "pigeon", "gorgeous": silent or softening e.
      if (nx === P) return false;
      if (b === G || b === C) return false;
      return true;
    }
    if (c === U) {
      // "museum", "nucleus", "reunion", "reuse".
      if ((nx === M || nx === S) && i + 2 === n && n >= 5) return true;
      return i === 2 && b === R && (nx === N || nx === S);
    }
    if (c === I) {
      // "reinforce", "reimburse", "reiterate"; not "reign", "rein".
      if (i === 2 && b === R) {
        return (nx === N && i + 2 < n && !isAeiou(w.charCodeAt(i + 2)) && !at(w, i + 2, G)) ||
          nx === M || nx === T;
      }
      // "deity", "spontaneity".
      return nx === T && at(w, i + 2, Y);
    }
    return false;
  }
  if (p === U) {
    // "actual", "situation"; not "valuable" (-uable is "yuh-bul").
    if (c === A) return !(at(w, i + 1, B) && at(w, i + 2, L));
    if (c === E) {
      // "cruel", "fuel", "fluent"; not "blue", "values", "continued".
      const nx = i + 1 < n ? w.charCodeAt(i + 1) : 0;
      return nx === L || nx === N || nx === T;
    }
    if (c === I) {
      // "ruin", "fluid", "genuine", "suicide"; not "suit", "fruit", "juice".
      const nx = i + 1 < n ? w.charCodeAt(i + 1) : 0;
      return nx === N || nx === D || (nx === C && at(w, i + 2, I));
    }
    if (c === O) return true; // "duo", "continuous"
    return false;
  }
  if (p === O) {
    if (c === E) {
      // "poem", "poet", "whoever"; not "does", "goes", "shoe".
      const nx = i + 1 < n ? w.charCodeAt(i + 1) : 0;
      return nx !== 0 && nx !== S && nx !== D;
    }
    if (c === I) return at(w, i + 1, C) && !at(w, i + 2, E); // "heroic", not "voice"
    return false;
  }
  if (p === A) {
    if (c === I) return at(w, i + 1, C); // "mosaic", "archaic"
    if (c === O) return true; // "chaos"
    return false;
  }
  if (p === Y) {
    // Vowel y before another vowel: "embryo", "everyone", "flyer".
    // Not "dye", "dyes", "dyed" (one sound) nor "-yard" compounds.
    if (c === E && (i + 1 === n || (i + 2 === n && (at(w, i + 1, S) || at(w, i + 1, D))))) return false;
    if (c === A && at(w, i + 1, R) && at(w, i + 2, D)) return false;
    if (b === W) return false; // "lawyer", "sawyer"
    return true;
  }
  return false;
}

/** Whether any letter before index k acted as a vowel. */
function groupBefore(k: number): boolean {
  for (let j = 0; j < k; j++) if (flags[j] === 1) return true;
  return false;
}

/** Consonant letter (by vowel flag) at i. */
function cons(w: string, i: number): boolean {
  return i >= 0 && i < w.length && flags[i] === 0;
}

/**
 * Whether a single-letter e group at index i that ends a morpheme (word end,
 * before -s/-d, or before a suffix) is silent. Sounded cases: the only vowel
 * ("the"), syllabic -le/-re after a consonant ("table", "centre"), and -ire
 * ("fire", "entire", which CMU counts as two vowels).
 */
function eIsSilent(w: string, i: number, hasEarlierGroup: boolean): boolean {
  if (!hasEarlierGroup) return false;
  const p = w.charCodeAt(i - 1);
  const pp = i >= 2 ? w.charCodeAt(i - 2) : 0;
  if (p === L && cons(w, i - 2) && pp !== L && pp !== R && pp !== W) return false;
  if (p === R && cons(w, i - 2) && pp !== R && pp !== W) return false;
  if (p === R && (pp === I || pp === Y) && flags[i - 2] === 1 && !(i >= 3 && flags[i - 3] === 1 && w.charCodeAt(i - 3) !== U)) return false;
  return true;
}

/** Second halves of compounds and suffixes that leave a preceding e silent. */
const AFTER_SILENT_E = new Set<string>([
  "ly", "ness", "ment", "ments", "ful", "fully", "less", "lessly", "ty", "some",
  "wise", "ward", "wards", "like", "one", "ones", "thing", "things", "body",
  "where", "work", "time", "times", "table", "tables", "line", "lines", "way",
  "ways", "man", "men", "land", "house", "room", "fore", "place", "side",
  "book", "day", "days", "how", "what", "while", "ball", "well",
]);

function countPart(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  const known = exceptions.get(w);
  if (known !== undefined) return known;

  markVowels(w, n);

  let count = 0;
  let inGroup = false;
  let groups = 0; // vowel groups seen so far, for the internal silent-e rule
  for (let i = 0; i < n; i++) {
    if (flags[i] === 1) {
      if (!inGroup || hiatus(w, i, n)) {
        // Internal silent e: "homework", "lovely", "statement".
        if (
          w.charCodeAt(i) === E && !inGroup && groups > 0 && i + 2 < n &&
          flags[i + 1] === 0 && (i + 1 >= n || flags[i + 1] === 0) &&
          AFTER_SILENT_E.has(w.slice(i + 1)) && eIsSilent(w, i, true)
        ) {
          // not counted
        } else {
          count++;
        }
        groups++;
      }
      inGroup = true;
    } else {
      inGroup = false;
    }
  }

  // Final e, -es, -ed when the e is a group of its own.
  const last = w.charCodeAt(n - 1);
  if (last === E && n >= 2 && flags[n - 2] === 0) {
    if (eIsSilent(w, n - 1, groups > 1)) count--;
  } else if ((last === S || last === D) && n >= 3 && w.charCodeAt(n - 2) === E && flags[n - 3] === 0) {
    const p = w.charCodeAt(n - 3);
    let sounded: boolean;
    if (last === S) {
      // "buses", "boxes", "places", "pages", "watches", "wishes".
      sounded = p === S || p === Z || p === X || p === C || p === G ||
        (p === H && n >= 4 && (w.charCodeAt(n - 4) === C || w.charCodeAt(n - 4) === S));
    } else {
      sounded = p === T || p === D; // "wanted", "needed"
    }
    if (!sounded && eIsSilent(w, n - 2, groups > 1)) count--;
  }

  // "basically", "logically": CMU says "-ic-ly", the a is not sounded.
  if (n > 7 && w.endsWith("ically")) count--;
  // "everyone", "everything": "every" is two syllables in compounds.
  if (n > 5 && w.startsWith("every")) count--;

  // Syllabic m: "tourism", "chasm", "rhythm".
  let end = n;
  if (last === S) end--;
  if (end >= 3 && w.charCodeAt(end - 1) === M) {
    const p = w.charCodeAt(end - 2);
    if (p === S || (p === H && w.charCodeAt(end - 3) === T)) count++;
  }

  return count < 1 ? 1 : count;
}

/**
 * Counts the syllables of one lower-case English word. Hyphenated parts are
 * counted separately; apostrophes are dropped except that "n't" after a
 * consonant ("didn't") is a syllable of its own.
 */
export function countSyllables(word: string): number {
  const n = word.length;
  let start = 0;
  let total = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? word.charCodeAt(i) : HYPHEN;
    if (c === HYPHEN) {
      if (i > start) total += countApostrophes(word.slice(start, i));
      start = i + 1;
    }
  }
  return total;
}

function countApostrophes(w: string): number {
  let ap = -1;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === APOS || c === RSQUO) { ap = i; break; }
  }
  if (ap < 0) return countPart(w);
  const whole = exceptions.get(w);
  if (whole !== undefined) return whole;
  let bare = "";
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c !== APOS && c !== RSQUO) bare += w[i];
  }
  let extra = 0;
  // "didn't", "couldn't": n't after a consonant adds a syllable.
  if (w.endsWith("n't") || w.endsWith("n\u2019t")) {
    const k = w.length - 4;
    if (k >= 0 && !isAeiou(w.charCodeAt(k)) && w.charCodeAt(k) !== Y) {
      return countPart(w.slice(0, k + 1)) + 1;
    }
  }
  if (bare === "") return 0;
  return countPart(bare) + extra;
}
