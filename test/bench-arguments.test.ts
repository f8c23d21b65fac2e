import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BENCH_SECTIONS, BenchUsageError, parseBenchArguments } from '../bench/bench-arguments.mjs';
import { ScriptUsageError } from '../scripts/script-arguments.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const parse = (argv: string[]) => parseBenchArguments(argv);

describe('pnpm bench arguments', () => {
  it('reads every documented form, a leading -- (pnpm 10 passes it on) included', () => {
    expect(parse([])).toMatchObject({ only: 'all', json: false, quick: false, check: false, help: false });
    expect(parse(['--', '--only', 'text,store', '--quick', '--json'])).toMatchObject({
      only: 'text,store',
      quick: true,
      json: true,
    });
    expect(parse(['--only', 'adversarial', '--check'])).toMatchObject({ only: 'adversarial', check: true });
    expect(parse(['--help']).help).toBe(true);
    for (const section of ['text', 'store', 'rankers', 'embedding', 'recommend', 'throughput', 'recall', 'crawl-file'])
      expect(BENCH_SECTIONS).toContain(section);
  });

  it('refuses a section it does not have and an unknown option, naming them', () => {
    expect(() => parse(['--only', 'text,recomend'])).toThrow(BenchUsageError);
    expect(() => parse(['--only', 'text,recomend'])).toThrow("no section named 'recomend'");
    expect(() => parse(['--fast'])).toThrow(/--fast/);
    // Read through the scripts' own reader: its usage error, with bench's class and message.
    expect(() => parse(['--only'])).toThrow(ScriptUsageError);
    expect(() => parse(['--only'])).toThrow(BenchUsageError);
  });

  // bench/run.mjs imports the built packages; skipped before a build (pnpm test builds first).
  it.skipIf(!existsSync(`${root}packages/rankers/dist/index.js`))(
    'bench/run.mjs exits 2 with the usage on a misspelled section, before any benchmark',
    () => {
      const child = spawnSync(process.execPath, ['bench/run.mjs', '--only', 'recomend'], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(child.status).toBe(2);
      expect(child.stderr).toContain("bench: --only: no section named 'recomend'");
      expect(child.stderr).toContain('Usage: pnpm bench');
      expect(child.stdout).toBe('');
    },
    60_000,
  );
});
