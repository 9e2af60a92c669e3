import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/engine/index';

const folder = 'tests/fixtures/prose';

describe('no false alarms on ordinary prose', () => {
  it('flags fewer than 1 word in 10,000 of prose with no school terms', () => {
    let words = 0;
    const flags: string[] = [];
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.txt'))) {
      const text = readFileSync(join(folder, name), 'utf8');
      const analysis = analyse(text);
      words += analysis.readability.words;
      for (const term of analysis.terms) flags.push(`${name}: "${term.text}" (${term.id}) in "${text.slice(Math.max(0, term.start - 40), term.end + 40).replace(/\s+/g, ' ')}"`);
    }
    const perTenThousand = (flags.length / words) * 10_000;
    console.log(`false flags: ${flags.length} in ${words} words of prose = ${perTenThousand.toFixed(2)} per 10,000 words`);
    expect(words).toBeGreaterThanOrEqual(20_000);
    expect(perTenThousand, flags.join('\n')).toBeLessThan(1);
  });
});
