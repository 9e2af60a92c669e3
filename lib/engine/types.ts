/** The parts of the UK a term belongs to. `uk` means every part. */
export type Region = 'uk' | 'england' | 'wales' | 'scotland' | 'northern-ireland';

export const REGIONS: readonly Region[] = ['uk', 'england', 'wales', 'scotland', 'northern-ireland'];

export type Category =
  | 'early-years'
  | 'primary-assessment'
  | 'secondary-assessment'
  | 'exams'
  | 'progress'
  | 'behaviour'
  | 'attendance'
  | 'send'
  | 'staff'
  | 'subjects'
  | 'inspection'
  | 'welfare'
  | 'school-life';

export const CATEGORIES: readonly Category[] = [
  'early-years', 'primary-assessment', 'secondary-assessment', 'exams', 'progress', 'behaviour',
  'attendance', 'send', 'staff', 'subjects', 'inspection', 'welfare', 'school-life',
];

/**
 * One glossary entry as written in `locales/en/glossary.json`, keyed by its id.
 * Other languages' glossary files hold only `meaning` and `ask` for the same ids.
 */
export interface TermEntry {
  /** Every way the term is written: acronym, expansion, spellings, plurals. */
  forms: string[];
  region: Region;
  category: Category;
  /** What it means, in plain words at reading age 9 or below. */
  meaning: string;
  /** Where schools use the term differently: what a parent could ask. */
  ask?: string;
  /** The term says where a child is ("EXS", "working towards"): it belongs in a summary. */
  level?: boolean;
  /**
   * For a form that is also an everyday word ("PA", "IT", "target"): at least one of these
   * words must stand near it, or it is not flagged.
   */
  context?: string[];
}

export type Glossary = Record<string, TermEntry>;

/** A translated glossary: the same ids, with meaning and hint in another language. */
export type GlossaryTranslation = Record<string, { meaning?: string; ask?: string }>;

export interface TermMatch {
  id: string;
  /** The text as it stands in the input. */
  text: string;
  /** UTF-16 offsets into the input. */
  start: number;
  end: number;
  category: Category | 'school';
  region: Region;
  meaning: string;
  ask?: string;
  /** The term says where a child is: see TermEntry.level. */
  level?: boolean;
}

export type ValueKind =
  | 'gcse'
  | 'gcse-letter'
  | 'ks1-scaled-score'
  | 'ks2-scaled-score'
  | 'phonics-check'
  | 'times-tables-check'
  | 'attendance'
  | 'cat4-score'
  | 'stanine'
  | 'percentile'
  | 'school-scale';

export interface ValueMatch {
  kind: ValueKind;
  text: string;
  start: number;
  end: number;
  meaning: string;
  /** For a school's own scale, which one. */
  scale?: string;
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  fleschKincaidGrade: number;
  fleschReadingEase: number;
  /** Flesch–Kincaid grade + 5, the UK convention. */
  readingAge: number;
}

export interface Analysis {
  lang: string;
  terms: TermMatch[];
  values: ValueMatch[];
  readability: Readability;
}

/** One value of a school's own scale, such as "3" on an ATL scale or "Y4S". */
export interface ScaleValue {
  code: string;
  meaning: string;
}

/** A school's own scale: written after one of its prefixes ("ATL 3"), or on its own ("Y4S"). */
export interface SchoolScale {
  id: string;
  name: string;
  /** Words written before a value ("ATL", "attitude to learning"). None: codes stand alone. */
  prefixes: string[];
  values: ScaleValue[];
}

/** A school's own words for a term, on top of the national glossary. */
export interface SchoolTerm {
  forms: string[];
  meaning: string;
  ask?: string;
}

/** A school's own wording of a term's meaning in one language. */
export interface SchoolWording {
  meaning: string;
  ask?: string;
}

/** What a school adds on top of the national glossary: its own terms and scales. */
export interface SchoolProfile {
  school?: string;
  region?: Region;
  terms: Record<string, SchoolTerm>;
  scales: SchoolScale[];
  /**
   * The school's own wording of any term (national or its own), by language and term id:
   * a fluent member of staff can correct a translation, or word a school term in Urdu.
   */
  wording?: Record<string, Record<string, SchoolWording>>;
}
