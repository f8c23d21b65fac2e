import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseCsv } from '@rolefit/dev-tools';
import { loadEvaluationDataset, type EvaluationDataset } from '@rolefit/eval';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./build-dev-sets.mjs', import.meta.url));
const repo = fileURLToPath(new URL('../', import.meta.url));
const dataRoot = process.env.ROLEFIT_DATA ?? join(repo, '..', 'shared', 'data');
// The script reads core's CSV parser from the build; `pnpm test` builds first.
const coreBuilt = existsSync(join(repo, 'packages/core/dist/index.js'));

/** The set names the script exports (importing it must not run the command line). */
function exportedSets(): string[] {
  const source = `import(${JSON.stringify(pathToFileURL(script).href)}).then((module) => console.log(JSON.stringify(module.SETS)))`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', source], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`importing the script failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as string[];
}
const SETS = coreBuilt ? exportedSets() : [];
/** The sets added for issue #22, with the shapes they are for. */
const NEW_SETS = [
  'resume-occupation',
  'applicant-occupation-few',
  'recruiter-occupation',
  'google-recruiter-few',
  'resume-skill-jobs-few',
];

describe.skipIf(!coreBuilt)('scripts/build-dev-sets.mjs', () => {
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

    /** Board tags of each Wuzzuf posting, by its row (from 1) in job_postings_data_final.csv. */
    const wuzzufTags = new Map<number, Set<string>>();
    beforeAll(() => {
      const folder = join(dataRoot, 'wuzzuf-postings-with-skills');
      const keyOf = (title: string | undefined, company: string | undefined) =>
        `${(title ?? '').replace(/\s+/g, ' ').trim()}\u0000${(company ?? '').replace(/\s+/g, ' ').trim()}`;
      const byKey = new Map<string, Set<string>>();
      for (const row of parseCsv(readFileSync(join(folder, 'job_skills.csv'), 'utf8'), { delimiter: '~' })) {
        const key = keyOf(row.job_title, row.company_name);
        if (!byKey.has(key)) byKey.set(key, new Set());
        byKey.get(key)!.add((row.job_skill ?? '').replace(/\s+/g, ' ').trim().toLowerCase());
      }
      parseCsv(readFileSync(join(folder, 'job_postings_data_final.csv'), 'utf8'), { delimiter: '~' }).forEach(
        (row, index) => {
          const tags = byKey.get(keyOf(row.job_title, row.company_name));
          if (tags) wuzzufTags.set(index + 1, tags);
        },
      );
    });

    const load = async (set: string) => ({
      train: await loadEvaluationDataset(join(out, set, 'train')),
      test: await loadEvaluationDataset(join(out, set, 'test')),
    });
    const pairs = (dataset: EvaluationDataset) =>
      new Set(dataset.judgements.map((judgement) => `${judgement.resumeId}\t${judgement.jobId}`));

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
          // One-person sets are split by posting instead (tested below).
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

    it('new sets: READMEs say the direction, the source, the grades and what the set cannot show', () => {
      for (const set of NEW_SETS) {
        for (const part of ['train', 'test']) {
          const readme = readFileSync(join(out, set, part, 'README.md'), 'utf8');
          expect(readme).toMatch(/^query: (resume|job)$/m);
          expect(readme).toMatch(/Grades/);
          expect(readme).toMatch(/Candidates per query/);
          expect(readme).toMatch(/^## What this set cannot show$/m);
          expect(readme).toMatch(/Not for redistribution/);
        }
      }
    });

    it('new sets cover both directions, few and many candidates, and skill-list jobs', async () => {
      const perQuery = (split: EvaluationDataset) => {
        const key = split.defaultQuery === 'job' ? 'jobId' : 'resumeId';
        const counts = new Map<string, number>();
        for (const judgement of split.judgements) counts.set(judgement[key], (counts.get(judgement[key]) ?? 0) + 1);
        return [...counts.values()];
      };
      const directions = new Set<string>();
      let jobQuerySets = 0;
      for (const set of NEW_SETS) {
        const { train, test } = await load(set);
        directions.add(train.defaultQuery!);
        if (train.defaultQuery === 'job') jobQuerySets += 1;
        for (const split of [train, test]) {
          expect(split.judgements.length, set).toBeGreaterThan(500);
          const counts = perQuery(split);
          if (set.endsWith('-few')) {
            expect(Math.min(...counts), set).toBeGreaterThanOrEqual(3);
            expect(Math.max(...counts), set).toBeLessThanOrEqual(10);
          } else expect(Math.max(...counts), set).toBeGreaterThan(20);
        }
      }
      expect(directions).toEqual(new Set(['resume', 'job']));
      expect(jobQuerySets).toBeGreaterThanOrEqual(2);
      // Google postings are qualification lists only, Wuzzuf ones the board's tags only.
      for (const job of (await load('google-recruiter-few')).test.jobs) {
        expect(job.description).toBe('');
        expect(job.skills.length).toBeGreaterThanOrEqual(2);
      }
      for (const job of (await load('resume-skill-jobs-few')).test.jobs) {
        expect(job.description).toBe('');
        expect(job.skills.length).toBeGreaterThanOrEqual(3);
      }
    });

    it('grades updated-resume-dataset résumés by their own category: a category known only to a major group never scores above 1', async () => {
      const rows = parseCsv(readFileSync(join(dataRoot, 'updated-resume-dataset', 'UpdatedResumeDataSet.csv'), 'utf8'));
      const categoryOf = (resumeId: string) => rows[Number(resumeId.replace('ur-', '')) - 1]?.Category;
      for (const set of [
        'resume-occupation',
        'recruiter-occupation',
        'google-recruiter-few',
        'resume-skill-jobs-few',
      ]) {
        const { train, test } = await load(set);
        const judged = [...train.judgements, ...test.judgements].filter((judgement) =>
          judgement.resumeId.startsWith('ur-'),
        );
        expect(judged.length, set).toBeGreaterThan(0);
        for (const judgement of judged)
          if (['Arts', 'Sales'].includes(categoryOf(judgement.resumeId) ?? ''))
            expect(judgement.grade).toBeLessThanOrEqual(1);
        // The 962 rows hold 166 distinct texts: each appears once per split.
        for (const split of [train, test]) {
          const texts = split.resumes
            .filter((resume) => resume.id.startsWith('ur-'))
            .map((resume) => (resume.text ?? '').replace(/\s+/g, ' ').trim());
          expect(new Set(texts).size).toBe(texts.length);
          expect(texts.length).toBeLessThanOrEqual(166);
        }
      }
    });

    it('splits lirecommend by posting: 413 ratings, none on both sides, one pseudo-resume', async () => {
      for (const set of ['lirecommend', 'lirecommend-profile']) {
        const { train, test } = await load(set);
        expect(train.judgements.length + test.judgements.length).toBe(413);
        const trainJobs = new Set(train.jobs.map((job) => job.id));
        expect(test.jobs.some((job) => trainJobs.has(job.id))).toBe(false);
        expect(train.resumes.map((resume) => resume.id)).toEqual(['lirecommend-rater']);
        expect(train.defaultQuery).toBe('resume');
        // Both halves hold every grade.
        for (const split of [train, test])
          expect(new Set(split.judgements.map((judgement) => judgement.grade))).toEqual(new Set([0, 1, 2, 3]));
      }
      expect((await load('lirecommend')).train.resumes[0]?.text).toBe('');
      expect((await load('lirecommend-profile')).train.resumes[0]?.text).toMatch(/machine learning/i);
    });

    it('splits job-views by applicant, with viewed jobs graded 1–3 and sampled negatives 0', async () => {
      const { train, test } = await load('job-views');
      const trainApplicants = new Set(train.resumes.map((resume) => resume.id));
      expect(test.resumes.some((resume) => trainApplicants.has(resume.id))).toBe(false);
      expect(train.resumes.length).toBeGreaterThan(300);
      for (const split of [train, test]) {
        const negatives = split.judgements.filter((judgement) => judgement.grade === 0);
        expect(negatives.length).toBe(split.resumes.length * 10);
        expect(split.judgements.some((judgement) => judgement.grade === 3)).toBe(true);
      }
    });

    it('grades wuzzuf-skills by the overlap of the board tags, on jobs that carry only a skill list', async () => {
      const { train, test } = await load('wuzzuf-skills');
      const trainPeople = new Set(train.resumes.map((resume) => resume.id));
      expect(test.resumes.some((resume) => trainPeople.has(resume.id))).toBe(false);
      for (const split of [train, test]) {
        expect(split.resumes.length).toBeGreaterThan(150);
        expect(new Set(split.judgements.map((judgement) => judgement.grade))).toEqual(new Set([0, 1, 2, 3]));
        for (const job of split.jobs) {
          expect(job.description).toBe('');
          expect(job.skills.length).toBeGreaterThanOrEqual(3);
        }
        // Recompute every grade from the source: the query posting's own tags (row N of the postings file for
        // wz-person-N) against the job's tags.
        const jobs = new Map(split.jobs.map((job) => [job.id, job]));
        for (const judgement of split.judgements) {
          const own = wuzzufTags.get(Number(judgement.resumeId.replace('wz-person-', '')))!;
          const theirs = jobs.get(judgement.jobId)!.skills;
          const shared = theirs.filter((skill) => own.has(skill)).length;
          const overlap = shared / (own.size + theirs.length - shared);
          expect(judgement.grade).toBe(overlap >= 0.5 ? 3 : overlap >= 0.3 ? 2 : overlap >= 0.15 ? 1 : 0);
        }
        for (const resume of split.resumes) expect(resume.text?.length).toBeGreaterThanOrEqual(200);
      }
    });

    it('keeps the 48 labelled ember postings, saved as 2 and discarded as 0', async () => {
      const { train, test } = await load('ember');
      expect(train.judgements.length + test.judgements.length).toBe(48);
      expect([...train.judgements, ...test.judgements].filter((judgement) => judgement.grade === 2)).toHaveLength(11);
      expect([...pairs(train)].some((pair) => pairs(test).has(pair))).toBe(false);
      expect(train.resumes[0]?.text?.length).toBeGreaterThan(1000);
    });
  });
});
