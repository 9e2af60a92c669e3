/**
 * English syllable counter for the readability engine.
 *
 * Rule-based: count vowel groups, split the groups that are really two
 * syllables (hiatus: "di-et", "ra-di-o", "go-ing"), drop silent e's (final,
 * before -s/-d, and at the end of the first half of a compound or before a
 * suffix), and fall back to a small exception table for words the rules
 * cannot reach. No dictionary is shipped, no regex is built or run per call,
 * and nothing here touches the DOM or Node, so the same module runs in the
 * page, in a Web Worker and in tests.
 *
 * Input contract: one lower-case word, letters plus optional apostrophes and
 * hyphens. Hyphenated parts are counted separately and summed.
 *
 * Reference: the rules were written against the CMU Pronouncing Dictionary
 * (vowel phonemes in the first or any variant pronunciation).
 */

// Character codes, named so the rules below read like spelling.
const A = 97, B = 98, C = 99, D = 100, E = 101, F = 102, G = 103, H = 104, I = 105,
  J = 106, L = 108, M = 109, N = 110, O = 111, P = 112, Q = 113, R = 114,
  S = 115, T = 116, U = 117, V = 118, W = 119, X = 120, Y = 121, Z = 122;
const HYPHEN = 45, APOS = 39, RSQUO = 0x2019;

/**
 * Exceptions: words whose spelling misleads the rules. Grouped by syllable
 * count ("count:word word ...", groups separated by "|") because that layout
 * compresses well; a unit test keeps the gzipped size under 2 KB. A plural
 * "-s" of a listed word gets the same count.
 */
export const SYLLABLE_EXCEPTIONS =
  '0:hm hmm mm shh|' +
  '1:drawer gaol ln ms nth st|' +
  '2:admire business catholic chloe chocolate cleveland colonel daphne diamond ' +
  'evening foetal foetus frasier gimme jesse leonard louie louis louise maybe mrs ' +
  'naked noah ok opera phoebe shakespeare soldier vampire wednesday wicked|' +
  '3:alien angeles diego excellency hercules heroin nuclear seattle|' +
  '4:ehcp gcse pshe|' +
  '5:gcses';

const exceptions: Map<string, number> = new Map();
for (const group of SYLLABLE_EXCEPTIONS.split('|')) {
  const colon = group.indexOf(':');
  const count = Number(group.slice(0, colon));
  for (const word of group.slice(colon + 1).split(' ')) {
    if (word !== '') exceptions.set(word, count);
  }
}
// Plurals of listed words ("soldiers", "diamonds") add no syllable; registering them up front
// keeps the per-call path to a single map lookup with no string slicing.
for (const [word, count] of [...exceptions]) {
  if (!exceptions.has(word + 's')) exceptions.set(word + 's', count);
}

/**
 * Word parts that leave a preceding morpheme-final e silent: suffixes
 * ("lovely", "statement", "useful") and the second halves of compounds
 * ("homework", "timetable", "milestone"). Matched as prefixes of the rest of
 * the word. Suffixes apply after any vowel; compound halves do not apply
 * after a lone e ("telephone", "celebrate", "delegate" keep their e), and
 * nothing starting with r is listed because "-er-" ("covering") is far more
 * common than a compound there.
 */
export const SUFFIX_LIST =
  'ly ness ment ful less some wise ward hood ship dom by ty ties tieth fore with lihood liness lier liest';
const SUFFIXES_AFTER_E = toSet(SUFFIX_LIST);
export const COMPOUND_HEAD_LIST =
  'ball back bag band bank bar base bath bear beat bird bite black blood board ' +
    'boat bod body bone book born box boy brain bread break brush cake call card ' +
    'care case cast chair child clock close cloth coat craft crack crow day dive dog ' +
    'door down draw dream dress drive drop dust face fall field fight file finger ' +
    'fire fish flow fly foot form free friend front gate girl glass gone god gold ' +
    'good grass ground guard gun hair hall hand hat head heart hill hold home horse ' +
    'house how hunt job keep kick kind king land law lay length life lift light like ' +
    'line load lock long look lord love made maid mail make mak man mark mate men ' +
    'mind most mouth name night note pad paper park path pay people person phone ' +
    'piece place plate play point port power print proof room sake sale sand saw say ' +
    'school see seen shift shoe shop shore short show side sight sign skin sky smith ' +
    'snake snow song speak spot stack staff stage stall stand star stead step stick ' +
    'stone store street strike stuff style table tail take talk tape tell thing ' +
    'thought tide time town track trade train trap tree trip turn view wagon walk ' +
    'wall war ware warm wash watch water way wear weight well what wheel where while ' +
    'wide wife wind wire woman women wood word work world worth writ yard basket broke ' +
    'devil guest berg span sav sore lid strain hog goat cat spun flesh bush storm pole ' +
    'shot cock fold limb father taste comer build set skat sweep crop meal meat bound ' +
    'grow stretch page struck post suit fruit said giv guy bomb hound dale ' +
    'sman smen swoman swomen sperson speople';
const COMPOUND_HEADS = toSet(COMPOUND_HEAD_LIST);
const MAX_ELEMENT = 7;

function toSet(list: string): Set<string> {
  return new Set(list.split(' '));
}

/** Whether w, from index start, begins with an entry of set. */
function startsWithElement(w: string, start: number, set: Set<string>): boolean {
  const max = Math.min(MAX_ELEMENT, w.length - start);
  for (let k = 2; k <= max; k++) {
    if (set.has(w.slice(start, start + k))) return true;
  }
  return false;
}

function isAeiou(c: number): boolean {
  return c === A || c === E || c === I || c === O || c === U;
}

/** Latin-1 accented vowels, for loanwords such as "café" and "naïve". */
function isAccentedVowel(c: number): boolean {
  return (c >= 0xe0 && c <= 0xe6) || (c >= 0xe8 && c <= 0xef) || (c >= 0xf2 && c <= 0xf6) ||
    c === 0xf8 || (c >= 0xf9 && c <= 0xfd) || c === 0xff;
}

/** A diaeresis marks a vowel that starts its own syllable: "naïve", "noël". */
function isDiaeresis(c: number): boolean {
  return c === 0xe4 || c === 0xeb || c === 0xef || c === 0xf6 || c === 0xfc || c === 0xff;
}

/** Per-letter vowel flags, reused between calls to avoid allocation. */
let flags = new Uint8Array(64);

/**
 * Marks which letters act as vowels. Plain a/e/i/o/u do, except the u of
 * "qu" and the u of "gu" before a vowel ("guess", "language", "league"),
 * which belong to the consonant. y is a vowel unless it is a consonant glide:
 * at the start before a vowel ("yes") or between vowels ("beyond", "player").
 * Returns whether any letter is a vowel.
 */
function markVowels(w: string, n: number): boolean {
  if (flags.length < n) flags = new Uint8Array(n * 2);
  let any = false;
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    let v = 0;
    if (isAeiou(c)) {
      v = 1;
      if (c === U && i > 0) {
        const p = w.charCodeAt(i - 1);
        if (p === Q) v = 0;
        else if (p === G && i + 1 < n && isAeiou(w.charCodeAt(i + 1))) {
          // The u is sounded in "argue", "ambiguous".
          const sounded = (at(w, i - 2, R) && at(w, i - 3, A)) ||
            (at(w, i + 1, O) && at(w, i + 2, U)) ||
            (at(w, i + 1, I) && at(w, i + 2, T) && at(w, i + 3, Y));
          if (!sounded) v = 0;
        }
      }
    } else if (c >= 0xe0 && isAccentedVowel(c)) {
      v = 1;
    } else if (c === Y) {
      const nextV = i + 1 < n && isAeiou(w.charCodeAt(i + 1));
      v = nextV && (i === 0 || flags[i - 1] === 1) ? 0 : 1;
    }
    flags[i] = v;
    if (v === 1) any = true;
  }
  return any;
}

/** True when w[i] is the letter c (false outside the word). */
function at(w: string, i: number, c: number): boolean {
  return i >= 0 && i < w.length && w.charCodeAt(i) === c;
}

/** Whether any letter before index k acted as a vowel. */
function groupBefore(k: number): boolean {
  for (let j = 0; j < k; j++) if (flags[j] === 1) return true;
  return false;
}

/** "-s" or nothing from index k to the end: plural-tolerant word end. */
function endsAt(w: string, k: number, n: number): boolean {
  return k === n || (k + 1 === n && w.charCodeAt(k) === S);
}

/**
 * Decides whether vowel letter w[i], which follows vowel letter w[i-1] in the
 * same spelling group, starts a new syllable (hiatus).
 */
function hiatus(w: string, i: number, n: number): boolean {
  const p = w.charCodeAt(i - 1);
  const c = w.charCodeAt(i);
  const nx = i + 1 < n ? w.charCodeAt(i + 1) : 0;
  if (c >= 0xe0) return isDiaeresis(c);
  // "going", "being", "dying", "continuing", "skiing": -ing after a vowel.
  if (c === I && nx === N && at(w, i + 2, G)) return true;
  // "judaism", "altruism", "atheist", "egoist"; not "moist", "heist".
  if (c === I && nx === S && (at(w, i + 2, M) || at(w, i + 2, T)) && i >= 2 && flags[i - 2] === 0 &&
    !(p === E && at(w, i - 2, G)) && // "zeitgeist"
    groupBefore(i - 1)) return true;
  const b = i >= 2 ? w.charCodeAt(i - 2) : 0; // letter before the pair
  if (p === I) return hiatusAfterI(w, i, n, c, nx, b);
  if (p === E) return hiatusAfterE(w, i, n, c, nx, b);
  if (p === U) {
    // "actual", "situation"; not "valuable" (-uable is "yuh-bul").
    if (c === A) return !(nx === B && at(w, i + 2, L));
    if (c === E) {
      // "cruel", "fuel", "fluent", "duet", "truer", "truest"; not "blue",
      // "values", "continued", "fueling".
      if (nx === L) {
        return endsAt(w, i + 2, n) || (w.startsWith('ed', i + 2) && i + 4 === n) ||
          (w.startsWith('led', i + 2) && i + 5 === n);
      }
      if (nx === R) return endsAt(w, i + 2, n);
      if (nx === S) return at(w, i + 2, T) && i + 3 === n;
      return nx === N || nx === T;
    }
    if (c === I) {
      // "ruin", "fluid", "suicide", "annuity", "intuition"; not "suit",
      // "fruit", "juice", "build", "suitable".
      if (nx === N || nx === D || (nx === C && at(w, i + 2, I))) return true;
      if (nx !== T) return false;
      return (at(w, i + 2, Y) && i + 3 === n) || at(w, i + 2, O) ||
        (at(w, i + 2, I) && (at(w, i + 3, O) || at(w, i + 3, V)));
    }
    return c === O; // "duo", "continuous"
  }
  if (p === O) {
    if (c === E) {
      // "poem", "poet", "noel", "whoever", "coerce", "coexist", "joey",
      // "bioengineering"; not "does", "goes", "shoehorn", "woeful", "toeing",
      // "phoenix".
      return nx === M || nx === T || nx === L || nx === V || nx === R || nx === X ||
        nx === F || nx === C || nx === Y || (nx === N && b !== H);
    }
    if (c === I) {
      // co- + in: "coincidence", "coincide".
      if (b === C && i === 2 && nx === N && at(w, i + 2, C)) return true;
      // "heroic", "stoic", "heroically"; not "voice", "voicing".
      return nx === C && (endsAt(w, i + 2, n) || at(w, i + 2, A));
    }
    if (c === O) {
      // "cooperate", "coordinate"; not "cooper", "cook".
      return b === C && i === 2 &&
        ((nx === P && at(w, i + 2, E) && at(w, i + 3, R) && at(w, i + 4, A)) ||
          (nx === R && at(w, i + 2, D)));
    }
    if (c === A) {
      // "proactive", "psychoanalyst", "samoa"; co- before a vowel:
      // "coauthor", "coagulate", "coalition", "coalesce". Not "cocoa", "coal",
      // "moan", "boat".
      if (nx === C && at(w, i + 2, T)) return true;
      if (b === H && at(w, i - 3, C)) return true;
      if (b !== C && groupBefore(i - 1) && endsAt(w, i + 1, n)) return true;
      return i === 2 && b === C &&
        (nx === U || nx === G || (nx === L && (at(w, i + 2, E) || at(w, i + 2, I))));
    }
    return false;
  }
  if (p === A) {
    if (c === I) return nx === C && endsAt(w, i + 2, n); // "mosaic", "archaic"
    return c === O; // "chaos"
  }
  if (p === Y) {
    // Vowel y before another vowel: "embryo", "everyone", "flyer".
    // Not "dye", "dyes", "dyed" (one sound) nor "-yard" compounds.
    if (c === E && (i + 1 === n || (i + 2 === n && (nx === S || nx === D)))) return false;
    if (c === A && nx === R && at(w, i + 2, D)) return false;
    // After n the y is a glide ("canyon", "kenyan"), except where "one"
    // starts a compound half ("anyone").
    if (b === N) return w.startsWith('one', i);
    return b !== W; // "lawyer", "sawyer"
  }
  return false;
}

function hiatusAfterI(w: string, i: number, n: number, c: number, nx: number, b: number): boolean {
  if (c === E) {
    // Comparatives "happier", "earlier", "happiest", and after a consonant
    // cluster "drier", "skiers"; not "pier", "tier", "priest".
    const comparative = (nx === R && endsAt(w, i + 2, n)) ||
      (nx === S && at(w, i + 2, T) && i + 3 === n);
    if (comparative) {
      // Plural "-iers" cannot be a comparative: "soldiers", "frontiers",
      // "cashiers", "glaciers", "chandeliers" are one vowel; agent nouns
      // "copiers", "amplifiers", "carriers" still split.
      if (nx === R && i + 3 === n && (b === D || b === C || b === S || b === H || b === L) &&
        groupBefore(i - 1)) return false;
      // After a consonant cluster even without an earlier vowel: "drier",
      // "crier", "skiers"; not "pier", "priest".
      return groupBefore(i - 1) || (nx === R && i >= 3 && flags[i - 2] === 0 && flags[i - 3] === 0);
    }
  }
  // "judiciary", "beneficiary", "evidentiary": -iary is two syllables.
  if (c === A && nx === R && at(w, i + 2, Y)) return true;
  // "reliance", "reliable", "compliant", "deniable": verb stem in -y plus
  // -ance/-able/-ant.
  if (c === A && ((nx === N && (at(w, i + 2, C) || (at(w, i + 2, T) && b === L && !at(w, i - 3, L)))) ||
    (nx === B && at(w, i + 2, L)))) return true;
  // After l or n, i before a vowel is often a "y" glide: "million",
  // "brilliant", "opinion", "junior", "california", "italian", "familiar",
  // "convenient", "genius". Latinate -nian/-nial/-nious/-iac/-iate split.
  if ((b === L || b === N) && groupBefore(i - 2)) {
    if (b === L && at(w, i - 3, L) && c !== U) return false;
    if (c === O && (nx === N || nx === R)) return false;
    if (c === A && (endsAt(w, i + 1, n) || nx === R || (b === L && nx === M) ||
      (b === L && nx === N && endsAt(w, i + 2, n)))) return false;
    if (c === E && nx === N) return false;
    if (c === U && nx === S && i + 2 === n) return false;
  }
  // Soft consonant + i + vowel is one "sh"/"j" sound: "social", "nation",
  // "asia", "religion", "fashion"; but "giant", "appreciate" and the hard
  // ch of "parochial" split.
  const soft = b === C || b === T || b === S || b === G || (b === X && c !== A) ||
    (b === H && at(w, i - 3, S));
  if (c === A) {
    if (soft) {
      if (b === G) return nx === N && at(w, i + 2, T); // "giant"
      // "appreciate", "negotiation": -ciate/-tiation are sounded.
      return (b === C || b === T) && nx === T &&
        (at(w, i + 2, E) || (at(w, i + 2, I) && (at(w, i + 3, O) || at(w, i + 3, N))));
    }
    // "marriage", "carriage": -iage is one syllable.
    return !(nx === G && at(w, i + 2, E));
  }
  if (c === O) {
    // "nation", "vision", "religion", "delicious".
    if (soft && (nx === N || nx === U)) return false;
    // "behavior", "behaviour", "saviour": -vio(u)r glide, unlike
    // "superior", "warrior".
    return !(b === V && (nx === R || (nx === U && at(w, i + 2, R))));
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
  return c === I; // "hawaii"
}

function hiatusAfterE(w: string, i: number, n: number, c: number, nx: number, b: number): boolean {
  // Prefixes re-/pre- before a vowel: "react", "reality", "reopen",
  // "reunion", "reinforce", "reenter", "preexisting". Not "reach", "real",
  // "reign", "reel", "reed".
  const re = (i === 2 && b === R) || (i === 3 && b === R && at(w, 0, P));
  if (re) {
    if (c === A) {
      return (nx === C && at(w, i + 2, T)) || (nx === L && at(w, i + 2, I)) ||
        ((nx === S || nx === P || nx === R || nx === F || nx === T) && at(w, i + 2, nx)) ||
        (nx === D && (at(w, i + 2, J) || at(w, i + 2, M))) || (nx === R && at(w, i + 2, M)) ||
        (nx === M && at(w, i + 2, B)) || (nx === B && at(w, i + 2, S)) ||
        (nx === W && at(w, i + 2, A)) ||
        (nx === L && at(w, i + 2, L) && i + 3 < n && isAeiou(w.charCodeAt(i + 3))); // "reallocate", not "really"
    }
    if (c === O) return true;
    if (c === U) return nx === N || nx === S;
    if (c === I) {
      return (nx === N && i + 2 < n && !isAeiou(w.charCodeAt(i + 2)) && !at(w, i + 2, G)) ||
        nx === M || nx === T || (nx === S && at(w, i + 2, S));
    }
    if (c === E) {
      // "reenter", "reestablish", "reexamine", "reevaluate", "reemerge",
      // "preempt", "reelect"; not "preen", "rees", "reeve", "reeled".
      const nn = i + 2 < n ? w.charCodeAt(i + 2) : 0;
      return (nx === N && (nn === T || nn === A)) || (nx === S && nn === T) || nx === X ||
        (nx === V && nn === A) || (nx === M && (nn === E || nn === P || nn === I)) ||
        (nx === D && nn === U) ||
        (nx === L && w.startsWith('ect', i + 2));
    }
  }
  if (c === A) {
    // "agreeable", "foreseeable".
    if (b === E) return true;
    // "idea", "area", "ideas"; not "sea", "tea", "seas".
    if (i + 1 === n && n >= 4) return true;
    if (i + 2 === n && nx === S && n >= 5) return true;
    // Latinate -eate/-eation/-eable: "permeate", "nauseate", "laureate",
    // "delineation", "malleable"; not "noticeable", "changeable" (the e
    // softens c/g), nor "eaten", "repeated".
    if (groupBefore(i - 1) && b !== C && b !== G && b !== E && flags[i - 2] === 0) {
      if (nx === T && at(w, i + 2, E) && endsAt(w, i + 3, n)) return true;
      if (nx === T && at(w, i + 2, I) && at(w, i + 3, O)) return true;
      // -eable only after a cluster: "malleable", not "likeable", "sizeable".
      if (nx === B && at(w, i + 2, L) && i >= 4 && flags[i - 3] === 0) return true;
    }
    // "create", "recreation"; not "creature".
    if (b === R && at(w, i - 3, C) && nx === T && !at(w, i + 2, U)) return true;
    // "theater", "theatre", "theatrical"; not "heat", "wheat".
    if (b === H && at(w, i - 3, T) && nx === T) return true;
    // "european", "korean"; not "clean", "ocean".
    return nx === N && endsAt(w, i + 2, n) && b !== C && groupBefore(i - 1);
  }
  if (c === O) {
    // "someone", "timeout", "makeover", "homeowner": the e closes the first
    // word of a compound and is silent.
    if (i >= 3 && flags[i - 2] === 0 && flags[i - 3] === 1 &&
      (w.startsWith('one', i) || w.startsWith('out', i) || w.startsWith('ov', i) ||
        w.startsWith('own', i) || w.startsWith('off', i))) return false;
    // "geography", "geology"; not "george".
    if (i === 2 && b === G) return nx !== R;
    // "people", "leopard", "jeopardy", "pigeon", "gorgeous", "luncheon";
    // not "archeology".
    if (nx === P && (b === P || b === L || b === J)) return false;
    return !(b === G || b === C || (b === H && at(w, i - 3, C) && nx === N));
  }
  if (c === U) {
    // "museum", "nucleus".
    return (nx === M || nx === S) && i + 2 === n && n >= 5;
  }
  if (c === I) return nx === T && at(w, i + 2, Y); // "deity", "spontaneity"
  return false;
}

/**
 * Whether a single-letter e group at index i that ends a morpheme (word end,
 * before -s/-d, or before a suffix) is silent. Sounded cases: the only vowel
 * ("the"), syllabic -le/-re after a consonant ("table", "centre"), and -ire
 * ("fire", "entire", which CMU counts as two vowels) unless a compound
 * follows ("fireworks").
 */
function eIsSilent(w: string, i: number, hasEarlierGroup: boolean, inCompound: boolean): boolean {
  if (!hasEarlierGroup) return false;
  const p = w.charCodeAt(i - 1);
  const pp = i >= 2 ? w.charCodeAt(i - 2) : 0;
  const ppConsonant = i >= 2 && flags[i - 2] === 0;
  if (p === L && ppConsonant && pp !== L && pp !== R && pp !== W) return false;
  if (p === R && ppConsonant && pp !== R && pp !== W) return false;
  // "-shire" in place names is "sher" ("yorkshire", "devonshire").
  if (!inCompound && p === R && (pp === I || pp === Y) && !ppConsonant &&
    !(i >= 3 && flags[i - 3] === 1) && !(at(w, i - 3, H) && at(w, i - 4, S))) return false;
  return true;
}

/**
 * Internal e at index i, starting its own vowel group and followed by a
 * consonant: silent when it closes the first part of a compound or a stem
 * before a suffix ("homework", "lovely", "statement", "peacekeeper").
 */
function internalESilent(w: string, i: number, n: number): boolean {
  if (i < 2 || i + 2 >= n) return false;
  // "element", "enemy": an e in the second letter group after an initial
  // e is stressed or reduced, not silent.
  if (i === 2 && w.charCodeAt(0) === E && w.charCodeAt(1) !== Y) return false;
  const p = w.charCodeAt(i - 1);
  const pp = w.charCodeAt(i - 2);
  const vowelBefore = flags[i - 2] === 1;
  // Only "magic e" shapes: vowel + consonant + e, or a soft/closing cluster
  // ("peace", "change", "horse", "waste", "involve", "unique").
  // The u of "qu"/"gu" counts as part of the consonant ("uniquely").
  if (!vowelBefore && !(p === C || p === G || p === S || p === V || p === U || (p === T && pp === S))) return false;
  // A lone e before the consonant ("here", "theme"): suffixes only.
  const loneE = vowelBefore && pp === E && p !== Y && (i < 3 || flags[i - 3] !== 1);
  if (startsWithElement(w, i + 1, SUFFIXES_AFTER_E)) return eIsSilent(w, i, true, false);
  if (!loneE && startsWithElement(w, i + 1, COMPOUND_HEADS)) return eIsSilent(w, i, true, true);
  return false;
}

function countPart(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  const known = exceptions.get(w);
  if (known !== undefined) return known;

  // No vowel letter at all: an abbreviation read letter by letter ("tv",
  // "rpm"); w is "double-u".
  if (!markVowels(w, n)) {
    let letters = 0;
    for (let i = 0; i < n; i++) letters += w.charCodeAt(i) === W ? 3 : 1;
    return letters;
  }

  let count = 0;
  let groups = 0; // vowel groups seen so far
  let inGroup = false;
  for (let i = 0; i < n; i++) {
    if (flags[i] === 1) {
      if (!inGroup) {
        groups++;
        const silent = groups > 1 && w.charCodeAt(i) === E && i + 1 < n && flags[i + 1] === 0 &&
          internalESilent(w, i, n);
        if (!silent) count++;
      } else if (hiatus(w, i, n)) {
        groups++;
        count++;
      }
      inGroup = true;
    } else {
      inGroup = false;
    }
  }

  // Final e, -es, -ed when the e is a group of its own.
  const last = w.charCodeAt(n - 1);
  // Greek -phe(s) is sounded: "apostrophe", "catastrophes".
  const eAt = last === S ? n - 2 : n - 1;
  const greekPhe = at(w, eAt, E) && at(w, eAt - 1, H) && at(w, eAt - 2, P);
  if (last === E && n >= 2 && flags[n - 2] === 0) {
    if (!greekPhe && eIsSilent(w, n - 1, groups > 1, false)) count--;
  } else if ((last === S || last === D) && n >= 3 && w.charCodeAt(n - 2) === E && flags[n - 3] === 0) {
    const p = w.charCodeAt(n - 3);
    let sounded: boolean;
    if (last === S) {
      // "buses", "boxes", "places", "pages", "watches", "wishes".
      sounded = greekPhe || p === S || p === Z || p === X || p === C || p === G ||
        (p === H && (at(w, n - 4, C) || at(w, n - 4, S)));
    } else {
      sounded = p === T || p === D; // "wanted", "needed"
    }
    if (!sounded && eIsSilent(w, n - 2, groups > 1, false)) count--;
  }

  // "basically", "logically": CMU says "-ic-ly", the a is not sounded.
  if (n > 7 && w.endsWith('ically')) count--;
  // "everyone", "everything": "every" is two syllables in compounds.
  if (n > 5 && w.startsWith('every')) count--;

  // Syllabic m: "tourism", "chasm", "rhythm".
  const end = last === S ? n - 1 : n;
  if (end >= 3 && w.charCodeAt(end - 1) === M) {
    const p = w.charCodeAt(end - 2);
    if (p === S || (p === H && w.charCodeAt(end - 3) === T)) count++;
  }

  return count < 1 ? 1 : count;
}

/**
 * Counts the syllables of one lower-case English word. Hyphenated parts are
 * counted separately and summed; apostrophes are handled as clitics
 * ("didn't", "it'll", "horse's").
 */
export function countSyllables(word: string): number {
  const n = word.length;
  let start = 0;
  let total = 0;
  for (let i = 0; i <= n; i++) {
    if (i === n || word.charCodeAt(i) === HYPHEN) {
      if (i > start) total += countWithApostrophes(start === 0 && i === n ? word : word.slice(start, i));
      start = i + 1;
    }
  }
  return total;
}

function isApostrophe(c: number): boolean {
  return c === APOS || c === RSQUO;
}

function countWithApostrophes(w: string): number {
  const n = w.length;
  let ap = -1;
  let apostrophes = 0;
  for (let i = 0; i < n; i++) {
    if (isApostrophe(w.charCodeAt(i))) { ap = i; apostrophes++; }
  }
  if (ap < 0) return countPart(w);
  let bare = '';
  for (let i = 0; i < n; i++) {
    if (!isApostrophe(w.charCodeAt(i))) bare += w.charAt(i);
  }
  if (bare === '') return 0;
  // Only a single clitic after a real stem gets the special treatment;
  // "'cause", "rock'n'roll", "o'clock" are read as the bare letters.
  if (apostrophes > 1 || ap < 1 || ap === n - 1) return countPart(bare);
  const stem = w.slice(0, ap);
  const clitic = w.slice(ap + 1);
  const last = stem.charCodeAt(stem.length - 1);
  const consonantEnd = !isAeiou(last) && last !== Y;
  if (clitic === 't' && last === N) {
    // "didn't", "couldn't", "mustn't": n't after a consonant is a syllable;
    // "don't", "can't", "aren't" are read as written.
    const k = stem.length - 2;
    if (k >= 0) {
      const c = stem.charCodeAt(k);
      if (!isAeiou(c) && c !== Y) return countPart(stem.slice(0, k + 1)) + 1;
    }
    return countPart(bare);
  }
  const base = countPart(stem);
  if (clitic === 's') {
    // "horse's", "james's", "church's": -'s after a hiss is a syllable.
    const p = stem.length >= 2 ? stem.charCodeAt(stem.length - 2) : 0;
    const hiss = last === S || last === Z || last === X ||
      (last === H && (p === C || p === S)) ||
      (last === E && (p === S || p === Z || p === C || p === G));
    return base + (hiss ? 1 : 0);
  }
  if (clitic === 'll' || clitic === 've') return base + (consonantEnd ? 1 : 0); // "it'll", "could've"
  if (clitic === 'd') return base + (last === T || last === D ? 1 : 0); // "it'd"
  if (clitic === 're' || clitic === 'm') return base; // "we're", "i'm"
  return countPart(bare);
}
