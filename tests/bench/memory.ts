/**
 * Child process of the benchmark: analyses one large text and reports memory as JSON on
 * stdout. Run as `node --expose-gc --import tsx tests/bench/memory.ts <text-file>`, so that
 * nothing else the benchmark did (peers, other texts) is in this process's memory.
 */
import { readFileSync } from 'node:fs';
import { createEngine } from '../../lib/engine/index';
import { wordCount } from './generate';

const MB = 1024 * 1024;

export interface MemoryReport {
  words: number;
  /** Resident set size just before the analysis (Node, the text and a built engine). */
  rssBeforeMB: number;
  /** The most resident memory the process ever used, the analysis included. */
  peakRssMB: number;
  /** JS heap before the analysis and after it, the result still held. */
  heapBeforeMB: number;
  heapAfterMB: number;
  /** Heap that the result alone keeps alive (after a full gc). */
  resultHeapMB: number;
  analyseMs: number;
  terms: number;
  values: number;
}

const file = process.argv[2];
const gc = (globalThis as { gc?: () => void }).gc;
if (!file || !gc) {
  console.error('usage: node --expose-gc --import tsx tests/bench/memory.ts <text-file>');
  process.exit(2);
}

const text = readFileSync(file, 'utf8');
const words = wordCount(text);
const engine = createEngine();
engine.analyse('Warm the character tables: EXS, ATL 2, attendance 94.3%.', { lang: 'en' });
gc();
gc();
const before = process.memoryUsage();
const start = performance.now();
const analysis = engine.analyse(text, { lang: 'en' });
const analyseMs = performance.now() - start;
const after = process.memoryUsage();
const peakRss = process.resourceUsage().maxRSS * 1024;
gc();
gc();
const retained = process.memoryUsage();

const report: MemoryReport = {
  words,
  rssBeforeMB: before.rss / MB,
  peakRssMB: Math.max(peakRss, after.rss) / MB,
  heapBeforeMB: before.heapUsed / MB,
  heapAfterMB: after.heapUsed / MB,
  resultHeapMB: (retained.heapUsed - before.heapUsed) / MB,
  analyseMs,
  terms: analysis.terms.length,
  values: analysis.values.length,
};
process.stdout.write(`${JSON.stringify(report)}\n`);
