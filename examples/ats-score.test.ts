import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const examples = fileURLToPath(new URL('./', import.meta.url));
const built = ['core', 'ats'].every((name) =>
  existsSync(new URL(`../packages/${name}/dist/index.js`, import.meta.url)),
);
const dataDirectory = process.env.ROLEFIT_DATA ?? resolve(examples, '../../shared/data');
const accountantPdf = join(dataDirectory, 'kaggle-resume-pdfs-sample', 'data', 'ACCOUNTANT', '10554236.pdf');
const directory = mkdtempSync(join(tmpdir(), 'rolefit-ats-score-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

interface Output {
  job: { id?: string; title: string };
  report: {
    score: number;
    breakdown: Record<string, { score: number; applicable: boolean }>;
    missingKeywords: Array<{ keyword?: string; skill?: string }>;
    suggestions: unknown[];
  };
}

const run = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['ats-score.mjs', ...args], {
    cwd: examples,
    encoding: 'utf8',
    timeout: 180_000,
  });
const score = async (...args: string[]) => JSON.parse((await run('--json', ...args)).stdout) as Output;

// The example reads the PDF and scores with the built packages; `pnpm test` builds them first.
describe.skipIf(!built)('ats-score example', () => {
  it('scores the data analyst PDF well against a data analyst ad and badly against a nursing one', {
    timeout: 240_000,
  }, async () => {
    const analyst = await score();
    const nurse = await score('--job', 'sample-021');
    expect(analyst.job).toMatchObject({ id: 'sample-014', title: 'Data Analyst' });
    expect(analyst.report.score).toBeGreaterThanOrEqual(50);
    expect(nurse.report.score).toBeLessThan(analyst.report.score - 20);
    expect(analyst.report.breakdown.title?.score).toBe(100);
    expect(nurse.report.breakdown.skills?.score).toBe(0);
    expect(JSON.stringify(analyst.report.missingKeywords)).toMatch(/Pandas/);
    expect(analyst.report.suggestions.length).toBeGreaterThan(0);
  });

  it('reads a plain-text job ad and prints a readable report', { timeout: 240_000 }, async () => {
    const ad = join(directory, 'ad.txt');
    writeFileSync(
      ad,
      'Registered Nurse\n\nWe are hiring a registered nurse for our surgical ward. Required: patient care, wound care, IV therapy. 2+ years of experience.\n',
    );
    const { stdout, stderr } = await run(
      '--job',
      ad,
      '--resume',
      fileURLToPath(new URL('../packages/ats/src/parse/fixtures/labelled/02-liam-novak.pdf', import.meta.url)),
    );
    expect(stderr).toMatch(/ats-score: scoring Liam Novak against "Registered Nurse"/);
    const total = Number(/^ATS score: (\d+)\/100 {2}\(job: Registered Nurse\)/.exec(stdout)?.[1]);
    expect(total).toBeGreaterThanOrEqual(60);
    expect(stdout).toMatch(/Breakdown:\n {2}Hard skills +\d+/);
  });

  it.skipIf(!existsSync(accountantPdf))(
    'scores a real accountant resume PDF higher against an audit ad than against a line-cook ad',
    { timeout: 240_000 },
    async () => {
      const audit = await score('--resume', accountantPdf, '--job', 'sample-047');
      const cook = await score('--resume', accountantPdf, '--job', 'sample-051');
      expect(audit.report.score).toBeGreaterThan(cook.report.score);
    },
  );

  it('names an unknown sample posting', { timeout: 120_000 }, async () => {
    await expect(run('--job', 'sample-999')).rejects.toMatchObject({
      stderr: expect.stringMatching(/ats-score failed: --job: no sample posting sample-999/),
    });
  });
});
