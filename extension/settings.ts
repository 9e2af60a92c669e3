/**
 * What the extension keeps, in one place: browser.storage.local, two keys. Nothing else is
 * stored, and "Clear everything" removes exactly these (and the sites allowed).
 */
import { browser } from 'wxt/browser';
import type { SchoolProfile } from '../lib/engine/types';

export type Mode = 'auto' | 'teacher' | 'parent';

export interface Settings {
  /** The language of Plainsight's words and of the explanations: a key of LANGUAGES. */
  lang: string;
  /** auto: pages with comment boxes get teacher help, other pages get parent help. */
  mode: Mode;
}

export interface StoredProfile {
  /** The file name it came from, to show. */
  name: string;
  profile: SchoolProfile;
  loadedAt: string;
}

export const DEFAULT_SETTINGS: Settings = { lang: 'en', mode: 'auto' };
export const STORAGE_KEYS = { settings: 'settings', profile: 'profile' } as const;

export async function readSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(STORAGE_KEYS.settings))[STORAGE_KEYS.settings] as Partial<Settings> | undefined;
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function writeSettings(next: Partial<Settings>): Promise<Settings> {
  const settings = { ...(await readSettings()), ...next };
  await browser.storage.local.set({ [STORAGE_KEYS.settings]: settings });
  return settings;
}

export async function readProfile(): Promise<StoredProfile | undefined> {
  return (await browser.storage.local.get(STORAGE_KEYS.profile))[STORAGE_KEYS.profile] as StoredProfile | undefined;
}

export async function writeProfile(profile: StoredProfile | undefined): Promise<void> {
  if (profile) await browser.storage.local.set({ [STORAGE_KEYS.profile]: profile });
  else await browser.storage.local.remove(STORAGE_KEYS.profile);
}
