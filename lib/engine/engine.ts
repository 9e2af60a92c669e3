import { APOSTROPHE, DASH, DIGIT, LETTER, NEWLINE, SPACE, charKinds, lowerCodes } from './chars';
import {
  type Message, type ValueStrings, decodeAttendance, decodeCat4, decodeGcse, decodeGcseLetter,
  decodePercentile, decodePhonics, decodeScaledScore, decodeStanine, decodeTimesTables, renderMessages,
} from './decoders';
import { readabilityFromCounts } from './readability';
import { SyllableCache } from './syllable-cache';
import { type CompiledTrie, buildTrie, walkTrie } from './trie';
import * as T from './triggers';
import type {
  Analysis, Category, Glossary, GlossaryTranslation, Region, ScaleValue, SchoolProfile, SchoolWording,
  TermMatch, ValueKind, ValueMatch,
} from './types';

export interface LanguagePack {
  glossary?: GlossaryTranslation;
  values?: ValueStrings;
}

export interface EngineOptions {
  /** The national glossary in English: forms, regions, categories and meanings. */
  glossary: Glossary;
  /** English words for decoded values (locales/en/values.json). */
  values: ValueStrings;
  profile?: SchoolProfile;
}

export interface AnalyseOptions {
  /** Language of the meanings; English where a meaning has no translation. */
  lang?: string;
  /** Where a form means different things in different parts of the UK, prefer this one. */
  region?: Region;
}

interface CompiledTerm {
  id: string;
  category: Category | 'school';
  region: Region;
  meaning: string;
  ask: string | undefined;
  level: boolean;
  /** What must stand near the form, or null when the form is never ambiguous. */
  context: Context | null;
}

/** Context words (lower case) and signs such as "%", one of which must stand near a form. */
interface Context {
  words: string[];
  signs: string[];
}

function compileContext(context: string[] | undefined): Context | null {
  if (!context || context.length === 0) return null;
  const lowered = context.map((item) => item.toLowerCase());
  return { words: lowered.filter((item) => /[\p{L}\p{N}]/u.test(item)), signs: lowered.filter((item) => !/[\p{L}\p{N}]/u.test(item)) };
}

interface CompiledScale {
  id: string;
  codes: Map<string, ScaleValue>;
}

/** What one written form stands for. Several can share a form (different regions). */
interface FormHit {
  /** Written all in capitals: matches only in capitals ("PE", not "pe"). */
  capitals: boolean;
  term?: CompiledTerm;
  triggers: number;
  scale?: CompiledScale;
  code?: { scale: CompiledScale; value: ScaleValue };
}

const NO_TRIGGER = -1000;
/** How far a context word may stand from its form, in words; and a context sign, in characters. */
const CONTEXT_WORDS = 8;
const CONTEXT_SIGN_REACH = 30;
/** How many words after each trigger its number may stand ("GCSE maths grade 6"). */
const WINDOWS = (() => {
  const windows = new Int32Array(T.TRIGGER_COUNT).fill(8);
  for (const near of [T.GRADE, T.STANINE, T.PERCENTILE]) windows[near] = 3;
  windows[T.ATTENDANCE] = 10;
  return windows;
})();
/** Words before a full stop that do not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'rev', 'sr', 'jr', 'vs', 'approx', 'no', 'nos', 'fig',
  'dept', 'est', 'cf', 'ca', 'inc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'yr', 'yrs', 'wk', 'wks', 'mins', 'min', 'hrs', 'tel', 'ref',
]);
const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));
const LETTER_GRADES = 'ABCDEFGU';
/** Quotes and brackets that may close a sentence after its full stop. */
const CLOSERS = '"\'’”)]';

function hasLowerCase(form: string): boolean {
  return form !== form.toUpperCase();
}

/** Makes a school code's lookup key: codes are compared without case. */
function codeKey(code: string): string {
  return code.trim().toLowerCase();
}

/**
 * The plain-language engine. Built once from a glossary (and a school's profile), it
 * analyses any text in one pass: terms, decoded values and readability.
 */
export class Engine {
  private readonly trie: CompiledTrie<FormHit>;
  private readonly english: ValueStrings;
  private readonly languages = new Map<string, LanguagePack>();
  private readonly syllables = new SyllableCache();
  private readonly ends = new Int32Array(64);
  private readonly meanings = new Map<string, string>();
  private readonly wording: SchoolProfile['wording'];

  constructor(options: EngineOptions) {
    this.english = options.values;
    this.wording = options.profile?.wording;
    this.trie = buildTrie(compileForms(options));
  }

  /** Adds or replaces the translated meanings and value words for a language. */
  addLanguage(lang: string, pack: LanguagePack): void {
    this.languages.set(lang, pack);
    this.meanings.clear();
  }

  analyse(text: string, options: AnalyseOptions = {}): Analysis {
    return new Pass(this, text, options).run();
  }

  /**
   * @internal The longest form that starts at `start` and fits its case rule: its end, and
   * the hits that fit are left in `hits` (reused, so a match allocates nothing). -1 if none.
   */
  match(text: string, start: number, hits: FormHit[]): number {
    const found = walkTrie(this.trie, text, start, this.ends);
    for (let c = found - 1; c >= 0; c--) {
      const end = this.ends[c * 2]!;
      hits.length = 0;
      let capitals: boolean | undefined;
      for (const hit of this.trie.outputs[this.ends[c * 2 + 1]!]!) {
        if (hit.capitals && !(capitals ??= allCapitals(text, start, end))) continue;
        hits.push(hit);
      }
      if (hits.length > 0) return end;
    }
    return -1;
  }

  /** @internal Decoded meanings repeat ("Grade 6…"), so each is rendered once per language. */
  decodedMeaning(lang: string, key: string, render: () => string): string {
    const cacheKey = `${lang}\u0000${key}`;
    let meaning = this.meanings.get(cacheKey);
    if (meaning === undefined) {
      if (this.meanings.size > 10_000) this.meanings.clear();
      meaning = render();
      this.meanings.set(cacheKey, meaning);
    }
    return meaning;
  }

  /** @internal */
  syllablesOf(text: string, start: number, end: number, h1: number, h2: number): number {
    return this.syllables.get(text, start, end, h1, h2);
  }

  /** @internal The school's own wording of terms in a language, if it gave any. */
  schoolWording(lang: string): Record<string, SchoolWording> | undefined {
    return this.wording?.[lang];
  }

  /** @internal */
  languagePack(lang: string): LanguagePack | undefined {
    return this.languages.get(lang);
  }

  /** @internal */
  englishValues(): ValueStrings {
    return this.english;
  }
}

function allCapitals(text: string, start: number, end: number): boolean {
  const kinds = charKinds();
  const lower = lowerCodes();
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (kinds[c] === LETTER && lower[c] === c) return false;
  }
  return true;
}

function* compileForms(options: EngineOptions): Generator<[string, FormHit]> {
  const profile = options.profile;
  // A school's own meaning wins over the national one for the same written form.
  const schoolForms = new Set<string>();
  for (const term of Object.values(profile?.terms ?? {})) for (const form of term.forms) schoolForms.add(T.foldForm(form));
  const triggerForms = new Map<string, number>();
  for (const [phrase, bit] of T.triggerPhrases()) triggerForms.set(phrase, bit);

  const termHit = (form: string, term: CompiledTerm): [string, FormHit] => {
    const bits = T.triggersInForm(form);
    return [form, { capitals: !hasLowerCase(form), term, triggers: bits }];
  };

  for (const [id, entry] of Object.entries(options.glossary)) {
    const term: CompiledTerm = {
      id, category: entry.category, region: entry.region, meaning: entry.meaning, ask: entry.ask,
      level: entry.level === true, context: compileContext(entry.context),
    };
    for (const form of entry.forms) if (!schoolForms.has(T.foldForm(form))) yield termHit(form, term);
  }
  for (const [id, entry] of Object.entries(profile?.terms ?? {})) {
    const term: CompiledTerm = {
      id, category: 'school', region: profile?.region ?? 'uk', meaning: entry.meaning, ask: entry.ask, level: false, context: null,
    };
    for (const form of entry.forms) yield termHit(form, term);
  }
  for (const scale of profile?.scales ?? []) {
    const compiled: CompiledScale = { id: scale.id, codes: new Map() };
    for (const value of scale.values) compiled.codes.set(codeKey(value.code), value);
    for (const prefix of scale.prefixes) yield [prefix, { capitals: !hasLowerCase(prefix), triggers: 0, scale: compiled }];
    if (scale.prefixes.length === 0) {
      for (const value of scale.values) {
        yield [value.code, { capitals: false, triggers: 0, code: { scale: compiled, value } }];
      }
    }
  }
  for (const [phrase, bits] of triggerForms) yield [phrase, { capitals: !hasLowerCase(phrase), triggers: bits }];
}

/** A number waiting for its trigger word: "91% attendance", "75th percentile". */
interface PendingNumber {
  start: number;
  end: number;
  value: number;
  wordIndex: number;
  percent: boolean;
}

/** One analysis of one text: the state of the single scan. */
class Pass {
  private readonly terms: TermMatch[] = [];
  private readonly values: ValueMatch[] = [];
  private readonly lastTrigger = new Int32Array(T.TRIGGER_COUNT).fill(NO_TRIGGER);
  private readonly pack: LanguagePack | undefined;
  private readonly lang: string;
  private readonly wording: Record<string, SchoolWording> | undefined;
  private wordIndex = 0;
  /** Index of the first word of this sentence: a trigger word counts only in its sentence. */
  private sentenceStart = 0;
  /** No term may start before this offset (we are inside a longer match). */
  private termsFrom = 0;
  /** No number is decoded before this offset (it already belongs to a school scale value). */
  private valuesFrom = 0;
  private pending: PendingNumber | null = null;
  private readonly hits: FormHit[] = [];

  constructor(
    private readonly engine: Engine,
    private readonly text: string,
    private readonly options: AnalyseOptions,
  ) {
    const lang = options.lang ?? 'en';
    this.pack = engine.languagePack(lang);
    this.lang = this.pack || lang === 'en' ? lang : 'en';
    this.wording = engine.schoolWording(this.lang);
  }

  run(): Analysis {
    const { text } = this;
    const kinds = charKinds();
    const lower = lowerCodes();
    const n = text.length;
    let words = 0;
    let sentences = 0;
    let syllables = 0;
    let inSentence = false;
    let prevStart = -1;
    let prevEnd = -1;
    let prevCapital = false;
    let capital = false;
    let i = 0;

    while (i < n) {
      const c = text.charCodeAt(i);
      const kind = kinds[c]!;
      if (kind === LETTER || kind === DIGIT) {
        if (i >= this.termsFrom) this.matchTermAt(i);
        // Read one word: letters and digits, joined by inner apostrophes, dashes and decimal points.
        let j = i;
        let h1 = 0x811c9dc5;
        let h2 = 0;
        let letters = 0;
        let uppers = 0;
        let joined = false;
        while (j < n) {
          const cc = text.charCodeAt(j);
          const kk = kinds[cc]!;
          if (kk === LETTER || kk === DIGIT) {
            const lc = lower[cc]!;
            if (kk === LETTER) {
              letters++;
              if (lc !== cc) uppers++;
            }
            h1 = Math.imul(h1 ^ lc, 16777619);
            h2 = (Math.imul(h2, 31) + lc) | 0;
            j++;
          } else if ((kk === APOSTROPHE || kk === DASH || (cc === 46 && letters === 0)) && j + 1 < n) {
            const nk = kinds[text.charCodeAt(j + 1)]!;
            if (nk !== LETTER && nk !== DIGIT) break;
            if (cc === 46 && nk !== DIGIT) break;
            if (cc !== 46) joined = true;
            h1 = Math.imul(h1 ^ cc, 16777619);
            h2 = (Math.imul(h2, 31) + cc) | 0;
            j++;
          } else break;
        }
        words++;
        syllables += letters > 0 ? this.engine.syllablesOf(text, i, j, h1, h2) : 1;
        if (letters === 0 && !joined) this.onNumber(i, j);
        else if (letters === 0 && j - i === 3) this.onDoubleGrade(i);
        else if (letters === 1 && uppers === 1 && j - i === 1 && inSentence) this.onLetter(i);
        else if (letters === 2 && j - i > 2 && isOrdinal(text, i, j)) this.onOrdinal(i, j);
        if (this.pending && this.wordIndex - this.pending.wordIndex > 2) this.pending = null;
        prevCapital = capital;
        capital = lower[c] !== c;
        prevStart = i;
        prevEnd = j;
        this.wordIndex++;
        inSentence = true;
        i = j;
        continue;
      }
      if (c === 46 /* . */) {
        if (inSentence && this.periodEndsSentence(i, prevStart, prevEnd, prevCapital)) {
          sentences++;
          inSentence = false;
          this.sentenceStart = this.wordIndex;
        }
      } else if (c === 33 /* ! */ || c === 63 /* ? */) {
        if (inSentence) sentences++;
        inSentence = false;
        this.sentenceStart = this.wordIndex;
      } else if (kind === NEWLINE) {
        if (inSentence && this.newlineEndsSentence(i)) {
          sentences++;
          inSentence = false;
          this.sentenceStart = this.wordIndex;
        }
      }
      i++;
    }
    if (inSentence) sentences++;
    return {
      lang: this.lang,
      terms: this.terms,
      values: this.values,
      readability: readabilityFromCounts(words, sentences, syllables),
    };
  }

  private matchTermAt(start: number): void {
    const hits = this.hits;
    const end = this.engine.match(this.text, start, hits);
    if (end < 0) return;
    let term: CompiledTerm | undefined;
    let bits = 0;
    for (const hit of hits) {
      bits |= hit.triggers;
      if (hit.code) {
        this.addValue('school-scale', start, end, hit.code.value.meaning, hit.code.scale.id);
        this.valuesFrom = end;
        this.termsFrom = end;
        return;
      }
      if (hit.scale) this.readScaleValue(hit.scale, end);
      if (hit.term && (!hit.term.context || this.hasContext(start, end, hit.term.context))) {
        term = preferRegion(term, hit.term, this.options.region);
      }
    }
    if (term) {
      // The school's own wording wins, then the language's, then English.
      const translated = this.wording?.[term.id] ?? this.pack?.glossary?.[term.id];
      this.terms.push({
        id: term.id,
        text: this.text.slice(start, end),
        start,
        end,
        category: term.category,
        region: term.region,
        meaning: translated?.meaning ?? term.meaning,
        // Always present (even undefined) so every match has one shape, which keeps V8 fast.
        ask: translated?.ask ?? term.ask,
        level: term.level,
      });
    }
    if (bits) this.onTriggers(bits);
    this.termsFrom = Math.max(this.termsFrom, end);
  }

  private onTriggers(bits: number): void {
    for (let k = 0; k < T.TRIGGER_COUNT; k++) if (bits & (1 << k)) this.lastTrigger[k] = this.wordIndex;
    const pending = this.pending;
    if (!pending) return;
    let messages: Message[] | null = null;
    let kind: ValueKind = 'attendance';
    if (pending.percent && bits & (1 << T.ATTENDANCE)) messages = decodeAttendance(pending.value);
    else if (!pending.percent && bits & (1 << T.PERCENTILE)) {
      kind = 'percentile';
      messages = decodePercentile(pending.value);
    }
    if (messages) this.addDecoded(kind, pending.start, pending.end, messages);
    this.pending = null;
  }

  /** After a scale's prefix ("ATL", "Effort:"), the next word may be one of its codes. */
  private readScaleValue(scale: CompiledScale, from: number): void {
    const { text } = this;
    let i = from;
    while (i < text.length && (/[\s:=\-–—]/.test(text[i]!))) i++;
    let j = i;
    while (j < text.length && !/[\s,;()]/.test(text[j]!)) j++;
    // A full stop after the code ends the sentence; it is not part of the code.
    while (j > i && /[.:]/.test(text[j - 1]!)) j--;
    if (j === i) return;
    const value = scale.codes.get(codeKey(text.slice(i, j)));
    if (!value) return;
    this.addValue('school-scale', i, j, value.meaning, scale.id);
    this.valuesFrom = j;
    this.termsFrom = j;
  }

  private onNumber(start: number, end: number): void {
    if (start < this.valuesFrom) return;
    const { text } = this;
    const next = text.charCodeAt(end);
    if (next === 37 /* % */) {
      const value = Number(text.slice(start, end));
      const percentEnd = end + 1;
      if (this.within(T.ATTENDANCE)) {
        this.decodeWith(T.ATTENDANCE, 'attendance', start, percentEnd, decodeAttendance(value));
      } else {
        this.pending = { start, end: percentEnd, value, wordIndex: this.wordIndex, percent: true };
      }
      return;
    }
    // The nearest trigger word in this sentence decides: "KS2 score 104 … CAT4 SAS 118".
    let nearest = NO_TRIGGER;
    for (let k = 0; k < T.TRIGGER_COUNT; k++) {
      if (this.lastTrigger[k]! > nearest && this.within(k)) nearest = this.lastTrigger[k]!;
    }
    if (nearest === NO_TRIGGER) return;
    const value = parseWholeNumber(text, start, end);
    if (value < 0) return;
    const outOf = next === 47 /* / */ || next === 32 ? readOutOf(text, end) : null;
    // "44/40" is one value, even when it is not a valid one: its "40" is not a value alone.
    if (outOf) this.valuesFrom = outOf.end;
    for (let k = 0; k < T.TRIGGER_COUNT; k++) {
      if (this.lastTrigger[k] === nearest && this.within(k) && this.decodeFor(k, value, start, end, outOf)) return;
    }
    // A value the nearest trigger rejects ("stanine 12") is no value at all.
  }

  /** Decodes a whole number as the kind of value trigger `k` announces; false if it is not one. */
  private decodeFor(k: number, value: number, start: number, end: number, outOf: { total: number; end: number } | null): boolean {
    if (k === T.PHONICS && (!outOf || outOf.total === 40)) {
      return this.decodeWith(k, 'phonics-check', start, outOf?.end ?? end, decodePhonics(value));
    }
    if (k === T.TIMES_TABLES && (!outOf || outOf.total === 25)) {
      return this.decodeWith(k, 'times-tables-check', start, outOf?.end ?? end, decodeTimesTables(value));
    }
    if (outOf) return false;
    switch (k) {
      case T.STANINE:
        return this.decodeWith(k, 'stanine', start, end, decodeStanine(value));
      case T.SCALED:
      case T.KS2:
      case T.KS1: {
        const stage = this.lastTrigger[T.KS1]! > this.lastTrigger[T.KS2]! ? 'ks1' : 'ks2';
        return this.decodeWith(k, `${stage}-scaled-score`, start, end, decodeScaledScore(value, stage));
      }
      case T.CAT4:
        return this.decodeWith(k, 'cat4-score', start, end, decodeCat4(value));
      case T.PERCENTILE:
        return this.decodeWith(k, 'percentile', start, end, decodePercentile(value));
      case T.GRADE: {
        // "6+" and "6-" are a grade near the top or bottom of its band; "6-7" is a range.
        const sign = this.text[end];
        const after = this.text.charCodeAt(end + 1);
        const modifier = (sign === '+' || sign === '-' || sign === '\u2212') && !(after >= 48 && after <= 57) ? sign : '';
        return this.decodeWith(k, 'gcse', start, end + modifier.length, decodeGcse(value, modifier === '' ? '' : modifier === '+' ? '+' : '-'));
      }
      default:
        return false;
    }
  }

  /**
   * "5-4" after a grade word: combined science gives two GCSE grades, the same or one apart,
   * the higher first. A wider gap ("9-4") is a range of grades, and is left alone.
   */
  private onDoubleGrade(start: number): void {
    if (start < this.valuesFrom || !this.within(T.GRADE)) return;
    const first = this.text.charCodeAt(start) - 48;
    const second = this.text.charCodeAt(start + 2) - 48;
    if (charKinds()[this.text.charCodeAt(start + 1)] !== DASH || first < 1 || first > 9 || second < 1 || second > 9) return;
    if (first !== second && first !== second + 1) return;
    this.decodeWith(T.GRADE, 'gcse', start, start + 3, [{ key: 'gcse.double', params: { first, second } }]);
  }

  /** A capital letter just after "grade" or "target": a letter grade, like "B" or "A*". */
  private onLetter(start: number): void {
    if (start < this.valuesFrom || !this.within(T.GRADE, 2)) return;
    const { text } = this;
    const letter = text[start]!;
    if (!LETTER_GRADES.includes(letter)) return;
    // "GCSEs and A levels": a letter followed by "level" names a course, not a grade.
    if (/^\*?[\s-]+levels?\b/i.test(text.slice(start + 1, start + 10))) return;
    const star = text[start + 1] === '*';
    const grade = star ? `${letter}*` : letter;
    const kind: ValueKind = letter === 'U' ? 'gcse' : 'gcse-letter';
    this.decodeWith(T.GRADE, kind, start, start + grade.length, letter === 'U' ? decodeGcse('U') : decodeGcseLetter(grade));
  }

  /** "75th" waits for "percentile" just after it. */
  private onOrdinal(start: number, end: number): void {
    const value = Number(this.text.slice(start, end - 2));
    if (this.within(T.PERCENTILE)) {
      this.decodeWith(T.PERCENTILE, 'percentile', start, end, decodePercentile(value));
    } else {
      this.pending = { start, end, value, wordIndex: this.wordIndex, percent: false };
    }
  }

  private within(trigger: number, window = WINDOWS[trigger]!): boolean {
    const at = this.lastTrigger[trigger]!;
    return at >= this.sentenceStart && this.wordIndex - at <= window;
  }

  private decodeWith(trigger: number, kind: ValueKind, start: number, end: number, messages: Message[] | null): boolean {
    if (!messages) return false;
    // A list ("grades 7, 6 and 5") keeps the trigger alive for the next value.
    this.lastTrigger[trigger] = this.wordIndex;
    this.valuesFrom = end;
    this.addDecoded(kind, start, end, messages);
    return true;
  }

  private addDecoded(kind: ValueKind, start: number, end: number, messages: Message[]): void {
    const key = `${kind}\u0000${this.text.slice(start, end)}`;
    const meaning = this.engine.decodedMeaning(this.lang, key, () => renderMessages(messages, this.pack?.values, this.engine.englishValues(), this.lang));
    this.addValue(kind, start, end, meaning);
  }

  private addValue(kind: ValueKind, start: number, end: number, meaning: string, scale?: string): void {
    this.values.push({ kind, text: this.text.slice(start, end), start, end, meaning, ...(scale ? { scale } : {}) });
  }

  /**
   * An everyday-looking form ("PA", "IT") counts only with one of its context words among the
   * 8 words either side, or a context sign ("%") close by. Reads the text in place, with no
   * copies, because a report can have hundreds of such forms.
   */
  private hasContext(start: number, end: number, context: Context): boolean {
    const { text } = this;
    const kinds = charKinds();
    const isWordChar = (i: number) => {
      const kind = kinds[text.charCodeAt(i)];
      return kind === LETTER || kind === DIGIT;
    };
    let i = start - 1;
    for (let seen = 0; i >= 0 && seen < CONTEXT_WORDS;) {
      if (!isWordChar(i)) { i--; continue; }
      const wordEnd = i + 1;
      while (i >= 0 && isWordChar(i)) i--;
      if (isContextWord(text, i + 1, wordEnd, context.words)) return true;
      seen++;
    }
    let j = end;
    for (let seen = 0; j < text.length && seen < CONTEXT_WORDS;) {
      if (!isWordChar(j)) { j++; continue; }
      const wordStart = j;
      while (j < text.length && isWordChar(j)) j++;
      if (isContextWord(text, wordStart, j, context.words)) return true;
      seen++;
    }
    if (context.signs.length === 0) return false;
    const near = text.slice(Math.max(0, start - CONTEXT_SIGN_REACH), Math.min(text.length, end + CONTEXT_SIGN_REACH));
    return context.signs.some((sign) => near.includes(sign));
  }

  /** `prevCapital`: the word before the last one starts with a capital. */
  private periodEndsSentence(at: number, prevStart: number, prevEnd: number, prevCapital: boolean): boolean {
    const { text } = this;
    const kinds = charKinds();
    const lower = lowerCodes();
    let q = at + 1;
    while (q < text.length && text.charCodeAt(q) === 46) q++;
    if (q < text.length) {
      const k = kinds[text.charCodeAt(q)]!;
      if (k === LETTER || k === DIGIT) return false; // "e.g", "3.5", "www.school.uk"
    }
    while (q < text.length && (CLOSERS.includes(text[q]!) || kinds[text.charCodeAt(q)] === SPACE || kinds[text.charCodeAt(q)] === NEWLINE)) q++;
    if (q < text.length) {
      const c = text.charCodeAt(q);
      if (kinds[c] === LETTER && lower[c] === c) return false; // a small letter goes on the sentence
    }
    // Abbreviations are short, so longer words are not looked up at all.
    if (prevEnd === at && prevStart >= 0 && prevEnd - prevStart <= MAX_ABBREVIATION) {
      const word = text.slice(prevStart, prevEnd);
      if (ABBREVIATIONS.has(word.toLowerCase())) return false;
      // "J. Smith", "Mrs A. Khan": an initial after a capitalised word.
      if (word.length === 1 && prevCapital && lower[word.charCodeAt(0)] !== word.charCodeAt(0)) return false;
    }
    return true;
  }

  private newlineEndsSentence(at: number): boolean {
    const { text } = this;
    const kinds = charKinds();
    const lower = lowerCodes();
    let p = at - 1;
    while (p >= 0 && kinds[text.charCodeAt(p)] === SPACE) p--;
    // "Attendance:" on one line and "91.2%" on the next are one sentence.
    if (p >= 0 && (text[p] === ',' || text[p] === ':')) return false;
    let q = at + 1;
    while (q < text.length && kinds[text.charCodeAt(q)] === SPACE) q++;
    if (q >= text.length || kinds[text.charCodeAt(q)] === NEWLINE) return true; // blank line or end
    const c = text.charCodeAt(q);
    // A wrapped line goes on with a small letter; a new line of a list starts with anything else.
    return !(kinds[c] === LETTER && lower[c] === c);
  }
}

function preferRegion(current: CompiledTerm | undefined, next: CompiledTerm, region: Region | undefined): CompiledTerm {
  if (!current) return next;
  const rank = (term: CompiledTerm) => (term.region === region ? 2 : term.region === 'uk' ? 1 : 0);
  return rank(next) > rank(current) ? next : current;
}

/** Whether text[start, end) is one of `words` (lower case), ignoring case. */
function isContextWord(text: string, start: number, end: number, words: string[]): boolean {
  const lower = lowerCodes();
  const length = end - start;
  outer: for (const word of words) {
    if (word.length !== length) continue;
    for (let i = 0; i < length; i++) {
      if (lower[text.charCodeAt(start + i)] !== word.charCodeAt(i)) continue outer;
    }
    return true;
  }
  return false;
}

/** The value of a run of ASCII digits, or -1 if it holds anything else (a decimal point). */
function parseWholeNumber(text: string, start: number, end: number): number {
  if (end - start > 6) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function isOrdinal(text: string, start: number, end: number): boolean {
  const suffix = text.slice(end - 2, end).toLowerCase();
  return /^\d+$/.test(text.slice(start, end - 2)) && ['st', 'nd', 'rd', 'th'].includes(suffix);
}

/** "32/40", "32 / 40" or "32 out of 40" after a number: the total. */
function readOutOf(text: string, from: number): { total: number; end: number } | null {
  const match = /^\s*(?:\/|out of)\s*(\d{1,3})(?!\d)/i.exec(text.slice(from, from + 16));
  return match ? { total: Number(match[1]), end: from + match[0].length } : null;
}
