// The extension's logic that needs no browser: which site a page is on, the plain words it
// offers, its strings, and reading a school profile file.
import { describe, expect, it } from 'vitest';
import { PLAIN_PHRASES, plainAlternative, unknownPhraseIds } from '../../extension/background/plain-alternatives';
import { KNOWN_SITES, isKnownSite, patternMatches, sitePatternFor } from '../../extension/sites/known-sites';
import { makeTranslate } from '../../extension/strings';
import { readProfileFile } from '../../extension/ui/profile-file';
import { englishGlossary } from '../../lib/engine/index';
import english from '../../locales/en/ui.json';

describe('the site a page is on', () => {
  it('is the whole site, over the same scheme, without port, path or query', () => {
    expect(sitePatternFor('https://oakhill.arbor.sc/reports/year-6?pupil=12#top')).toBe('https://oakhill.arbor.sc/*');
    expect(sitePatternFor('http://localhost:5300/mis/marksheet.html')).toBe('http://localhost/*');
    expect(sitePatternFor('https://www.sims-parent.co.uk/')).toBe('https://www.sims-parent.co.uk/*');
  });

  it('is nothing on pages an extension cannot run on', () => {
    for (const url of ['chrome://extensions/', 'chrome-extension://abc/popup.html', 'about:blank', 'file:///tmp/a.html', 'not a url', '']) {
      expect(sitePatternFor(url)).toBeUndefined();
    }
  });

  it('knows the school sites it offers to run on', () => {
    expect(isKnownSite('https://oakhill.arbor.sc/parent')).toBe(true);
    expect(isKnownSite('https://www.mychildatschool.com/MCAS/MCSParentPage')).toBe(true);
    expect(isKnownSite('https://www.classcharts.com/parent')).toBe(true);
    expect(isKnownSite('https://arbor.sc.evil.example/')).toBe(false);
    expect(isKnownSite('https://example.com/')).toBe(false);
    expect(KNOWN_SITES).toContain('*://*.isams.cloud/*');
  });

  it('matches patterns the way the browser does', () => {
    expect(patternMatches('*://*.arbor.sc/*', 'https://arbor.sc/')).toBe(true);
    expect(patternMatches('https://a.example/*', 'http://a.example/')).toBe(false);
    expect(patternMatches('https://a.example/reports/*', 'https://a.example/homework')).toBe(false);
    expect(patternMatches('https://a.example/*', 'ftp://a.example/')).toBe(false);
  });
});

describe('plain words for a teacher', () => {
  it('every phrase belongs to a term the glossary has', () => {
    expect(unknownPhraseIds(englishGlossary)).toEqual([]);
    expect(Object.keys(PLAIN_PHRASES).length).toBeGreaterThan(30);
  });

  it('offers a phrase, else the words an acronym stands for, else nothing', () => {
    expect(plainAlternative('exs', 'EXS', englishGlossary.exs)).toBe('the expected level for their age');
    expect(plainAlternative('ehcp', 'EHCP', englishGlossary.ehcp)).toBe('EHC plan');
    expect(plainAlternative('ks2', 'KS2', englishGlossary.ks2)).toBe('Key Stage 2');
    // Already written out, with no phrase: there is nothing shorter to offer.
    expect(plainAlternative('ks2', 'Key Stage 2', englishGlossary.ks2)).toBeUndefined();
  });
});

describe('the extension\'s strings', () => {
  const strings = (english as { extension: Record<string, unknown> }).extension;

  it('fills in values and picks plurals', () => {
    const t = makeTranslate('en', strings, strings);
    expect(t('teacher.badge', { age: 12, count: 1 })).toBe('Reading age 12 · 1 school word');
    expect(t('teacher.badge', { age: 12, count: 3 })).toBe('Reading age 12 · 3 school words');
    expect(t('teacher.checkAll', { count: 500 })).toBe('Check all 500 comments');
  });

  it('falls back to English for a string a language does not have yet', () => {
    const t = makeTranslate('cy', { close: 'Cau' }, strings);
    expect(t('close')).toBe('Cau');
    expect(t('teacher.use')).toBe('Use this');
    expect(t('no.such.key')).toBe('no.such.key');
  });
});

describe('a school profile file', () => {
  it('is read whole when it is right', () => {
    const read = readProfileFile('ours.csv', 'type,id,code,forms,meaning,ask\nterm,star-award,,Star Award,A prize for kindness.,\n', new Date('2026-01-01T00:00:00Z'));
    expect(read).toEqual({ profile: { name: 'ours.csv', loadedAt: '2026-01-01T00:00:00.000Z', profile: expect.objectContaining({ terms: { 'star-award': expect.anything() } }) } });
  });

  it('is refused with its problems by line when anything is wrong, and nothing is kept', () => {
    const read = readProfileFile('ours.json', '{ "terms": { "Star Award": { "forms": ["Star Award"] } } }');
    expect('problems' in read && read.problems.length).toBeGreaterThan(0);
    expect('profile' in read).toBe(false);
    if ('problems' in read) expect(read.problems[0]!.line).toBe(1);
  });
});
