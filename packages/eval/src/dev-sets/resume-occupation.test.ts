import { beforeAll, describe, expect, it } from 'vitest';
import { buildResumeOccupation } from './resume-occupation.js';
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
describe.skipIf(!hasData)('resume-occupation on the real data', () => {
  let set: DevSet;
  beforeAll(() => {
    set = buildResumeOccupation(realContext());
  }, 120_000);

  it('has two splits with no query on both sides, something relevant for every query, and resume queries', () => {
    expectWellFormed(set);
    expect(set.query).toBe('resume');
    expectOccupationShape(set, false);
    expectOccupationDescription(set);
  });

  it('grades updated-resume-dataset résumés by their own category (Arts and Sales never above 1), each text once per split', () => {
    expectUpdatedResumeGrades(set, updatedResumeCategories());
  });
});
