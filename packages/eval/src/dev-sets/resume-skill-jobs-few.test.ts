import { beforeAll, describe, expect, it } from 'vitest';
import { buildResumeSkillJobsFew } from './resume-skill-jobs-few.js';
import {
  expectOccupationDescription,
  expectOccupationShape,
  expectUpdatedResumeGrades,
  expectWellFormed,
  hasData,
  realContext,
  updatedResumeCategories,
} from './test-helpers.js';
import type { DevSet } from './types.js';

// Built from the real sources in ../shared/data (O*NET titles and the résumé and posting files the set names).
describe.skipIf(!hasData)('resume-skill-jobs-few on the real data', () => {
  let set: DevSet;
  beforeAll(() => {
    set = buildResumeSkillJobsFew(realContext());
  }, 120_000);

  it('has two splits with no query on both sides, something relevant for every query, and resume queries', () => {
    expectWellFormed(set);
    expect(set.query).toBe('resume');
    expectOccupationShape(set, true);
    expectOccupationDescription(set);
  });

  it('grades updated-resume-dataset résumés by their own category (Arts and Sales never above 1), each text once per split', () => {
    expectUpdatedResumeGrades(set, updatedResumeCategories());
  });

  it("has jobs that carry only the board's tags (3 or more), no description", () => {
    for (const job of [...set.splits.train.jobs, ...set.splits.test.jobs]) {
      expect(job.description).toBe('');
      expect(job.skills!.length).toBeGreaterThanOrEqual(3);
    }
  });
});
