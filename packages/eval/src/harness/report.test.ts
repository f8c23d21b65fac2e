import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ranker } from '@rolefit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBm25Ranker } from '@rolefit/rankers';
import { buildEvaluationReport, findReportSets, formatEvaluationReport } from './report.js';

const sampleDev = fileURLToPath(new URL('../../../../datasets/sample-dev', import.meta.url));

/** BM25 turned upside down: a ranker that is worse than BM25 on every query where BM25 orders anything. */
function reversed(): Ranker {
  const bm25 = createBm25Ranker();
  return {
    name: 'reversed',
    rank: async (query, jobs) => (await bm25.rank(query, jobs)).map((match) => ({ ...match, score: 1 - match.score })),
  };
}

describe('evaluation report', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'rolefit-report-'));
    // "split": a set with train/ and test/ (here both the sample set); "whole": a set that is one folder.
    for (const part of ['train', 'test']) cpSync(sampleDev, join(root, 'sets', 'split', part), { recursive: true });
    cpSync(sampleDev, join(root, 'sets', 'whole'), { recursive: true });
    mkdirSync(join(root, 'sets', 'empty-folder'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds split and whole sets, reports on test and tunes on train', async () => {
    const sets = await findReportSets([join(root, 'sets')]);
    expect(sets.map((set) => set.name)).toEqual(['split', 'whole']);
    expect(sets[0]!.heldOut.name).toBe('split/test');
    expect(sets[0]!.tuning.name).toBe('split/train');
    expect(sets[1]!.heldOut).toBe(sets[1]!.tuning);
    expect(sets[1]!.direction).toBe('resume');
    await expect(findReportSets([join(root, 'sets'), join(root, 'sets')])).rejects.toThrow(/two dev sets are named/);
    await expect(findReportSets([join(root, 'missing')])).rejects.toThrow(/does not exist/);
  });

  it('gives each ranker its difference from the baseline with an interval, the mean and the worst set', async () => {
    const sets = await findReportSets([join(root, 'sets')]);
    const report = await buildEvaluationReport({
      sets,
      rankers: { bm25: () => createBm25Ranker(), reversed },
      resamples: 500,
      minimumQueries: 1,
    });
    expect(report.sets).toHaveLength(2);
    for (const set of report.sets) {
      expect(set.queries).toBe(5);
      expect(set.rankers.bm25!.versusBaseline).toBeUndefined();
      const difference = set.rankers.reversed!.versusBaseline!;
      expect(difference.difference).toBeCloseTo(set.rankers.reversed!.ndcg! - set.rankers.bm25!.ndcg!, 10);
      expect(difference.high).toBeLessThan(0);
      expect(difference.low).toBeLessThanOrEqual(difference.difference);
    }
    expect(report.summary.reversed!.meanDifference!).toBeLessThan(0);
    expect(report.summary.reversed!.worstSet?.name).toMatch(/split|whole/);
    const text = formatEvaluationReport(report);
    expect(text).toContain('split  (query: resume, 5 queries');
    expect(text).toMatch(/reversed .*−0\.\d{3} \[−0\.\d{3}, −0\.\d{3}\]/);
    expect(text).toContain('Across 2 sets');
  });

  it('chooses a candidate leave-one-dataset-out, on the other sets only', async () => {
    const sets = await findReportSets([join(root, 'sets')]);
    const report = await buildEvaluationReport({
      sets,
      rankers: { bm25: () => createBm25Ranker() },
      candidates: { family: { candidates: { worse: reversed, better: () => createBm25Ranker() } } },
      resamples: 200,
      minimumQueries: 1,
    });
    const [family] = report.leaveOneOut;
    expect(family!.family).toBe('family');
    expect(family!.folds.map((fold) => [fold.set, fold.chosen])).toEqual([
      ['split', 'better'],
      ['whole', 'better'],
    ]);
    expect(family!.chosenOnAllSets).toBe('better');
    expect(family!.scores.worse!.split!.heldOut!).toBeLessThan(family!.scores.better!.split!.heldOut!);
    expect(formatEvaluationReport(report)).toContain("Chosen on every set's tuning split (what ships): better");
  });

  it('reports sets with too few queries but neither chooses on them nor reads the worst case from them', async () => {
    const sets = await findReportSets([join(root, 'sets')]);
    const report = await buildEvaluationReport({
      sets,
      rankers: { bm25: () => createBm25Ranker(), reversed },
      candidates: { family: { candidates: { worse: reversed, better: () => createBm25Ranker() } } },
      resamples: 100,
    });
    // Both sets have 5 queries, under the default of 10: nothing to choose on.
    expect(report.sets.every((set) => !set.counted)).toBe(true);
    expect(report.summary.reversed!.worstSet).toBeUndefined();
    expect(report.summary.reversed!.worstOfAll?.difference).toBeLessThan(0);
    expect(report.leaveOneOut[0]!.folds.every((fold) => fold.chosen === undefined)).toBe(true);
    expect(report.leaveOneOut[0]!.chosenOnAllSets).toBeUndefined();
    expect(formatEvaluationReport(report)).toContain('too few queries to choose settings');
    expect(formatEvaluationReport(report)).toContain('what ships): nothing: no set has enough queries');
  });

  it('with maximumLoss, keeps only candidates that stay that close to the baseline on every set', async () => {
    const sets = await findReportSets([join(root, 'sets')]);
    const report = await buildEvaluationReport({
      sets,
      rankers: { bm25: () => createBm25Ranker() },
      candidates: {
        guarded: { candidates: { worse: reversed, same: () => createBm25Ranker() }, maximumLoss: 0.01 },
        onlyWorse: { candidates: { worse: reversed }, maximumLoss: 0.01 },
      },
      resamples: 100,
      minimumQueries: 1,
    });
    expect(report.leaveOneOut[0]!.chosenOnAllSets).toBe('same');
    // No candidate qualifies: the one with the best worst case stands.
    expect(report.leaveOneOut[1]!.chosenOnAllSets).toBe('worse');
  });

  it('with compareWith, sets each fold against every named ranker and the best of them', async () => {
    const sets = await findReportSets([join(root, 'sets')]);
    const report = await buildEvaluationReport({
      sets,
      rankers: { bm25: () => createBm25Ranker(), reversed },
      candidates: {
        family: { candidates: { better: () => createBm25Ranker() }, compareWith: ['reversed', 'bm25'] },
      },
      resamples: 200,
      minimumQueries: 1,
    });
    for (const fold of report.leaveOneOut[0]!.folds) {
      // The chosen candidate is BM25 itself: no difference from bm25, and above the reversed ranker.
      expect(fold.versusRankers!.bm25!.difference).toBe(0);
      expect(fold.versusRankers!.reversed!.low).toBeGreaterThan(0);
      expect(fold.versusBest!.ranker).toBe('bm25');
    }
    const text = formatEvaluationReport(report);
    expect(text).toContain('Δ vs best of reversed, bm25 [95% CI]');
    expect(text).toContain('Above every one of reversed, bm25 (point estimate) on 0 of 2 sets with enough queries');
    await expect(
      buildEvaluationReport({
        sets,
        rankers: { bm25: () => createBm25Ranker() },
        candidates: { family: { candidates: { better: () => createBm25Ranker() }, compareWith: ['occupation'] } },
      }),
    ).rejects.toThrow(/compareWith names "occupation"/);
  });

  it('refuses a baseline that is not among the rankers', async () => {
    const sets = await findReportSets([join(root, 'sets')]);
    await expect(buildEvaluationReport({ sets, rankers: { reversed } })).rejects.toThrow(/baseline "bm25"/);
  });
});
