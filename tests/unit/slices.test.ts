import { describe, expect, it } from 'vitest';
import { createEngine } from '../../lib/engine/index';
import { analyseInSlices } from '../../lib/engine/slices';
import { generateReport } from '../bench/generate';

describe('analysing a long text in slices', () => {
  it('gives the same terms, values and counts as one pass over the whole text', async () => {
    const engine = createEngine();
    const text = generateReport(30_000, 'secondary', 7);
    let pauses = 0;
    const sliced = await analyseInSlices(text, (part) => engine.analyse(part), async () => { pauses++; }, 20_000);
    const whole = engine.analyse(text);
    expect(pauses).toBeGreaterThan(5);
    expect(sliced.terms).toEqual(whole.terms);
    expect(sliced.values).toEqual(whole.values);
    expect(sliced.readability.words).toBe(whole.readability.words);
    expect(Math.abs(sliced.readability.sentences - whole.readability.sentences)).toBeLessThanOrEqual(pauses);
  });
});
