import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sampleJobs } from '@rolefit/core/samples';
import { afterAll, describe, expect, it } from 'vitest';

const examples = fileURLToPath(new URL('./', import.meta.url));
const built = ['core', 'crawlers', 'rankers', 'ats'].every((name) =>
  existsSync(new URL(`../packages/${name}/dist/index.js`, import.meta.url)),
);
const dataDirectory = process.env.ROLEFIT_DATA ?? resolve(examples, '../../shared/data');
// A real resume (Kaggle resume PDFs, developer data read in place).
const accountantPdf = join(dataDirectory, 'kaggle-resume-pdfs-sample', 'data', 'ACCOUNTANT', '10554236.pdf');
const directory = mkdtempSync(join(tmpdir(), 'rolefit-recommend-pdf-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

interface Output {
  resume: { name?: string; titles: string[]; skills: string[] };
  recommendations: Array<{ job: { id: string; title: string }; match: { score: number; explanation?: string } }>;
}

const run = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['recommend-pdf.mjs', ...args], {
    cwd: examples,
    encoding: 'utf8',
    timeout: 180_000,
  });
const recommend = async (...args: string[]) => JSON.parse((await run('--json', ...args)).stdout) as Output;

// The example reads PDFs and ranks with the built packages, as an app would; `pnpm test` builds them first.
describe.skipIf(!built)('recommend-pdf example', () => {
  it('reads the nurse PDF and puts nursing jobs on top', { timeout: 240_000 }, async () => {
    const output = await recommend();
    expect(output.resume.name).toBe('Liam Novak');
    expect(output.resume.titles).toContain('Registered Nurse');
    expect(output.resume.skills).toContain('Wound Care');
    expect(output.recommendations).toHaveLength(10);
    const scores = output.recommendations.map((item) => item.match.score);
    expect(scores).toEqual([...scores].sort((left, right) => right - left));
    for (const item of output.recommendations.slice(0, 5)) expect(item.job.title).toMatch(/nurs|care/i);
  });

  it.skipIf(!existsSync(accountantPdf))(
    'puts finance and accounting jobs first for a real accountant resume PDF',
    { timeout: 240_000 },
    async () => {
      const output = await recommend(accountantPdf, '--limit', '3');
      expect(output.resume.skills).toContain('Accounting');
      expect(output.recommendations).toHaveLength(3);
      for (const item of output.recommendations)
        expect(item.job.title).toMatch(/financ|audit|account|fp&a|bookkeep|tax|controller/i);
    },
  );

  it('ranks only the jobs of a --jobs file, the nursing one first, and prints a readable list', {
    timeout: 240_000,
  }, async () => {
    const picked = ['Welder', 'Registered Nurse', 'Data Analyst'].map(
      (word) => sampleJobs.find((job) => job.title.includes(word))!,
    );
    const file = join(directory, 'jobs.jsonl');
    writeFileSync(file, picked.map((job) => JSON.stringify(job)).join('\n'));
    const output = await recommend('--jobs', file);
    expect(output.recommendations.map((item) => item.job.id).sort()).toEqual(picked.map((job) => job.id).sort());
    expect(output.recommendations[0]?.job.title).toMatch(/Registered Nurse/);
    const { stdout, stderr } = await run('--jobs', file, '--ranker', 'bm25');
    expect(stderr).toMatch(/recommend-pdf: read Liam Novak: 2 roles, \d+ skills/);
    expect(stdout).toMatch(/^Jobs for Liam Novak — Registered Nurse; skills: /);
    expect(stdout).toMatch(/ 1\. \d\.\d{3} {2}Registered Nurse/);
  });

  it('says why a PDF cannot be read, without a stack trace', { timeout: 240_000 }, async () => {
    const encrypted = fileURLToPath(new URL('../packages/ats/src/pdf/fixtures/encrypted.pdf', import.meta.url));
    const failure = await run(encrypted).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/recommend-pdf failed: cannot read the resume \(encrypted\)/);
    expect(failure?.stderr).not.toMatch(/\n\s+at /);
  });
});
