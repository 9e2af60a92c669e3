// Checks glossary files: npx tsx scripts/check-glossary.ts FILE [FILE…]. Several files are
// checked together, so a form claimed in two of them shows up too.
import { readFileSync } from 'node:fs';
import { checkGlossary } from '../lib/glossary/check';
import type { Glossary } from '../lib/engine/types';

const files = process.argv.slice(2);
if (files.length === 0) files.push('locales/en/glossary.json');
const merged: Glossary = {};
for (const file of files) {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Glossary;
  for (const [id, entry] of Object.entries(data)) {
    if (merged[id]) console.log(`${id}: the id is used twice (in ${file})`);
    merged[id] = entry;
  }
}
const problems = checkGlossary(merged);
for (const { id, problem } of problems) console.log(`${id}: ${problem}`);
console.log(`${Object.keys(merged).length} terms, ${problems.length} problems`);
process.exitCode = problems.length > 0 ? 1 : 0;
