import glossary from '../../locales/en/glossary.json';
import values from '../../locales/en/values.json';
import type { ValueStrings } from './decoders';
import { type AnalyseOptions, Engine } from './engine';
import type { Analysis, Glossary, SchoolProfile } from './types';

export { Engine, type AnalyseOptions, type EngineOptions, type LanguagePack } from './engine';
export * from './types';

/** The national English glossary that ships with Plainsight. */
export const englishGlossary = glossary as Glossary;
export const englishValues = values as ValueStrings;

/** Builds an engine from the national glossary, with a school's profile on top if given. */
export function createEngine(profile?: SchoolProfile): Engine {
  return new Engine({ glossary: englishGlossary, values: englishValues, profile });
}

let shared: Engine | undefined;
const withProfile = new WeakMap<SchoolProfile, Engine>();

/**
 * Analyses a text with the national glossary (and a school profile): every term, every
 * decoded value, and the text's readability. Engines are built once and reused.
 */
export function analyse(text: string, options: AnalyseOptions & { profile?: SchoolProfile } = {}): Analysis {
  const { profile, ...rest } = options;
  let engine: Engine;
  if (profile) {
    engine = withProfile.get(profile) ?? createEngine(profile);
    withProfile.set(profile, engine);
  } else {
    engine = shared ??= createEngine();
  }
  return engine.analyse(text, rest);
}
