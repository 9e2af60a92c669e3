import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, isKnownLanguage, loadInterface, loadLanguage } from '../../lib/glossary/languages';

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

/** Every plural category the language's rules can pick, as i18next suffixes them. */
const pluralSuffixes = (lang: string) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories.map((category) => `_${category}`).sort();

/** Text that is the same in every language: a brand name, numbers and signs. */
const sameEverywhere = (value: string) => value === 'Plainsight' || !/\p{L}/u.test(value);

const placeholders = (values: string[]) => [...new Set(values.flatMap((value) => value.match(/\{\{\s*\w+\s*\}\}/g) ?? []))].sort();

/** Every string in a tree by its full dotted key, plural suffixes and all. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else if (typeof value === 'object') for (const [inner, text] of leaves(value, path)) found.set(inner, text);
  }
  return found;
}

describe('the languages', () => {
  it('are the folders in locales/, and each one loads', async () => {
    expect(Object.keys(LANGUAGES).sort()).toEqual(readdirSync('locales').sort());
    expect(Object.keys(LANGUAGES).every(isKnownLanguage)).toBe(true);
    expect(isKnownLanguage('xx')).toBe(false);
    for (const lang of languages) {
      const pack = await loadLanguage(lang);
      expect(Object.keys(pack.glossary ?? {}).length, lang).toBeGreaterThan(500);
      expect((await loadInterface(lang)).meta, lang).toMatchObject({ dir: LANGUAGES[lang]!.dir });
    }
  });

  it('each have a name in their own words, for the menu, as their own interface writes it', () => {
    for (const lang of languages) expect(LANGUAGES[lang]!.name, lang).toBe((read(lang, 'ui.json').meta as Tree).name);
  });
});

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

    it(`has no ${file} string left in English`, () => {
      const english = leaves(read('en', file));
      const same = [...leaves(read(lang, file))].filter(([key, value]) => english.get(key) === value && !sameEverywhere(value) && key !== 'meta.dir');
      expect(same.map(([key]) => key)).toEqual([]);
    });

    it(`has every plural form ${lang} needs in ${file}`, () => {
      const wanted = pluralSuffixes(lang);
      const keys = [...leaves(read(lang, file)).keys()];
      const bases = new Set([...leaves(read('en', file)).keys()].filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -'_other'.length)));
      const problems = [...bases].flatMap((base) => {
        const have = keys.filter((key) => key.startsWith(`${base}_`)).map((key) => key.slice(base.length));
        const missing = wanted.filter((suffix) => !have.includes(suffix));
        return missing.length > 0 ? [`${base}: no ${missing.join(', ')}`] : [];
      });
      expect(problems).toEqual([]);
    });
  }

  it('has a meaning for every glossary term, and a hint wherever English has one', () => {
    const english = read('en', 'glossary.json') as unknown as Record<string, { forms: string[]; meaning: string; ask?: string }>;
    const translated = read(lang, 'glossary.json') as Record<string, { meaning?: string; ask?: string }>;
    const problems = Object.entries(english).flatMap(([id, entry]) => {
      const theirs = translated[id];
      if (!theirs?.meaning?.trim()) return [`${id}: no meaning`];
      if (theirs.meaning === entry.meaning) return [`${id}: meaning is still in English`];
      if (entry.ask && !theirs.ask?.trim()) return [`${id}: no hint`];
      // The English term in brackets lets a parent match the explanation to the report.
      const bracketed = theirs.meaning!.match(/\([^)]*\)/g) ?? [];
      if (!entry.forms.some((form) => bracketed.some((text) => text.includes(form)))) return [`${id}: no English term in brackets`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it('says whether a fluent speaker has checked it', () => {
    expect(typeof (read(lang, 'ui.json').meta as Tree).reviewed).toBe('boolean');
  });
});
