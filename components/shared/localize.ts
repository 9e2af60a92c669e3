import i18next, { type TFunction } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import english from '../../locales/en/ui.json';
import { LANGUAGES, isKnownLanguage } from '../../lib/glossary/language-list';
import { loadInterface } from '../../lib/glossary/languages';

interface Translator {
  t: TFunction;
  /** Whether a fluent speaker has checked this language's words. */
  reviewed: boolean;
}

const translators = new Map<string, Promise<Translator>>();

/** An i18next instance for one language, English underneath; made once per language. */
function translatorFor(lang: string): Promise<Translator> {
  let translator = translators.get(lang);
  if (!translator) {
    translator = (async () => {
      const strings = lang === 'en' ? english : await loadInterface(lang);
      const resources = { en: { translation: english }, [lang]: { translation: strings } };
      const instance = i18next.createInstance();
      // Lit escapes every value it renders, so i18next must not escape them again.
      await instance.init({ lng: lang, fallbackLng: 'en', resources, interpolation: { escapeValue: false } });
      return { t: instance.t, reviewed: (strings as { meta?: { reviewed?: boolean } }).meta?.reviewed === true };
    })();
    translator.catch(() => translators.delete(lang));
    translators.set(lang, translator);
  }
  return translator;
}

/** The language a widget should speak: its own `lang`, else the nearest one above it, else English. */
export function pickLanguage(element: HTMLElement): string {
  const own = element.getAttribute('lang') || element.parentElement?.closest('[lang]')?.getAttribute('lang') || 'en';
  const primary = own.toLowerCase().split('-')[0]!;
  return isKnownLanguage(primary) ? primary : 'en';
}

/**
 * Gives a component its strings in the current language, and re-renders it when the
 * language changes. Until a language's strings arrive, English stands in.
 */
export class LocalizeController implements ReactiveController {
  t: TFunction;
  lang = 'en';
  /** Set when a language's strings could not be loaded (the network was down). */
  failed = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
    const fallback = i18next.createInstance({ lng: 'en', resources: { en: { translation: english } }, initAsync: false, interpolation: { escapeValue: false } });
    void fallback.init();
    this.t = fallback.t;
  }

  get dir(): 'ltr' | 'rtl' {
    return LANGUAGES[this.lang]?.dir ?? 'ltr';
  }

  reviewed = true;

  async setLanguage(lang: string): Promise<void> {
    this.lang = lang;
    try {
      const { t, reviewed } = await translatorFor(lang);
      if (this.lang === lang) {
        this.t = t;
        this.reviewed = reviewed;
        this.failed = false;
      }
    } catch {
      this.failed = true;
    }
    this.host.requestUpdate();
  }

  hostConnected(): void {}
}
