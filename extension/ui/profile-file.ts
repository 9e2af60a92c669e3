/** Reading a school profile file for the options page. Framework-free, so Node tests can use it. */
import { type ProfileProblem, ProfileError, parseProfile } from '../../lib/glossary/profile';
import type { StoredProfile } from '../settings';

/** Reads a school profile file. Nothing is stored unless the whole file is right. */
export function readProfileFile(name: string, text: string, now = new Date()): { profile: StoredProfile } | { problems: ProfileProblem[] } {
  const format = /\.json$/i.test(name) ? 'json' : /\.csv$/i.test(name) ? 'csv' : undefined;
  try {
    return { profile: { name, profile: parseProfile(text, format), loadedAt: now.toISOString() } };
  } catch (error) {
    if (error instanceof ProfileError) return { problems: error.problems };
    throw error;
  }
}
