// npm run explain -- [--json|--text|--html] [--lang LL] [--profile FILE] FILE|-
// Explains a school report in plain words. Every problem gets one plain line and exit code 1.
import { readFileSync, statSync } from 'node:fs';
import { createEngine } from '../lib/engine/index';
import type { SchoolProfile } from '../lib/engine/types';
import { explainAsHtml } from '../lib/format/html';
import { explainAsText } from '../lib/format/text';
import { LANGUAGES, isKnownLanguage, loadLanguage } from '../lib/glossary/languages';
import { ProfileError, parseProfile } from '../lib/glossary/profile';

const MAX_BYTES = 100 * 1024 * 1024;
const USAGE = 'Usage: npm run explain -- [--json|--text|--html] [--lang LL] [--profile FILE] FILE|-';

class UserError extends Error {}

interface Options {
  format: 'json' | 'text' | 'html';
  lang: string;
  profile?: string;
  input: string;
}

function parseArgs(args: string[]): Options {
  const options: Partial<Options> & { format: Options['format']; lang: string } = { format: 'text', lang: 'en' };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json' || arg === '--text' || arg === '--html') options.format = arg.slice(2) as Options['format'];
    else if (arg === '--lang' || arg === '--profile') {
      const value = args[++i];
      if (value === undefined) throw new UserError(`${arg} needs a value after it. ${USAGE}`);
      if (arg === '--lang') options.lang = value;
      else options.profile = value;
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('--')) throw new UserError(`Unknown option "${arg}". ${USAGE}`);
    else if (options.input !== undefined) throw new UserError(`Give one file at a time, not "${options.input}" and "${arg}". ${USAGE}`);
    else options.input = arg;
  }
  if (options.input === undefined) throw new UserError(`Say which file to explain, or - to read what is typed or piped in. ${USAGE}`);
  return { ...options, input: options.input };
}

async function readBytes(input: string): Promise<Buffer> {
  if (input === '-') {
    // Stop at 100 MB rather than read a never-ending pipe into memory.
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_BYTES) throw new UserError('The input is bigger than 100 MB. Split it into smaller parts and explain each one.');
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }
  let stat;
  try {
    stat = statSync(input);
  } catch {
    throw new UserError(`Cannot find the file "${input}". Check the name and the folder, then try again.`);
  }
  if (stat.isDirectory()) throw new UserError(`"${input}" is a folder, not a file. Give the name of a report file.`);
  if (stat.size > MAX_BYTES) throw new UserError(`"${input}" is bigger than 100 MB. Split it into smaller files and explain each one.`);
  return readFileSync(input);
}

/** Text from bytes: UTF-8 (or UTF-16 with its mark). Anything else is not a report. */
function decodeText(bytes: Buffer, name: string): string {
  const label = name === '-' ? 'The input' : `"${name}"`;
  if (bytes.length === 0) throw new UserError(`${label} is empty. There is nothing to explain.`);
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes);
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new UserError(`${label} does not look like text (it may be a picture, a PDF or a Word file). Save the report as plain text and try again.`);
    }
  }
  if (text.includes('\u0000')) {
    throw new UserError(`${label} does not look like text (it may be a picture, a PDF or a Word file). Save the report as plain text and try again.`);
  }
  if (text.trim() === '') throw new UserError(`${label} has only blank space in it. There is nothing to explain.`);
  return text.replace(/^\uFEFF/, '');
}

function loadProfile(file: string): SchoolProfile {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    throw new UserError(`Cannot find the school profile "${file}". Check the name and the folder, then try again.`);
  }
  try {
    return parseProfile(source, file.toLowerCase().endsWith('.csv') ? 'csv' : file.toLowerCase().endsWith('.json') ? 'json' : undefined);
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
    const problems = error.problems.map((p) => `line ${p.line}, ${p.field}: ${p.message}`).join('; ');
    throw new UserError(`The school profile "${file}" was not loaded, because: ${problems}`);
  }
}

async function write(pieces: Iterable<string>): Promise<void> {
  let batch = '';
  const flush = () => new Promise<void>((resolve) => (process.stdout.write(batch) ? resolve() : process.stdout.once('drain', resolve)));
  for (const piece of pieces) {
    batch += piece;
    if (batch.length > 1 << 16) {
      await flush();
      batch = '';
    }
  }
  await flush();
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (!isKnownLanguage(options.lang)) {
    throw new UserError(`There are no words in the language "${options.lang}" yet. Choose one of: ${Object.keys(LANGUAGES).join(', ')}.`);
  }
  const profile = options.profile ? loadProfile(options.profile) : undefined;
  const text = decodeText(await readBytes(options.input), options.input);
  const engine = createEngine(profile);
  if (options.lang !== 'en') engine.addLanguage(options.lang, await loadLanguage(options.lang));
  const analysis = engine.analyse(text, { lang: options.lang, region: profile?.region });
  if (options.format === 'json') await write([JSON.stringify(analysis, null, 2), '\n']);
  else if (options.format === 'text') await write(explainAsText(text, analysis));
  else await write(explainAsHtml(text, analysis, LANGUAGES[analysis.lang] ?? LANGUAGES.en!));
}

main().catch((error: unknown) => {
  if (error instanceof UserError) console.error(`Plainsight: ${error.message}`);
  else console.error(`Plainsight: something went wrong inside Plainsight (${String(error)}). Please tell us.`);
  process.exitCode = 1;
});
