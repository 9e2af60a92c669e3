/**
 * Plain words a teacher can put in place of a school word in a report comment. The glossary
 * says what each term means, written to a parent ("Your child has..."); a comment needs a
 * phrase that fits into the teacher's own sentence instead. These are English, like the
 * comments they go into, whatever language Plainsight's own words are shown in.
 */
import type { Glossary, TermEntry } from '../../lib/engine/types';

/** Phrases for the school words teachers use most in comments, by glossary id. */
export const PLAIN_PHRASES: Readonly<Record<string, string>> = {
  exs: 'the expected level for their age',
  wts: 'working towards the expected level for their age',
  'working-towards': 'getting closer to',
  gds: 'working above the expected level for their age',
  hnm: 'not yet at the expected level',
  are: 'the level expected for their age',
  'age-related-expectations': 'the level expected for their age',
  senco: 'the teacher who leads extra help for learning',
  'persistent-absence': 'missing a lot of school',
  atl: 'effort and focus in lessons',
  'effort-grade': 'effort mark',
  slt: 'the school leaders',
  mastery: 'a deep understanding',
  secure: 'confident',
  developing: 'still learning',
  emerging: 'just starting',
  attainment: 'results',
  'formative-assessment': 'checks in class',
  'summative-assessment': 'end-of-topic tests',
  dirt: 'time to improve their work',
  plc: 'checklist of topics',
  'knowledge-organiser': 'topic fact sheet',
  'command-words': 'question words',
  'flight-path': 'planned steps of grades',
  'target-grade': 'the grade we hope they reach',
  'aspirational-target': 'stretch target',
  'predicted-grade': 'the grade we expect',
  'working-at-grade': 'grade now',
  meg: 'the lowest grade we expect',
  'minimum-expected-grade': 'the lowest grade we expect',
  nea: 'coursework',
  ppe: 'mock exam',
  'data-drop': 'progress update',
  'value-added': 'progress made',
  'rag-rating': 'colour rating',
  'above-target': 'ahead of their target',
  'below-target': 'behind their target',
  'phonics-screening-check': 'Year 1 reading check',
  mtc: 'Year 4 times tables check',
  'guided-reading': 'group reading with the teacher',
  'fine-motor-skills': 'hand skills, like holding a pencil',
  'gross-motor-skills': 'running, jumping and climbing',
  'elg-self-regulation': 'managing their feelings',
  'behaviour-for-learning': 'behaviour in lessons',
  ta: 'teaching assistant',
  hlta: 'senior teaching assistant',
  eal: 'learning English as a new language',
};

/** "EXS", "SENCo", "KS2": short, with capitals inside. */
function looksLikeAcronym(text: string): boolean {
  return text.length <= 8 && !/\s/.test(text) && /[A-Z].*[A-Z0-9]/.test(text);
}

/**
 * The plain words for a match, if there are any: a phrase from the list above, or else, for
 * an acronym, the words it stands for (the first form with a space in it).
 */
export function plainAlternative(id: string, matched: string, entry: TermEntry | undefined): string | undefined {
  const phrase = PLAIN_PHRASES[id];
  if (phrase && phrase.toLowerCase() !== matched.toLowerCase()) return phrase;
  if (!entry || !looksLikeAcronym(matched)) return undefined;
  return entry.forms.find((form) => /\s/.test(form) && !looksLikeAcronym(form) && form.toLowerCase() !== matched.toLowerCase());
}

/** Ids in PLAIN_PHRASES that the glossary does not have (a test keeps this empty). */
export function unknownPhraseIds(glossary: Glossary): string[] {
  return Object.keys(PLAIN_PHRASES).filter((id) => !Object.hasOwn(glossary, id));
}
