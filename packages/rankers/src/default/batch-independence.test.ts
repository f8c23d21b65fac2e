// With the store's corpus statistics (what recommend hands the ranker with the retrieved candidates), a job gets
// the same score whether it is ranked in a batch of 5 or of 500: the property that lets two-stage recommend
// (retrieve K, re-rank them) give the same top 10 as ranking every stored job.
import { createMemoryStore, parseJob, parseResume, type CorpusStatistics, type Job, type Ranker } from '@rolefit/core';
import { sampleJobs as sampleInputs, sampleResumes } from '@rolefit/core/samples';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBm25Ranker } from '../bm25/index.js';
import { createFusionRanker } from '../fusion/index.js';
import { createMultiFactorRanker } from '../multi-factor/index.js';
import { createOccupationRanker } from '../occupation/index.js';
import { createPseudoRelevanceRanker } from '../pseudo-relevance/index.js';
import { createDefaultRanker, DEFAULT_RANKER_CANDIDATES } from './default-ranker.js';

const now = () => new Date('2026-06-01T00:00:00Z');
const resumes = sampleResumes.slice(0, 4).map((sample) => parseResume(sample));

// 500 jobs: the 62 sample jobs (hand-written, see core's samples README) and variations of them under new ids, the
// title prefixed with a seniority or place word so that term statistics differ between a small batch and the whole.
const PREFIXES = ['', 'Senior ', 'Junior ', 'Lead ', 'Remote ', 'Contract ', 'Berlin ', 'Night shift '];
const pool: Job[] = Array.from({ length: 500 }, (_, index) => {
  const base = sampleInputs[index % sampleInputs.length]!;
  const prefix = PREFIXES[Math.floor(index / sampleInputs.length) % PREFIXES.length]!;
  return parseJob({ ...base, id: `${base.id}-${index}`, title: `${prefix}${base.title}` });
});

let jobs: Job[];
let corpusStatistics: CorpusStatistics;
beforeAll(async () => {
  const store = createMemoryStore();
  await store.upsertJobs(pool);
  jobs = await store.listJobs();
  corpusStatistics = await store.corpusStatistics();
});

/** Each job's score in `batch`, by id. */
async function scores(
  ranker: Ranker,
  resumeIndex: number,
  batch: readonly Job[],
  withStatistics = true,
): Promise<Map<string, number>> {
  const matches = await ranker.rank(
    { resume: resumes[resumeIndex]! },
    batch,
    withStatistics ? { corpusStatistics } : {},
  );
  return new Map(matches.map((match) => [match.jobId, match.score]));
}

/** Five jobs spread over the pool (a different five per resume). */
const fiveOf = (all: readonly Job[], resumeIndex: number) =>
  [0, 101, 202, 303, 404].map((position) => all[(position + 37 * resumeIndex) % all.length]!);

describe('scores with corpus statistics do not depend on the batch', () => {
  const batchFree: Array<[string, () => Ranker]> = [
    ['bm25', () => createBm25Ranker()],
    ['multi-factor', () => createMultiFactorRanker({ now })],
    ['occupation', () => createOccupationRanker()],
    [
      'weighted sum of members’ own scores',
      () =>
        createFusionRanker({
          rankers: [createBm25Ranker(), createMultiFactorRanker({ now }), createOccupationRanker()],
          method: 'weighted-sum',
          normalization: 'none',
          weights: [2, 1, 1],
          pseudoRelevance: false,
        }),
    ],
  ];
  for (const [name, create] of batchFree) {
    it(`${name}: a job scores the same in a batch of 5 as in the batch of 500`, async () => {
      const ranker = create();
      for (let resumeIndex = 0; resumeIndex < resumes.length; resumeIndex += 1) {
        const whole = await scores(ranker, resumeIndex, jobs);
        const five = fiveOf(jobs, resumeIndex);
        for (const [id, score] of await scores(ranker, resumeIndex, five))
          expect(score, `${name}, resume ${resumeIndex}, ${id}`).toBeCloseTo(whole.get(id)!, 12);
      }
    }, 120_000);
  }

  it('bm25 without them scores relative to the batch (the reason they exist)', async () => {
    const ranker = createBm25Ranker();
    const whole = await scores(ranker, 0, jobs, false);
    const five = await scores(ranker, 0, fiveOf(jobs, 0), false);
    expect([...five].some(([id, score]) => Math.abs(score - whole.get(id)!) > 1e-6)).toBe(true);
  });

  it('pseudo-relevance without batch scaling: a batch holding the best jobs gives every job in it its score among all 500', async () => {
    const depth = 5;
    const ranker = createPseudoRelevanceRanker({
      ranker: createBm25Ranker(),
      depth,
      maximumShare: 0.5,
      normalization: 'none',
      weight: 1,
    });
    for (let resumeIndex = 0; resumeIndex < resumes.length; resumeIndex += 1) {
      const ranking = await ranker.rank({ resume: resumes[resumeIndex]! }, jobs, { corpusStatistics });
      const whole = new Map(ranking.map((match) => [match.jobId, match.score]));
      // The whole ranking's 10 best and 5 others: depth 5 (half of 15 is more), the same best jobs, the same scores.
      const byId = new Map(jobs.map((job) => [job.id, job]));
      const batch = [...ranking.slice(0, 10), ...ranking.slice(-5)].map((match) => byId.get(match.jobId)!);
      for (const [id, score] of await scores(ranker, resumeIndex, batch))
        expect(score, `resume ${resumeIndex}, ${id}`).toBeCloseTo(whole.get(id)!, 12);
    }
  }, 120_000);

  it('every default-ranker candidate but the expansion step alone: a job scores the same in a batch of 5 as in 500', async () => {
    const { createRankerFromRecipe } = await import('./default-ranker.js');
    for (const [name, recipe] of Object.entries(DEFAULT_RANKER_CANDIDATES)) {
      const ranker = createRankerFromRecipe({ ...recipe, pseudoRelevance: false }, { multiFactor: { now } });
      const whole = await scores(ranker, 1, jobs);
      for (const [id, score] of await scores(ranker, 1, fiveOf(jobs, 1)))
        expect(score, `${name}, ${id}`).toBeCloseTo(whole.get(id)!, 12);
    }
  }, 180_000);

  it('the default ranker: a retrieved batch holding its best jobs reproduces the full ranking’s top 10', async () => {
    const ranker = createDefaultRanker({ multiFactor: { now } });
    const byId = new Map(jobs.map((job) => [job.id, job]));
    const bm25 = createBm25Ranker();
    for (let resumeIndex = 0; resumeIndex < resumes.length; resumeIndex += 1) {
      const query = { resume: resumes[resumeIndex]! };
      const full = await ranker.rank(query, jobs, { corpusStatistics });
      // The 100 jobs BM25 ranks best (what retrieval gives at K = 100), plus the full top 10 where BM25 missed one.
      const retrieved = (await bm25.rank(query, jobs, { corpusStatistics, limit: 100 })).map((match) => match.jobId);
      const batch = [...new Set([...retrieved, ...full.slice(0, 10).map((match) => match.jobId)])].map(
        (id) => byId.get(id)!,
      );
      const reranked = await ranker.rank(query, batch, { corpusStatistics, limit: 10 });
      expect(
        reranked.map((match) => match.jobId),
        `resume ${resumeIndex}`,
      ).toEqual(full.slice(0, 10).map((match) => match.jobId));
      for (const [index, match] of reranked.entries()) expect(match.score).toBeCloseTo(full[index]!.score, 12);
    }
  }, 180_000);
});
