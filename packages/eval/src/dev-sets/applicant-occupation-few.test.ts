import { beforeAll, describe, expect, it } from 'vitest';
import { buildApplicantOccupationFew } from './applicant-occupation-few.js';
import {
  expectOccupationDescription,
  expectOccupationShape,
  expectWellFormed,
  hasData,
  realContext,
} from './test-helpers.js';
import type { DevSet } from './types.js';

// Built from the real sources in ../shared/data (O*NET titles and the résumé and posting files the set names).
describe.skipIf(!hasData)('applicant-occupation-few on the real data', () => {
  let set: DevSet;
  beforeAll(() => {
    set = buildApplicantOccupationFew(realContext());
  }, 120_000);

  it('has two splits with no query on both sides, something relevant for every query, and resume queries', () => {
    expectWellFormed(set);
    expect(set.query).toBe('resume');
    expectOccupationShape(set, true);
    expectOccupationDescription(set);
  });

  it('takes at most 400 people, each with a posting graded 2 or 3', () => {
    const people = [...set.splits.train.resumes, ...set.splits.test.resumes];
    expect(people.length).toBeLessThanOrEqual(400);
    for (const split of [set.splits.train, set.splits.test]) {
      const best = new Map<string, number>();
      for (const row of split.qrels) best.set(row.resumeId, Math.max(best.get(row.resumeId) ?? 0, row.grade));
      for (const grade of best.values()) expect(grade).toBeGreaterThanOrEqual(2);
    }
  });
});
