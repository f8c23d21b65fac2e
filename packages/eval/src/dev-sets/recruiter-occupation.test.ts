import { beforeAll, describe, expect, it } from 'vitest';
import { buildRecruiterOccupation } from './recruiter-occupation.js';
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
describe.skipIf(!hasData)('recruiter-occupation on the real data', () => {
  let set: DevSet;
  beforeAll(() => {
    set = buildRecruiterOccupation(realContext());
  }, 120_000);

  it('has two splits with no query on both sides, something relevant for every query, and job queries', () => {
    expectWellFormed(set);
    expect(set.query).toBe('job');
    expectOccupationShape(set, false);
    expectOccupationDescription(set);
  });

  it('grades updated-resume-dataset résumés by their own category (Arts and Sales never above 1), each text once per split', () => {
    expectUpdatedResumeGrades(set, updatedResumeCategories());
  });
});
