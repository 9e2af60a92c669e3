/**
 * Loads a school's own profile (its scales and terms) from the JSON or CSV that staff write.
 *
 * The people who write profiles are teachers and office staff, not programmers, so every
 * problem names its line and says, in plain words, what is wrong and how to fix it. All the
 * problems are found in one go (a syntax error in JSON is the exception: after it, nothing
 * can be trusted), and a profile with any problem is never returned, half-loaded or not.
 *
 * Choices made here, so both formats load to the same profile:
 * - Ids of terms and scales follow the national glossary's rule: small letters, numbers and
 *   dashes ("star-of-the-week"). The engine reports these ids, so they must be stable.
 * - Every text is trimmed; text that is empty after trimming counts as missing.
 * - A region is matched ignoring case and spaces ("Northern Ireland" is "northern-ireland").
 * - A code may be a JSON number (3 is read as "3"), because staff write it that way.
 * - No form or prefix may hold "|", as CSV uses it to separate them.
 * - A profile with no terms, no scales and no wording is an error: it would change nothing.
 * - Wording is for a language Plainsight has, and names a term by its id (national or the
 *   school's own); the id is not checked against the glossary here, which the page may not have.
 *
 * Framework-free on purpose: it runs in a Web Worker as well as in Node.
 */
import { REGIONS, type Region, type ScaleValue, type SchoolProfile, type SchoolScale, type SchoolTerm, type SchoolWording } from '../engine/types';
import { LANGUAGES, isKnownLanguage } from './language-list';

export type ProfileFormat = 'json' | 'csv';

export interface ProfileProblem {
  /** 1-based line in the source text. */
  line: number;
  /** Where in the profile: a JSON path ("scales[0].values[2].meaning") or a CSV column ("meaning"). */
  field: string;
  message: string;
}

export class ProfileError extends Error {
  readonly problems: ProfileProblem[];

  constructor(problems: ProfileProblem[]) {
    super(describeProblems(problems));
    this.name = 'ProfileError';
    this.problems = problems;
  }
}

/** "line 7, meaning: ..." — the form staff see, one problem a line. */
export function formatProblem(problem: ProfileProblem): string {
  const where = problem.field ? `line ${problem.line}, ${problem.field}` : `line ${problem.line}`;
  return `${where}: ${problem.message}`;
}

function describeProblems(problems: ProfileProblem[]): string {
  const count = problems.length === 1 ? 'this problem' : `these ${problems.length} problems`;
  return [`The school profile was not loaded. Fix ${count}:`, ...problems.map(formatProblem)].join('\n');
}

/**
 * Reads a profile written as JSON or CSV. When no format is given, text that starts with "{"
 * is JSON and anything else is CSV. Throws a ProfileError that lists every problem found.
 */
export function parseProfile(source: string, format?: ProfileFormat): SchoolProfile {
  // Spreadsheet programs often save a byte-order mark at the start; it is not content.
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  if (text.trim() === '') {
    throw new ProfileError([problem(1, '', 'the profile is empty. Write the school\'s terms and scales in it.')]);
  }
  const chosen = format ?? (text.trimStart().startsWith('{') ? 'json' : 'csv');
  const { profile, problems } = chosen === 'json' ? readJsonProfile(text) : readCsvProfile(text);
  if (problems.length === 0 && isEmptyProfile(profile)) {
    problems.push(problem(1, '', 'this profile has no terms and no scales. Add at least one term or scale.'));
  }
  if (problems.length > 0) throw new ProfileError(sortByLine(problems));
  return profile;
}

interface ReadResult {
  profile: SchoolProfile;
  problems: ProfileProblem[];
}

function problem(line: number, field: string, message: string): ProfileProblem {
  return { line, field, message };
}

/** Stable, so problems on one line keep the order they were found in. */
function sortByLine(problems: ProfileProblem[]): ProfileProblem[] {
  return problems.map((p, i) => ({ p, i })).sort((a, b) => a.p.line - b.p.line || a.i - b.i).map(({ p }) => p);
}

function isEmptyProfile(profile: SchoolProfile): boolean {
  const worded = Object.values(profile.wording ?? {}).some((terms) => Object.keys(terms).length > 0);
  return Object.keys(profile.terms).length === 0 && profile.scales.length === 0 && !worded;
}

// ---------------------------------------------------------------------------------------------
// Rules shared by both formats

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const REGION_LIST = REGIONS.join(', ');

function idProblem(id: string, what: 'term' | 'scale'): string | undefined {
  if (ID_PATTERN.test(id)) return undefined;
  const suggestion = toId(id) || (what === 'term' ? 'star-of-the-week' : 'atl');
  return `the ${what} id "${id}" may only have small letters, numbers and dashes. Try "${suggestion}".`;
}

function toId(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

function toRegion(text: string): Region | undefined {
  const key = text.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return REGIONS.find((region) => region === key);
}

function languageProblem(lang: string): string | undefined {
  if (isKnownLanguage(lang)) return undefined;
  return `"${lang}" is not a language Plainsight has. Use one of: ${Object.keys(LANGUAGES).join(', ')}.`;
}

function regionProblem(text: string): string {
  return `"${text}" is not a region. Use one of: ${REGION_LIST}.`;
}

/** The engine matches codes this way, so two codes that differ only in case would clash. */
function codeKey(code: string): string {
  return code.trim().toLowerCase();
}

/**
 * After a prefix, the engine reads the code as one word: it stops at spaces, commas, semicolons
 * and brackets. A code with one of those in it could never be found.
 */
function prefixedCodeProblem(code: string): string | undefined {
  if (!/[\s,;()]/.test(code)) return undefined;
  return `the code "${code}" has a space, comma or bracket in it. After a prefix a code must be one word, like 3 or Y4S.`;
}

function pipeProblem(text: string, what: 'form' | 'prefix'): string | undefined {
  if (!text.includes('|')) return undefined;
  const plural = what === 'form' ? 'forms' : 'prefixes';
  return `the ${what} "${text}" has a | in it. Remove the |: it is only for putting between ${plural}.`;
}

/** ' Did you mean "scales"?' when a word is one or two letters away from a known one. */
function didYouMean(word: string, known: readonly string[]): string {
  const wanted = word.trim().toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of known) {
    const distance = editDistance(wanted, option.toLowerCase());
    if (distance < bestDistance) {
      best = option;
      bestDistance = distance;
    }
  }
  const close = bestDistance <= 2 && bestDistance < wanted.length / 2;
  return best !== undefined && close ? ` Did you mean "${best}"?` : '';
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitute));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Finds the line of any offset, so neither reader has to count lines as it goes. */
class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) this.starts.push(i + 1);
    }
  }

  lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }
}

// ---------------------------------------------------------------------------------------------
// JSON: a small parser that keeps the line of every key and value

type JsonNode =
  | { kind: 'object'; line: number; entries: JsonEntry[] }
  | { kind: 'array'; line: number; items: JsonNode[] }
  | { kind: 'string'; line: number; value: string }
  | { kind: 'number'; line: number; raw: string }
  | { kind: 'boolean' | 'null'; line: number };

interface JsonEntry {
  key: string;
  line: number;
  value: JsonNode;
}

class JsonSyntaxError {
  constructor(readonly line: number, readonly message: string) {}
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
const BARE_WORD = /[^\s,:{}[\]"']+/y;

class JsonReader {
  private pos = 0;
  private readonly lines: LineIndex;

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
  }

  document(): JsonNode {
    const root = this.value();
    this.space();
    if (this.pos < this.text.length) {
      this.fail(this.pos, 'there is more text after the last }. Remove it, or move it inside the { }.');
    }
    return root;
  }

  private fail(offset: number, message: string): never {
    throw new JsonSyntaxError(this.lines.lineAt(offset), message);
  }

  private space(): void {
    const { text } = this;
    while (this.pos < text.length) {
      const c = text[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.pos++;
      else if (c === '/' && (text[this.pos + 1] === '/' || text[this.pos + 1] === '*')) {
        this.fail(this.pos, 'JSON cannot have comments. Remove the text that starts with /.');
      } else return;
    }
  }

  private value(): JsonNode {
    this.space();
    const start = this.pos;
    const line = this.lines.lineAt(start);
    const c = this.text[start];
    if (c === undefined) this.fail(start, 'the file ends too soon. Something is missing at the end, such as a } or ].');
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return { kind: 'string', line, value: this.string() };
    if (c === "'") this.fail(start, 'text must be in double quotes "like this", not single quotes.');
    if (c === '}' || c === ']') this.fail(start, `there is a ${c} where a value should be. Write a value here, or remove the extra comma.`);
    const word = this.bareWord();
    if (word === '') this.fail(start, `"${c}" should not be here. A comma may be missing, or there may be an extra one.`);
    if (word === 'true' || word === 'false') return { kind: 'boolean', line };
    if (word === 'null') return { kind: 'null', line };
    if (NUMBER.test(word)) return { kind: 'number', line, raw: word };
    return this.fail(start, `text must be in double quotes. Write "${word}" instead of ${word}.`);
  }

  private bareWord(): string {
    BARE_WORD.lastIndex = this.pos;
    const match = BARE_WORD.exec(this.text);
    const word = match?.[0] ?? '';
    this.pos += word.length;
    return word;
  }

  private object(): JsonNode {
    const open = this.pos++;
    const node: JsonNode = { kind: 'object', line: this.lines.lineAt(open), entries: [] };
    this.space();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return node;
    }
    do {
      this.space();
      const keyAt = this.pos;
      if (keyAt >= this.text.length) this.fail(open, 'this { is never closed. Add a } to close it.');
      const key = this.key();
      this.space();
      if (this.text[this.pos] !== ':') this.fail(keyAt, `a colon is missing after "${key}". Write "${key}": and then its value.`);
      this.pos++;
      node.entries.push({ key, line: this.lines.lineAt(keyAt), value: this.value() });
    } while (!this.endOfItem('}', open));
    return node;
  }

  private array(): JsonNode {
    const open = this.pos++;
    const node: JsonNode = { kind: 'array', line: this.lines.lineAt(open), items: [] };
    this.space();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return node;
    }
    do node.items.push(this.value());
    while (!this.endOfItem(']', open));
    return node;
  }

  private key(): string {
    const start = this.pos;
    const c = this.text[start];
    if (c === '"') return this.string();
    if (c === "'") this.fail(start, 'names must be in double quotes "like this", not single quotes.');
    const word = this.bareWord();
    if (word !== '') this.fail(start, `names must be in double quotes. Write "${word}" instead of ${word}.`);
    return this.fail(start, `"${c ?? ''}" should not be here. A name in double quotes should come next, like "school".`);
  }

  /** After an item: true at the closing bracket, false after a comma with more to come. */
  private endOfItem(close: '}' | ']', open: number): boolean {
    const afterItem = this.pos;
    this.space();
    const c = this.text[this.pos];
    if (c === close) {
      this.pos++;
      return true;
    }
    if (c === ',') {
      const comma = this.pos++;
      this.space();
      if (this.text[this.pos] === close) this.fail(comma, 'there is an extra comma after the last item. Remove this comma.');
      return false;
    }
    const opener = close === '}' ? '{' : '[';
    if (c === undefined) this.fail(open, `this ${opener} is never closed. Add a ${close} to close it.`);
    // The comma belongs at the end of the item before, which is where staff will look.
    return this.fail(afterItem, 'a comma is missing or there is an extra one. Put a comma after this item if another item follows it.');
  }

  private string(): string {
    const start = this.pos++;
    const { text } = this;
    let value = '';
    for (;;) {
      const c = text[this.pos];
      if (c === undefined || c === '\n' || c === '\r') {
        this.fail(start, 'this text has no closing quote mark. Add a " at the end of the text.');
      }
      this.pos++;
      if (c === '"') return value;
      value += c === '\\' ? this.escape() : c;
    }
  }

  private escape(): string {
    const at = this.pos - 1;
    const c = this.text[this.pos++] ?? '';
    const simple = ESCAPES[c];
    if (simple !== undefined) return simple;
    const hex = this.text.slice(this.pos, this.pos + 4);
    if (c === 'u' && /^[0-9a-fA-F]{4}$/.test(hex)) {
      this.pos += 4;
      return String.fromCharCode(parseInt(hex, 16));
    }
    return this.fail(at, `"\\${c}" is not allowed in text. Write \\\\ for a backslash.`);
  }
}

const TOP_KEYS = ['school', 'region', 'terms', 'scales', 'wording'] as const;
const TERM_KEYS = ['forms', 'meaning', 'ask'] as const;
const WORDING_KEYS = ['meaning', 'ask'] as const;
const SCALE_KEYS = ['id', 'name', 'prefixes', 'values'] as const;
const VALUE_KEYS = ['code', 'meaning'] as const;

const KIND_WORDS: Record<JsonNode['kind'], string> = {
  object: 'a group in { }', array: 'a list in [ ]', string: 'text', number: 'a number', boolean: 'true or false', null: 'null',
};

/** How to put right each field, in words staff can act on. */
const JSON_FIXES = {
  school: 'Write the name of the school, like "school": "Oak Hill Primary".',
  region: `Use one of: ${REGION_LIST}.`,
  terms: 'Write the terms in { }, like "terms": { "star-of-the-week": { ... } }.',
  scales: 'Write the scales in a list, like "scales": [ { "id": "atl", ... } ].',
  forms: 'Write how the term is written, like "forms": ["Star of the Week", "SOTW"].',
  termMeaning: 'Write what the term means in plain words.',
  ask: 'Write a question a parent could ask, or remove "ask".',
  id: 'Write a short id, like "id": "atl".',
  name: 'Write the name of the scale, like "name": "Attitude to learning".',
  prefixes: 'Write the words that come before a code, like "prefixes": ["ATL"], or remove "prefixes".',
  values: 'Write the values in a list, like "values": [ { "code": "1", "meaning": "..." } ].',
  code: 'Write the code, like "code": "3" or "code": "Y4S".',
  valueMeaning: 'Write what the code means in plain words.',
  wording: 'Write the wording by language and term id, like "wording": { "ur": { "exs": { "meaning": "..." } } }.',
  wordingMeaning: 'Write what the term means, in plain words in that language.',
} as const;

function readJsonProfile(text: string): ReadResult {
  let root: JsonNode;
  try {
    root = new JsonReader(text).document();
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { profile: { terms: {}, scales: [] }, problems: [problem(error.line, '', error.message)] };
  }
  const checker = new JsonProfileChecker();
  const profile = checker.profile(root);
  return { profile, problems: checker.problems };
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function termPath(id: string): string {
  return /^[\w-]+$/.test(id) ? `terms.${id}` : `terms[${JSON.stringify(id)}]`;
}

/** Walks the parsed JSON, checking each part and building the profile as it goes. */
class JsonProfileChecker {
  readonly problems: ProfileProblem[] = [];

  private add(line: number, field: string, message: string): void {
    this.problems.push(problem(line, field, message));
  }

  profile(root: JsonNode): SchoolProfile {
    const profile: SchoolProfile = { terms: {}, scales: [] };
    if (root.kind !== 'object') {
      this.add(root.line, '', `the profile must be a group in { }, but it is ${KIND_WORDS[root.kind]}. Start it with { and end it with }.`);
      return profile;
    }
    const fields = this.fields(root, '', TOP_KEYS);
    const school = fields.get('school');
    if (school) {
      const name = this.text(school.value, 'school', JSON_FIXES.school);
      if (name !== undefined) profile.school = name;
    }
    const region = fields.get('region');
    if (region) {
      const value = this.region(region.value);
      if (value) profile.region = value;
    }
    const terms = fields.get('terms');
    if (terms) profile.terms = this.terms(terms.value);
    const scales = fields.get('scales');
    if (scales) profile.scales = this.scales(scales.value);
    const wording = fields.get('wording');
    if (wording) profile.wording = this.wording(wording.value);
    return profile;
  }

  private wording(node: JsonNode): NonNullable<SchoolProfile['wording']> {
    const wording: NonNullable<SchoolProfile['wording']> = {};
    const languages = this.object(node, 'wording', JSON_FIXES.wording);
    if (!languages) return wording;
    for (const [lang, entry] of this.fields(languages, 'wording')) {
      const path = join('wording', lang);
      const issue = languageProblem(lang);
      if (issue) this.add(entry.line, path, issue);
      const terms = this.object(entry.value, path, JSON_FIXES.wording);
      if (!terms) continue;
      const own: Record<string, SchoolWording> = {};
      for (const [id, termEntry] of this.fields(terms, path)) {
        const termField = join(path, id);
        const idIssue = idProblem(id, 'term');
        if (idIssue) this.add(termEntry.line, termField, idIssue);
        const words = this.termWording(termEntry.value, termField);
        if (words && !idIssue) own[id] = words;
      }
      if (!issue) wording[lang] = own;
    }
    return wording;
  }

  private termWording(node: JsonNode, path: string): SchoolWording | undefined {
    const object = this.object(node, path, 'Write the wording like { "meaning": "..." }.');
    if (!object) return undefined;
    const fields = this.fields(object, path, WORDING_KEYS);
    const meaningNode = this.required(fields, { what: 'wording', line: object.line, path }, 'meaning', JSON_FIXES.wordingMeaning);
    const meaning = meaningNode && this.text(meaningNode, join(path, 'meaning'), JSON_FIXES.wordingMeaning);
    const askNode = fields.get('ask')?.value;
    const ask = askNode && this.text(askNode, join(path, 'ask'), JSON_FIXES.ask);
    if (meaning === undefined || (askNode && ask === undefined)) return undefined;
    return ask === undefined ? { meaning } : { meaning, ask };
  }

  /** The entries of an object by key, reporting keys written twice and keys not in `known`. */
  private fields(node: JsonNode & { kind: 'object' }, path: string, known?: readonly string[]): Map<string, JsonEntry> {
    const byKey = new Map<string, JsonEntry>();
    for (const entry of node.entries) {
      const field = join(path, entry.key);
      const first = byKey.get(entry.key);
      if (first) {
        this.add(entry.line, field, `"${entry.key}" is written twice (first on line ${first.line}). Keep only one.`);
      } else if (known && !known.includes(entry.key)) {
        const where = path === '' ? 'at the top of the profile' : 'here';
        this.add(entry.line, field, `"${entry.key}" is not a known name.${didYouMean(entry.key, known)} The names you can use ${where} are: ${known.join(', ')}.`);
      } else {
        byKey.set(entry.key, entry);
      }
    }
    return byKey;
  }

  private object(node: JsonNode, field: string, fix: string): (JsonNode & { kind: 'object' }) | undefined {
    if (node.kind === 'object') return node;
    this.add(node.line, field, `this should be a group in { }, but it is ${KIND_WORDS[node.kind]}. ${fix}`);
    return undefined;
  }

  private list(node: JsonNode, field: string, fix: string): JsonNode[] | undefined {
    if (node.kind === 'array') return node.items;
    this.add(node.line, field, `this should be a list in [ ], but it is ${KIND_WORDS[node.kind]}. ${fix}`);
    return undefined;
  }

  private text(node: JsonNode, field: string, fix: string): string | undefined {
    if (node.kind !== 'string') {
      this.add(node.line, field, `this should be text in double quotes, but it is ${KIND_WORDS[node.kind]}. ${fix}`);
      return undefined;
    }
    const value = node.value.trim();
    const label = field.endsWith(']') ? 'this item' : `the ${field.slice(field.lastIndexOf('.') + 1)}`;
    if (value === '') this.add(node.line, field, `${label} is empty. ${fix}`);
    return value === '' ? undefined : value;
  }

  /** A required field: says it is missing, on the line of the object that lacks it. */
  private required(fields: Map<string, JsonEntry>, owner: { what: string; line: number; path: string }, key: string, fix: string): JsonNode | undefined {
    const entry = fields.get(key);
    if (!entry) this.add(owner.line, join(owner.path, key), `this ${owner.what} has no ${key}. ${fix}`);
    return entry?.value;
  }

  private region(node: JsonNode): Region | undefined {
    const text = this.text(node, 'region', JSON_FIXES.region);
    if (text === undefined) return undefined;
    const region = toRegion(text);
    if (!region) this.add(node.line, 'region', regionProblem(text));
    return region;
  }

  private terms(node: JsonNode): Record<string, SchoolTerm> {
    const terms: Record<string, SchoolTerm> = {};
    const object = this.object(node, 'terms', JSON_FIXES.terms);
    if (!object) return terms;
    for (const [id, entry] of this.fields(object, 'terms')) {
      const path = termPath(id);
      const idIssue = idProblem(id, 'term');
      if (idIssue) this.add(entry.line, path, idIssue);
      const term = this.term(entry.value, path);
      if (term && !idIssue) terms[id] = term;
    }
    return terms;
  }

  private term(node: JsonNode, path: string): SchoolTerm | undefined {
    const object = this.object(node, path, 'Write the term like { "forms": ["..."], "meaning": "..." }.');
    if (!object) return undefined;
    const fields = this.fields(object, path, TERM_KEYS);
    const owner = { what: 'term', line: object.line, path };
    const formsNode = this.required(fields, owner, 'forms', JSON_FIXES.forms);
    const meaningNode = this.required(fields, owner, 'meaning', JSON_FIXES.termMeaning);
    const forms = formsNode && this.texts(formsNode, join(path, 'forms'), 'form', JSON_FIXES.forms);
    if (formsNode?.kind === 'array' && formsNode.items.length === 0) {
      this.add(formsNode.line, join(path, 'forms'), `this term has no forms. ${JSON_FIXES.forms}`);
    }
    const meaning = meaningNode && this.text(meaningNode, join(path, 'meaning'), JSON_FIXES.termMeaning);
    const askNode = fields.get('ask')?.value;
    const ask = askNode && this.text(askNode, join(path, 'ask'), JSON_FIXES.ask);
    if (!forms?.length || meaning === undefined || (askNode && ask === undefined)) return undefined;
    return ask === undefined ? { forms, meaning } : { forms, meaning, ask };
  }

  /** A list of texts (forms or prefixes), none empty and none with a "|". */
  private texts(node: JsonNode, field: string, what: 'form' | 'prefix', fix: string): string[] | undefined {
    const items = this.list(node, field, fix);
    if (!items) return undefined;
    const texts: string[] = [];
    items.forEach((item, i) => {
      const text = this.text(item, `${field}[${i}]`, fix);
      const pipe = text === undefined ? undefined : pipeProblem(text, what);
      if (pipe) this.add(item.line, `${field}[${i}]`, pipe);
      if (text !== undefined) texts.push(text);
    });
    return texts;
  }

  private scales(node: JsonNode): SchoolScale[] {
    const items = this.list(node, 'scales', JSON_FIXES.scales) ?? [];
    const scales: SchoolScale[] = [];
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const scale = this.scale(item, `scales[${i}]`, seen);
      if (scale) scales.push(scale);
    });
    return scales;
  }

  /** One scale, if all of it is right; `seen` holds the line of each scale id so far. */
  private scale(node: JsonNode, path: string, seen: Map<string, number>): SchoolScale | undefined {
    const object = this.object(node, path, 'Write the scale like { "id": "atl", "name": "...", "values": [ ... ] }.');
    if (!object) return undefined;
    const before = this.problems.length;
    const fields = this.fields(object, path, SCALE_KEYS);
    const owner = { what: 'scale', line: object.line, path };
    const idNode = this.required(fields, owner, 'id', JSON_FIXES.id);
    const nameNode = this.required(fields, owner, 'name', JSON_FIXES.name);
    const valuesNode = this.required(fields, owner, 'values', JSON_FIXES.values);
    const id = idNode && this.scaleId(idNode, join(path, 'id'), seen);
    const name = nameNode && this.text(nameNode, join(path, 'name'), JSON_FIXES.name);
    const prefixesNode = fields.get('prefixes')?.value;
    const prefixes = prefixesNode ? this.texts(prefixesNode, join(path, 'prefixes'), 'prefix', JSON_FIXES.prefixes) ?? [] : [];
    const values = valuesNode ? this.values(valuesNode, join(path, 'values'), prefixes.length > 0) : [];
    if (id === undefined || name === undefined || this.problems.length > before) return undefined;
    return { id, name, prefixes, values };
  }

  private scaleId(node: JsonNode, field: string, seen: Map<string, number>): string | undefined {
    const id = this.text(node, field, JSON_FIXES.id);
    if (id === undefined) return undefined;
    const issue = idProblem(id, 'scale');
    const first = seen.get(id);
    if (issue) this.add(node.line, field, issue);
    if (first !== undefined) {
      this.add(node.line, field, `the scale id "${id}" is used twice (first on line ${first}). Give each scale its own id.`);
    }
    if (first === undefined) seen.set(id, node.line);
    return id;
  }

  private values(node: JsonNode, path: string, prefixed: boolean): ScaleValue[] {
    const items = this.list(node, path, JSON_FIXES.values);
    if (!items) return [];
    if (items.length === 0) this.add(node.line, path, `this scale has no values. ${JSON_FIXES.values}`);
    const values: ScaleValue[] = [];
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const value = this.value(item, `${path}[${i}]`, prefixed);
      if (!value) return;
      const first = seen.get(codeKey(value.code));
      if (first !== undefined) {
        this.add(value.line, `${path}[${i}].code`, `the code "${value.code}" is in this scale twice (first on line ${first}). Keep only one.`);
      } else {
        seen.set(codeKey(value.code), value.line);
      }
      values.push({ code: value.code, meaning: value.meaning });
    });
    return values;
  }

  private value(node: JsonNode, path: string, prefixed: boolean): (ScaleValue & { line: number }) | undefined {
    const object = this.object(node, path, 'Write the value like { "code": "3", "meaning": "..." }.');
    if (!object) return undefined;
    const fields = this.fields(object, path, VALUE_KEYS);
    const owner = { what: 'value', line: object.line, path };
    const codeNode = this.required(fields, owner, 'code', JSON_FIXES.code);
    const meaningNode = this.required(fields, owner, 'meaning', JSON_FIXES.valueMeaning);
    const code = codeNode && this.code(codeNode, join(path, 'code'), prefixed);
    const meaning = meaningNode && this.text(meaningNode, join(path, 'meaning'), JSON_FIXES.valueMeaning);
    if (code === undefined || meaning === undefined) return undefined;
    return { code, meaning, line: codeNode!.line };
  }

  private code(node: JsonNode, field: string, prefixed: boolean): string | undefined {
    const code = node.kind === 'number' ? node.raw : this.text(node, field, JSON_FIXES.code);
    const issue = code !== undefined && prefixed ? prefixedCodeProblem(code) : undefined;
    if (issue) this.add(node.line, field, issue);
    return code;
  }
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180, with the slack spreadsheets need)

const COLUMNS = ['type', 'id', 'code', 'forms', 'meaning', 'ask'] as const;
type Column = (typeof COLUMNS)[number];
const ROW_TYPES = ['term', 'scale', 'value', 'school', 'region', 'wording'] as const;
type RowType = (typeof ROW_TYPES)[number];

/** The columns each type of row uses; text in any other column is a mistake. */
const ROW_COLUMNS: Record<RowType, readonly Column[]> = {
  term: ['type', 'id', 'forms', 'meaning', 'ask'],
  scale: ['type', 'id', 'forms', 'meaning'],
  value: ['type', 'id', 'code', 'meaning'],
  school: ['type', 'meaning'],
  region: ['type', 'code'],
  wording: ['type', 'id', 'code', 'meaning', 'ask'],
};

/** What to say when a row leaves out something it needs. */
const CSV_MISSING: Partial<Record<`${RowType}.${Column}`, string>> = {
  'term.id': 'this term has no id. Write a short id, like star-of-the-week.',
  'term.forms': 'this term has no forms. Write how the term is written, like Star of the Week|SOTW.',
  'term.meaning': 'this term has no meaning. Write what it means in plain words.',
  'scale.id': 'this scale has no id. Write a short id, like atl.',
  'scale.meaning': 'this scale has no name. Write its name in the meaning column, like Attitude to learning.',
  'value.id': 'this value has no scale id. Write the id of its scale, like atl.',
  'value.code': 'this value has no code. Write the code, like 3 or Y4S.',
  'value.meaning': 'this row has no meaning. Write what the code means in plain words.',
  'school.meaning': 'this row has no school name. Write the name in the meaning column.',
  'region.code': `this row has no region. Write one of these in the code column: ${REGION_LIST}.`,
  'wording.id': 'this wording has no term id. Write the id of the term it words, like exs.',
  'wording.code': 'this wording has no language. Write the language in the code column, like ur.',
  'wording.meaning': 'this wording has no meaning. Write what the term means, in plain words in that language.',
};

interface CsvCell {
  text: string;
  line: number;
}

interface CsvRow {
  line: number;
  cells: CsvCell[];
}

const PLAIN_CELL = /[^,\r\n]*/y;
const QUOTE_START = /[ \t]*"/y;

/**
 * Splits CSV text into rows of cells. An unclosed quote stops the reading (everything after it
 * would be one cell), so it is the only problem returned then.
 */
class CsvReader {
  private pos = 0;
  readonly rows: CsvRow[] = [];
  readonly problems: ProfileProblem[] = [];
  private readonly lines: LineIndex;

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
  }

  read(): boolean {
    while (this.pos < this.text.length) {
      const row = this.row();
      if (!row) return false;
      this.rows.push(row);
    }
    return true;
  }

  private row(): CsvRow | undefined {
    const row: CsvRow = { line: this.lines.lineAt(this.pos), cells: [] };
    for (;;) {
      const cell = this.cell();
      if (!cell) return undefined;
      row.cells.push(cell);
      const c = this.text[this.pos];
      this.pos++;
      if (c === ',') continue;
      if (c === '\r' && this.text[this.pos] === '\n') this.pos++;
      return row;
    }
  }

  private cell(): CsvCell | undefined {
    const line = this.lines.lineAt(this.pos);
    // Spaces before an opening quote are let through: people type `a, "b, c"`.
    QUOTE_START.lastIndex = this.pos;
    if (QUOTE_START.test(this.text)) {
      this.pos = QUOTE_START.lastIndex - 1;
      const text = this.quoted(line);
      return text === undefined ? undefined : { text, line };
    }
    return { text: this.plain(), line };
  }

  private plain(): string {
    PLAIN_CELL.lastIndex = this.pos;
    const text = PLAIN_CELL.exec(this.text)?.[0] ?? '';
    this.pos += text.length;
    return text;
  }

  private quoted(line: number): string | undefined {
    let text = '';
    this.pos++;
    for (;;) {
      const close = this.text.indexOf('"', this.pos);
      if (close === -1) {
        this.problems.push(problem(line, '', 'a quote mark " starts a cell here but is never closed. Add a " at the end of the cell.'));
        return undefined;
      }
      text += this.text.slice(this.pos, close);
      this.pos = close + 1;
      if (this.text[this.pos] !== '"') break;
      text += '"';
      this.pos++;
    }
    const after = this.plain();
    if (after.trim() !== '') {
      this.problems.push(problem(line, '', `there is text after a closing quote mark: ${after.trim()}. Put the whole cell in quotes, and write "" for a quote mark inside it.`));
    }
    return text + after;
  }
}

interface CsvHeader {
  line: number;
  /** The column each cell belongs to; undefined for a column with no (known) name. */
  columns: (Column | undefined)[];
  /** Columns with no name at all: text under them would be lost. */
  unnamed: Set<number>;
}

interface PendingValue {
  line: number;
  scaleId: string;
  code: string | undefined;
  meaning: string | undefined;
}

function readCsvProfile(text: string): ReadResult {
  const reader = new CsvReader(text);
  if (!reader.read()) return { profile: { terms: {}, scales: [] }, problems: reader.problems };
  const builder = new CsvProfileBuilder(reader.problems);
  return { profile: builder.build(reader.rows), problems: builder.problems };
}

function isBlank(row: CsvRow): boolean {
  return row.cells.every((cell) => cell.text.trim() === '');
}

class CsvProfileBuilder {
  private readonly profile: SchoolProfile = { terms: {}, scales: [] };
  private readonly termLines = new Map<string, number>();
  private readonly scaleLines = new Map<string, number>();
  private readonly scales = new Map<string, { scale: SchoolScale; line: number; hasValueRows: boolean }>();
  private readonly values: PendingValue[] = [];
  private readonly metaLines = new Map<'school' | 'region', number>();
  private readonly wordingLines = new Map<string, number>();
  private readonly missingColumns = new Set<Column>();
  private header: CsvHeader | undefined;

  constructor(readonly problems: ProfileProblem[]) {}

  private add(line: number, field: string, message: string): void {
    this.problems.push(problem(line, field, message));
  }

  build(rows: CsvRow[]): SchoolProfile {
    const filled = rows.filter((row) => !isBlank(row));
    const [first, ...rest] = filled;
    if (!first) return this.profile;
    this.header = this.readHeader(first);
    if (!this.header) return this.profile;
    for (const row of rest) this.row(row, this.header);
    this.attachValues();
    this.checkScalesHaveValues();
    return this.profile;
  }

  private readHeader(row: CsvRow): CsvHeader | undefined {
    const names = row.cells.map((cell) => cell.text.trim().toLowerCase());
    if (!names.includes('type')) {
      this.add(row.line, '', `the first row must be the header, with the names of the columns: ${COLUMNS.join(',')}. Add this row at the top.`);
      return undefined;
    }
    const header: CsvHeader = { line: row.line, columns: [], unnamed: new Set() };
    names.forEach((name, i) => {
      const column = COLUMNS.find((c) => c === name);
      if (name === '') header.unnamed.add(i);
      else if (!column) {
        this.add(row.line, name, `there is no column called "${name}".${didYouMean(name, COLUMNS)} The columns are: ${COLUMNS.join(', ')}.`);
      } else if (header.columns.includes(column)) {
        this.add(row.line, column, `the column ${column} is in the header twice. Remove one of them.`);
      }
      header.columns.push(column && !header.columns.includes(column) ? column : undefined);
    });
    return header;
  }

  private row(row: CsvRow, header: CsvHeader): void {
    if (row.cells.length !== header.columns.length) {
      this.add(row.line, '', `this row has ${row.cells.length} cells but the header has ${header.columns.length}. Check for a missing or extra comma, and put text that has a comma in double quotes.`);
      return;
    }
    const cells = this.cellsByColumn(row, header);
    const typeText = cells.get('type')?.text ?? '';
    const type = ROW_TYPES.find((t) => t === typeText.toLowerCase());
    if (!type) {
      const message = typeText === ''
        ? `this row has no type. Write one of: ${ROW_TYPES.join(', ')}.`
        : `"${typeText}" is not a type of row.${didYouMean(typeText, ROW_TYPES)} Use one of: ${ROW_TYPES.join(', ')}.`;
      this.add(row.line, 'type', message);
      return;
    }
    this.checkUnusedColumns(row.line, type, cells);
    const need = (column: Column) => this.need(row.line, type, column, cells);
    if (type === 'term') this.term(row.line, need('id'), need('forms'), need('meaning'), cells.get('ask')?.text);
    else if (type === 'scale') this.scale(row.line, need('id'), need('meaning'), cells.get('forms')?.text ?? '');
    else if (type === 'value') this.value(row.line, need('id'), need('code'), need('meaning'));
    else if (type === 'school') this.school(row.line, need('meaning'));
    else if (type === 'wording') this.wording(row.line, need('id'), need('code'), need('meaning'), cells.get('ask')?.text);
    else this.region(row.line, need('code'));
  }

  /** Trimmed text by column; text under a column with no name is reported, not dropped. */
  private cellsByColumn(row: CsvRow, header: CsvHeader): Map<Column, CsvCell> {
    const cells = new Map<Column, CsvCell>();
    row.cells.forEach((cell, i) => {
      const column = header.columns[i];
      const text = cell.text.trim();
      if (column) cells.set(column, { text, line: cell.line });
      else if (header.unnamed.has(i) && text !== '') {
        this.add(cell.line, `column ${i + 1}`, 'there is text in a column with no name. Give the column a name in the header, or move the text.');
      }
    });
    return cells;
  }

  private checkUnusedColumns(line: number, type: RowType, cells: Map<Column, CsvCell>): void {
    for (const [column, cell] of cells) {
      if (cell.text !== '' && !ROW_COLUMNS[type].includes(column)) {
        this.add(line, column, `${type} rows do not use the ${column} column. Leave it empty, or check the type of this row.`);
      }
    }
  }

  /** The text a row needs in a column, or undefined after saying what is missing. */
  private need(line: number, type: RowType, column: Column, cells: Map<Column, CsvCell>): string | undefined {
    const cell = cells.get(column);
    if (cell && cell.text !== '') return cell.text;
    if (!cell) this.missingColumn(column, line);
    else this.add(line, column, CSV_MISSING[`${type}.${column}`] ?? `this row has no ${column}. Fill it in.`);
    return undefined;
  }

  /** Said once, on the header, rather than on every row that needs the column. */
  private missingColumn(column: Column, line: number): void {
    if (this.missingColumns.has(column) || !this.header) return;
    this.missingColumns.add(column);
    this.add(this.header.line, column, `the header has no ${column} column, but line ${line} needs one. Add a column called ${column}.`);
  }

  // Any problem means nothing is returned, so below a row with a problem may still be kept:
  // that way a scale with a bad id or no name does not also make its values "scale not found".

  private term(line: number, id: string | undefined, formsText: string | undefined, meaning: string | undefined, askText: string | undefined): void {
    const forms = formsText === undefined ? undefined : splitForms(formsText);
    if (forms?.length === 0) this.add(line, 'forms', CSV_MISSING['term.forms']!);
    if (id === undefined || !this.unique(line, id, this.termLines, 'term') || !this.checkId(line, id, 'term')) return;
    const ask = askText || undefined;
    const term: SchoolTerm = { forms: forms ?? [], meaning: meaning ?? '' };
    this.profile.terms[id] = ask === undefined ? term : { ...term, ask };
  }

  private scale(line: number, id: string | undefined, name: string | undefined, prefixesText: string): void {
    if (id === undefined || !this.unique(line, id, this.scaleLines, 'scale')) return;
    this.checkId(line, id, 'scale');
    const scale: SchoolScale = { id, name: name ?? '', prefixes: splitForms(prefixesText), values: [] };
    this.scales.set(id, { scale, line, hasValueRows: false });
    this.profile.scales.push(scale);
  }

  private value(line: number, scaleId: string | undefined, code: string | undefined, meaning: string | undefined): void {
    if (scaleId !== undefined) this.values.push({ line, scaleId, code, meaning });
  }

  private wording(line: number, id: string | undefined, lang: string | undefined, meaning: string | undefined, askText: string | undefined): void {
    if (id === undefined || lang === undefined || !this.checkId(line, id, 'term')) return;
    const issue = languageProblem(lang);
    if (issue) {
      this.add(line, 'code', issue);
      return;
    }
    const key = `${lang} ${id}`;
    const first = this.wordingLines.get(key);
    if (first !== undefined) {
      this.add(line, 'id', `the term "${id}" is worded in ${lang} twice (first on line ${first}). Keep only one.`);
      return;
    }
    this.wordingLines.set(key, line);
    if (meaning === undefined) return;
    const wording = (this.profile.wording ??= {});
    (wording[lang] ??= {})[id] = askText ? { meaning, ask: askText } : { meaning };
  }

  private school(line: number, name: string | undefined): void {
    if (name !== undefined && this.once(line, 'school', 'meaning')) this.profile.school = name;
  }

  private region(line: number, text: string | undefined): void {
    if (text === undefined || !this.once(line, 'region', 'code')) return;
    const region = toRegion(text);
    if (region) this.profile.region = region;
    else this.add(line, 'code', regionProblem(text));
  }

  private once(line: number, type: 'school' | 'region', column: Column): boolean {
    const first = this.metaLines.get(type);
    if (first === undefined) {
      this.metaLines.set(type, line);
      return true;
    }
    this.add(line, column, `there is more than one ${type} row (first on line ${first}). Keep only one.`);
    return false;
  }

  private checkId(line: number, id: string, what: 'term' | 'scale'): boolean {
    const issue = idProblem(id, what);
    if (issue) this.add(line, 'id', issue);
    return issue === undefined;
  }

  private unique(line: number, id: string, seen: Map<string, number>, what: 'term' | 'scale'): boolean {
    const first = seen.get(id);
    if (first !== undefined) {
      this.add(line, 'id', `the ${what} id "${id}" is used twice (first on line ${first}). Give each ${what} its own id.`);
      return false;
    }
    seen.set(id, line);
    return true;
  }

  /** Done at the end, because a scale may be defined after its values. */
  private attachValues(): void {
    const codeLines = new Map<SchoolScale, Map<string, number>>();
    for (const value of this.values) {
      const entry = this.scales.get(value.scaleId);
      if (!entry) {
        this.add(value.line, 'id', `there is no scale with the id "${value.scaleId}".${didYouMean(value.scaleId, [...this.scales.keys()])} Add a scale row with this id, or fix the id.`);
        continue;
      }
      entry.hasValueRows = true;
      if (value.code === undefined || value.meaning === undefined) continue;
      const seen = codeLines.get(entry.scale) ?? new Map<string, number>();
      codeLines.set(entry.scale, seen);
      const first = seen.get(codeKey(value.code));
      if (first !== undefined) {
        this.add(value.line, 'code', `the code "${value.code}" is in scale "${value.scaleId}" twice (first on line ${first}). Keep only one.`);
        continue;
      }
      seen.set(codeKey(value.code), value.line);
      const issue = entry.scale.prefixes.length > 0 ? prefixedCodeProblem(value.code) : undefined;
      if (issue) this.add(value.line, 'code', issue);
      entry.scale.values.push({ code: value.code, meaning: value.meaning });
    }
  }

  private checkScalesHaveValues(): void {
    for (const [id, entry] of this.scales) {
      if (!entry.hasValueRows) {
        this.add(entry.line, 'id', `the scale "${id}" has no values. Add value rows with ${id} in the id column.`);
      }
    }
  }
}

function splitForms(text: string): string[] {
  // Empty pieces ("A||B", a "|" at the end) are slips of the keyboard, not forms.
  return text.split('|').map((form) => form.trim()).filter((form) => form !== '');
}

// ---------------------------------------------------------------------------------------------
// Writing CSV

/**
 * Writes a profile as CSV that parseProfile reads back to the same profile: a template staff
 * can open in a spreadsheet. Throws if a form or prefix holds "|", which CSV cannot keep.
 */
export function profileToCsv(profile: SchoolProfile): string {
  const rows: string[][] = [[...COLUMNS]];
  const row = (cells: Partial<Record<Column, string>>) => rows.push(COLUMNS.map((column) => cells[column] ?? ''));
  if (profile.school !== undefined) row({ type: 'school', meaning: profile.school });
  if (profile.region !== undefined) row({ type: 'region', code: profile.region });
  for (const [id, term] of Object.entries(profile.terms)) {
    row({ type: 'term', id, forms: joinForms(term.forms), meaning: term.meaning, ask: term.ask });
  }
  for (const scale of profile.scales) {
    row({ type: 'scale', id: scale.id, forms: joinForms(scale.prefixes), meaning: scale.name });
    for (const value of scale.values) row({ type: 'value', id: scale.id, code: value.code, meaning: value.meaning });
  }
  for (const [lang, terms] of Object.entries(profile.wording ?? {})) {
    for (const [id, wording] of Object.entries(terms)) row({ type: 'wording', id, code: lang, meaning: wording.meaning, ask: wording.ask });
  }
  // CRLF is what RFC 4180 asks for, and what spreadsheet programs expect.
  return rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function joinForms(forms: string[]): string {
  const withPipe = forms.find((form) => form.includes('|'));
  if (withPipe !== undefined) throw new Error(`"${withPipe}" has a | in it, so it cannot be written as CSV.`);
  return forms.join('|');
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
