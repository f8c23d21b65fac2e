import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const examples = fileURLToPath(new URL('./', import.meta.url));
const built = ['core', 'rankers'].every((name) =>
  existsSync(new URL(`../packages/${name}/dist/index.js`, import.meta.url)),
);
const directory = mkdtempSync(join(tmpdir(), 'rolefit-demo-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

interface DemoOutput {
  ingest: { received: number; duplicates: number };
  recommendations: Array<{
    job: { id: string; title: string; location?: { workplace?: string } };
    match: { score: number; explanation?: string };
  }>;
}

function demo(...args: string[]): DemoOutput {
  const output = execFileSync(
    process.execPath,
    ['demo.mjs', '--json', '--store', join(directory, `${args.join('-') || 'default'}.json`), ...args],
    {
      cwd: examples,
      encoding: 'utf8',
    },
  );
  return JSON.parse(output) as DemoOutput;
}

// The demo runs the built packages, as an app would; `pnpm test` builds them first.
describe.skipIf(!built)('demo', () => {
  it('ranks a top-10 for the sample software engineer with software jobs on top', () => {
    const output = demo();
    expect(output.ingest).toMatchObject({ received: 62, duplicates: 1 });
    expect(output.recommendations).toHaveLength(10);
    const scores = output.recommendations.map((item) => item.match.score);
    expect(scores).toEqual([...scores].sort((left, right) => right - left));
    // Strong fits named by the sample data's author.
    const top5 = output.recommendations.slice(0, 5).map((item) => item.job.id);
    expect(
      top5.filter((id) => ['sample-001', 'sample-002', 'sample-003', 'sample-004', 'sample-005'].includes(id)).length,
    ).toBeGreaterThanOrEqual(4);
    expect(output.recommendations[0]?.match.explanation).toMatch(/skills/);
  });

  it('puts nursing jobs first for the nurse, with either ranker', () => {
    for (const ranker of ['default', 'multi-factor', 'bm25']) {
      const top3 = demo('--resume', 'resume-registered-nurse', '--ranker', ranker)
        .recommendations.slice(0, 3)
        .map((item) => item.job.title);
      for (const title of top3) expect(title, ranker).toMatch(/nurs|icu|ward|clinical|theatre|care|midwi/i);
    }
  });

  it('applies the profile as a filter when asked', () => {
    const filtered = demo('--apply-profile').recommendations;
    expect(filtered.length).toBeGreaterThan(0);
    for (const item of filtered) expect(['remote', 'hybrid']).toContain(item.job.location?.workplace);
  });

  it('takes its options after the literal -- that pnpm 10 passes on, and prints its usage for --help', () => {
    const output = execFileSync(
      process.execPath,
      ['demo.mjs', '--', '--json', '--limit', '3', '--store', join(directory, 'dashes.json')],
      { cwd: examples, encoding: 'utf8' },
    );
    expect((JSON.parse(output) as DemoOutput).recommendations).toHaveLength(3);
    for (const args of [['--help'], ['--', '--help']])
      expect(execFileSync(process.execPath, ['demo.mjs', ...args], { cwd: examples, encoding: 'utf8' })).toMatch(
        /^Usage: pnpm demo \[--resume </,
      );
  });

  it('fails with a clear message on a bad option value', () => {
    expect(() =>
      execFileSync(process.execPath, ['demo.mjs', '--limit', 'ten'], {
        cwd: examples,
        encoding: 'utf8',
        stdio: 'pipe',
      }),
    ).toThrow(/--limit must be a positive whole number/);
  });
});
