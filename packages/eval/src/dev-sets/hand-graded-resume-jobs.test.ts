import { describe, expect, it } from 'vitest';
import {
  buildHandGradedResumeJobs,
  fieldOfRole,
  HAND_GRADED_LABELS,
  pickCandidates,
  pickResumes,
  postingPool,
  roleWords,
  textDigest,
  wordsMatch,
} from './hand-graded-resume-jobs.js';
import { expectWellFormed, hasData, realContext } from './test-helpers.js';

describe('hand-graded-resume-jobs: the written candidate rule', () => {
  it('matches words by a shared stem (one word the other plus up to 3 letters, or a 5-letter common stem)', () => {
    expect(wordsMatch('testing', 'test')).toBe(true);
    expect(wordsMatch('tester', 'testing')).toBe(false);
    expect(wordsMatch('mechanic', 'mechanical')).toBe(true);
    expect(wordsMatch('designer', 'designing')).toBe(true);
    expect(wordsMatch('hr', 'hr')).toBe(true);
    expect(wordsMatch('data', 'database')).toBe(false);
    expect(wordsMatch('store', 'storage')).toBe(false);
    expect(wordsMatch('operations', 'operator')).toBe(false);
    expect(wordsMatch('art', 'artificial')).toBe(false);
  });

  it('drops generic words from a role and places a designation in a field', () => {
    expect(roleWords('Senior Mechanical Engineer')).toEqual(['mechanical']);
    expect(roleWords('DotNet Developer')).toEqual(['net']);
    expect(roleWords('Technical Lead')).toEqual([]);
    expect(fieldOfRole('Finance Analyst')).toBe('finance');
    expect(fieldOfRole('Cluster HR Manager')).toBe('hr');
    expect(fieldOfRole('Test Analyst')).toBe('software');
  });

  it('has 30 graded résumés of 6 candidates, each with a reason and a grade 0–3', () => {
    const { resumes, criteria } = HAND_GRADED_LABELS;
    expect(criteria.length).toBeGreaterThanOrEqual(4);
    expect(resumes).toHaveLength(30);
    expect(resumes.filter((resume) => resume.id.startsWith('ur-'))).toHaveLength(15);
    for (const resume of resumes) {
      expect(resume.jobs, resume.id).toHaveLength(6);
      expect(new Set(resume.jobs.map((job) => job.id)).size).toBe(6);
      for (const job of resume.jobs) {
        expect([0, 1, 2, 3]).toContain(job.grade);
        expect(job.reason.length, `${resume.id} ${job.id}`).toBeGreaterThan(10);
        expect(job.sha256).toMatch(/^[0-9a-f]{16}$/);
      }
    }
  });
});

// Built from the real sources in ../shared/data (the résumé and posting files the labels name).
describe.skipIf(!hasData)('hand-graded-resume-jobs on the real data', () => {
  it('picks the labelled résumés and candidates by its written rule, from unchanged texts', () => {
    const context = realContext();
    const pool = postingPool(context);
    const people = pickResumes(context);
    expect(people.map((person) => person.resume.id)).toEqual(HAND_GRADED_LABELS.resumes.map((resume) => resume.id));
    for (const [index, person] of people.entries()) {
      const label = HAND_GRADED_LABELS.resumes[index]!;
      expect(textDigest(person.resume.text)).toBe(label.sha256);
      expect(person.role).toBe(label.role);
      expect(
        pickCandidates(person, pool).map(({ posting, picked }) => [
          posting.job.id,
          picked,
          textDigest(posting.job.description),
        ]),
      ).toEqual(label.jobs.map((job) => [job.id, job.picked, job.sha256]));
    }
  }, 120_000);

  it('builds two splits of whole queries, 6 judged jobs each, something relevant for every query', () => {
    const set = buildHandGradedResumeJobs(realContext());
    expectWellFormed(set);
    expect(set.query).toBe('resume');
    const judgements = set.splits.train.qrels.length + set.splits.test.qrels.length;
    expect(judgements).toBe(180);
    for (const job of [...set.splits.train.jobs, ...set.splits.test.jobs])
      expect(job.description.length).toBeGreaterThan(299);
    expect(set.describe).toMatch(/^## What this set cannot show$/m);
  }, 120_000);
});
