import { parseMatch } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { createBm25Ranker } from '../bm25/index.js';
import { allJobs, javaJob, javascriptResume, nodeBackendJob, rankedIds } from '../testing/fixtures.js';
import { jobTermVectors } from './job-vectors.js';
import {
  applyPseudoRelevance,
  InvalidPseudoRelevanceSettingsError,
  SIMILARITY_TO_TOP_KEY,
} from './pseudo-relevance.js';
import { createPseudoRelevanceRanker } from './pseudo-relevance-ranker.js';

describe('createPseudoRelevanceRanker', () => {
  it('re-scores the real BM25 ranking by similarity to its best jobs', async () => {
    const bm25 = createBm25Ranker();
    const ranker = createPseudoRelevanceRanker({ ranker: bm25, depth: 2 });
    expect(ranker.name).toBe('bm25+prf');
    const plain = await bm25.rank({ resume: javascriptResume }, allJobs);
    const matches = await ranker.rank({ resume: javascriptResume }, allJobs);
    expect(matches).toHaveLength(allJobs.length);

    // The same arithmetic, done here from BM25's own matches.
    const ids = plain.map((match) => match.jobId);
    const expected = applyPseudoRelevance(
      plain.map((match) => match.score),
      jobTermVectors(ids.map((id) => allJobs.find((job) => job.id === id)!)),
      ids,
      { depth: 2, weight: 0.5 },
    )!;
    for (const match of matches) {
      const position = ids.indexOf(match.jobId);
      expect(match.score).toBeCloseTo(expected.scores[position]!, 12);
      expect(match.breakdown).toEqual({
        bm25: plain[position]!.score,
        [SIMILARITY_TO_TOP_KEY]: expected.similarity[position],
      });
      expect(match.ranker).toBe('bm25+prf');
      expect(match.explanation).toBe(plain[position]!.explanation);
      expect(parseMatch(match)).toEqual(match);
    }
    for (let index = 1; index < matches.length; index++)
      expect(matches[index - 1]!.score).toBeGreaterThanOrEqual(matches[index]!.score);
    expect(matches[0]?.jobId).toBe(nodeBackendJob.id);
  });

  it('keeps the ranker scores when feedback can say nothing, and honours limit, abort and duplicates', async () => {
    const bm25 = createBm25Ranker();
    const off = createPseudoRelevanceRanker({ ranker: bm25, weight: 0, name: 'plain' });
    expect((await off.rank({ resume: javascriptResume }, allJobs)).map((match) => [match.jobId, match.score])).toEqual(
      (await bm25.rank({ resume: javascriptResume }, allJobs)).map((match) => [match.jobId, match.score]),
    );
    const ranker = createPseudoRelevanceRanker({ ranker: bm25 });
    const full = await ranker.rank({ resume: javascriptResume }, allJobs);
    expect(rankedIds(await ranker.rank({ resume: javascriptResume }, allJobs, { limit: 2 }))).toEqual(
      rankedIds(full).slice(0, 2),
    );
    // A job id given twice is ranked once.
    expect(await ranker.rank({ resume: javascriptResume }, [...allJobs, { ...javaJob }])).toHaveLength(allJobs.length);
    const controller = new AbortController();
    controller.abort();
    await expect(ranker.rank({ resume: javascriptResume }, allJobs, { signal: controller.signal })).rejects.toThrow();
    expect(await ranker.rank({ resume: javascriptResume }, [])).toEqual([]);
  });

  it('rejects bad settings naming the setting', () => {
    expect(() => createPseudoRelevanceRanker({ ranker: createBm25Ranker(), depth: 0 })).toThrow(
      InvalidPseudoRelevanceSettingsError,
    );
    expect(() => createPseudoRelevanceRanker({ ranker: createBm25Ranker(), weight: -1 })).toThrow(/settings\.weight/);
    // Not a Ranker: a ValidationError naming the setting (it was a plain TypeError).
    for (const ranker of [{}, createBm25Ranker, null])
      expect(() => createPseudoRelevanceRanker({ ranker: ranker as never })).toThrow(
        expect.objectContaining({ name: 'ValidationError', setting: 'ranker' }),
      );
  });
});
