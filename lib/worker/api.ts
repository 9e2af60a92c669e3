import { Engine, type LanguagePack } from '../engine/engine';
import type { Analysis, Region, SchoolProfile } from '../engine/types';
import { analyseInSlices } from '../engine/slices';
import { type Explanation, explainReport } from '../format/explanation';
import type { EnglishPack } from '../glossary/language-list';

/** A few report lines that take the engine down each of its paths once. */
const WARM_UP = 'Reading: EXS. Writing: WTS.\nMaths\tGDS\nPhonics check 34/40. Attendance: 91.2% (PA).\n'
  + 'GCSE maths: working at grade 5, target 6+. KS2 scaled score 104. CAT4 SAS 112, stanine 6. Mr. Khan, our SENCo.';

export interface ExplainOptions {
  lang?: string;
  region?: Region;
}

export interface ApiOptions {
  /**
   * Where the api gets a language it has not been given. In Node this imports the locale
   * files; a worker has none, and is given each language by the page (addLanguage).
   */
  loadLanguage?: (lang: string) => Promise<LanguagePack>;
  loadEnglish?: () => Promise<EnglishPack>;
  /** Called between slices of a long text, so a main-thread caller can let the page breathe. */
  pause?: () => Promise<void>;
}

/**
 * The engine's whole surface as one plain object. The worker exposes it with comlink, a page
 * whose security policy forbids workers calls it directly (with `pause`), and tests call it
 * in Node: the same code every way.
 */
export function createApi(options: ApiOptions = {}) {
  let profile: SchoolProfile | undefined;
  let english: EnglishPack | undefined;
  let engine: Engine | undefined;
  const packs = new Map<string, LanguagePack>();

  const ensureEnglish = async (): Promise<EnglishPack> => {
    if (english) return english;
    if (!options.loadEnglish) throw new Error('The engine has no glossary yet: give it English first (addEnglish).');
    english = await options.loadEnglish();
    return english;
  };

  const currentEngine = async (): Promise<Engine> => {
    if (!engine) {
      const { glossary, values } = await ensureEnglish();
      engine = new Engine({ glossary, values, profile });
      for (const [lang, pack] of packs) engine.addLanguage(lang, pack);
    }
    return engine;
  };

  const ensureLanguage = async (lang: string): Promise<void> => {
    if (lang === 'en' || packs.has(lang)) return;
    // The loader knows which languages there are, and says so plainly for one it lacks.
    if (!options.loadLanguage) throw new Error(`The engine was not given the language "${lang}".`);
    const pack = await options.loadLanguage(lang);
    packs.set(lang, pack);
    engine?.addLanguage(lang, pack);
  };

  const analyse = async (text: string, explain: ExplainOptions = {}): Promise<Analysis> => {
    const lang = explain.lang ?? 'en';
    await ensureLanguage(lang);
    const current = await currentEngine();
    const analyseOptions = { ...explain, lang };
    return options.pause
      ? analyseInSlices(text, (slice) => current.analyse(slice, analyseOptions), options.pause)
      : current.analyse(text, analyseOptions);
  };

  return {
    /** Analyses a text. A language is loaded the first time it is asked for. */
    analyse,

    /** Analyses a report and works out its notes and summary, ready for a widget to show. */
    async explain(text: string, explain: ExplainOptions = {}): Promise<Explanation> {
      return explainReport(text, await analyse(text, explain));
    },

    /** Gives the engine its English glossary and value words (a worker has no files). */
    async addEnglish(pack: EnglishPack): Promise<void> {
      english = pack;
      engine = undefined;
      // Build now, while the page is still fetching the report, not when it asks for it.
      await currentEngine();
    },

    /** Gives the engine a language's meanings and value words. */
    addLanguage(lang: string, pack: LanguagePack): void {
      packs.set(lang, pack);
      engine?.addLanguage(lang, pack);
    },

    /**
     * Loads English and builds the engine now, and runs it over a few lines once, so the first
     * real report meets an engine that is built and already fast.
     */
    async warm(): Promise<void> {
      const ready = await currentEngine();
      explainReport(WARM_UP, ready.analyse(WARM_UP));
    },

    /**
     * Uses a school's profile from now on (parsed by the caller, so the worker's code stays
     * small); null goes back to the national glossary alone.
     */
    setProfile(next: SchoolProfile | null): { terms: number; scales: number } {
      // Building an engine takes a while: keep the one there is when nothing changes.
      if ((next ?? undefined) !== profile) engine = undefined;
      profile = next ?? undefined;
      return { terms: Object.keys(profile?.terms ?? {}).length, scales: profile?.scales.length ?? 0 };
    },
  };
}

export type PlainsightApi = ReturnType<typeof createApi>;
