/**
 * The built extension in real Chromium: teacher help on the demo MIS pages, parent help on the
 * demo portal page, the popup and the options page, the manifests, and no request leaving the
 * machine. One browser and one build for the whole file, to keep it quick.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import type { browser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredProfile } from '../../extension/settings';
import { KNOWN_SITES } from '../../extension/sites/known-sites';
import {
  BROWSER_OWN_HOSTS, type ExtensionBrowser, ROOT, STORE_BUILD, TEST_BUILD, axeViolations, buildExtensions,
  inShadow, launchWithExtension, leakTrap, serveDemo, waitInShadow,
} from './extension-harness';

/** The extension api, as extension pages see it (the tests run code in them). */
declare const chrome: typeof browser;

const DEMO_PORT = 5300;
const TRAP_PORT = 5301;

let ext: ExtensionBrowser;
let demo: { server: Server; url: string };
let trap: { server: Server; leaks: string[] };

beforeAll(async () => {
  await buildExtensions();
  demo = await serveDemo(DEMO_PORT);
  trap = await leakTrap(TRAP_PORT);
  ext = await launchWithExtension(TEST_BUILD, TRAP_PORT);
}, 120_000);

afterAll(async () => {
  await ext?.browser.close();
  demo?.server.close();
  trap?.server.close();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The text of the badge, once a check has come back. */
const badgeText = (page: Page) => waitInShadow<string>(page, 'function () { return this.querySelector(".badge")?.textContent ?? ""; }');

/** Clicks the first button in the shadow root that matches a selector (and, if given, contains a text). */
const clickInShadow = (page: Page, selector: string, text = '') => inShadow<boolean>(page, `function (selector, text) {
  const button = [...this.querySelectorAll(selector)].find((b) => b.textContent.includes(text) || (b.getAttribute('aria-label') ?? '').includes(text));
  if (!button) return false;
  button.click();
  return true;
}`, selector, text);

/** A copy of the extension's injected UI in a page of its own, for axe (it cannot see into a closed shadow root). */
async function axeOnInjectedUi(page: Page): Promise<string[]> {
  const copy = await inShadow<{ html: string; css: string; dir: string }>(page, `function () {
    const root = this.querySelector('.root');
    return { html: root.innerHTML, css: [...this.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\\n')).join('\\n'), dir: root.dir };
  }`);
  const copyPage = await ext.browser.newPage();
  try {
    await copyPage.setContent(`<!doctype html><html lang="en"><head><title>Injected UI</title><style>${copy.css.replace(':host', ':root')}</style></head>
      <body><header><h1>A school page</h1></header><main class="root" dir="${copy.dir}">${copy.html}</main></body></html>`);
    return await axeViolations(copyPage);
  } finally {
    await copyPage.close();
  }
}

describe('the manifests', () => {
  it('the store build asks for no host at all, and offers the school sites as optional', () => {
    const manifest = JSON.parse(readFileSync(join(STORE_BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual([...KNOWN_SITES]);
    expect(manifest.content_security_policy.extension_pages).toBe("script-src 'self'; object-src 'none'");
  });

  it('the test build has exactly the test hosts, and runs its content script there', () => {
    const manifest = JSON.parse(readFileSync(join(TEST_BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(manifest.content_scripts).toEqual([expect.objectContaining({ matches: ['http://127.0.0.1/*', 'http://localhost/*'] })]);
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'scripting', 'storage']);
  });
});

describe('teacher help on the report writer', () => {
  let page: Page;
  beforeAll(async () => {
    page = await ext.open(`${demo.url}/mis/report-writer.html`);
    await page.waitForSelector('plainsight-ui');
  });

  it('marks school words in a text area as the teacher types, with the reading age', async () => {
    await page.click('#comment');
    await page.keyboard.type('Amy is working at EXS in reading. Her ATL is good.');
    await expect.poll(() => badgeText(page), { timeout: 10_000 }).toMatch(/Reading age \d+ · 2 school words/);
    const marks = await inShadow<string[]>(page, 'function () { return [...this.querySelectorAll(".mirror .mark")].map((m) => m.textContent); }');
    expect(marks).toEqual(['EXS', 'ATL']);
    // The field and the page's DOM are as the teacher left them.
    expect(await page.$eval('#comment', (el) => (el as HTMLTextAreaElement).value)).toBe('Amy is working at EXS in reading. Her ATL is good.');
    expect(await page.$$eval('#report-form *', (els) => els.filter((el) => el.tagName === 'MARK' || el.tagName === 'PLAINSIGHT-UI').length)).toBe(0);
  });

  it('suggests plain words, and one click puts them in as an edit the page sees', async () => {
    await clickInShadow(page, '.badge');
    const suggestion = await waitInShadow<string>(page, 'function () { return [...this.querySelectorAll(".terms li")].find((li) => li.textContent.includes("EXS"))?.textContent ?? ""; }');
    expect(suggestion).toContain('Say instead: the expected level for their age');
    const seenBefore = await page.evaluate(() => (window as unknown as { inputEvents: unknown[] }).inputEvents.length);
    expect(await clickInShadow(page, 'button.use', '“EXS”')).toBe(true);
    await expect.poll(() => page.$eval('#comment', (el) => (el as HTMLTextAreaElement).value))
      .toBe('Amy is working at the expected level for their age in reading. Her ATL is good.');
    const events = await page.evaluate(() => (window as unknown as { inputEvents: { id: string; type: string; trusted: boolean }[] }).inputEvents);
    expect(events.length).toBeGreaterThan(seenBefore);
    expect(events.at(-1)).toEqual({ id: 'comment', type: 'insertText', trusted: true });
    // The list is checked again: EXS has gone from it.
    await expect.poll(() => inShadow<string[]>(page, 'function () { return [...this.querySelectorAll(".terms .term-name")].map((t) => t.textContent); }'))
      .toEqual(['ATL']);
  });

  it('undo takes the change back', async () => {
    await page.focus('#comment');
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    expect(await page.$eval('#comment', (el) => (el as HTMLTextAreaElement).value)).toBe('Amy is working at EXS in reading. Her ATL is good.');
  });

  it('marks a rich-text comment with highlights and replaces words in it too', async () => {
    await page.click('#rich');
    await page.keyboard.press('End');
    await page.keyboard.type(' Her ATL is good.');
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('plainsight-term')?.size ?? 0), { timeout: 10_000 }).toBe(2);
    expect(await page.$eval('#rich', (el) => el.innerHTML)).toBe('Amy reads widely and is working at GDS in reading. Her ATL is good.');
    await clickInShadow(page, '.badge');
    await waitInShadow(page, 'function () { return this.querySelector("button.use"); }');
    expect(await clickInShadow(page, 'button.use', '“GDS”')).toBe(true);
    await expect.poll(() => page.$eval('#rich', (el) => el.textContent))
      .toBe('Amy reads widely and is working at working above the expected level for their age in reading. Her ATL is good.');
    const events = await page.evaluate(() => (window as unknown as { inputEvents: { id: string }[] }).inputEvents);
    expect(events.at(-1)).toMatchObject({ id: 'rich' });
  });

  it('opens the panel from the keyboard, and Escape goes back to the comment', async () => {
    await clickInShadow(page, '.panel .head button');
    await page.focus('#comment');
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyP');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await waitInShadow(page, 'function () { return this.activeElement?.id === "ps-title"; }');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('comment');
    expect(await page.$eval('#comment', (el) => (el as HTMLTextAreaElement).value)).toBe('Amy is working at EXS in reading. Her ATL is good.');
  });

  it('checks a comment-bank input as well', async () => {
    await clickInShadow(page, '.panel .head button');
    await page.click('#bank');
    await page.keyboard.type('Amy needs SENCo support.');
    await expect.poll(() => badgeText(page), { timeout: 10_000 }).toMatch(/1 school word$/);
  });

  it('shows the comment as parents would see it, in the chosen language', async () => {
    await page.focus('#comment');
    await clickInShadow(page, '.badge');
    await waitInShadow(page, 'function () { return this.querySelector("#ps-preview-lang"); }');
    await inShadow(page, 'function () { const s = this.querySelector("#ps-preview-lang"); s.value = "cy"; s.dispatchEvent(new Event("change")); }');
    await clickInShadow(page, 'button.preview-button');
    const src = await waitInShadow<string>(page, 'function () { return this.querySelector("iframe.preview")?.src; }');
    expect(src).toMatch(new RegExp(`^chrome-extension://${ext.extensionId}/preview.html#`));
    const frame = await expect.poll(() => page.frames().find((f) => f.url().startsWith(`chrome-extension://${ext.extensionId}/preview.html`)), { timeout: 10_000 }).toBeTruthy()
      .then(() => page.frames().find((f) => f.url().startsWith(`chrome-extension://${ext.extensionId}/preview.html`))!);
    await frame.waitForFunction(() => {
      const explainer = document.querySelector('ps-report-explainer');
      return explainer?.getAttribute('lang') === 'cy' && (explainer.shadowRoot?.querySelectorAll('[part~="term"]').length ?? 0) >= 2;
    }, { timeout: 15_000 });
  });

  it('axe finds nothing wrong in the panel', async () => {
    expect(await axeOnInjectedUi(page)).toEqual([]);
  });
});

describe('the class check on a marksheet of 500 comments', () => {
  let page: Page;
  beforeAll(async () => {
    page = await ext.open(`${demo.url}/mis/marksheet.html`);
    await page.waitForSelector('body[data-loaded]');
  });

  it('finds every comment box, those added later too, and lists them worst first', async () => {
    // The last 50 rows came after the content script started: it must have seen them.
    await waitInShadow(page, 'function () { return this.querySelector(".launcher"); }');
    await clickInShadow(page, '.launcher');
    await expect.poll(() => inShadow<string>(page, 'function () { return this.querySelector("button.check-all")?.textContent; }'))
      .toBe('Check all 500 comments');
    await clickInShadow(page, 'button.check-all');
    await waitInShadow(page, 'function () { return this.querySelector("table.results"); }', 20_000);
    const rows = await inShadow<{ name: string; age: number; terms: number }[]>(page, `function () {
      return [...this.querySelectorAll('table.results tbody tr')].map((tr) => ({
        name: tr.querySelector('th').textContent, age: Number(tr.cells[1].textContent) || 0, terms: Number(tr.cells[2].textContent),
      }));
    }`);
    expect(rows).toHaveLength(20);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      expect(a.age > b.age || (a.age === b.age && a.terms >= b.terms)).toBe(true);
    }
    expect(rows[0]!.age).toBeGreaterThan(14);
    expect(await inShadow<string>(page, 'function () { return this.querySelector(".panel [role=status]").textContent; }'))
      .toBe('Checked 500 comments. The hardest to read come first.');
  });

  it('shows more rows on request', async () => {
    await clickInShadow(page, 'button.more');
    expect(await inShadow<number>(page, 'function () { return this.querySelectorAll("table.results tbody tr").length; }')).toBe(40);
  });

  it('jumps to a comment from the table', async () => {
    const name = await inShadow<string>(page, 'function () { return this.querySelector("table.results tbody tr:nth-child(3) th").textContent; }');
    await clickInShadow(page, 'button.go', `for ${name}`);
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLTextAreaElement;
      return document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent;
    });
    expect(focused).toBe(name);
  });
});

describe('parent help on a portal report', () => {
  let page: Page;
  beforeAll(async () => {
    page = await ext.open(`${demo.url}/portal/report.html`);
  });

  it('marks every school word in the report, without changing the page', async () => {
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('plainsight-term')?.size ?? 0), { timeout: 10_000 }).toBeGreaterThanOrEqual(8);
    const marked = await page.evaluate(() => [...CSS.highlights.get('plainsight-term')!].map((r) => (r as Range).toString()));
    expect(marked).toEqual(expect.arrayContaining(['GDS', 'EXS', 'WTS', 'PA', 'ATL', 'SENCo']));
    expect(await page.$$eval('article mark, article button', (els) => els.length)).toBe(0);
  });

  it('gives a summary and a list of words that opens each meaning from the keyboard', async () => {
    const summary = await waitInShadow<string>(page, 'function () { return this.querySelector(".summary-list")?.textContent; }');
    expect(summary).toContain('Reading');
    await inShadow(page, 'function () { [...this.querySelectorAll("button.term")].find((b) => b.textContent === "EXS").focus(); }');
    await page.keyboard.press('Enter');
    const open = await waitInShadow<string>(page, 'function () { return this.querySelector("button.term[aria-expanded=true] + .open-term")?.textContent; }');
    expect(open).toContain('expected for their age');
    expect(await page.evaluate(() => [...(CSS.highlights.get('plainsight-current') ?? [])].map((r) => (r as Range).toString()))).toEqual(['EXS']);
  });

  it('opens a meaning when a marked word on the page is clicked', async () => {
    const box = await page.evaluate(() => {
      const range = [...CSS.highlights.get('plainsight-term')!].find((r) => (r as Range).toString() === 'WTS') as Range;
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.click(box.x, box.y);
    const popover = await waitInShadow<string>(page, 'function () { return this.querySelector(".popover")?.textContent; }');
    expect(popover).toContain('WTS');
    // Focus went into the box; Escape closes it.
    await page.keyboard.press('Escape');
    await expect.poll(() => inShadow(page, 'function () { return !!this.querySelector(".popover"); }')).toBe(false);
  });

  it('axe finds nothing wrong in the panel', async () => {
    expect(await axeOnInjectedUi(page)).toEqual([]);
  });

  it('fits a 320 px wide screen', async () => {
    await page.setViewport({ width: 320, height: 640 });
    const panel = await inShadow<{ left: number; right: number; overflow: boolean }>(page, `function () {
      const panel = this.querySelector('.panel');
      const rect = panel.getBoundingClientRect();
      return { left: rect.left, right: rect.right, overflow: panel.scrollWidth > panel.clientWidth };
    }`);
    expect(panel.left).toBeGreaterThanOrEqual(0);
    expect(panel.right).toBeLessThanOrEqual(320);
    expect(panel.overflow).toBe(false);
    await page.setViewport({ width: 1280, height: 900 });
  });

  it('lays out right to left in Urdu', async () => {
    const options = await ext.open(`chrome-extension://${ext.extensionId}/options.html`);
    await options.evaluate(() => chrome.storage.local.set({ settings: { lang: 'ur', mode: 'auto' } }));
    const urdu = await ext.open(`${demo.url}/portal/report.html`);
    const dir = await waitInShadow<string>(urdu, 'function () { return this.querySelector(".panel") && this.querySelector(".root").dir; }');
    expect(dir).toBe('rtl');
    await options.evaluate(() => chrome.storage.local.remove('settings'));
    await urdu.close();
    await options.close();
  });
});

describe('the popup', () => {
  it('asks for exactly the site the person is on, and axe finds nothing wrong', async () => {
    const popup = await ext.browser.newPage();
    // The popup reads the tab it was opened over; opened as a page, it is told which one.
    await popup.evaluateOnNewDocument(() => {
      const requested: unknown[] = [];
      (window as unknown as { requested: unknown[] }).requested = requested;
      chrome.tabs.query = (async () => [{ id: 7, url: 'https://oakhill.arbor.sc/reports/year-6?pupil=12' }]) as unknown as typeof chrome.tabs.query;
      chrome.permissions.request = (async (permissions: unknown) => { requested.push(permissions); return false; }) as unknown as typeof chrome.permissions.request;
    });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.waitForSelector('button.use-here');
    expect(await popup.$eval('main', (el) => el.textContent)).toContain('oakhill.arbor.sc');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.click('button.use-here');
    await popup.waitForFunction(() => document.querySelector('[role=status]')?.textContent === 'Plainsight was not allowed on this site.');
    expect(await popup.evaluate(() => (window as unknown as { requested: unknown[] }).requested)).toEqual([{ origins: ['https://oakhill.arbor.sc/*'] }]);
    await popup.setViewport({ width: 320, height: 600 });
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await popup.close();
  });
});

describe('the options page', () => {
  let page: Page;
  const files = mkdtempSync(join(tmpdir(), 'plainsight-profile-'));
  const stored = () => page.evaluate(() => chrome.storage.local.get(null)) as Promise<{ profile?: StoredProfile; settings?: unknown }>;

  beforeAll(async () => {
    page = await ext.open(`chrome-extension://${ext.extensionId}/options.html`);
    await page.waitForSelector('#profile-file');
  });

  it('axe finds nothing wrong, and it fits 320 px', async () => {
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewport({ width: 320, height: 700 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewport({ width: 1280, height: 900 });
  });

  it('loads a good school profile', async () => {
    const input = await page.$('#profile-file') as ElementHandle<HTMLInputElement>;
    await input!.uploadFile(join(ROOT, 'demo/samples/castle-hill-profile.csv'));
    await page.waitForFunction(() => document.querySelector('[role=status]')?.textContent === 'Loaded castle-hill-profile.csv.');
    const { profile } = await stored();
    expect(profile?.name).toBe('castle-hill-profile.csv');
    expect(Object.keys(profile!.profile.terms).length + profile!.profile.scales.length).toBeGreaterThan(0);
  });

  it('the school\'s own words are flagged in comments from then on', async () => {
    const writer = await ext.open(`${demo.url}/mis/report-writer.html`);
    await writer.click('#comment');
    await writer.keyboard.type('Amy won a Gold Award this term.');
    await expect.poll(() => badgeText(writer), { timeout: 10_000 }).toMatch(/1 school word$/);
    await writer.close();
  });

  it('refuses a profile with mistakes, says which lines, and keeps the old one', async () => {
    const bad = join(files, 'bad-profile.csv');
    writeFileSync(bad, 'type,id,forms,meaning\nterm,Star Of The Week,star of the week,\nterm,merit,merit,A reward.\n');
    const input = await page.$('#profile-file') as ElementHandle<HTMLInputElement>;
    await input!.uploadFile(bad);
    const problems = await page.waitForSelector('.problems');
    const text = await problems!.evaluate((el) => el.textContent ?? '');
    expect(text).toContain('The profile was not loaded.');
    expect(text).toMatch(/Line 2/);
    expect(text).toContain('Plainsight still uses castle-hill-profile.csv.');
    expect((await stored()).profile?.name).toBe('castle-hill-profile.csv');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('clears everything it stored', async () => {
    await page.evaluate(() => chrome.storage.local.set({ settings: { lang: 'cy', mode: 'teacher' } }));
    await page.click('button.clear-all');
    await page.waitForFunction(() => document.querySelector('[role=status]')?.textContent === 'Everything is cleared.');
    expect(await stored()).toEqual({});
  });
});

describe('privacy', () => {
  it('no request leaves the machine', async () => {
    await pause(200);
    const outside = ext.requests.filter((url) => !/^(http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|chrome-extension:\/\/|data:|about:|blob:)/.test(url));
    expect(outside).toEqual([]);
    // The background fetched each language's words from inside the extension, when first needed.
    expect(ext.requests).toContain(`chrome-extension://${ext.extensionId}/locales/en/glossary.json`);
    expect(ext.requests).toContain(`chrome-extension://${ext.extensionId}/locales/ur/glossary.json`);
    expect(trap.leaks.filter((line) => !BROWSER_OWN_HOSTS.test(line))).toEqual([]);
    expect(ext.errors).toEqual([]);
  });
});
