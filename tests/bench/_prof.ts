import { Engine, createEngine } from '../../lib/engine/index';
import { generateReport, wordCount } from './generate';
const medium = `${generateReport(25_000, 'primary', 11)}\n\n${generateReport(25_000, 'secondary', 12)}`;
const words = wordCount(medium);
console.log('numbers in 50k:', (medium.match(/\d+(\.\d+)?/g) ?? []).length, 'periods:', (medium.match(/\./g) ?? []).length, 'newlines:', (medium.match(/\n/g) ?? []).length);
function bench(name: string, e: Engine, txt: string) {
  for (let i = 0; i < 30; i++) e.analyse(txt);
  const s: number[] = []; for (let i = 0; i < 60; i++) { const a = performance.now(); e.analyse(txt); s.push(performance.now() - a); }
  s.sort((a, b) => a - b); console.log(name.padEnd(40), s[30]!.toFixed(2), 'ms', (words / s[30]! / 1000).toFixed(2), 'M words/s');
}
const e = createEngine();
bench('as is', e, medium);
bench('digits -> x', e, medium.replace(/[0-9]/g, 'x'));
bench('periods -> commas', e, medium.replace(/\./g, ','));
bench('no digits, no periods', e, medium.replace(/[0-9]/g, 'x').replace(/\./g, ','));
const e2 = createEngine();
(e2 as any).match = () => null;
bench('trie match disabled', e2, medium);
bench('trie match disabled, no digits', e2, medium.replace(/[0-9]/g, 'x'));
bench('lower-case words only (no digits)', e2, medium.replace(/[0-9]/g, 'x').replace(/[^a-zA-Z\s]/g, ' '));
