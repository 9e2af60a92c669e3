import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | boolean | Tree };
const read = (lang: string, file: string) => JSON.parse(readFileSync(`locales/${lang}/${file}`, 'utf8')) as Tree;
const languages = readdirSync('locales').filter((lang) => lang !== 'en');

/** Every string in a tree, by its dotted key; plural forms (_one, _few…) share their base key. */
function strings(tree: Tree, prefix = ''): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      const base = path.replace(/_(zero|one|two|few|many|other)$/, '');
      found.set(base, [...(found.get(base) ?? []), value]);
    } else if (typeof value === 'object') {
      for (const [inner, values] of strings(value, path)) found.set(inner, values);
    }
  }
  return found;
}

const placeholders = (values: string[]) => [...new Set(values.flatMap((value) => value.match(/\{\{\s*\w+\s*\}\}/g) ?? []))].sort();

describe.each(languages)('the %s locale', (lang) => {
  for (const file of ['ui.json', 'values.json']) {
    it(`has every English key of ${file}, filled in, with the same placeholders`, () => {
      const english = strings(read('en', file));
      const translated = strings(read(lang, file));
      const problems: string[] = [];
      for (const [key, values] of english) {
        const theirs = translated.get(key);
        if (!theirs) problems.push(`${key}: missing`);
        else if (theirs.some((value) => value.trim() === '')) problems.push(`${key}: empty`);
        else if (JSON.stringify(placeholders(theirs)) !== JSON.stringify(placeholders(values))) problems.push(`${key}: placeholders differ`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('has a meaning for every glossary term, and a hint wherever English has one', () => {
    const english = read('en', 'glossary.json') as Record<string, { meaning: string; ask?: string }>;
    const translated = read(lang, 'glossary.json') as Record<string, { meaning?: string; ask?: string }>;
    const problems = Object.entries(english).flatMap(([id, entry]) => {
      const theirs = translated[id];
      if (!theirs?.meaning?.trim()) return [`${id}: no meaning`];
      if (theirs.meaning === entry.meaning) return [`${id}: meaning is still in English`];
      if (entry.ask && !theirs.ask?.trim()) return [`${id}: no hint`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it('says whether a fluent speaker has checked it', () => {
    expect(typeof (read(lang, 'ui.json').meta as Tree).reviewed).toBe('boolean');
  });
});
