import { isValidationError } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { MULTI_FACTOR_CANDIDATES, MULTI_FACTOR_CHOICE } from './candidates.js';
import {
  DEFAULT_MULTI_FACTOR_WEIGHTS,
  InvalidWeightsError,
  MULTI_FACTOR_NAMES,
  enabledFactors,
  normalizeWeights,
} from './weights.js';
import { createMultiFactorRanker } from './multi-factor-ranker.js';

const sum = (weights: Record<string, number>) => Object.values(weights).reduce((total, weight) => total + weight, 0);

function errorOf(action: () => unknown): InvalidWeightsError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidWeightsError);
    return error as InvalidWeightsError;
  }
  throw new Error('expected an InvalidWeightsError');
}

describe('normalizeWeights', () => {
  it("defaults to the shipped candidate's weights, skills and keywords, and the rest off", () => {
    expect(normalizeWeights()).toEqual({ ...DEFAULT_MULTI_FACTOR_WEIGHTS });
    expect(enabledFactors(normalizeWeights())).toEqual(['skills', 'keywords']);
    expect(sum(DEFAULT_MULTI_FACTOR_WEIGHTS)).toBeCloseTo(1, 12);
    const shipped = MULTI_FACTOR_CANDIDATES[MULTI_FACTOR_CHOICE]!.weights!;
    for (const factor of MULTI_FACTOR_NAMES) expect(DEFAULT_MULTI_FACTOR_WEIGHTS[factor]).toBe(shipped[factor] ?? 0);
  });

  it('merges over the defaults and scales to sum 1', () => {
    const weights = normalizeWeights({ title: 0.5, experience: 0.1, keywords: 0 });
    expect(sum(weights)).toBeCloseTo(1, 12);
    expect(weights.keywords).toBe(0);
    const total = DEFAULT_MULTI_FACTOR_WEIGHTS.skills + 0.5 + 0.1;
    expect(weights.title).toBeCloseTo(0.5 / total, 12);
    expect(weights.skills).toBeCloseTo(DEFAULT_MULTI_FACTOR_WEIGHTS.skills / total, 12);
    expect(enabledFactors(weights)).toEqual(['skills', 'experience', 'title']);
  });

  it('accepts weights on any scale', () => {
    const tenfold = {
      skills: 10 * DEFAULT_MULTI_FACTOR_WEIGHTS.skills,
      keywords: 10 * DEFAULT_MULTI_FACTOR_WEIGHTS.keywords,
    };
    const scaled = normalizeWeights(tenfold);
    for (const factor of MULTI_FACTOR_NAMES) expect(scaled[factor]).toBeCloseTo(normalizeWeights()[factor], 12);
  });

  it('names an unknown factor', () => {
    const error = errorOf(() => normalizeWeights({ salry: 1 }));
    expect(error.factor).toBe('salry');
    expect(error.message).toContain('salry');
    expect(error.fields).toEqual(['salry']);
    expect(isValidationError(error)).toBe(true);
  });

  it.each([
    ['negative', -0.1],
    ['NaN', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
    ['not a number', '0.5' as unknown as number],
  ])('names the factor with a %s weight', (_label, weight) => {
    const error = errorOf(() => normalizeWeights({ experience: weight }));
    expect(error.factor).toBe('experience');
    expect(error.message).toContain('experience');
  });

  it('rejects all weights being 0', () => {
    const error = errorOf(() => normalizeWeights({ skills: 0, experience: 0, keywords: 0 }));
    expect(error.factor).toBeUndefined();
    expect(error.message).toMatch(/at least one/);
  });

  it('is checked when the ranker is created', () => {
    expect(errorOf(() => createMultiFactorRanker({ weights: { locaton: 1 } as never })).factor).toBe('locaton');
    expect(errorOf(() => createMultiFactorRanker({ weights: { recency: -1 } })).factor).toBe('recency');
  });
});
