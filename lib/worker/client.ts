import { type Remote, wrap } from 'comlink';
import type { LanguagePack } from '../engine/engine';
import type { Analysis, SchoolProfile } from '../engine/types';
import type { Explanation } from '../format/explanation';
import type { EnglishPack } from '../glossary/language-list';
import type { ExplainOptions, PlainsightApi } from './api';

export interface LanguageFiles {
  loadEnglish(): Promise<EnglishPack>;
  loadLanguage(lang: string): Promise<LanguagePack>;
}

/**
 * The page's side of the engine. A worker has no files of its own, so before each analysis
 * the client hands it English and the language asked for, once each, loaded by the page.
 */
export class EngineClient {
  private readonly given = new Map<string, Promise<void>>();

  /** `files`: null when the api loads its own languages (a worker beside the widget bundle). */
  constructor(
    private readonly api: Remote<PlainsightApi> | PlainsightApi,
    private readonly files: LanguageFiles | null,
  ) {}

  async analyse(text: string, options: ExplainOptions = {}): Promise<Analysis> {
    await this.ready(options.lang);
    return this.api.analyse(text, options);
  }

  async explain(text: string, options: ExplainOptions = {}): Promise<Explanation> {
    await this.ready(options.lang);
    return this.api.explain(text, options);
  }

  /** English, and the language asked for, handed over before the engine needs them. */
  private async ready(lang = 'en'): Promise<void> {
    await this.give('en');
    if (lang !== 'en') await this.give(lang);
  }

  /**
   * Uses a school's profile (JSON or CSV text, or already parsed). A bad one throws, with every
   * problem by line, and changes nothing. The parser loads only when a profile is given.
   */
  async setProfile(source: string | SchoolProfile | null): Promise<{ terms: number; scales: number }> {
    const profile = typeof source === 'string' ? (await import('../glossary/profile')).parseProfile(source) : source;
    return this.api.setProfile(profile);
  }

  private give(lang: string): Promise<void> {
    if (!this.files) return Promise.resolve();
    const files = this.files;
    let giving = this.given.get(lang);
    if (!giving) {
      giving = lang === 'en'
        ? files.loadEnglish().then((pack) => this.api.addEnglish(pack))
        : files.loadLanguage(lang).then((pack) => this.api.addLanguage(lang, pack));
      // A language that failed to load (the network was down) is tried again next time.
      giving.catch(() => this.given.delete(lang));
      this.given.set(lang, giving);
    }
    return giving;
  }
}

/** The engine in a worker started from worker.ts: each call runs off the page's main thread. */
export function connectWorker(worker: Worker, files: LanguageFiles | null): EngineClient {
  return new EngineClient(wrap<PlainsightApi>(worker), files);
}
