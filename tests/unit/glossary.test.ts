import { describe, expect, it } from 'vitest';
import { analyse, englishGlossary } from '../../lib/engine/index';
import { CATEGORIES, REGIONS } from '../../lib/engine/types';
import { checkGlossary } from '../../lib/glossary/check';

const entries = Object.entries(englishGlossary);

describe('the English glossary', () => {
  it('has at least 400 terms', () => {
    expect(entries.length).toBeGreaterThanOrEqual(400);
  });

  it('passes every check: fields, reading age 9 for each meaning and hint, no clashing forms', () => {
    expect(checkGlossary(englishGlossary)).toEqual([]);
  });

  it('covers every category and all four parts of the UK', () => {
    const categories = new Set(entries.map(([, entry]) => entry.category));
    const regions = new Set(entries.map(([, entry]) => entry.region));
    expect([...CATEGORIES].filter((c) => !categories.has(c))).toEqual([]);
    expect([...REGIONS].filter((r) => !regions.has(r))).toEqual([]);
  });

  it('finds each of its own forms in a sentence that gives the form its context', () => {
    const missed: string[] = [];
    for (const [id, entry] of entries) {
      for (const form of entry.forms) {
        const context = entry.context?.find((word) => /\p{L}/u.test(word)) ?? '';
        const found = analyse(`About ${context}: ${form} here.`).terms;
        if (!found.some((term) => term.id === id || entry.forms.includes(term.text))) missed.push(`${id}: ${form}`);
      }
    }
    expect(missed).toEqual([]);
  });
});
