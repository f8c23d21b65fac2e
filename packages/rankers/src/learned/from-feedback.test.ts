import { createMemoryStore, createPipeline, parseResume, ValidationError, type Store } from '@rolefit/core';
import { sampleJobs, sampleResumes } from '@rolefit/core/samples';
import { describe, expect, it } from 'vitest';
import { createBm25Ranker } from '../bm25/index.js';
import { createFusionRanker } from '../fusion/index.js';
import { createMultiFactorRanker } from '../multi-factor/index.js';
import type { ColdStartRanker } from './cold-start.js';
import { createFeedbackLearner, FEEDBACK_ACTION_GRADES, feedbackToExamples } from './from-feedback.js';

// Real parts throughout: core's MemoryStore and pipeline, the real cold-start switch over the real feedback classifier.
const { profile: _profile, ...engineerInput } = sampleResumes.find(
  (sample) => sample.id === 'resume-software-engineer',
)!;
const engineer = parseResume(engineerInput);

async function storeWithJobs(): Promise<Store> {
  const store = createMemoryStore();
  await store.upsertJobs(sampleJobs);
  await store.upsertResume(engineer);
  return store;
}

describe('feedbackToExamples', () => {
  it('turns ratings and apply/dismiss/hire into one grade per job, newest record winning, a hire never lowered', async () => {
    const store = await storeWithJobs();
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
    await store.addFeedback({ subjectId: engineer.id, jobId: 'sample-001', rating: 1, timestamp: at(1) });
    await store.addFeedback({ subjectId: engineer.id, jobId: 'sample-001', rating: 3, timestamp: at(2) });
    await store.addFeedback({ subjectId: engineer.id, jobId: 'sample-002', action: 'apply', timestamp: at(1) });
    await store.addFeedback({ subjectId: engineer.id, jobId: 'sample-003', action: 'dismiss', timestamp: at(1) });
    await store.addFeedback({ subjectId: engineer.id, jobId: 'sample-004', action: 'hire', timestamp: at(1) });
    await store.addFeedback({ subjectId: engineer.id, jobId: 'sample-004', rating: 1, timestamp: at(2) });
    await store.addFeedback({
      subjectId: engineer.id,
      jobId: 'sample-005',
      action: 'apply',
      rating: 1,
      timestamp: at(1),
    });
    await store.addFeedback({ subjectId: 'someone-else', jobId: 'sample-006', rating: 3 });
    await store.addFeedback({ subjectId: engineer.id, jobId: 'sample-007', rating: 2 });
    await store.deleteJob('sample-007');

    const data = await feedbackToExamples(store, engineer.id);
    expect(Object.fromEntries(data.labelled.grades)).toEqual({
      'sample-001': 3,
      'sample-002': FEEDBACK_ACTION_GRADES.apply,
      'sample-003': 0,
      'sample-004': 3,
      'sample-005': 1,
    });
    expect(data.labelled.query.resume?.id).toBe(engineer.id);
    expect(data.examples.map((example) => [example.job.id, example.label])).toEqual([...data.labelled.grades]);
    expect(data.feedbackCount).toBe(8);
    expect(data.skipped).toEqual([{ jobId: 'sample-007', reason: 'the job is no longer in the store' }]);
    expect(
      Object.fromEntries(
        (await feedbackToExamples(store, engineer.id, { actionGrades: { apply: 3 } })).labelled.grades,
      )['sample-002'],
    ).toBe(3);
  });

  it('refuses a mistyped setting and a grade off the 0–3 scale', async () => {
    const store = await storeWithJobs();
    await expect(feedbackToExamples(store, engineer.id, { querry: {} } as never)).rejects.toThrow(
      /unknown key 'querry' \(did you mean 'query'\?\)/,
    );
    await expect(feedbackToExamples(store, engineer.id, { actionGrades: { apply: 5 } })).rejects.toThrow(
      ValidationError,
    );
    expect(() => createFeedbackLearner({ minLabel: 3 } as never)).toThrow(/did you mean 'minLabels'/);
  });

  it('refuses a store or subject id of the wrong kind with a ValidationError naming it (it was a TypeError)', async () => {
    const store = await storeWithJobs();
    for (const [call, field] of [
      [() => feedbackToExamples(null as never, engineer.id), 'store'],
      [() => feedbackToExamples({ listFeedback: 1 } as never, engineer.id), 'store'],
      [() => feedbackToExamples(store, '' as never), 'subjectId'],
      [() => feedbackToExamples(store, 7 as never), 'subjectId'],
    ] as const)
      await expect(call(), field).rejects.toMatchObject({ name: 'ValidationError', field });
  });
});

describe('pipeline.retrain with createFeedbackLearner', () => {
  const nurses = ['sample-020', 'sample-021', 'sample-024', 'sample-025', 'sample-026', 'sample-027'];
  const software = ['sample-001', 'sample-002', 'sample-003', 'sample-004', 'sample-005', 'sample-006', 'sample-008'];
  const unratedNurses = ['sample-022', 'sample-023'];

  it('changes recommendations after ratings: jobs like the ones rated highly rise, including unrated ones', async () => {
    const store = await storeWithJobs();
    const ranker = createFusionRanker({
      rankers: [createMultiFactorRanker(), createBm25Ranker()],
      name: 'unsupervised',
      method: 'rrf',
    });
    const learner = createFeedbackLearner({ minLabels: 10, unsupervised: ranker });
    const pipeline = createPipeline({ store, ranker, learner });
    const request = { resume: engineer, limit: 100, record: false };
    const positions = async () => (await pipeline.recommend(request)).map((item) => item.job.id);

    const before = await positions();
    expect(before.slice(0, 5).every((id) => !id.startsWith('sample-02'))).toBe(true);

    // Too few ratings: the switch stays on the unsupervised ranker and recommendations keep their order.
    for (const jobId of nurses.slice(0, 3)) await pipeline.feedback({ subjectId: engineer.id, jobId, rating: 3 });
    const early = await pipeline.retrain(engineer.id);
    expect(early).toMatchObject({ subjectId: engineer.id, feedbackCount: 3, ranker: { mode: 'cold-start' } });
    expect(await positions()).toEqual(before);

    // This person wants to move into nursing: they rate nursing posts 3 and software posts 1.
    for (const jobId of nurses.slice(3)) await pipeline.feedback({ subjectId: engineer.id, jobId, rating: 3 });
    for (const jobId of software) await pipeline.feedback({ subjectId: engineer.id, jobId, rating: 1 });
    const result = await pipeline.retrain(engineer.id);
    const switched = result.ranker as ColdStartRanker;
    expect(switched.labelCount).toBe(13);
    expect(switched.mode).not.toBe('cold-start');

    const after = await positions();
    expect(after).not.toEqual(before);
    const rankOf = (list: string[], id: string) => list.indexOf(id);
    for (const id of unratedNurses) expect(rankOf(after, id)).toBeLessThan(rankOf(before, id));
    const recommendations = await pipeline.recommend({ ...request, limit: 3 });
    expect(recommendations[0]?.match.explanation).toMatch(/^\[(learned|blended):/);
  });
});
