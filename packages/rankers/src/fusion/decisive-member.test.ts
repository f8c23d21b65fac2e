import { parseJob } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { createFusionRanker } from './fusion-ranker.js';
import { InvalidFusionSettingsError } from './settings.js';
import { fixedScoreMember } from './test-helpers.js';

const member = fixedScoreMember;
const jobs = ['strong', 'middle', 'weak'].map((id) => parseJob({ id, source: 'test', title: id }));
const lexical = member('lexical', { strong: 0.9, middle: 0.8, weak: 0.3 });
const other = member('other', { strong: 0.1, middle: 0.9, weak: 0.9 });

describe('fusion with a decisive member', () => {
  it('keeps the fused score below `from`, takes the member’s score above `to`, and moves linearly between', async () => {
    const fusion = createFusionRanker({
      rankers: [lexical, other],
      method: 'weighted-sum',
      normalization: 'none',
      pseudoRelevance: false,
      decisiveMember: { ranker: 'lexical', from: 0.7, to: 0.85 },
    });
    const scores = new Map((await fusion.rank({ text: 'x' }, jobs)).map((match) => [match.jobId, match.score]));
    // strong: 0.9 ≥ to, so 0.9 (not the mean 0.5). middle: share (0.8 − 0.7) / 0.15 = ⅔ of 0.8, ⅓ of the mean 0.85.
    expect(scores.get('strong')).toBeCloseTo(0.9, 12);
    expect(scores.get('middle')).toBeCloseTo((2 / 3) * 0.8 + (1 / 3) * 0.85, 12);
    // weak: 0.3 ≤ from, the mean of 0.3 and 0.9.
    expect(scores.get('weak')).toBeCloseTo(0.6, 12);
    const plain = createFusionRanker({
      rankers: [lexical, other],
      method: 'weighted-sum',
      normalization: 'none',
      pseudoRelevance: false,
    });
    expect((await plain.rank({ text: 'x' }, jobs)).map((match) => match.jobId)).toEqual(['middle', 'weak', 'strong']);
    expect((await fusion.rank({ text: 'x' }, jobs)).map((match) => match.jobId)).toEqual(['strong', 'middle', 'weak']);
  });

  it('refuses a member that is not fused, and thresholds out of order, naming the setting', () => {
    const cases: Array<[unknown, string]> = [
      [{ ranker: 'missing', from: 0.5, to: 0.8 }, 'decisiveMember.ranker'],
      [{ ranker: 'lexical', from: -0.1, to: 0.8 }, 'decisiveMember.from'],
      [{ ranker: 'lexical', from: 0.8, to: 0.8 }, 'decisiveMember.to'],
      [{ ranker: 'lexical', from: 0.5, to: 1.5 }, 'decisiveMember.to'],
    ];
    for (const [decisiveMember, setting] of cases) {
      let caught: unknown;
      try {
        createFusionRanker({
          rankers: [lexical, other],
          method: 'weighted-sum',
          decisiveMember: decisiveMember as never,
        });
      } catch (error) {
        caught = error;
      }
      expect(caught, setting).toBeInstanceOf(InvalidFusionSettingsError);
      expect((caught as InvalidFusionSettingsError).setting).toBe(setting);
    }
    // A member with weight 0 is not run, so it cannot decide.
    expect(() =>
      createFusionRanker({
        rankers: [lexical, other],
        weights: [0, 1],
        decisiveMember: { ranker: 'lexical', from: 0.5, to: 0.8 },
      }),
    ).toThrow(InvalidFusionSettingsError);
  });
});
