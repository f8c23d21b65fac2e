import { parseJob, parseResume, type Job, type Match, type RankQuery, type Ranker } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { createBm25Ranker, type LabelledQuery, type TrainableRanker } from '@rolefit/rankers';
import type { EvaluationDataset } from './dataset.js';
import { evaluate } from './evaluate.js';

/** A dataset of `resumes` × 3 jobs in which job `<resume>-good` is grade 3, `-ok` grade 1 and `-bad` grade 0. */
function makeDataset(name: string, resumeIds: readonly string[]): EvaluationDataset {
  const jobs: Job[] = [];
  const judgements: EvaluationDataset['judgements'] = [];
  for (const resumeId of resumeIds) {
    for (const [suffix, grade] of [
      ['bad', 0],
      ['ok', 1],
      ['good', 3],
    ] as const) {
      const id = `${resumeId}-${suffix}`;
      jobs.push(parseJob({ id, source: 'eval', title: `${suffix} job`, description: '' }));
      judgements.push({ resumeId, jobId: id, grade });
    }
  }
  return {
    name,
    directory: `/${name}`,
    jobs,
    resumes: resumeIds.map((id) => parseResume({ id, text: `resume ${id}` })),
    judgements,
  };
}

/** Scores jobs by a fixed table (default 0.5): a ranker whose order the test controls. */
function fixedRanker(name: string, scoreOf: (jobId: string) => number): Ranker {
  return {
    name,
    async rank(_query, jobs) {
      return jobs
        .map(
          (job): Match => ({
            jobId: job.id,
            score: scoreOf(job.id),
            breakdown: {},
            matchedSkills: [],
            missingSkills: [],
            ranker: name,
          }),
        )
        .sort((left, right) => right.score - left.score || (left.jobId < right.jobId ? -1 : 1));
    },
  };
}

const byGrade = (jobId: string) => (jobId.endsWith('good') ? 0.9 : jobId.endsWith('ok') ? 0.5 : 0.1);

describe('evaluate', () => {
  it("counts as relevant from the dataset's relevantGrade (a wider scale), unless the options name one", async () => {
    // The ranker puts `ok` (grade 1) first: relevant on the 0–3 scale, not when the set says relevant starts at 2.
    const okFirst = fixedRanker('ok-first', (id) => (id.endsWith('ok') ? 0.9 : id.endsWith('good') ? 0.5 : 0.1));
    const dataset = makeDataset('set', ['a']);
    const narrow = await evaluate({ dataset, rankers: [okFirst], query: 'resume' });
    expect(narrow['ok-first']!.mrr).toBe(1);
    const wide = await evaluate({ dataset: { ...dataset, relevantGrade: 2 }, rankers: [okFirst], query: 'resume' });
    expect(wide['ok-first']!.mrr).toBe(0.5);
    const named = await evaluate({
      dataset: { ...dataset, relevantGrade: 2 },
      rankers: [okFirst],
      query: 'resume',
      relevantGrade: 1,
    });
    expect(named['ok-first']!.mrr).toBe(1);
  });

  it('scores a perfect ranker 1 and a reversed one lower, counting queries and pairs', async () => {
    const dataset = makeDataset('set', ['a', 'b']);
    const results = await evaluate({
      dataset,
      rankers: [fixedRanker('perfect', byGrade), fixedRanker('reversed', (id) => 1 - byGrade(id))],
      query: 'resume',
    });
    expect(results.perfect).toMatchObject({
      'ndcg@10': 1,
      map: 1,
      mrr: 1,
      'recall@10': 1,
      auc: 1,
      queries: 2,
      pairs: 6,
    });
    expect(results.perfect!.ms).toBeGreaterThanOrEqual(0);
    // reversed: [bad 0, ok 1, good 3] → DCG = 1/log2(3) + 7/log2(4) = 0.6309 + 3.5; ideal 7 + 1/log2(3)
    expect(results.reversed!['ndcg@10']).toBeCloseTo((1 / Math.log2(3) + 3.5) / (7 + 1 / Math.log2(3)), 12);
    // relevant at positions 2 and 3: (1/2 + 2/3) / 2
    expect(results.reversed!.map).toBeCloseTo(7 / 12, 12);
    expect(results.reversed!.mrr).toBe(0.5);
    expect(results.reversed!.auc).toBe(0);
  });

  it('scores tied scores at their expected value, whatever order the ranker returned them in', async () => {
    const dataset = makeDataset('set', ['a']);
    const results = await evaluate({ dataset, rankers: [fixedRanker('constant', () => 0.5)], query: 'resume' });
    // Every order of [0, 1, 3] is equally likely: AUC 0.5 and the mean nDCG of the 6 orders, not the id order.
    expect(results.constant!.auc).toBe(0.5);
    const gains = [0, 1, 7];
    const idealDcg = 7 + 1 / Math.log2(3);
    const expectedDcg = (gains.reduce((sum, gain) => sum + gain, 0) / 3) * (1 + 1 / Math.log2(3) + 0.5);
    expect(results.constant!['ndcg@10']).toBeCloseTo(expectedDcg / idealDcg, 12);
  });

  it('leaves a metric null when no query qualifies for it', async () => {
    const dataset = makeDataset('set', ['a']);
    dataset.judgements = dataset.judgements.map((judgement) => ({ ...judgement, grade: 0 }));
    const results = await evaluate({ dataset, rankers: [fixedRanker('any', byGrade)] });
    expect(results.any).toMatchObject({
      'ndcg@10': null,
      map: null,
      mrr: null,
      'recall@10': null,
      auc: null,
      queries: 1,
      pairs: 3,
    });
  });

  it('runs in the README direction by default and in the job direction on request', async () => {
    const dataset = makeDataset('set', ['a', 'b']);
    const calls: RankQuery[] = [];
    const recorder: Ranker = {
      name: 'recorder',
      async rank(query, jobs) {
        calls.push(query);
        return fixedRanker('recorder', () => 0.5).rank(query, jobs);
      },
    };
    await evaluate({ dataset: { ...dataset, defaultQuery: 'job' }, rankers: [recorder] });
    // 6 jobs, each judged for one resume: 6 job queries whose text is the job, not a resume.
    expect(calls).toHaveLength(6);
    expect(calls.every((query) => typeof query.text === 'string' && query.resume?.text === undefined)).toBe(true);
    calls.length = 0;
    await evaluate({ dataset: { ...dataset, defaultQuery: 'job' }, rankers: [recorder], query: 'resume' });
    expect(calls.map((query) => query.resume?.id)).toEqual(['a', 'b']);
  });

  // Plumbing test of the harness: a recording stub stands in for a learned ranker, because what is checked is
  // which labelled queries the harness hands to `fit` and which it ranks, not how well anything ranks.
  it('fits trainable rankers on the train set only, never on the data set', async () => {
    const train = makeDataset('train', ['t1', 't2', 't3']);
    const data = makeDataset('data', ['d1', 'd2']);
    const fitCalls: Array<readonly LabelledQuery[] | undefined> = [];
    const rankedIds: string[] = [];
    const stub: TrainableRanker = {
      name: 'learned',
      async fit(queries) {
        fitCalls.push(queries);
        return {
          name: 'learned',
          async rank(query, jobs) {
            rankedIds.push(query.resume!.id);
            return fixedRanker('learned', byGrade).rank(query, jobs);
          },
        };
      },
    };

    await evaluate({ dataset: data, train, rankers: [stub], query: 'resume' });
    expect(fitCalls).toHaveLength(1);
    const fitted = fitCalls[0]!;
    expect(fitted.map((query) => query.id)).toEqual(['t1', 't2', 't3']);
    // The training queries carry their grades; none of the data set's ids or jobs reach fit.
    expect(fitted.flatMap((query) => [...query.grades.keys()]).every((jobId) => jobId.startsWith('t'))).toBe(true);
    expect(rankedIds).toEqual(['d1', 'd2']);

    await evaluate({ dataset: data, rankers: [stub], query: 'resume' });
    expect(fitCalls[1]).toBeUndefined();
    expect(fitCalls).toHaveLength(2);
  });

  it('runs real rankers and rejects two rankers with one name', async () => {
    const dataset = makeDataset('set', ['a']);
    const results = await evaluate({ dataset, rankers: [createBm25Ranker()] });
    expect(Object.keys(results)).toEqual(['bm25']);
    await expect(evaluate({ dataset, rankers: [createBm25Ranker(), createBm25Ranker()] })).rejects.toThrow(
      /two rankers are named "bm25"/,
    );
  });
});
