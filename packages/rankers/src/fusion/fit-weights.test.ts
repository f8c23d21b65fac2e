import { parseJob, ValidationError, type Match, type Ranker } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import type { LabelledQuery } from '../training/labelled-query.js';
import { expectedNdcgAtK, tiedGradeGroups } from '../training/metrics.js';
import { fitFusionWeights } from './fit-weights.js';
import { createFusionRanker } from './fusion-ranker.js';
import { InvalidFusionSettingsError } from './settings.js';
import { createTrainableFusionRanker } from './trainable-fusion.js';

/** Seeded generator, so the synthetic set is the same on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

/** 30 queries of 8 jobs with grades 0–3. */
function syntheticQueries(): LabelledQuery[] {
  const next = random(7);
  return Array.from({ length: 30 }, (_, queryIndex) => {
    const jobs = Array.from({ length: 8 }, (_, jobIndex) =>
      parseJob({ id: `q${queryIndex}-j${jobIndex}`, source: 'test', title: 'Job' }),
    );
    const grades = new Map(jobs.map((job) => [job.id, Math.floor(next() * 4)]));
    return { id: `q${queryIndex}`, query: { text: `q${queryIndex}` }, jobs, grades };
  });
}

/** Scores a job by `score(grade, noise)`, reading the grade from the synthetic set; counts its calls. */
function gradeReader(name: string, queries: readonly LabelledQuery[], score: (grade: number, noise: number) => number) {
  const gradeOf = new Map(queries.flatMap((query) => [...query.grades]));
  const next = random(name.length * 101);
  const noise = new Map([...gradeOf.keys()].map((id) => [id, next()]));
  const ranker: Ranker & { calls: number } = {
    name,
    calls: 0,
    async rank(_query, jobs) {
      ranker.calls += 1;
      return jobs
        .map(
          (job): Match => ({
            jobId: job.id,
            score: score(gradeOf.get(job.id) ?? 0, noise.get(job.id) ?? 0),
            breakdown: {},
            matchedSkills: [],
            missingSkills: [],
            ranker: name,
          }),
        )
        .sort((left, right) => right.score - left.score);
    },
  };
  return ranker;
}

describe('fitFusionWeights', () => {
  const queries = syntheticQueries();

  it('gives more weight to the ranker that follows the grades, for both methods', async () => {
    for (const method of ['rrf', 'weighted-sum'] as const) {
      // "good" mostly follows the grade; "noisy" is pure noise.
      const good = gradeReader('good', queries, (grade, noise) => (grade + 1.5 * noise) / 4.5);
      const noisy = gradeReader('noisy', queries, (_grade, noise) => noise);
      const fitted = await fitFusionWeights({ rankers: [noisy, good], queries, method });
      expect(fitted.weights[1], method).toBeGreaterThan(fitted.weights[0]!);
      expect(fitted.weights.reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1, 12);
      expect(fitted.score).toBeGreaterThan(0.8);
      // Each member ranked each query once, however many weight vectors were tried.
      expect(good.calls).toBe(queries.length);
      expect(noisy.calls).toBe(queries.length);
    }
  });

  it('keeps equal weights when the members cannot be told apart', async () => {
    const first = gradeReader('first', queries, (grade) => grade / 3);
    const second = gradeReader('second', queries, (grade) => grade / 3);
    expect((await fitFusionWeights({ rankers: [first, second], queries, method: 'rrf' })).weights).toEqual([0.5, 0.5]);
  });

  it('searches a simplex grid over three rankers', async () => {
    const good = gradeReader('good', queries, (grade, noise) => (grade + noise) / 4);
    const fitted = await fitFusionWeights({
      rankers: [
        gradeReader('a', queries, (_grade, noise) => noise),
        good,
        gradeReader('c', queries, (grade) => 1 - grade / 3),
      ],
      queries,
      method: 'weighted-sum',
      grid: 4,
    });
    expect(fitted.weights).toHaveLength(3);
    for (const weight of fitted.weights) expect(Number.isInteger(weight * 4)).toBe(true);
    expect(Math.max(...fitted.weights)).toBe(fitted.weights[1]);
  });

  it('scores each weighting as the fusion ranker will rank, pseudo-relevance expansion included', async () => {
    // Both members put "a" (grade 0) above "c" (grade 2), so no weighting orders the jobs ideally; but "c"
    // resembles the top job and "a" does not, so the expansion step puts "c" ahead.
    const titled = [
      parseJob({
        id: 'top',
        source: 'test',
        title: 'Backend engineer',
        description: 'Node.js services and PostgreSQL',
      }),
      parseJob({ id: 'a', source: 'test', title: 'Registered nurse', description: 'Patient care on a busy ward' }),
      parseJob({ id: 'c', source: 'test', title: 'Backend developer', description: 'Node.js services' }),
      parseJob({ id: 'z', source: 'test', title: 'Truck driver', description: 'Long haul routes' }),
    ];
    const fixed = (name: string, scores: Record<string, number>): Ranker => ({
      name,
      async rank(_query, jobs) {
        return jobs.map(
          (job): Match => ({
            jobId: job.id,
            score: scores[job.id]!,
            breakdown: {},
            matchedSkills: [],
            missingSkills: [],
            ranker: name,
          }),
        );
      },
    });
    const rankers = [
      fixed('first', { top: 0.9, a: 0.6, c: 0.4, z: 0.1 }),
      fixed('second', { top: 0.8, a: 0.7, c: 0.3, z: 0.2 }),
    ];
    const trainQueries: LabelledQuery[] = [
      {
        id: 'q',
        query: {},
        jobs: titled,
        grades: new Map([
          ['top', 3],
          ['a', 0],
          ['c', 2],
          ['z', 0],
        ]),
      },
    ];
    const scores: number[] = [];
    for (const pseudoRelevance of [false, undefined, { depth: 2, weight: 0.5 }] as const) {
      const settings = pseudoRelevance === undefined ? {} : { pseudoRelevance };
      const fitted = await fitFusionWeights({ rankers, queries: trainQueries, method: 'rrf', ...settings });
      const matches = await createFusionRanker({ rankers, weights: fitted.weights, ...settings }).rank({}, titled);
      const items = matches.map((match) => ({ grade: trainQueries[0]!.grades.get(match.jobId)!, score: match.score }));
      expect(fitted.score, JSON.stringify(pseudoRelevance)).toBeCloseTo(
        expectedNdcgAtK(tiedGradeGroups(items), [3, 0, 2, 0], 10),
        12,
      );
      scores.push(fitted.score);
    }
    // Without feedback "a" stays above "c"; with it the order is ideal.
    expect(scores[0]).toBeLessThan(1);
    expect(scores[1]).toBeCloseTo(1, 12);
    expect(scores[2]).toBeCloseTo(1, 12);
    await expect(
      fitFusionWeights({ rankers, queries: trainQueries, method: 'rrf', pseudoRelevance: { depth: 0 } }),
    ).rejects.toThrow(/pseudoRelevance\.depth/);
  });

  it('scores each weighting with the decisive member and agreement boost as the fusion ranker applies them', async () => {
    // "lexical" is noisy but decides on its high scores; "topical" follows the grades and gains weight where
    // "lexical" agrees. The fitted score must be what the fusion ranker built from the fit gets on the same queries.
    const lexical = gradeReader('lexical', queries, (grade, noise) => Math.min(1, 0.2 * grade + 0.6 * noise));
    const topical = gradeReader('topical', queries, (grade, noise) => 0.2 * grade + 0.1 * noise);
    const rankers = [lexical, topical];
    const shape = {
      method: 'weighted-sum',
      normalization: 'none',
      pseudoRelevance: false,
      decisiveMember: { ranker: 'lexical', from: 0.6, to: 0.8 },
      agreementBoost: { ranker: 'topical', agreesWith: 'lexical', weight: 2, at: 0.5 },
    } as const;
    const ndcgOf = async (ranker: Ranker) => {
      let total = 0;
      let counted = 0;
      for (const query of queries) {
        const allGrades = [...query.grades.values()];
        if (!allGrades.some((grade) => grade > 0)) continue;
        const matches = await ranker.rank(query.query, query.jobs);
        const items = matches.map((match) => ({ grade: query.grades.get(match.jobId)!, score: match.score }));
        total += expectedNdcgAtK(tiedGradeGroups(items), allGrades, 10);
        counted += 1;
      }
      return total / counted;
    };
    for (const weightTotal of [1, 2]) {
      const fitted = await fitFusionWeights({ rankers, queries, ...shape, weightTotal });
      expect(fitted.weights.reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(weightTotal, 12);
      const fused = createFusionRanker({ rankers, ...shape, weights: fitted.weights });
      expect(fitted.score, `weightTotal ${weightTotal}`).toBeCloseTo(await ndcgOf(fused), 12);
    }
    // Without the guard and boost in the fit, the fitted score would be another ranker's: they change the result.
    const plain = await fitFusionWeights({
      rankers,
      queries,
      method: 'weighted-sum',
      normalization: 'none',
      pseudoRelevance: false,
    });
    const guarded = await fitFusionWeights({ rankers, queries, ...shape });
    expect(guarded.score).not.toBeCloseTo(plain.score, 6);
    await expect(fitFusionWeights({ rankers, queries, ...shape, weightTotal: 0 })).rejects.toThrow(/weightTotal/);
  });

  it('rejects a bad grid, metric or member list', async () => {
    const ranker = gradeReader('r', queries, (grade) => grade);
    await expect(fitFusionWeights({ rankers: [ranker], queries, method: 'rrf', grid: 0 })).rejects.toThrow(
      ValidationError,
    );
    await expect(
      fitFusionWeights({ rankers: [ranker], queries, method: 'rrf', metric: 'map' as never }),
    ).rejects.toThrow(/metric/);
    await expect(fitFusionWeights({ rankers: [], queries, method: 'rrf' })).rejects.toThrow(/rankers/);
    // A grid too fine for the member count (C(1,000 + 4, 4) weight vectors) is the grid setting's error.
    const five = ['a', 'b', 'c', 'd', 'e'].map((name) => gradeReader(name, queries, (grade) => grade));
    const fine = fitFusionWeights({ rankers: five, queries, method: 'rrf', grid: 1_000 });
    await expect(fine).rejects.toThrow(ValidationError);
    await expect(fine).rejects.toMatchObject({ setting: 'grid', message: expect.stringMatching(/coarser grid/) });
  });

  it('refuses an rrfK for a weighted sum and a normalization for RRF, as createFusionRanker does', async () => {
    const rankers = [gradeReader('r', queries, (grade) => grade)];
    for (const [settings, setting, method] of [
      [{ method: 'weighted-sum', rrfK: 10 }, 'rrfK', 'weighted-sum'],
      [{ method: 'rrf', normalization: 'z-score' }, 'normalization', 'rrf'],
    ] as const) {
      const fitted = fitFusionWeights({ rankers, queries, ...settings });
      const created = (() => {
        try {
          createFusionRanker({ rankers, ...settings });
        } catch (error) {
          return error;
        }
      })();
      await expect(fitted).rejects.toThrow(InvalidFusionSettingsError);
      await expect(fitted).rejects.toMatchObject({ setting, message: (created as Error).message });
      expect((created as Error).message).toBe(
        `Invalid FusionSettings: ${setting}: applies to method "${method === 'rrf' ? 'weighted-sum' : 'rrf'}" only, not "${method}"`,
      );
    }
  });
});

describe('createTrainableFusionRanker', () => {
  const queries = syntheticQueries();

  it('uses equal-weight RRF without training data and fitted weights with it', async () => {
    const good = gradeReader('good', queries, (grade, noise) => (grade + 1.5 * noise) / 4.5);
    const noisy = gradeReader('noisy', queries, (_grade, noise) => noise);
    const trainable = createTrainableFusionRanker({ rankers: [noisy, good], name: 'blend' });
    const messages: string[] = [];
    const untrained = await trainable.fit(undefined);
    const trained = await trainable.fit(queries, { onProgress: (message) => messages.push(message) });
    expect(untrained.name).toBe('blend');
    expect(messages.join('\n')).toMatch(/blend: fitted weighted-sum weights noisy=0\.\d\d, good=\d\.\d\d/);
    const query = queries[0]!;
    const [untrainedBest] = await untrained.rank(query.query, query.jobs);
    const [trainedBest] = await trained.rank(query.query, query.jobs);
    // The trained blend follows "good": its best job has the top grade of the query.
    expect(query.grades.get(trainedBest!.jobId)).toBe(Math.max(...query.grades.values()));
    expect(untrainedBest?.ranker).toBe('blend');
  });
});
