/** What a voice needs for choosing it: a fake list in a test works as well as the browser's. */
export type VoiceLike = Pick<SpeechSynthesisVoice, 'lang' | 'localService'>;

/**
 * The browser's best voice for a language: same language first, a voice on the device before
 * one that needs the internet. Chinese in simplified characters wants a mainland voice.
 * Undefined when the device has no voice for it.
 */
export function pickVoice<T extends VoiceLike>(voices: readonly T[], lang: string): T | undefined {
  const [language] = lang.toLowerCase().split('-');
  const fitting = voices.filter((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === language);
  const score = (voice: T) => (language === 'zh' && /cn|hans|sg/i.test(voice.lang) ? 2 : 0) + (voice.localService ? 1 : 0);
  return fitting.sort((a, b) => score(b) - score(a))[0];
}
