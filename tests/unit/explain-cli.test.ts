import { spawnSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'plainsight-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function explain(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'bin/explain.ts', ...args], {
    input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, out: result.stdout, err: result.stderr.trim() };
}

describe('npm run explain', () => {
  it('prints the report with numbered plain explanations (--text is the default)', () => {
    const { code, out } = explain(['tests/fixtures/reports/primary.txt']);
    expect(code).toBe(0);
    expect(out).toMatch(/35\/40 \[\d+\]/);
    expect(out).toMatch(/What the words mean:/);
    expect(out).toMatch(/\[\d+\] 94\.7%: 94\.7% attendance means missing about 10 days/);
    expect(out).toMatch(/Reading age of this text: [\d.]+/);
  });

  it('prints the analysis as JSON', () => {
    const { code, out } = explain(['--json', 'tests/fixtures/reports/secondary.txt']);
    expect(code).toBe(0);
    const analysis = JSON.parse(out);
    expect(analysis.values.map((v: { text: string }) => v.text)).toContain('89.5%');
    expect(analysis.readability.words).toBeGreaterThan(50);
  });

  it('prints a standalone page with everything from the report escaped', () => {
    const { code, out } = explain(['--html', '-'], 'Attendance 96% <script>alert(1)</script>');
    expect(code).toBe(0);
    expect(out).toMatch(/^<!doctype html>/);
    expect(out).toContain('&lt;script&gt;');
    expect(out).not.toContain('<script>');
    expect(out).toMatch(/<ol class="notes">/);
  });

  it('reads from standard input with -', () => {
    expect(explain(['--json', '-'], 'Phonics: 30/40').out).toMatch(/phonics-check/);
  });

  it('uses a school profile', () => {
    const profile = file('school.csv', 'type,id,code,forms,meaning\nscale,atl,,ATL|Attitude to learning (ATL),Attitude\nvalue,atl,2,,Works hard most of the time.\n');
    const { out } = explain(['--profile', profile, 'tests/fixtures/reports/secondary.txt']);
    expect(out).toMatch(/Works hard most of the time\./);
  });

  it('gives one clear line and a non-zero exit for each bad input', () => {
    const cases: [string[], RegExp, string?][] = [
      [[file('empty.txt', '')], /is empty/],
      [[file('blank.txt', ' \n\n ')], /only blank space/],
      [[join(dir, 'missing.txt')], /Cannot find the file/],
      [[file('picture.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xd8]))], /does not look like text/],
      [['--lang', 'zz', 'tests/fixtures/reports/primary.txt'], /no words in the language "zz"/],
      [['--profile', file('bad.json', '{ "scales": [ { "id": "atl" } ] }'), 'tests/fixtures/reports/primary.txt'], /profile .* was not loaded, because: line 1/],
      [['--shout', 'x.txt'], /Unknown option "--shout"/],
      [[], /Say which file/],
      [[dir], /is a folder/],
    ];
    for (const [args, message] of cases) {
      const { code, err } = explain(args);
      expect(code, args.join(' ')).toBe(1);
      expect(err.split('\n'), args.join(' ')).toHaveLength(1);
      expect(err).toMatch(message);
    }
  });

  it('refuses a file over 100 MB, and explains one just under it', () => {
    const huge = file('huge.txt', '');
    truncateSync(huge, 100 * 1024 * 1024 + 1);
    const refused = explain([huge]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/bigger than 100 MB/);

    const line = 'The family walked to the park and had a picnic by the lake. ';
    const big = file('big.txt', line.repeat(Math.floor((99 * 1024 * 1024) / line.length)));
    const { code, out } = explain(['--json', big]);
    expect(code).toBe(0);
    expect(JSON.parse(out).readability.words).toBeGreaterThan(15_000_000);
  }, 120_000);
});
