import { Engine, type LanguagePack } from '../engine/engine';
import type { Analysis, Region, SchoolProfile } from '../engine/types';
import { type Explanation, explainReport } from '../format/explanation';
import type { EnglishPack } from '../glossary/language-list';

/** A few report lines that take the engine down each of its paths once. */
const WARM_UP = 'Reading: EXS. Writing: WTS.\nMaths\tGDS\nPhonics check 34/40. Attendance: 91.2% (PA).\n'
  + 'GCSE maths: working at grade 5, target 6+. KS2 scaled score 104. CAT4 SAS 112, stanine 6. Mr. Khan, our SENCo.\n';
const WARM_UP_ROUNDS = 40;

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
  /**
   * How a long text is analysed: on the page's own thread, in slices with pauses between
   * (analyseInSlices), so the page can breathe. A worker analyses it whole, and its file
   * never carries the slicing code.
   */
  analyseLong?: (text: string, analyse: (slice: string) => Analysis) => Promise<Analysis>;
}

/**
 * The engine's whole surface as one plain object. The worker exposes it with comlink, a page
 * whose security policy forbids workers calls it directly (with `analyseLong`), and tests call it
 * in Node: the same code every way.
 */
export function createApi(options: ApiOptions = {}) {
  let profile: SchoolProfile | undefined;
  let english: Promise<EnglishPack> | undefined;
  let engine: Promise<Engine> | undefined;
  const packs = new Map<string, LanguagePack>();

  // One load, however many callers ask at once (the warm-up and the first report often do).
  const ensureEnglish = (): Promise<EnglishPack> => {
    if (english) return english;
    if (!options.loadEnglish) return Promise.reject(new Error('The engine has no glossary yet: give it English first (addEnglish).'));
    const loading = options.loadEnglish();
    english = loading;
    loading.catch(() => { if (english === loading) english = undefined; });
    return loading;
  };

  // Built once, however many callers ask while it is being built.
  const currentEngine = (): Promise<Engine> => {
    if (engine) return engine;
    const building = ensureEnglish().then(({ glossary, values }) => {
      const built = new Engine({ glossary, values, profile });
      for (const [lang, pack] of packs) built.addLanguage(lang, pack);
      return built;
    });
    engine = building;
    building.catch(() => { if (engine === building) engine = undefined; });
    return building;
  };

  const addPack = (lang: string, pack: LanguagePack): void => {
    packs.set(lang, pack);
    engine?.then((built) => built.addLanguage(lang, pack), () => {});
  };

  const ensureLanguage = async (lang: string): Promise<void> => {
    if (lang === 'en' || packs.has(lang)) return;
    // The loader knows which languages there are, and says so plainly for one it lacks.
    if (!options.loadLanguage) throw new Error(`The engine was not given the language "${lang}".`);
    const pack = await options.loadLanguage(lang);
    addPack(lang, pack);
  };

  const analyse = async (text: string, explain: ExplainOptions = {}): Promise<Analysis> => {
    const lang = explain.lang ?? 'en';
    await ensureLanguage(lang);
    const current = await currentEngine();
    const analyseOptions = { ...explain, lang };
    const analyseSlice = (slice: string) => current.analyse(slice, analyseOptions);
    return options.analyseLong ? options.analyseLong(text, analyseSlice) : analyseSlice(text);
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
      english = Promise.resolve(pack);
      engine = undefined;
      // Build now, while the page is still fetching the report, not when it asks for it.
      await currentEngine();
    },

    /** Gives the engine a language's meanings and value words. */
    addLanguage(lang: string, pack: LanguagePack): void {
      addPack(lang, pack);
    },

    /**
     * Loads English and builds the engine now, and runs it over a few lines once, so the first
     * real report meets an engine that is built and already fast.
     */
    async warm(): Promise<void> {
      const ready = await currentEngine();
      // Long enough for the browser to compile the scanning loops to fast code before the
      // first real report, which then takes a fraction of the time.
      const text = WARM_UP.repeat(WARM_UP_ROUNDS);
      explainReport(text, ready.analyse(text));
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
