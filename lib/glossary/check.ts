import { Engine } from '../engine/engine';
import values from '../../locales/en/values.json';
import { foldForm } from '../engine/triggers';
import { CATEGORIES, type Glossary, REGIONS, type Region } from '../engine/types';

/** The highest Flesch–Kincaid grade a meaning may have: reading age 9. */
export const MAX_MEANING_GRADE = 4;

export interface GlossaryProblem {
  id: string;
  problem: string;
}

function regionsOverlap(a: Region, b: Region): boolean {
  return a === b || a === 'uk' || b === 'uk';
}

/**
 * Checks a glossary the way its tests do: every field present and valid, every meaning and
 * hint at reading age 9 by the engine's own measure, and no form claimed twice in one region.
 */
export function checkGlossary(glossary: Glossary): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  const measure = new Engine({ glossary: {}, values });
  const owners = new Map<string, { id: string; region: Region }[]>();
  for (const [id, entry] of Object.entries(glossary)) {
    const add = (problem: string) => problems.push({ id, problem });
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) add('the id must be lower-case words joined by dashes');
    if (!Array.isArray(entry.forms) || entry.forms.length === 0) add('it has no forms');
    if (!REGIONS.includes(entry.region)) add(`unknown region "${entry.region}"`);
    if (!CATEGORIES.includes(entry.category)) add(`unknown category "${entry.category}"`);
    if (typeof entry.meaning !== 'string' || entry.meaning.trim() === '') add('it has no meaning');
    for (const word of entry.context ?? []) {
      // Context is matched word by word: a word with an apostrophe or a space would never match.
      if (/[\s'’-]/.test(word)) add(`the context word "${word}" must be one word, with no spaces or apostrophes`);
    }
    for (const [field, text] of [['meaning', entry.meaning], ['ask', entry.ask]] as const) {
      if (typeof text !== 'string') continue;
      const grade = measure.analyse(text).readability.fleschKincaidGrade;
      if (grade > MAX_MEANING_GRADE) add(`${field} is at grade ${grade}, over ${MAX_MEANING_GRADE}: "${text}"`);
    }
    for (const form of entry.forms ?? []) {
      const folded = foldForm(form);
      const others = owners.get(folded) ?? [];
      for (const other of others) {
        if (other.id !== id && regionsOverlap(other.region, entry.region)) {
          add(`the form "${form}" is also claimed by "${other.id}" in an overlapping region`);
        }
      }
      if (others.some((other) => other.id === id)) add(`the form "${form}" is listed twice`);
      others.push({ id, region: entry.region });
      owners.set(folded, others);
    }
  }
  return problems;
}
