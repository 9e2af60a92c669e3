import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/engine/index';
import { areaOf, summarise } from '../../lib/summary/summarise';

describe('the plain summary', () => {
  const report = [
    'Reading: EXS',
    'Writing: WTS',
    'Maths\tGDS\tA real strength.',
    'In maths lessons she is working at grade 6.',
    'Attendance: 93.1%',
    'Please speak to our SENCo.',
  ].join('\n');
  const summary = summarise(report, analyse(report));

  it('says where the child is in each subject, in the first sentence of each meaning', () => {
    expect(summary.items.map((item) => `${item.area}: ${item.text}`)).toEqual([
      'Reading: EXS', 'Writing: WTS', 'Maths: GDS', 'Maths: 6',
    ]);
    for (const item of summary.items) expect(item.meaning).toMatch(/^[^.!?]+[.!?]$/);
  });

  it('gives attendance in days missed', () => {
    expect(summary.attendance?.meaning).toMatch(/about 13 days/);
  });

  it('lists questions to ask the school, without repeats', () => {
    expect(summary.asks.length).toBeGreaterThan(0);
    expect(new Set(summary.asks).size).toBe(summary.asks.length);
  });

  it('finds no area for a code that stands alone', () => {
    expect(areaOf('EXS', 0)).toBeUndefined();
  });
});
