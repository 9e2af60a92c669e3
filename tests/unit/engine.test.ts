import { describe, expect, it } from 'vitest';
import { Engine } from '../../lib/engine/engine';
import { englishValues } from '../../lib/engine/index';
import type { Glossary, SchoolProfile } from '../../lib/engine/types';

const glossary: Glossary = {
  exs: {
    forms: ['EXS', 'expected standard'], region: 'england', category: 'primary-assessment',
    meaning: 'Your child is where most children of this age are.',
  },
  'as-level': {
    forms: ['AS level', 'AS levels'], region: 'uk', category: 'exams', meaning: 'A course in year 12.',
  },
  'persistent-absence': {
    forms: ['PA', 'persistent absence'], region: 'uk', category: 'attendance',
    meaning: 'Missing a lot of school.', context: ['attendance', 'absence', 'absent', '%'],
  },
  senco: { forms: ['SENCo', 'SENCO'], region: 'uk', category: 'send', meaning: 'The teacher who leads help for SEND.' },
  'p7-scotland': { forms: ['P7'], region: 'scotland', category: 'school-life', meaning: 'The last year of primary school.' },
  'p7-ni': { forms: ['P7'], region: 'northern-ireland', category: 'school-life', meaning: 'The last year of primary school in NI.' },
};

const engine = new Engine({ glossary, values: englishValues });
const terms = (text: string, options = {}) => engine.analyse(text, options).terms;
const values = (text: string) => engine.analyse(text).values.map(({ kind, text: t }) => `${kind}:${t}`);

describe('terms', () => {
  it('finds a term with its UTF-16 offsets, category, region and meaning', () => {
    const text = '😀 Reading: EXS.';
    const [term] = terms(text);
    expect(term).toMatchObject({ id: 'exs', text: 'EXS', category: 'primary-assessment', region: 'england' });
    expect(text.slice(term!.start, term!.end)).toBe('EXS');
    expect(term!.meaning).toMatch(/most children/);
  });

  it('matches an acronym only in capitals, and a phrase in any case', () => {
    expect(terms('exs in reading')).toHaveLength(0);
    expect(terms('At the Expected Standard in reading')).toHaveLength(1);
  });

  it('treats hyphens, spaces and line breaks between words alike, and prefers the longest form', () => {
    expect(terms('She took two AS-levels and one AS\nlevel.').map((t) => t.text)).toEqual(['AS-levels', 'AS\nlevel']);
  });

  it('does not match inside a longer word, but does before a possessive', () => {
    expect(terms('EXSTRA words')).toHaveLength(0);
    expect(terms("The SENCo's plan").map((t) => t.text)).toEqual(['SENCo']);
  });

  it('flags an everyday-looking acronym only when its context words are near', () => {
    expect(terms('Attendance 88% (PA).')).toHaveLength(1);
    expect(terms('The PA system was loud at the match.')).toHaveLength(0);
  });

  it('picks the region asked for when a form means different things in different places', () => {
    expect(terms('He is in P7.', { region: 'northern-ireland' })[0]?.id).toBe('p7-ni');
    expect(terms('He is in P7.', { region: 'scotland' })[0]?.id).toBe('p7-scotland');
  });

  it('gives meanings in the language asked for, falling back to English term by term', () => {
    const translated = new Engine({ glossary, values: englishValues });
    translated.addLanguage('cy', { glossary: { exs: { meaning: 'Mae eich plentyn lle mae’r rhan fwyaf o blant.' } } });
    const analysis = translated.analyse('EXS and the SENCo', { lang: 'cy' });
    expect(analysis.lang).toBe('cy');
    expect(analysis.terms[0]!.meaning).toMatch(/Mae eich plentyn/);
    expect(analysis.terms[1]!.meaning).toMatch(/The teacher/);
  });

  it('says the meanings are English when a language is not loaded', () => {
    expect(engine.analyse('EXS', { lang: 'xx' }).lang).toBe('en');
  });
});

describe('values', () => {
  it('decodes the report line from the issue', () => {
    const analysis = engine.analyse('EXS in reading, WTS in writing, ATL 3, FFT target 6, attendance 91.2% (PA)');
    expect(analysis.values.map((v) => `${v.kind}:${v.text}`)).toEqual(['gcse:6', 'attendance:91.2%']);
    expect(analysis.values[1]!.meaning).toMatch(/about 17 days .*33 morning or afternoon sessions/);
    expect(analysis.values[1]!.meaning).not.toMatch(/persistent absence/);
    expect(engine.analyse('Attendance: 88%').values[0]!.meaning).toMatch(/persistent absence/);
  });

  it('decodes GCSE grades in lists, with + and -, and old letter grades', () => {
    expect(values('GCSE grades 7, 6 and 5+. Predicted: 4-.')).toEqual(['gcse:7', 'gcse:6', 'gcse:5+', 'gcse:4-']);
    expect(values('Her target grade is B and she got an A* in art.')).toEqual(['gcse-letter:B']);
    expect(values('Grade A*.')).toEqual(['gcse-letter:A*']);
    expect(values('She took GCSEs and A levels. Grades: A-level maths.')).toEqual([]);
  });

  it('reads a double grade for combined science, but not a range', () => {
    const analysis = engine.analyse('Combined science: working at grade 5-4. Target 6-6.');
    expect(analysis.values.map((v) => `${v.kind}:${v.text}`)).toEqual(['gcse:5-4', 'gcse:6-6']);
    expect(analysis.values[0]!.meaning).toMatch(/Two GCSE grades, 5 and 4/);
    expect(values('Grades 9-4 are passes. Target 4-5.')).toEqual([]);
  });

  it('leaves ranges and numbers with no trigger word alone', () => {
    expect(values('Grades 9-4 are passes. He has 3 brothers and 6 cousins.')).toEqual([]);
  });

  it('decodes phonics, times tables, scaled scores, CAT4, stanines and percentiles', () => {
    expect(values('Phonics screening check: 34/40.')).toEqual(['phonics-check:34/40']);
    expect(values('Phonics: 28 out of 40.')).toEqual(['phonics-check:28 out of 40']);
    expect(values('Multiplication tables check 25/25')).toEqual(['times-tables-check:25/25']);
    expect(values('KS2 reading scaled score 104. CAT4 SAS 118, stanine 7.')).toEqual([
      'ks2-scaled-score:104', 'cat4-score:118', 'stanine:7',
    ]);
    expect(values('KS1 maths 96')).toEqual(['ks1-scaled-score:96']);
    expect(values('She is in the 75th percentile.')).toEqual(['percentile:75th']);
  });

  it('reads a percentage before the word attendance', () => {
    const analysis = engine.analyse('She has 45% attendance this year.');
    expect(analysis.values[0]).toMatchObject({ kind: 'attendance', text: '45%' });
    expect(analysis.values[0]!.meaning).toMatch(/severe absence/);
  });

  it('rejects values outside their scale', () => {
    expect(values('Phonics check 44/40. Scaled score 150. Stanine 12.')).toEqual([]);
  });
});

describe('school profiles', () => {
  const profile: SchoolProfile = {
    school: 'Oak Hill Primary',
    region: 'england',
    terms: { 'star-of-the-week': { forms: ['Star of the Week'], meaning: 'A prize for a good week.' } },
    scales: [
      {
        id: 'atl', name: 'Attitude to learning', prefixes: ['ATL', 'attitude to learning'],
        values: [{ code: '1', meaning: 'Always tries their best.' }, { code: '3', meaning: 'Needs to try harder.' }],
      },
      { id: 'steps', name: 'Steps', prefixes: [], values: [{ code: 'Y4S', meaning: 'Secure in year 4 work.' }] },
    ],
  };
  const school = new Engine({ glossary, values: englishValues, profile });

  it('decodes a scale after its prefix, and a code that stands alone', () => {
    const analysis = school.analyse('ATL: 3. Attitude to learning 1. Maths: Y4S. She was Star of the Week.');
    expect(analysis.values.map((v) => `${v.scale}:${v.text}:${v.meaning}`)).toEqual([
      'atl:3:Needs to try harder.', 'atl:1:Always tries their best.', 'steps:Y4S:Secure in year 4 work.',
    ]);
    expect(analysis.terms.map((t) => `${t.category}:${t.text}`)).toEqual(['school:Star of the Week']);
  });

  it("lets the school's meaning win for a form the national glossary has too", () => {
    const own = new Engine({
      glossary, values: englishValues,
      profile: { terms: { exs: { forms: ['EXS'], meaning: 'Our own meaning.' } }, scales: [] },
    });
    expect(own.analyse('EXS').terms.map((t) => t.meaning)).toEqual(['Our own meaning.']);
  });

  it("uses the school's own wording of a term in a language before the language's, then English", () => {
    const worded = new Engine({
      glossary, values: englishValues,
      profile: {
        terms: { 'star-of-the-week': { forms: ['Star of the Week'], meaning: 'A prize for a good week.' } },
        scales: [],
        wording: {
          cy: { exs: { meaning: 'Geiriad yr ysgol ei hun.', ask: 'Gofynnwch i’r athro.' }, 'star-of-the-week': { meaning: 'Gwobr am wythnos dda.' } },
          en: { senco: { meaning: 'Mrs Patel, who leads help for SEND here.' } },
        },
      },
    });
    worded.addLanguage('cy', { glossary: { exs: { meaning: 'Cyfieithiad y pecyn.' }, senco: { meaning: 'Yr athro sy’n arwain help.' } } });
    const welsh = worded.analyse('EXS, the SENCo and Star of the Week', { lang: 'cy' }).terms;
    expect(welsh.map((t) => t.meaning)).toEqual(['Geiriad yr ysgol ei hun.', 'Yr athro sy’n arwain help.', 'Gwobr am wythnos dda.']);
    expect(welsh[0]!.ask).toBe('Gofynnwch i’r athro.');
    expect(worded.analyse('the SENCo').terms[0]!.meaning).toBe('Mrs Patel, who leads help for SEND here.');
  });
});

describe('readability', () => {
  const readability = (text: string) => engine.analyse(text).readability;

  it('counts words, sentences and syllables, and reading age as grade + 5', () => {
    const r = readability('The cat sat on the mat. It was happy.');
    expect(r).toMatchObject({ words: 9, sentences: 2, syllables: 10 });
    expect(r.readingAge).toBeCloseTo(Math.max(r.fleschKincaidGrade, 0) + 5, 5);
  });

  it('ends a sentence after a number, but not inside a decimal', () => {
    expect(readability('He has a target of a 3. Priya has a 5.').sentences).toBe(2);
    expect(readability('Attendance is 91.2 this year. It was 95.5 last year.').sentences).toBe(2);
  });

  it('does not end a sentence after Mr, Mrs, Dr, e.g., i.e. or an initial', () => {
    expect(readability('Mr. Khan and Mrs. Patel met Dr. Jones. They talked.').sentences).toBe(2);
    expect(readability('Bring kit, e.g. shorts and a top. Thanks.').sentences).toBe(2);
    expect(readability('Ask Mrs J. Smith about it. She knows.').sentences).toBe(2);
  });

  it('ends a sentence at ! and ?, at a blank line and at a new line of a list', () => {
    expect(readability('Well done! Can you help?').sentences).toBe(2);
    expect(readability('Reading: EXS\nWriting: WTS\n\nMaths: GDS').sentences).toBe(3);
    expect(readability('This line wraps\nonto the next one.').sentences).toBe(1);
  });

  it('gives zeros for an empty text', () => {
    expect(readability('   ')).toMatchObject({ words: 0, sentences: 0, readingAge: 0 });
  });
});

describe('trigger words', () => {
  it('count only inside their own sentence', () => {
    expect(values('Phonics check: 35/40.\n\nYear 11: grade 5. FFT target 6. ATL 2.')).toEqual([
      'phonics-check:35/40', 'gcse:5', 'gcse:6',
    ]);
  });

  it('reach a value on the next line after a heading with a colon', () => {
    expect(values('Attendance:\n96.5%')).toEqual(['attendance:96.5%']);
  });
});
