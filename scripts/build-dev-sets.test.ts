import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseJob } from '@rolefit/core';
import { loadEvaluationDataset, type EvaluationDataset } from '@rolefit/eval';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./build-dev-sets.mjs', import.meta.url));
const repo = fileURLToPath(new URL('../', import.meta.url));
const dataRoot = process.env.ROLEFIT_DATA ?? join(repo, '..', 'shared', 'data');

/** The set names the script exports (importing it must not run the command line). */
function exportedSets(): string[] {
  const source = `import(${JSON.stringify(pathToFileURL(script).href)}).then((module) => console.log(JSON.stringify(module.SETS)))`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', source], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`importing the script failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as string[];
}
const SETS = exportedSets();
/** The sets added for issue #22, with the shapes they are for. */
const NEW_SETS = [
  'resume-occupation',
  'applicant-occupation-few',
  'recruiter-occupation',
  'google-recruiter-few',
  'resume-skill-jobs-few',
];

// The script is a thin wrapper over the TypeScript builders of packages/eval/src/dev-sets/ (one module per set, each
// tested there on the real data); these tests hold the command line and the files it writes.
describe('scripts/build-dev-sets.mjs', () => {
  it('refuses to write inside the repository (the source data may not be redistributed)', () => {
    const result = spawnSync(process.execPath, [script, '--out', join(repo, 'datasets', 'real')], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/inside the repository/);
    expect(existsSync(join(repo, 'datasets', 'real'))).toBe(false);
  });

  it('rejects an unknown set, and its usage names every set', () => {
    const result = spawnSync(process.execPath, [script, '--sets', 'nope', '--out', join(tmpdir(), 'rolefit-never')], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    for (const name of SETS) expect(result.stderr).toContain(name);
  });

  it('exports the names of all its sets, old and new', () => {
    expect(SETS.slice(0, 5)).toEqual(['lirecommend', 'lirecommend-profile', 'job-views', 'ember', 'wuzzuf-skills']);
    for (const name of NEW_SETS) expect(SETS).toContain(name);
    expect(SETS.length).toBeGreaterThanOrEqual(9);
  });

  // The public data lives outside the repository (../shared/data or ROLEFIT_DATA) and is not always present.
  describe.skipIf(!existsSync(join(dataRoot, 'SOURCES.md')))('on the real data', () => {
    const out = mkdtempSync(join(tmpdir(), 'rolefit-dev-sets-test-'));
    let built: ReturnType<typeof spawnSync>;
    beforeAll(() => {
      built = spawnSync(process.execPath, [script, '--out', out], {
        encoding: 'utf8',
        env: { ...process.env, ROLEFIT_DATA: dataRoot },
      });
    }, 180_000);
    afterAll(() => rmSync(out, { recursive: true, force: true }));

    const load = async (set: string) => ({
      train: await loadEvaluationDataset(join(out, set, 'train')),
      test: await loadEvaluationDataset(join(out, set, 'test')),
    });

    it('builds every set, and the same files on a second run', () => {
      expect(built.status, String(built.stderr)).toBe(0);
      const again = mkdtempSync(join(tmpdir(), 'rolefit-dev-sets-again-'));
      try {
        // A new set built alone must come out as in the full build (its own seed, its own reads).
        const rebuilt = ['ember', 'google-recruiter-few', 'applicant-occupation-few'];
        expect(
          spawnSync(process.execPath, [script, '--out', again, '--sets', rebuilt.join(',')], { encoding: 'utf8' })
            .status,
        ).toBe(0);
        for (const set of rebuilt) {
          const diff = spawnSync('diff', ['-r', join(out, set), join(again, set)], { encoding: 'utf8' });
          expect(diff.stdout, set).toBe('');
        }
      } finally {
        rmSync(again, { recursive: true, force: true });
      }
    }, 120_000);

    it.each(SETS)('%s: every job as written is valid for core (tools that pool the sets read them strictly)', (set) => {
      for (const split of ['train', 'test'])
        for (const line of readFileSync(join(out, set, split, 'jobs.jsonl'), 'utf8').split('\n'))
          if (line.trim())
            expect(() => parseJob(JSON.parse(line)), `${set}/${split}: ${line.slice(0, 80)}`).not.toThrow();
    });

    it.each(SETS)(
      '%s: two splits with a query line, grades 0–3, no query on both sides, something relevant for every query',
      async (set) => {
        const { train, test } = await load(set);
        const direction = train.defaultQuery;
        expect(direction === 'resume' || direction === 'job').toBe(true);
        expect(test.defaultQuery).toBe(direction);
        const queryOf = (judgement: { resumeId: string; jobId: string }) =>
          direction === 'job' ? judgement.jobId : judgement.resumeId;
        const queries = (split: EvaluationDataset) => new Set(split.judgements.map(queryOf));
        const trainQueries = queries(train);
        if (set.startsWith('lirecommend') || set === 'ember') {
          // One-person sets are split by posting instead (tested in packages/eval/src/dev-sets/).
          expect(trainQueries.size).toBe(1);
          return;
        }
        for (const query of queries(test)) expect(trainQueries.has(query)).toBe(false);
        for (const split of [train, test]) {
          expect(split.judgements.length).toBeGreaterThan(0);
          const best = new Map<string, number>();
          for (const judgement of split.judgements) {
            expect(Number.isInteger(judgement.grade) && judgement.grade >= 0 && judgement.grade <= 3).toBe(true);
            best.set(queryOf(judgement), Math.max(best.get(queryOf(judgement)) ?? 0, judgement.grade));
          }
          for (const [query, grade] of best) expect(grade, query).toBeGreaterThan(0);
        }
      },
    );
  });
});
