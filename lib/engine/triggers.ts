/**
 * Words that tell the engine what kind of number follows (or comes just before) them:
 * "GCSE grade 6", "attendance 91.2%", "32/40 in the phonics check". Each kind is a bit, so a
 * phrase such as "KS2 scaled score" can say two things at once.
 */
export const GRADE = 0;
export const KS2 = 1;
export const KS1 = 2;
export const SCALED = 3;
export const PHONICS = 4;
export const TIMES_TABLES = 5;
export const ATTENDANCE = 6;
export const CAT4 = 7;
export const STANINE = 8;
export const PERCENTILE = 9;
export const TRIGGER_COUNT = 10;

const PHRASES: Record<number, string[]> = {
  [GRADE]: [
    'GCSE', 'GCSEs', 'grade', 'grades', 'target', 'targets', 'predicted', 'prediction', 'working at',
    'working grade', 'current grade', 'MEG', 'FFT', 'FFT20', 'FFT5', 'FFT50', 'estimate', 'estimated',
    'forecast', 'mock', 'mocks',
  ],
  [KS2]: ['KS2', 'key stage 2', 'SATs', 'SATS'],
  [KS1]: ['KS1', 'key stage 1'],
  [SCALED]: ['scaled score', 'scaled scores', 'scaled'],
  [PHONICS]: ['phonics'],
  [TIMES_TABLES]: ['MTC', 'times tables', 'times table', 'multiplication tables', 'multiplication'],
  [ATTENDANCE]: ['attendance', 'attended', 'attending'],
  [CAT4]: [
    'CAT4', 'CAT 4', 'CAT', 'SAS', 'standardised score', 'standardised scores', 'standard age score',
    'standardised age score', 'verbal', 'non-verbal', 'quantitative', 'spatial',
  ],
  [STANINE]: ['stanine', 'stanines'],
  [PERCENTILE]: ['percentile', 'percentile rank', 'national percentile'],
};

let phraseList: [phrase: string, bits: number][] | undefined;
let foldedList: [folded: string, bits: number][] | undefined;

/** Each trigger phrase as written, and its bit. */
export function triggerPhrases(): [phrase: string, bits: number][] {
  return (phraseList ??= Object.entries(PHRASES).flatMap(([kind, phrases]) => phrases.map((phrase): [string, number] => [phrase, 1 << Number(kind)])));
}

/** Folds a form for comparison: lower case, any run of spaces or dashes as one space. */
export function foldForm(form: string): string {
  return form.toLowerCase().replace(/[\s\-\u2010-\u2014]+/g, ' ').replace(/\u2019/g, "'").trim();
}

/** The trigger bits of every trigger phrase that a glossary form contains as whole words. */
export function triggersInForm(form: string): number {
  foldedList ??= triggerPhrases().map(([phrase, bit]) => [` ${foldForm(phrase)} `, bit]);
  const folded = ` ${foldForm(form)} `;
  let bits = 0;
  for (const [phrase, bit] of foldedList) if (folded.includes(phrase)) bits |= bit;
  return bits;
}
