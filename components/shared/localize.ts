import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LANGUAGES, isKnownLanguage } from '../../lib/glossary/language-list';
import { loadInterface } from '../../lib/glossary/languages';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

interface Translator {
  t: Translate;
  /** Whether a fluent speaker has checked this language's words. */
  reviewed: boolean;
}

type Strings = { [key: string]: unknown };

function lookup(strings: Strings, key: string): string | undefined {
  let node: unknown = strings;
  for (const part of key.split('.')) node = (node as Strings | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

/**
 * Text from outside (a name, a title, a time) inside a translated sentence, isolated so its
 * direction cannot reorder the sentence around it: an English name in an Urdu line.
 */
export const isolate = (value: string): string => `\u2068${value}\u2069`;

const englishPlurals = new Intl.PluralRules('en');

/**
 * English, the language every string is written in first, needs no library: keys, {{values}}
 * and _one/_other plurals, the i18next way. Keeping i18next out of the first download keeps
 * an English page small; it comes with the first other language. The strings themselves are
 * data, loaded like any language's (at the first widget, or earlier while the page is idle).
 */
function englishTranslate(english: Strings): Translate {
  return (key, options = {}) => {
    const count = options.count;
    const template = (typeof count === 'number' ? lookup(english, `${key}_${englishPlurals.select(count)}`) : undefined)
      ?? lookup(english, key) ?? key;
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(options[name] ?? ''));
  };
}

let englishStrings: Promise<Strings> | undefined;
/** Every widget's strings start from English: a page can fetch them while it is idle. */
export function loadEnglishStrings(): Promise<Strings> {
  englishStrings ??= loadInterface('en');
  englishStrings.catch(() => { englishStrings = undefined; });
  return englishStrings;
}

const translators = new Map<string, Promise<Translator>>();

/** A translator for one language, English underneath; made once per language. */
function translatorFor(lang: string): Promise<Translator> {
  let translator = translators.get(lang);
  if (!translator) {
    translator = (async () => {
      const english = await loadEnglishStrings();
      if (lang === 'en') return { t: englishTranslate(english), reviewed: true };
      const [{ default: i18next }, strings] = await Promise.all([import('i18next'), loadInterface(lang)]);
      const instance = i18next.createInstance();
      // Lit escapes every value it renders, so i18next must not escape them again.
      await instance.init({
        lng: lang, fallbackLng: 'en', interpolation: { escapeValue: false },
        resources: { en: { translation: english }, [lang]: { translation: strings } },
      });
      const t: Translate = (key, options) => instance.t(key, options ?? {}) as string;
      return { t, reviewed: (strings as { meta?: { reviewed?: boolean } }).meta?.reviewed === true };
    })();
    translator.catch(() => translators.delete(lang));
    translators.set(lang, translator);
  }
  return translator;
}

/** The language a widget should speak: its own `lang`, else the nearest one above it, else English. */
export function pickLanguage(element: HTMLElement): string {
  const own = element.lang || element.parentElement?.closest('[lang]')?.getAttribute('lang') || 'en';
  const primary = own.toLowerCase().split('-')[0]!;
  return isKnownLanguage(primary) ? primary : 'en';
}

/**
 * Gives a component its strings in the current language, and re-renders it when the
 * language changes. Until a language's strings arrive, English stands in.
 */
export class LocalizeController implements ReactiveController {
  /** Until the first strings arrive, keys stand in; `ready` says when they have come. */
  t: Translate = (key) => key;
  ready = false;
  lang = 'en';
  reviewed = true;
  /** Set when a language's strings could not be loaded (the network was down). */
  failed = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get dir(): 'ltr' | 'rtl' {
    return LANGUAGES[this.lang]?.dir ?? 'ltr';
  }

  private loading = false;

  async setLanguage(lang: string): Promise<void> {
    this.lang = lang;
    this.loading = true;
    try {
      const { t, reviewed } = await translatorFor(lang);
      if (this.lang === lang) {
        this.t = t;
        this.reviewed = reviewed;
        this.failed = false;
        this.ready = true;
      }
    } catch {
      this.failed = true;
      // Fall back to English, if it can be had, so the widget can still say what went wrong.
      if (lang !== 'en') {
        const english = await translatorFor('en').catch(() => undefined);
        if (english) {
          this.t = english.t;
          this.ready = true;
        }
      }
    }
    this.loading = false;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // A widget speaks from the start: its language's strings load as soon as it is on a page.
    if (!this.ready && !this.loading) void this.setLanguage(pickLanguage(this.host as unknown as HTMLElement));
  }
}
