import { countSyllables } from './syllables';

/**
 * Syllable counts by word, keyed by two hashes the scanner computes anyway, so a word seen
 * before costs no string and no rule. Reports repeat a small vocabulary, so nearly every
 * word after the first few thousand is a hit. Two 32-bit hashes plus the length make a wrong
 * hit vanishingly rare, and it could only move a readability figure by a syllable.
 */
export class SyllableCache {
  private size = 1 << 14;
  private count = 0;
  private h1 = new Int32Array(this.size);
  private h2 = new Int32Array(this.size);
  private lengths = new Uint16Array(this.size);
  /** Syllables + 1, so 0 marks an empty slot. */
  private counts = new Uint8Array(this.size);

  get(text: string, start: number, end: number, h1: number, h2: number): number {
    const length = Math.min(end - start, 0xffff);
    const mask = this.size - 1;
    let slot = (h1 ^ (h2 >>> 7)) & mask;
    while (this.counts[slot] !== 0) {
      if (this.h1[slot] === h1 && this.h2[slot] === h2 && this.lengths[slot] === length) return this.counts[slot]! - 1;
      slot = (slot + 1) & mask;
    }
    const syllables = Math.min(Math.max(1, countSyllables(text.slice(start, end).toLowerCase())), 254);
    this.h1[slot] = h1;
    this.h2[slot] = h2;
    this.lengths[slot] = length;
    this.counts[slot] = syllables + 1;
    if (++this.count * 2 > this.size) this.grow();
    return syllables;
  }

  private grow(): void {
    const { h1, h2, lengths, counts } = this;
    // Past a million distinct words (long gibberish), start again rather than grow for ever.
    this.size = this.size >= 1 << 21 ? 1 << 14 : this.size * 2;
    this.count = 0;
    this.h1 = new Int32Array(this.size);
    this.h2 = new Int32Array(this.size);
    this.lengths = new Uint16Array(this.size);
    this.counts = new Uint8Array(this.size);
    if (this.size === 1 << 14) return;
    const mask = this.size - 1;
    for (let old = 0; old < counts.length; old++) {
      if (counts[old] === 0) continue;
      let slot = (h1[old]! ^ (h2[old]! >>> 7)) & mask;
      while (this.counts[slot] !== 0) slot = (slot + 1) & mask;
      this.h1[slot] = h1[old]!;
      this.h2[slot] = h2[old]!;
      this.lengths[slot] = lengths[old]!;
      this.counts[slot] = counts[old]!;
      this.count++;
    }
  }
}
