import { describe, expect, it } from 'vitest';
import { fractionalRanks, memberContributions, normalizeScores, rescaleFused, standardNormalCdf } from './fuse.js';

const match = (jobId: string, score: number) => ({
  jobId,
  score,
  breakdown: {},
  matchedSkills: [],
  missingSkills: [],
  ranker: 'm',
});

describe('fractionalRanks', () => {
  it('ranks from 1, best first, tied scores sharing their mean position', () => {
    expect(fractionalRanks([0.9, 0.5, 0.5, 0.1])).toEqual([1, 2.5, 2.5, 4]);
    expect(fractionalRanks([0.1, 0.9, 0.1])).toEqual([2.5, 1, 2.5]);
    expect(fractionalRanks([0.3, 0.3, 0.3])).toEqual([2, 2, 2]);
    expect(fractionalRanks([])).toEqual([]);
  });
});

describe('normalizeScores', () => {
  it('min-max maps the lowest to 0 and the highest to 1', () => {
    expect(normalizeScores([0.2, 0.4, 0.6], 'min-max').map((value) => Number(value.toFixed(12)))).toEqual([0, 0.5, 1]);
  });

  it('z-score goes through the normal CDF', () => {
    // mean 0.5, population standard deviation 0.5: z = −1 and 1 → Φ = 0.158655 and 0.841345
    const [low, high] = normalizeScores([0, 1], 'z-score');
    expect(low).toBeCloseTo(0.158655, 5);
    expect(high).toBeCloseTo(0.841345, 5);
  });

  it('keeps scores with none, or when they are all the same', () => {
    expect(normalizeScores([0.2, 0.7], 'none')).toEqual([0.2, 0.7]);
    expect(normalizeScores([0.4, 0.4], 'min-max')).toEqual([0.4, 0.4]);
    expect(normalizeScores([0.4, 0.4], 'z-score')).toEqual([0.4, 0.4]);
  });
});

describe('standardNormalCdf', () => {
  it('matches known values', () => {
    expect(standardNormalCdf(0)).toBeCloseTo(0.5, 7);
    expect(standardNormalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(standardNormalCdf(-1.959964)).toBeCloseTo(0.025, 6);
  });
});

describe('memberContributions', () => {
  it('gives 1 / (k + rank) for RRF and the normalised score for a weighted sum', () => {
    const matches = [match('a', 0.9), match('b', 0.5), match('c', 0.5)];
    const rrf = memberContributions(matches, { method: 'rrf', rrfK: 60, normalization: 'min-max' });
    expect(rrf.get('a')).toBeCloseTo(1 / 61, 15);
    expect(rrf.get('b')).toBeCloseTo(1 / 62.5, 15);
    expect(rrf.get('c')).toBeCloseTo(1 / 62.5, 15);
    const sum = memberContributions(matches, { method: 'weighted-sum', rrfK: 60, normalization: 'min-max' });
    expect([sum.get('a'), sum.get('b'), sum.get('c')]).toEqual([1, 0, 0]);
  });

  it('counts the first match of a repeated job id', () => {
    const values = memberContributions([match('a', 0.9), match('a', 0.1), match('b', 0.5)], {
      method: 'weighted-sum',
      rrfK: 60,
      normalization: 'none',
    });
    expect(values.get('a')).toBe(0.9);
  });
});

describe('rescaleFused', () => {
  it('maps RRF from "last for every member" (0) to "first for every member" (1)', () => {
    const rrf = { method: 'rrf', rrfK: 60, normalization: 'min-max' } as const;
    expect(rescaleFused(2 / 61, [1, 1], rrf, 3)).toBe(1);
    expect(rescaleFused(2 / 63, [1, 1], rrf, 3)).toBeCloseTo(0, 12);
    expect(rescaleFused(1 / 61 + 1 / 63, [1, 1], rrf, 3)).toBeCloseTo(
      (1 / 61 + 1 / 63 - 2 / 63) / (2 / 61 - 2 / 63),
      12,
    );
    expect(rescaleFused(1 / 61, [1], rrf, 1)).toBe(1);
  });

  it('divides a weighted sum by the sum of the weights', () => {
    expect(rescaleFused(1.2, [1, 1], { method: 'weighted-sum', rrfK: 60, normalization: 'none' }, 5)).toBeCloseTo(
      0.6,
      12,
    );
    expect(rescaleFused(0, [1, 1], { method: 'weighted-sum', rrfK: 60, normalization: 'none' }, 5)).toBe(0);
  });
});
