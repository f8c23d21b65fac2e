import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildHandGradedJobResumes,
  HAND_GRADED_JOB_RESUMES,
  handGradedPool,
  pickCandidates,
  qrelGrade,
} from './hand-graded-job-resumes.js';
import { expectWellFormed, hasData, perQueryCounts, realContext } from './test-helpers.js';
import type { DevSet } from './types.js';

// The labels file alone (no data needed): one grade 1–5 and a reason for each of 8 distinct résumés per ad.
describe('hand-graded-job-resumes labels', () => {
  it('grades every candidate 1–5 with a reason, 8 distinct résumés per ad, ads listed once', () => {
    const { jobs, criteria } = HAND_GRADED_JOB_RESUMES;
    expect(criteria.length).toBeGreaterThanOrEqual(4);
    expect(new Set(jobs.map((job) => job.id)).size).toBe(jobs.length);
    for (const job of jobs) {
      expect(job.sha256, job.id).toMatch(/^[0-9a-f]{16}$/);
      expect(job.candidates.length, job.id).toBe(8);
      expect(new Set(job.candidates.map((candidate) => candidate.resume)).size, job.id).toBe(8);
      for (const candidate of job.candidates) {
        expect([1, 2, 3, 4, 5], `${job.id} ${candidate.resume}`).toContain(candidate.grade);
        expect(candidate.reason.length, `${job.id} ${candidate.resume}`).toBeGreaterThan(10);
        expect(candidate.sha256).toMatch(/^[0-9a-f]{16}$/);
      }
    }
  });

  it('maps hand grades 1–5 to qrels 0–3: 1 and 2 are not relevant', () => {
    expect([1, 2, 3, 4, 5].map(qrelGrade)).toEqual([0, 0, 1, 2, 3]);
  });
});

// Built from the real sources in ../shared/data (the postings and résumé files the labels name).
describe.skipIf(!hasData)('hand-graded-job-resumes on the real data', () => {
  let set: DevSet;
  beforeAll(() => {
    set = buildHandGradedJobResumes(realContext());
  }, 120_000);

  it('has two splits with no ad on both sides, something relevant for every ad, and job queries of 8', () => {
    expectWellFormed(set);
    expect(set.query).toBe('job');
    for (const split of [set.splits.train, set.splits.test])
      expect(new Set(perQueryCounts(set, split))).toEqual(new Set([8]));
    expect(set.describe).toMatch(/^## What this set cannot show$/m);
  });

  it('holds exactly the candidates the seeded rule draws for each ad, with the hand grades mapped', () => {
    const pool = handGradedPool(realContext());
    const qrels = [...set.splits.train.qrels, ...set.splits.test.qrels];
    for (const job of HAND_GRADED_JOB_RESUMES.jobs) {
      const drawn = pickCandidates(pool, job).map(({ resume, pick }) => `${resume.id} ${pick}`);
      expect(drawn, job.id).toEqual(job.candidates.map((candidate) => `${candidate.resume} ${candidate.pick}`));
      const judged = qrels.filter((row) => row.jobId === job.id);
      if (job.candidates.every((candidate) => candidate.grade < 3)) expect(judged, job.id).toEqual([]);
      else
        expect(judged.map((row) => `${row.resumeId} ${row.grade}`).sort(), job.id).toEqual(
          job.candidates.map((candidate) => `${candidate.resume} ${qrelGrade(candidate.grade)}`).sort(),
        );
    }
  });
});
