import { Engine, type LanguagePack } from '../engine/engine';
import { englishGlossary, englishValues } from '../engine/index';
import type { Analysis, Region, SchoolProfile } from '../engine/types';
import { LANGUAGES, type Language, loadLanguage } from '../glossary/languages';
import { parseProfile } from '../glossary/profile';

export interface ExplainOptions {
  lang?: string;
  region?: Region;
}

/**
 * The engine's whole surface as one plain object. The worker exposes it with comlink, and
 * tests call it directly in Node: the same code either way.
 */
export function createApi() {
  let profile: SchoolProfile | undefined;
  let engine: Engine | undefined;
  const packs = new Map<string, LanguagePack>();

  const currentEngine = (): Engine => {
    if (!engine) {
      engine = new Engine({ glossary: englishGlossary, values: englishValues, profile });
      for (const [lang, pack] of packs) engine.addLanguage(lang, pack);
    }
    return engine;
  };

  return {
    /** Analyses a text. A language is loaded the first time it is asked for. */
    async analyse(text: string, options: ExplainOptions = {}): Promise<Analysis> {
      const lang = options.lang ?? 'en';
      if (!packs.has(lang)) {
        const pack = await loadLanguage(lang);
        packs.set(lang, pack);
        engine?.addLanguage(lang, pack);
      }
      return currentEngine().analyse(text, { ...options, lang });
    },

    /**
     * Uses a school's profile (JSON or CSV text, or an object already parsed) from now on;
     * null goes back to the national glossary alone. A bad profile throws and changes nothing.
     */
    setProfile(source: string | SchoolProfile | null): { terms: number; scales: number } {
      const next = typeof source === 'string' ? parseProfile(source) : source ?? undefined;
      profile = next;
      engine = undefined;
      return { terms: Object.keys(next?.terms ?? {}).length, scales: next?.scales.length ?? 0 };
    },

    languages(): Record<string, Language> {
      return LANGUAGES;
    },
  };
}

export type PlainsightApi = ReturnType<typeof createApi>;
