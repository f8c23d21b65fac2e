import { isValidationError } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MULTI_FACTOR_WEIGHTS, InvalidWeightsError, enabledFactors, normalizeWeights } from './weights.js';
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
  it('defaults to skills 0.6, keywords 0.4 and the rest off', () => {
    expect(normalizeWeights()).toEqual({ ...DEFAULT_MULTI_FACTOR_WEIGHTS });
    expect(enabledFactors(normalizeWeights())).toEqual(['skills', 'keywords']);
  });

  it('merges over the defaults and scales to sum 1', () => {
    const weights = normalizeWeights({ title: 0.5, experience: 0.1, keywords: 0 });
    expect(sum(weights)).toBeCloseTo(1, 12);
    expect(weights.keywords).toBe(0);
    expect(weights.title).toBeCloseTo(0.5 / 1.2, 12);
    expect(weights.skills).toBeCloseTo(0.6 / 1.2, 12);
    expect(enabledFactors(weights)).toEqual(['skills', 'experience', 'title']);
  });

  it('accepts weights on any scale', () => {
    expect(normalizeWeights({ skills: 6, experience: 0, keywords: 4 })).toEqual(normalizeWeights());
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
