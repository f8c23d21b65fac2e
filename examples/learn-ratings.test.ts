import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sampleJobs } from '@rolefit/core/samples';
import { afterAll, describe, expect, it } from 'vitest';

const examples = fileURLToPath(new URL('./', import.meta.url));
const built = ['core', 'rankers'].every((name) =>
  existsSync(new URL(`../packages/${name}/dist/index.js`, import.meta.url)),
);
const dataDirectory = process.env.ROLEFIT_DATA ?? resolve(examples, '../../shared/data');
const lirecommend = join(dataDirectory, 'lirecommend-dev', 'ratings.jsonl');
const directory = mkdtempSync(join(tmpdir(), 'rolefit-learn-ratings-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

interface Output {
  trained: number;
  drivers: {
    positive: Array<{ feature: string; weight: number }>;
    negative: Array<{ feature: string; weight: number }>;
  };
  evaluation: {
    heldOut: number;
    auc: number;
    exactGrade: number;
    commonestGradeBaseline: number;
    top: Array<{ title: string; rating: number; score: number }>;
    bottom: Array<{ title: string; rating: number; score: number }>;
  };
}

const run = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['learn-ratings.mjs', ...args], {
    cwd: examples,
    encoding: 'utf8',
    timeout: 300_000,
  });
const learn = async (...args: string[]) => JSON.parse((await run('--json', ...args)).stdout) as Output;

// The example trains with the built packages; `pnpm test` builds them first.
describe.skipIf(!built)('learn-ratings example', () => {
  it.skipIf(!existsSync(lirecommend))(
    "learns the lirecommend rater's taste: held-out postings ranked well above chance and grades above the commonest-grade guess",
    { timeout: 360_000 },
    async () => {
      const output = await learn();
      expect(output.trained + output.evaluation.heldOut).toBe(413);
      expect(output.evaluation.heldOut).toBeGreaterThan(50);
      expect(output.evaluation.auc).toBeGreaterThan(0.7);
      expect(output.evaluation.exactGrade).toBeGreaterThan(output.evaluation.commonestGradeBaseline);
      const mean = (items: Array<{ rating: number }>) =>
        items.reduce((sum, item) => sum + item.rating, 0) / items.length;
      expect(mean(output.evaluation.top)).toBeGreaterThan(2);
      expect(mean(output.evaluation.bottom)).toBeLessThan(1);
      expect(output.drivers.positive.length).toBeGreaterThan(0);
      expect(output.drivers.negative.length).toBeGreaterThan(0);
    },
  );

  it('learns from a { job, rating } file: someone who rates nursing jobs 3 and everything else 0', {
    timeout: 360_000,
  }, async () => {
    const file = join(directory, 'nurse-ratings.jsonl');
    const nursing = (title: string) => /nurs|care/i.test(title);
    writeFileSync(
      file,
      sampleJobs.map((job) => JSON.stringify({ job, rating: nursing(job.title) ? 3 : 0 })).join('\n'),
    );
    const output = await learn('--ratings', file, '--holdout', '3', '--top', '3');
    expect(output.trained + output.evaluation.heldOut).toBe(sampleJobs.length);
    expect(output.evaluation.auc).toBeGreaterThan(0.8);
    expect(JSON.stringify(output.drivers.positive)).toMatch(/nurs|care|patient/i);
    const { stdout, stderr } = await run('--ratings', file, '--holdout', '3');
    expect(stderr).toMatch(/learn-ratings: read 62 ratings from .*; training on \d+, holding out \d+/);
    expect(stdout).toMatch(/^Learned from \d+ ratings/);
    expect(stdout).toMatch(/On \d+ held-out postings: AUC \d\.\d{3}/);
  });

  it('names the bad line of a ratings file', { timeout: 120_000 }, async () => {
    const file = join(directory, 'bad.jsonl');
    writeFileSync(
      file,
      `${JSON.stringify({ job: sampleJobs[0], rating: 3 })}\n${JSON.stringify({ job: sampleJobs[1], rating: 5 })}\n`,
    );
    await expect(run('--ratings', file)).rejects.toMatchObject({
      stderr: expect.stringMatching(/learn-ratings failed: .*bad\.jsonl:2: rating must be 0, 1, 2 or 3, got 5/),
    });
  });
});
