import { beforeAll, describe, expect, it } from 'vitest';
import { buildJobViews, jobViewsApplicants } from './job-views.js';
import { expectWellFormed, hasData, realContext } from './test-helpers.js';
import type { DevSet } from './types.js';

// Built from the real job-views-implicit-feedback files in ../shared/data.
describe.skipIf(!hasData)('job-views on the real data', () => {
  const context = realContext();
  let set: DevSet;
  beforeAll(() => {
    set = buildJobViews(context);
  }, 120_000);

  it('splits by applicant, with viewed jobs graded 1–3 and 10 sampled negatives per applicant', () => {
    expectWellFormed(set);
    const { train, test } = set.splits;
    const trainApplicants = new Set(train.resumes.map((resume) => resume.id));
    expect(test.resumes.some((resume) => trainApplicants.has(resume.id))).toBe(false);
    expect(train.resumes.length).toBeGreaterThan(300);
    for (const split of [train, test]) {
      expect(split.qrels.filter((row) => row.grade === 0).length).toBe(split.resumes.length * 10);
      expect(split.qrels.some((row) => row.grade === 3)).toBe(true);
    }
  });

  it('gives each applicant the text of their positions of interest and work history', () => {
    const applicants = jobViewsApplicants(context);
    const resume = set.splits.train.resumes[0]!;
    expect(resume.text).toBe(applicants.textOf(resume.id.replace('jv-applicant-', '')));
    expect(set.splits.train.resumes.every((candidate) => candidate.text.length > 0)).toBe(true);
  });
});
