// Shared by the dev-set tests (not part of the package's exports): the real public data, and the checks every set
// must pass. The data lives outside the repository (../shared/data or ROLEFIT_DATA) and is not always present, so
// the tests skip without it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '@rolefit/dev-tools';
import { expect } from 'vitest';
import { createDevSetContext, type DevSetContext } from './context.js';
import type { DevSet, DevSetData } from './types.js';

/** The repository root. */
export const repository = fileURLToPath(new URL('../../../../', import.meta.url));
/** The public data folder the sets are built from. */
export const dataRoot = process.env.ROLEFIT_DATA ?? join(repository, '..', 'shared', 'data');
/** Whether the public data is there. */
export const hasData = existsSync(join(dataRoot, 'SOURCES.md'));

/** A build context over the real data. */
export const realContext = (): DevSetContext => createDevSetContext(dataRoot);

/** Ids of the queries of a split: résumé ids, or job ids when jobs rank résumés. */
export function queriesOf(set: DevSet, split: DevSetData): Set<string> {
  return new Set(split.qrels.map((row) => (set.query === 'job' ? row.jobId : row.resumeId)));
}

/** Judged items per query of a split. */
export function perQueryCounts(set: DevSet, split: DevSetData): number[] {
  const counts = new Map<string, number>();
  for (const row of split.qrels) {
    const key = set.query === 'job' ? row.jobId : row.resumeId;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.values()];
}

/**
 * What every set holds: two non-empty splits whose jobs and résumés are exactly those judged, grades 0–3, and, for a
 * set of many queries, no query on both sides and something relevant for every query.
 */
export function expectWellFormed(set: DevSet, { oneQuery = false } = {}): void {
  for (const split of [set.splits.train, set.splits.test]) {
    expect(split.qrels.length).toBeGreaterThan(0);
    expect(new Set(split.jobs.map((job) => job.id))).toEqual(new Set(split.qrels.map((row) => row.jobId)));
    expect(new Set(split.resumes.map((resume) => resume.id))).toEqual(new Set(split.qrels.map((row) => row.resumeId)));
    for (const row of split.qrels) expect(Number.isInteger(row.grade) && row.grade >= 0 && row.grade <= 3).toBe(true);
  }
  const train = queriesOf(set, set.splits.train);
  if (oneQuery) {
    expect(train.size).toBe(1);
    return;
  }
  for (const query of queriesOf(set, set.splits.test)) expect(train.has(query), query).toBe(false);
  for (const split of [set.splits.train, set.splits.test]) {
    const best = new Map<string, number>();
    for (const row of split.qrels) {
      const key = set.query === 'job' ? row.jobId : row.resumeId;
      best.set(key, Math.max(best.get(key) ?? 0, row.grade));
    }
    for (const [query, grade] of best) expect(grade, query).toBeGreaterThan(0);
  }
}

/** What the READMEs of the occupation-graded sets say: the grades, the candidates per query and the set's limits. */
export function expectOccupationDescription(set: DevSet): void {
  expect(set.describe).toMatch(/Grades/);
  expect(set.describe).toMatch(/Candidates per query/);
  expect(set.describe).toMatch(/^## What this set cannot show$/m);
}

/**
 * updated-resume-dataset résumés are graded by their own category: Arts and Sales are known only to a major group, so
 * never above 1; the 962 rows hold 166 distinct texts, each at most once per split.
 */
export function expectUpdatedResumeGrades(set: DevSet, categoryOf: (resumeId: string) => string | undefined): void {
  const judged = [...set.splits.train.qrels, ...set.splits.test.qrels].filter((row) => row.resumeId.startsWith('ur-'));
  expect(judged.length, set.name).toBeGreaterThan(0);
  for (const row of judged)
    if (['Arts', 'Sales'].includes(categoryOf(row.resumeId) ?? '')) expect(row.grade).toBeLessThanOrEqual(1);
  for (const split of [set.splits.train, set.splits.test]) {
    const texts = split.resumes
      .filter((resume) => resume.id.startsWith('ur-'))
      .map((resume) => resume.text.replace(/\s+/g, ' ').trim());
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.length).toBeLessThanOrEqual(166);
  }
}

/** The category of an updated-resume-dataset résumé id (`ur-<row from 1>`), read from the source file. */
export function updatedResumeCategories(): (resumeId: string) => string | undefined {
  const rows = parseCsv(readFileSync(join(dataRoot, 'updated-resume-dataset', 'UpdatedResumeDataSet.csv'), 'utf8'));
  return (resumeId) => rows[Number(resumeId.replace('ur-', '')) - 1]?.Category;
}

/** Checks of the occupation sets: judgements per split, and few (3–10) or many (over 20) candidates per query. */
export function expectOccupationShape(set: DevSet, few: boolean): void {
  for (const split of [set.splits.train, set.splits.test]) {
    expect(split.qrels.length, set.name).toBeGreaterThan(500);
    const counts = perQueryCounts(set, split);
    if (few) {
      expect(Math.min(...counts), set.name).toBeGreaterThanOrEqual(3);
      expect(Math.max(...counts), set.name).toBeLessThanOrEqual(10);
    } else expect(Math.max(...counts), set.name).toBeGreaterThan(20);
  }
}
