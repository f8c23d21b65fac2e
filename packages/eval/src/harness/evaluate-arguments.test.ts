// evaluate, scoreRanker and buildLabelledQueries refuse a dataset, ranker or query list of the wrong shape with a
// ValidationError naming it. Before, `evaluate({ dataset: 'path', rankers })` was "Cannot read properties of undefined
// (reading 'defaultQuery')", and `scoreRanker(ranker, null)` "queries is not iterable".
import { isValidationError, parseJob, parseResume } from '@rolefit/core';
import { createBm25Ranker } from '@rolefit/rankers';
import { describe, expect, it } from 'vitest';
import type { EvaluationDataset } from './dataset.js';
import { evaluate, scoreRanker } from './evaluate.js';
import { buildLabelledQueries } from './queries.js';

const dataset: EvaluationDataset = {
  name: 'set',
  directory: '/nowhere',
  jobs: [parseJob({ id: 'j', source: 'eval', title: 'SQL analyst', description: 'SQL' })],
  resumes: [parseResume({ id: 'r', skills: ['SQL'] })],
  judgements: [{ resumeId: 'r', jobId: 'j', grade: 2 }],
};

describe('a data argument of the wrong shape', () => {
  it('evaluate: a ValidationError naming the option', async () => {
    const rankers = [createBm25Ranker()];
    await expect(evaluate(null as never)).rejects.toThrow('Invalid EvaluateOptions: (root)');
    await expect(evaluate({ dataset: 'data/set' as never, rankers })).rejects.toThrow(
      'Invalid EvaluateOptions: dataset: must be an EvaluationDataset (use loadEvaluationDataset), got a string',
    );
    await expect(evaluate({ dataset: { ...dataset, jobs: undefined as never }, rankers })).rejects.toThrow(
      'dataset.jobs: must be a list, got undefined',
    );
    await expect(evaluate({ dataset, rankers: [createBm25Ranker as never] })).rejects.toThrow(
      'rankers.0: must be a Ranker, got a function (call the factory',
    );
    await expect(evaluate({ dataset, rankers, query: 'jobs' as never })).rejects.toThrow(
      "query: must be 'resume' or 'job'",
    );
    await expect(evaluate({ dataset, rankers: [createBm25Ranker(), createBm25Ranker()] })).rejects.toSatisfy(
      isValidationError,
    );
  });

  it('scoreRanker and buildLabelledQueries', async () => {
    await expect(scoreRanker(createBm25Ranker(), null as never)).rejects.toThrow('Invalid scoreRanker: queries');
    await expect(scoreRanker({} as never, [])).rejects.toThrow('Invalid scoreRanker: ranker: must be a Ranker');
    expect(() => buildLabelledQueries(dataset, undefined as never)).toThrow('Invalid buildLabelledQueries: direction');
    expect(buildLabelledQueries(dataset, 'resume').map((query) => query.id)).toEqual(['r']);
  });
});
