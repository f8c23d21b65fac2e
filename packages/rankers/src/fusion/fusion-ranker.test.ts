import { parseJob, parseMatch, ValidationError, type Match, type Ranker } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { createBm25Ranker } from '../bm25/index.js';
import { createMultiFactorRanker } from '../multi-factor/index.js';
import { applyPseudoRelevance, jobTermVectors } from '../pseudo-relevance/index.js';
import { NOW, allJobs, javascriptResume, nodeBackendJob, nurseResume, nursingJob } from '../testing/fixtures.js';
import { InvalidFusionSettingsError, createFusionRanker, type FusionSettings } from './index.js';

const jobs = ['j1', 'j2', 'j3', 'j4'].map((id) => ({ ...nodeBackendJob, id }));

/** Gives each job a fixed score and reports one skill and explanation per job, so the test knows what to expect. */
function fixedRanker(name: string, scores: Record<string, number>, calls: string[] = []): Ranker {
  return {
    name,
    async rank(_query, batch) {
      calls.push(name);
      return batch
        .map(
          (job): Match => ({
            jobId: job.id,
            score: scores[job.id] ?? 0,
            breakdown: {},
            matchedSkills: [`${name} skill`],
            missingSkills: [],
            ranker: name,
            explanation: `${name} says ${job.id}`,
          }),
        )
        .sort((left, right) => right.score - left.score || (left.jobId < right.jobId ? -1 : 1));
    },
  };
}

const ascending = fixedRanker('ascending', { j1: 0.9, j2: 0.6, j3: 0.4, j4: 0.1 });
const descending = fixedRanker('descending', { j1: 0.1, j2: 0.4, j3: 0.6, j4: 0.9 });
const order = (matches: readonly Match[]) => matches.map((match) => match.jobId);

async function fuse(settings: Omit<FusionSettings, 'rankers'>, rankers: readonly Ranker[] = [ascending, descending]) {
  return createFusionRanker({ rankers, ...settings }).rank({}, jobs);
}

describe('createFusionRanker', () => {
  it('computes RRF as Σ w / (k + rank), worked by hand', async () => {
    // A: j1 .9 > j2 .6 > j3 .3;  B: j3 .8 > j1 .5 > j2 .2;  k = 60, equal weights:
    //   j1 = 1/61 + 1/62 = 0.0325225,  j3 = 1/63 + 1/61 = 0.0322665,  j2 = 1/62 + 1/63 = 0.0320020
    // rescaled between 2/63 (last for both) and 2/61 (first for both).
    const a = fixedRanker('a', { j1: 0.9, j2: 0.6, j3: 0.3 });
    const b = fixedRanker('b', { j1: 0.5, j2: 0.2, j3: 0.8 });
    const matches = await createFusionRanker({ rankers: [a, b] }).rank({}, jobs.slice(0, 3));
    expect(order(matches)).toEqual(['j1', 'j3', 'j2']);
    const rescale = (raw: number) => (raw - 2 / 63) / (2 / 61 - 2 / 63);
    expect(matches[0]?.score).toBeCloseTo(rescale(1 / 61 + 1 / 62), 12);
    expect(matches[1]?.score).toBeCloseTo(rescale(1 / 63 + 1 / 61), 12);
    expect(matches[2]?.score).toBeCloseTo(rescale(1 / 62 + 1 / 63), 12);

    // Weights 3 and 1, k = 1: j1 = 3/2 + 1/3 = 1.8333, j2 = 3/3 + 1/4 = 1.25, j3 = 3/4 + 1/2 = 1.25 (a tie, by id);
    // range 4/4 … 4/2, so the scores are 0.8333, 0.25, 0.25.
    const weighted = await createFusionRanker({ rankers: [a, b], weights: [3, 1], rrfK: 1 }).rank({}, jobs.slice(0, 3));
    expect(order(weighted)).toEqual(['j1', 'j2', 'j3']);
    expect(weighted.map((match) => match.score)).toEqual([
      expect.closeTo(5 / 6, 12),
      expect.closeTo(0.25, 12),
      expect.closeTo(0.25, 12),
    ]);
  });

  it('fuses two rankers with opposite orders: equal weights cancel, a heavier member decides', async () => {
    // RRF favours a job one member ranks first over one both rank in the middle: 1/61 + 1/64 > 1/62 + 1/63.
    const rrf = await fuse({});
    expect(order(rrf)).toEqual(['j1', 'j4', 'j2', 'j3']);
    expect(rrf[0]?.score).toBe(rrf[1]?.score);
    // Min-max sums of mirrored scores are all 0.5: a four-way tie, ordered by id.
    const sum = await fuse({ method: 'weighted-sum' });
    expect(new Set(sum.map((match) => match.score.toFixed(12)))).toEqual(new Set(['0.500000000000']));
    // A heavier member's order wins in both methods.
    expect(order(await fuse({ weights: [2, 1] }))).toEqual(['j1', 'j2', 'j3', 'j4']);
    expect(order(await fuse({ weights: [1, 2] }))).toEqual(['j4', 'j3', 'j2', 'j1']);
    expect(order(await fuse({ method: 'weighted-sum', weights: [2, 1] }))).toEqual(['j1', 'j2', 'j3', 'j4']);
    expect(order(await fuse({ method: 'weighted-sum', normalization: 'z-score', weights: [1, 3] }))).toEqual([
      'j4',
      'j3',
      'j2',
      'j1',
    ]);
  });

  it("records each member's score and takes skills and explanation from the heaviest member", async () => {
    const matches = await fuse({ weights: [1, 2], name: 'blend' });
    const j2 = matches.find((match) => match.jobId === 'j2');
    expect(j2).toMatchObject({
      ranker: 'blend',
      breakdown: { ascending: 0.6, descending: 0.4 },
      matchedSkills: ['descending skill'],
      explanation: 'descending says j2',
    });
    // On equal weights the first member leads.
    expect((await fuse({}))[0]?.explanation).toBe('ascending says j1');
  });

  it('does not run a member whose weight is 0', async () => {
    const calls: string[] = [];
    const matches = await createFusionRanker({
      rankers: [fixedRanker('x', { j1: 1 }, calls), fixedRanker('y', { j2: 1 }, calls)],
      weights: [1, 0],
    }).rank({}, jobs);
    expect(calls).toEqual(['x']);
    expect(matches[0]?.jobId).toBe('j1');
    expect(Object.keys(matches[0]?.breakdown ?? {})).toEqual(['x']);
  });

  it('fuses the real rankers into valid matches with scores in [0, 1]', async () => {
    for (const method of ['rrf', 'weighted-sum'] as const) {
      const ranker = createFusionRanker({
        rankers: [createBm25Ranker(), createMultiFactorRanker({ now: () => NOW })],
        method,
      });
      for (const resume of [javascriptResume, nurseResume]) {
        const matches = await ranker.rank({ resume }, allJobs);
        expect(matches).toHaveLength(allJobs.length);
        for (const match of matches) {
          expect(parseMatch(match)).toEqual(match);
          expect(Object.keys(match.breakdown)).toEqual(['bm25', 'multi-factor', 'similarityToTop']);
          expect(match.ranker).toBe('fusion');
        }
        for (let index = 1; index < matches.length; index++)
          expect(matches[index - 1]!.score).toBeGreaterThanOrEqual(matches[index]!.score);
        expect(matches[0]?.jobId).toBe(resume === nurseResume ? nursingJob.id : nodeBackendJob.id);
      }
    }
  });

  it('honours limit and abort', async () => {
    const ranker = createFusionRanker({ rankers: [ascending, descending], weights: [2, 1] });
    expect(order(await ranker.rank({}, jobs, { limit: 2 }))).toEqual(['j1', 'j2']);
    expect(await ranker.rank({}, jobs, { limit: 0 })).toEqual([]);
    await expect(ranker.rank({}, jobs, { limit: -1 })).rejects.toThrow(ValidationError);
    const controller = new AbortController();
    controller.abort();
    await expect(ranker.rank({}, jobs, { signal: controller.signal })).rejects.toThrow();
    expect(await ranker.rank({}, [])).toEqual([]);
  });

  it('with a limit, returns the first matches of the whole ranking, ties by job id (only those are built)', async () => {
    // Copies of the same jobs under other ids: equal scores, ordered by id.
    const batch = [
      ...allJobs,
      ...allJobs.map((job) => ({ ...job, id: `copy-${job.id}` })),
      ...allJobs.map((job) => ({ ...job, id: `a-${job.id}` })),
    ];
    const ranker = createFusionRanker({
      rankers: [createBm25Ranker(), createMultiFactorRanker({ now: () => NOW })],
      method: 'weighted-sum',
      normalization: 'none',
    });
    for (const resume of [javascriptResume, nurseResume]) {
      const all = await ranker.rank({ resume }, batch);
      for (const limit of [0, 1, 2, 3, 7, batch.length, batch.length + 5, 2.5])
        expect(await ranker.rank({ resume }, batch, { limit }), `limit ${limit}`).toEqual(
          all.slice(0, Math.floor(limit)),
        );
    }
  });

  it('rejects bad settings with an error naming the setting', () => {
    const cases: Array<[FusionSettings, string]> = [
      [{ rankers: [] }, 'rankers'],
      [{ rankers: [ascending, fixedRanker('ascending', {})] }, 'rankers.1'],
      [{ rankers: [ascending, { name: '', rank: ascending.rank }] }, 'rankers.1'],
      [{ rankers: [ascending, descending], weights: [1] }, 'weights'],
      [{ rankers: [ascending, descending], weights: [1, -1] }, 'weights.1'],
      [{ rankers: [ascending, descending], weights: [Number.NaN, 1] }, 'weights.0'],
      [{ rankers: [ascending, descending], weights: [Infinity, 1] }, 'weights.0'],
      [{ rankers: [ascending, descending], weights: [0, 0] }, 'weights'],
      [{ rankers: [ascending], rrfK: -1 }, 'rrfK'],
      [{ rankers: [ascending], method: 'weighted-sum', rrfK: 10 }, 'rrfK'],
      [{ rankers: [ascending], normalization: 'z-score' }, 'normalization'],
      [{ rankers: [ascending], method: 'weighted-sum', normalization: 'rank' as never }, 'normalization'],
      [{ rankers: [ascending], method: 'borda' as never }, 'method'],
      [{ rankers: [ascending], name: ' ' }, 'name'],
      [{ rankers: [ascending], pseudoRelevance: { depth: 0 } }, 'pseudoRelevance.depth'],
      [{ rankers: [ascending], pseudoRelevance: { weight: -0.5 } }, 'pseudoRelevance.weight'],
      [{ rankers: [ascending, fixedRanker('similarityToTop', {})] }, 'rankers.1'],
    ];
    for (const [settings, setting] of cases) {
      let error: unknown;
      try {
        createFusionRanker(settings);
      } catch (caught) {
        error = caught;
      }
      expect(error, setting).toBeInstanceOf(InvalidFusionSettingsError);
      expect((error as InvalidFusionSettingsError).setting, JSON.stringify(settings.weights)).toBe(setting);
      expect((error as InvalidFusionSettingsError).fields).toEqual([setting]);
    }
    expect(() =>
      createFusionRanker({
        rankers: [ascending, descending],
        weights: [0, 1],
        method: 'weighted-sum',
        normalization: 'none',
      }),
    ).not.toThrow();
    // Worded as every other setting (≥, not >=).
    expect(() => createFusionRanker({ rankers: [ascending, descending], weights: [1, -1] })).toThrow(
      'Invalid FusionSettings: weights.1: must be a finite number ≥ 0, got -1',
    );
    expect(() => createFusionRanker({ rankers: [ascending], rrfK: Number.NaN })).toThrow(
      'Invalid FusionSettings: rrfK: must be a finite number ≥ 0, got NaN',
    );
    expect(() => createFusionRanker({ rankers: [ascending], pseudoRelevance: { depth: 0 } })).toThrow(
      'Invalid FusionSettings: pseudoRelevance.depth: must be a whole number ≥ 1, got 0',
    );
    // The breakdown key is free again when the expansion step is off.
    expect(() =>
      createFusionRanker({ rankers: [ascending, fixedRanker('similarityToTop', {})], pseudoRelevance: false }),
    ).not.toThrow();
  });

  describe('pseudo-relevance expansion', () => {
    // a and c tie after fusion; c resembles the fused top job, b does not.
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
    const first = fixedRanker('first', { top: 0.9, a: 0.6, c: 0.4, z: 0.1 });
    const second = fixedRanker('second', { top: 0.9, c: 0.6, a: 0.4, z: 0.1 });

    it('moves a job that resembles the fused top jobs above an equal one that does not', async () => {
      const plain = await createFusionRanker({ rankers: [first, second], pseudoRelevance: false }).rank({}, titled);
      expect(order(plain)).toEqual(['top', 'a', 'c', 'z']);
      expect(plain[1]?.score).toBe(plain[2]?.score);
      expect(plain[0]?.breakdown).toEqual({ first: 0.9, second: 0.9 });

      const matches = await createFusionRanker({ rankers: [first, second], pseudoRelevance: { depth: 1 } }).rank(
        {},
        titled,
      );
      expect(order(matches)).toEqual(['top', 'c', 'a', 'z']);
      // The arithmetic of applyPseudoRelevance on the raw RRF values, in the input order top, a, c, z.
      const raw = [2 / 61, 1 / 62 + 1 / 63, 1 / 63 + 1 / 62, 2 / 64];
      const expected = applyPseudoRelevance(raw, jobTermVectors(titled), ['top', 'a', 'c', 'z'], {
        depth: 1,
        weight: 0.5,
      })!;
      for (const [position, job] of titled.entries()) {
        const match = matches.find((candidate) => candidate.jobId === job.id)!;
        expect(match.score).toBeCloseTo(expected.scores[position]!, 12);
        expect(match.breakdown.similarityToTop).toBe(expected.similarity[position]);
      }
      // With `depth: 1` the top job is compared with nothing but itself, left out: similarity 0, score 1 / 1.5.
      expect(matches[0]?.score).toBeCloseTo(1 / 1.5, 12);
    });

    it('is on by default and leaves the fused scores alone when the jobs cannot be told apart', async () => {
      const byDefault = await createFusionRanker({ rankers: [first, second] }).rank({}, titled);
      expect(Object.keys(byDefault[0]?.breakdown ?? {})).toEqual(['first', 'second', 'similarityToTop']);
      // The shared test jobs are copies of one ad: every similarity is 1, so RRF's rescaled scores stand.
      const same = await fuse({});
      expect(same[0]?.score).toBeCloseTo((1 / 61 + 1 / 64 - 2 / 64) / (2 / 61 - 2 / 64), 12);
      expect(Object.keys(same[0]?.breakdown ?? {})).toEqual(['ascending', 'descending']);
    });
  });
});
