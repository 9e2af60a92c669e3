import { describe, expect, it } from 'vitest';
import type { SchoolProfile } from '../../lib/engine/types';
import { parseProfile, ProfileError, type ProfileProblem, profileToCsv } from '../../lib/glossary/profile';

/** The problems a source gives; fails the test if it loads. */
function problemsOf(source: string, format?: 'json' | 'csv'): ProfileProblem[] {
  try {
    parseProfile(source, format);
  } catch (error) {
    expect(error).toBeInstanceOf(ProfileError);
    return (error as ProfileError).problems;
  }
  throw new Error('expected the profile not to load');
}

/** Line and field of each problem, which is what staff are pointed to. */
function where(problems: ProfileProblem[]): [number, string][] {
  return problems.map((p) => [p.line, p.field]);
}

const expected: SchoolProfile = {
  school: 'Oak Hill Primary',
  region: 'england',
  terms: {
    'star-of-the-week': {
      forms: ['Star of the Week', 'SOTW'],
      meaning: 'A prize each week for one child in the class.',
      ask: 'What did my child do to get it?',
    },
    'golden-time': { forms: ['Golden Time'], meaning: 'Free play on Friday for good behaviour.' },
  },
  scales: [
    {
      id: 'atl',
      name: 'Attitude to learning',
      prefixes: ['ATL', 'attitude to learning'],
      values: [
        { code: '1', meaning: 'Always tries hard.' },
        { code: '2', meaning: 'Mostly tries hard.' },
        { code: '3', meaning: 'Sometimes tries hard.' },
        { code: '4', meaning: 'Needs to try harder.' },
      ],
    },
    {
      id: 'year-4',
      name: 'Year 4 steps',
      prefixes: [],
      values: [
        { code: 'Y4S', meaning: 'Secure: where we hope for in Year 4.' },
        { code: 'Y4D', meaning: 'Developing: still working on Year 4 work.' },
      ],
    },
  ],
};

const goodJson = `{
  "school": "Oak Hill Primary",
  "region": "england",
  "terms": {
    "star-of-the-week": {
      "forms": ["Star of the Week", "SOTW"],
      "meaning": "A prize each week for one child in the class.",
      "ask": "What did my child do to get it?"
    },
    "golden-time": { "forms": ["Golden Time"], "meaning": "Free play on Friday for good behaviour." }
  },
  "scales": [
    {
      "id": "atl",
      "name": "Attitude to learning",
      "prefixes": ["ATL", "attitude to learning"],
      "values": [
        { "code": "1", "meaning": "Always tries hard." },
        { "code": 2, "meaning": "Mostly tries hard." },
        { "code": "3", "meaning": "Sometimes tries hard." },
        { "code": "4", "meaning": "Needs to try harder." }
      ]
    },
    {
      "id": "year-4",
      "name": "Year 4 steps",
      "values": [
        { "code": "Y4S", "meaning": "Secure: where we hope for in Year 4." },
        { "code": "Y4D", "meaning": "Developing: still working on Year 4 work." }
      ]
    }
  ]
}`;

// Columns in a different order and capitalised, blank lines, and values before their scale.
const goodCsv = [
  'Type,ID,Forms,Meaning,Code,Ask',
  'school,,,Oak Hill Primary,,',
  'region,,,,England,',
  '',
  'term,star-of-the-week,Star of the Week|SOTW,A prize each week for one child in the class.,,What did my child do to get it?',
  'term,golden-time,Golden Time,Free play on Friday for good behaviour.,,',
  'value,atl,,Always tries hard.,1,',
  'value,atl,,Mostly tries hard.,2,',
  'scale,atl,ATL|attitude to learning,Attitude to learning,,',
  'value,atl,,Sometimes tries hard.,3,',
  'value,atl,,Needs to try harder.,4,',
  ',,,,,',
  'scale,year-4,,Year 4 steps,,',
  'value,year-4,,Secure: where we hope for in Year 4.,Y4S,',
  'value,year-4,,Developing: still working on Year 4 work.,Y4D,',
].join('\n');

describe('parseProfile: good profiles', () => {
  it('loads JSON', () => {
    expect(parseProfile(goodJson)).toStrictEqual(expected);
  });

  it('loads CSV to the same profile as JSON', () => {
    expect(parseProfile(goodCsv)).toStrictEqual(expected);
  });

  it('guesses the format from the first character, or takes the one given', () => {
    expect(parseProfile(`\n   ${goodJson}`)).toStrictEqual(expected);
    expect(parseProfile(goodJson, 'json')).toStrictEqual(expected);
    expect(parseProfile(goodCsv, 'csv')).toStrictEqual(expected);
  });

  it('reads CSV with a byte-order mark and CRLF line ends', () => {
    expect(parseProfile(`\uFEFF${goodCsv.replace(/\n/g, '\r\n')}\r\n`)).toStrictEqual(expected);
  });

  it('reads quoted CSV cells with commas, new lines and "" quote marks', () => {
    const csv = [
      'type,id,code,forms,meaning,ask',
      'term,sotw,,"Star of the Week|Star, of the Week","A prize, given ""each week"".',
      'It goes home on Friday.","Ask: ""why""?"',
      'scale,atl, ,ATL,"Attitude, to learning",',
      'value,atl,"1",,"Good",',
    ].join('\r\n');
    expect(parseProfile(csv)).toStrictEqual({
      terms: {
        sotw: {
          forms: ['Star of the Week', 'Star, of the Week'],
          meaning: 'A prize, given "each week".\r\nIt goes home on Friday.',
          ask: 'Ask: "why"?',
        },
      },
      scales: [{ id: 'atl', name: 'Attitude, to learning', prefixes: ['ATL'], values: [{ code: '1', meaning: 'Good' }] }],
    });
  });

  it('keeps counting lines after a cell that spans lines', () => {
    const csv = 'type,id,code,forms,meaning,ask\nterm,a,,A,"one\ntwo\nthree",\nterm,b,,B,,\n';
    expect(where(problemsOf(csv))).toEqual([[5, 'meaning']]);
  });

  it('matches regions without minding case or spaces', () => {
    const profile = parseProfile('{ "region": "Northern Ireland", "terms": { "a": { "forms": ["A"], "meaning": "B" } } }');
    expect(profile.region).toBe('northern-ireland');
  });
});

describe('parseProfile: JSON problems', () => {
  it('names the line of a syntax error and says what is wrong in plain words', () => {
    const cases: [string, number, RegExp][] = [
      ['{\n  "school": "Oak Hill"\n  "region": "england"\n}', 2, /comma is missing/],
      ['{\n  "school": "Oak Hill",\n}', 2, /extra comma/],
      ['{\n  "school": "Oak Hill\n}', 2, /no closing quote mark/],
      ["{\n  'school': 'Oak Hill'\n}", 2, /double quotes/],
      ['{\n  school: "Oak Hill"\n}', 2, /Write "school" instead of school/],
      ['{\n  "school" "Oak Hill"\n}', 2, /colon is missing/],
      ['{\n  "school": Oak\n}', 2, /Write "Oak"/],
      ['{\n  // our terms\n}', 2, /cannot have comments/],
      ['{\n  "terms": {\n', 2, /never closed/],
      ['{\n  "school": "Oak Hill"\n}\n}', 4, /more text after the last }/],
      ['{\n  "school": "a\\qb"\n}', 2, /not allowed in text/],
    ];
    for (const [source, line, message] of cases) {
      const problems = problemsOf(source);
      expect(problems, source).toHaveLength(1);
      expect(problems[0]?.line, source).toBe(line);
      expect(problems[0]?.message, source).toMatch(message);
    }
  });

  it('checks types, required fields and empty text, each on its own line', () => {
    const source = [
      '{', //                                                       1
      '  "school": 42,', //                                         2
      '  "terms": {', //                                            3
      '    "sotw": {', //                                           4
      '      "forms": "Star of the Week",', //                      5
      '      "meaning": "   "', //                                  6
      '    },', //                                                  7
      '    "golden-time": { "forms": ["Golden Time", ""] }', //     8
      '  },', //                                                    9
      '  "scales": [', //                                           10
      '    {', //                                                   11
      '      "id": "atl",', //                                      12
      '      "prefixes": ["ATL"],', //                              13
      '      "values": [', //                                       14
      '        { "code": "1", "meaning": "Good" },', //             15
      '        { "code": "2", "meaning": "" },', //                 16
      '        { "code": true, "meaning": "Poor" }', //             17
      '      ]', //                                                 18
      '    }', //                                                   19
      '  ]', //                                                     20
      '}', //                                                       21
    ].join('\n');
    const problems = problemsOf(source);
    expect(where(problems)).toEqual([
      [2, 'school'],
      [5, 'terms.sotw.forms'],
      [6, 'terms.sotw.meaning'],
      [8, 'terms.golden-time.meaning'],
      [8, 'terms.golden-time.forms[1]'],
      [11, 'scales[0].name'],
      [16, 'scales[0].values[1].meaning'],
      [17, 'scales[0].values[2].code'],
    ]);
    expect(problems[0]?.message).toMatch(/should be text in double quotes, but it is a number/);
    expect(problems[3]?.message).toMatch(/this term has no meaning/);
    expect(problems[5]?.message).toMatch(/this scale has no name/);
    expect(problems[6]?.message).toBe('the meaning is empty. Write what the code means in plain words.');
  });

  it('rejects an unknown region', () => {
    const problems = problemsOf('{\n  "region": "narnia",\n  "terms": { "a": { "forms": ["A"], "meaning": "B" } }\n}');
    expect(where(problems)).toEqual([[2, 'region']]);
    expect(problems[0]?.message).toMatch(/"narnia" is not a region. Use one of: uk, england/);
  });

  it('rejects ids that are not small letters, numbers and dashes, and suggests one', () => {
    const problems = problemsOf('{\n  "terms": {\n    "Star of the Week": { "forms": ["SOTW"], "meaning": "A prize." }\n  }\n}');
    expect(where(problems)).toEqual([[3, 'terms["Star of the Week"]']]);
    expect(problems[0]?.message).toMatch(/Try "star-of-the-week"/);
  });

  it('rejects a scale id used twice and a code used twice, ignoring case', () => {
    const source = [
      '{ "scales": [',
      '  { "id": "steps", "name": "Steps", "values": [',
      '    { "code": "Y4S", "meaning": "Secure" },',
      '    { "code": "y4s", "meaning": "Secure again" }',
      '  ] },',
      '  { "id": "steps", "name": "More steps", "values": [ { "code": "Y5S", "meaning": "Secure" } ] }',
      '] }',
    ].join('\n');
    const problems = problemsOf(source);
    expect(where(problems)).toEqual([[4, 'scales[0].values[1].code'], [6, 'scales[1].id']]);
    expect(problems[0]?.message).toMatch(/the code "y4s" is in this scale twice \(first on line 3\)/);
    expect(problems[1]?.message).toMatch(/used twice \(first on line 2\)/);
  });

  it('names unknown keys and suggests the right one for a near miss', () => {
    const source = [
      '{',
      '  "scale": [],',
      '  "colour": "green",',
      '  "terms": { "a": { "forms": ["A"], "meaning": "B", "asks": "C" } },',
      '  "terms": {}',
      '}',
    ].join('\n');
    const problems = problemsOf(source);
    expect(where(problems)).toEqual([[2, 'scale'], [3, 'colour'], [4, 'terms.a.asks'], [5, 'terms']]);
    expect(problems[0]?.message).toMatch(/"scale" is not a known name. Did you mean "scales"\?/);
    expect(problems[1]?.message).not.toMatch(/Did you mean/);
    expect(problems[2]?.message).toMatch(/Did you mean "ask"\?/);
    expect(problems[3]?.message).toMatch(/written twice \(first on line 4\)/);
  });

  it('says when the profile is not an object, or has nothing in it', () => {
    expect(problemsOf('[]', 'json')[0]?.message).toMatch(/must be a group in \{ \}/);
    expect(problemsOf('{ "school": "Oak Hill Primary" }')[0]?.message).toMatch(/no terms and no scales/);
  });

  it('rejects a | in a form, as CSV could not keep it', () => {
    const problems = problemsOf('{ "terms": { "a": { "forms": ["A|B"], "meaning": "C" } } }');
    expect(where(problems)).toEqual([[1, 'terms.a.forms[0]']]);
  });

  it('rejects a code with a space after a prefix, which the engine could never find', () => {
    const problems = problemsOf('{ "scales": [ { "id": "atl", "name": "ATL", "prefixes": ["ATL"], "values": [ { "code": "very good", "meaning": "A" } ] } ] }');
    expect(where(problems)).toEqual([[1, 'scales[0].values[0].code']]);
  });
});

describe('parseProfile: CSV problems', () => {
  const header = 'type,id,code,forms,meaning,ask';

  it('names the line where an unclosed quote began', () => {
    const csv = [header, 'term,a,,A,"A prize', 'for good work,', 'term,b,,B,C,'].join('\n');
    const problems = problemsOf(csv);
    expect(where(problems)).toEqual([[2, '']]);
    expect(problems[0]?.message).toMatch(/never closed/);
  });

  it('reports a row with the wrong number of cells', () => {
    const problems = problemsOf([header, 'term,a,,A,A prize, for good work,', 'term,b,,B'].join('\n'));
    expect(where(problems)).toEqual([[2, ''], [3, '']]);
    expect(problems[0]?.message).toMatch(/this row has 7 cells but the header has 6/);
  });

  it('says when the header row is missing', () => {
    const problems = problemsOf('term,a,,A,B,\n');
    expect(where(problems)).toEqual([[1, '']]);
    expect(problems[0]?.message).toMatch(/first row must be the header/);
  });

  it('names unknown and doubled columns, and a needed column that is missing, once', () => {
    const csv = ['type,id,meening,code,code', 'value,atl,,1,', 'value,atl,,2,', 'scale,atl,,,'].join('\n');
    const problems = problemsOf(csv);
    expect(where(problems)).toEqual([[1, 'meening'], [1, 'code'], [1, 'meaning']]);
    expect(problems[0]?.message).toMatch(/no column called "meening". Did you mean "meaning"\?/);
    expect(problems[2]?.message).toMatch(/header has no meaning column, but line 2 needs one/);
  });

  it('rejects an unknown type of row, suggesting a near miss', () => {
    const problems = problemsOf([header, 'terms,a,,A,B,', 'glossary,a,,A,B,', ',a,,A,B,'].join('\n'));
    expect(where(problems)).toEqual([[2, 'type'], [3, 'type'], [4, 'type']]);
    expect(problems[0]?.message).toMatch(/"terms" is not a type of row. Did you mean "term"\?/);
    expect(problems[1]?.message).not.toMatch(/Did you mean/);
    expect(problems[2]?.message).toMatch(/this row has no type/);
  });

  it('reports a missing id, code or meaning with how to fix it', () => {
    const csv = [header, 'scale,atl,,ATL,Attitude to learning,', 'value,,1,,Good,', 'value,atl,,,Good,', 'value,atl,2,,,', 'term,a,,,B,'].join('\n');
    const problems = problemsOf(csv);
    expect(where(problems)).toEqual([[3, 'id'], [4, 'code'], [5, 'meaning'], [6, 'forms']]);
    expect(problems[2]?.message).toBe('this row has no meaning. Write what the code means in plain words.');
  });

  it('rejects a value for a scale that is not in the file', () => {
    const csv = [header, 'value,atl,1,,Good,', 'value,effort,1,,Good,', 'scale,atl,,ATL,Attitude to learning,'].join('\n');
    const problems = problemsOf(csv);
    expect(where(problems)).toEqual([[3, 'id']]);
    expect(problems[0]?.message).toMatch(/no scale with the id "effort"/);
  });

  it('rejects a code used twice in one scale, ignoring case', () => {
    const csv = [header, 'scale,steps,,,Steps,', 'value,steps,Y4S,,Secure,', 'value,steps,y4s,,Secure again,'].join('\n');
    const problems = problemsOf(csv);
    expect(where(problems)).toEqual([[4, 'code']]);
    expect(problems[0]?.message).toMatch(/twice \(first on line 3\)/);
  });

  it('rejects ids used twice, bad ids, bad regions, text in unused columns and scales with no values', () => {
    const csv = [
      header,
      'term,a,,A,B,',
      'term,a,,A,B,',
      'term,Big Word,,A,B,',
      'region,,narnia,,,',
      'school,,,,Oak Hill Primary,Ask us',
      'scale,empty,,,Empty scale,',
    ].join('\n');
    expect(where(problemsOf(csv))).toEqual([[3, 'id'], [4, 'id'], [5, 'code'], [6, 'ask'], [7, 'id']]);
  });

  it('says when the file has only a header', () => {
    expect(problemsOf(`${header}\n\n`)[0]?.message).toMatch(/no terms and no scales/);
  });
});

describe('parseProfile: every problem, and nothing half-loaded', () => {
  it('reports several problems at once, in line order, in a message staff can read', () => {
    const csv = [
      'type,id,code,forms,meaning,ask',
      'term,star-of-the-week,,Star of the Week,A prize.,',
      'term,golden-time,,Golden Time,,',
      'value,atl,1,,Good,',
      'value,atl,1,,Good again,',
      'scale,atl,,ATL,Attitude to learning,',
      'colour,,,,,',
      'value,atl,2,,,',
    ].join('\n');
    let error: unknown;
    try {
      parseProfile(csv);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ProfileError);
    expect(error).toBeInstanceOf(Error);
    const { problems, message, name } = error as ProfileError;
    expect(name).toBe('ProfileError');
    expect(where(problems)).toEqual([[3, 'meaning'], [5, 'code'], [7, 'type'], [8, 'meaning']]);
    expect(message.split('\n')).toEqual([
      'The school profile was not loaded. Fix these 4 problems:',
      'line 3, meaning: this term has no meaning. Write what it means in plain words.',
      'line 5, code: the code "1" is in scale "atl" twice (first on line 4). Keep only one.',
      'line 7, type: "colour" is not a type of row. Use one of: term, scale, value, school, region, wording.',
      'line 8, meaning: this row has no meaning. Write what the code means in plain words.',
    ]);
  });

  it('throws, rather than returning the good part, when one part is wrong', () => {
    const json = goodJson.replace('"Needs to try harder."', '""');
    expect(() => parseProfile(json)).toThrow(ProfileError);
    expect(() => parseProfile(goodCsv.replace('Golden Time,', ','))).toThrow(ProfileError);
  });

  it('treats empty input as a problem', () => {
    for (const source of ['', '   \n\t', '\uFEFF']) {
      expect(where(problemsOf(source))).toEqual([[1, '']]);
      expect(problemsOf(source)[0]?.message).toMatch(/the profile is empty/);
    }
  });
});

describe('profileToCsv', () => {
  it('round-trips through parseProfile', () => {
    const csv = profileToCsv(expected);
    expect(csv.split('\r\n')[0]).toBe('type,id,code,forms,meaning,ask');
    expect(parseProfile(csv)).toStrictEqual(expected);
  });

  it('quotes cells with commas, quote marks and new lines', () => {
    const profile: SchoolProfile = {
      terms: { a: { forms: ['Star, of the Week', 'Say "hi"'], meaning: 'Line one,\nline "two".' } },
      scales: [{ id: 'b', name: 'B, C', prefixes: [], values: [{ code: 'Y4"S', meaning: '1, 2\r\n3' }] }],
    };
    const csv = profileToCsv(profile);
    expect(csv).toContain('"Star, of the Week|Say ""hi"""');
    expect(parseProfile(csv)).toStrictEqual(profile);
  });

  it('refuses a form with a |, which CSV cannot keep', () => {
    expect(() => profileToCsv({ terms: { a: { forms: ['A|B'], meaning: 'C' } }, scales: [] })).toThrow(/\|/);
  });
});

describe('a school\'s own wording of terms, by language', () => {
  const json = `{
  "wording": {
    "ur": {
      "exs": { "meaning": "اسکول کی اپنی اردو عبارت (EXS)", "ask": "اسکول سے پوچھیں۔" }
    },
    "en": {
      "gds": { "meaning": "Our own words for greater depth." }
    }
  }
}`;
  const csv = [
    'type,id,code,forms,meaning,ask',
    'wording,exs,ur,,اسکول کی اپنی اردو عبارت (EXS),اسکول سے پوچھیں۔',
    'wording,gds,en,,Our own words for greater depth.,',
  ].join('\n');
  const expected: SchoolProfile = {
    terms: {},
    scales: [],
    wording: { ur: { exs: { meaning: 'اسکول کی اپنی اردو عبارت (EXS)', ask: 'اسکول سے پوچھیں۔' } }, en: { gds: { meaning: 'Our own words for greater depth.' } } },
  };

  it('loads from JSON and CSV alike, and a profile of wording alone is enough', () => {
    expect(parseProfile(json)).toEqual(expected);
    expect(parseProfile(csv)).toEqual(expected);
  });

  it('writes wording back to CSV', () => {
    expect(parseProfile(profileToCsv(expected))).toEqual(expected);
  });

  it('names the line of an unknown language, a bad id, a missing meaning and a term worded twice', () => {
    expect(where(problemsOf('{\n"wording": {\n"xx": { "exs": { "meaning": "a" } },\n"ur": { "EXS!": { "meaning": "a" }, "gds": { "ask": "b" } }\n}\n}'))).toEqual([
      [3, 'wording.xx'], [4, 'wording.ur.EXS!'], [4, 'wording.ur.gds.meaning'],
    ]);
    const problems = problemsOf(['type,id,code,forms,meaning,ask', 'wording,exs,klingon,,a,', 'wording,exs,ur,,a,', 'wording,exs,ur,,b,', 'wording,gds,ur,,,'].join('\n'));
    expect(where(problems)).toEqual([[2, 'code'], [4, 'id'], [5, 'meaning']]);
    expect(problems[0]!.message).toMatch(/"klingon" is not a language Plainsight has/);
  });
});
