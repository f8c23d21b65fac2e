import { describe, expect, it } from 'vitest';
import type { Ranker } from '../interfaces/index.js';
import { sampleJobs, sampleResumes } from '../samples/index.js';
import { parseResume } from '../schemas/index.js';
import { createMemoryStore } from '../store/index.js';
import { skillShareRanker } from '../testing/skill-share-ranker.js';
import type { FeedbackLearner } from './learning.js';
import { createPipeline } from './pipeline.js';

// Core cannot import @rolefit/rankers, so this learner is a small real one written here: it ranks the jobs a person
// rated by their rating and the rest by the pipeline's ranker below them. (The cold-start learner in rankers has its
// own test through this pipeline: packages/rankers/src/learned/from-feedback.test.ts.)
const ratingLearner: FeedbackLearner = {
  name: 'by-rating',
  async learn({ store, subjectId }) {
    const ratings = new Map((await store.listFeedback({ subjectId })).map((item) => [item.jobId, item.rating ?? 0]));
    const ranker: Ranker = {
      name: 'by-rating',
      async rank(query, jobs, options) {
        const base = await skillShareRanker.rank(query, jobs);
        return base
          .map((match) => ({
            ...match,
            score: ratings.has(match.jobId) ? 0.5 + (ratings.get(match.jobId) ?? 0) / 6 : match.score / 2,
            ranker: 'by-rating',
          }))
          .sort((left, right) => right.score - left.score || left.jobId.localeCompare(right.jobId))
          .slice(0, options?.limit);
      },
    };
    return ranker;
  },
};

const { profile: _profile, ...input } = sampleResumes[0]!;
const resume = parseResume(input);

describe('pipeline.retrain', () => {
  it("uses the ranker learned from the person's stored feedback for their later recommendations, and only theirs", async () => {
    const store = createMemoryStore();
    await store.upsertJobs(sampleJobs);
    const pipeline = createPipeline({ store, ranker: skillShareRanker, learner: ratingLearner });
    const before = (await pipeline.recommend({ resume, limit: 3, record: false })).map((item) => item.job.id);
    await pipeline.feedback({ subjectId: resume.id, jobId: 'sample-052', rating: 3 });
    expect((await pipeline.recommend({ resume, limit: 3, record: false })).map((item) => item.job.id)).toEqual(before);

    const result = await pipeline.retrain(resume.id);
    expect(result).toMatchObject({ subjectId: resume.id, feedbackCount: 1, ranker: { name: 'by-rating' } });
    const after = await pipeline.recommend({ resume, limit: 3, record: false });
    expect(after[0]?.job.id).toBe('sample-052');
    expect(after[0]?.match.ranker).toBe('by-rating');
    // Someone else keeps the pipeline's ranker.
    const other = await pipeline.recommend({ resume, subjectId: 'someone-else', limit: 3, record: false });
    expect(other.map((item) => item.job.id)).toEqual(before);
  });

  it('says what to configure when the pipeline has no learner, and needs a subjectId', async () => {
    const pipeline = createPipeline({ store: createMemoryStore(), ranker: skillShareRanker });
    await expect(pipeline.retrain('someone')).rejects.toThrow(/needs a learner: .*createFeedbackLearner/);
    // ValidationErrors naming the setting and the argument: they were TypeErrors.
    await expect(pipeline.retrain('someone')).rejects.toMatchObject({ name: 'ValidationError', setting: 'learner' });
    const learning = createPipeline({ store: createMemoryStore(), ranker: skillShareRanker, learner: ratingLearner });
    await expect(learning.retrain('  ')).rejects.toThrow(/needs the subjectId/);
    for (const subjectId of ['  ', 42, undefined])
      await expect(learning.retrain(subjectId as string)).rejects.toMatchObject({
        name: 'ValidationError',
        field: 'subjectId',
        message: expect.stringMatching(/^Invalid pipeline\.retrain: subjectId: needs the subjectId .*, got /),
      });
  });
});
