import { ValidationError } from '@rolefit/core';
import { SHIPPED_MULTI_FACTOR_SETTINGS } from './candidates.js';

/** Every factor the multi-factor ranker can score, in the order they are reported. */
export const MULTI_FACTOR_NAMES = [
  'skills',
  'experience',
  'keywords',
  'title',
  'location',
  'salary',
  'recency',
] as const;

/** A factor the multi-factor ranker can score. */
export type MultiFactorName = (typeof MULTI_FACTOR_NAMES)[number];

/** Weight of each factor; 0 turns a factor off. */
export type MultiFactorWeights = Record<MultiFactorName, number>;

/**
 * Default weights: skills 0.6, keywords 0.4; experience, title, location, salary and recency off. Read from the
 * shipped candidate (`MULTI_FACTOR_CHOICE`), chosen leave-one-dataset-out over the dev sets (`pnpm eval --report`)
 * with factors that lack evidence handing their weight to the others; experience at 0.1 lost there (the sets' grades
 * do not follow years), so it is on only when asked for.
 */
export const DEFAULT_MULTI_FACTOR_WEIGHTS: Readonly<MultiFactorWeights> = Object.freeze({
  skills: 0,
  experience: 0,
  keywords: 0,
  title: 0,
  location: 0,
  salary: 0,
  recency: 0,
  ...SHIPPED_MULTI_FACTOR_SETTINGS.weights,
});

/** Thrown for unusable weights; `factor` names the bad factor (absent when the problem is all weights being 0). */
export class InvalidWeightsError extends ValidationError {
  /** The factor whose weight is wrong or unknown, when one is to blame. */
  readonly factor: string | undefined;

  constructor(factor: string | undefined, message: string) {
    super('MultiFactorWeights', [
      { path: factor ?? '', message, code: factor === undefined ? 'custom' : 'invalid_value' },
    ]);
    this.factor = factor;
  }
}

const KNOWN = new Set<string>(MULTI_FACTOR_NAMES);

/**
 * Merges `weights` over the defaults, validates them and scales them to sum to 1.
 * A factor left out keeps its default weight; give it 0 to turn it off.
 */
export function normalizeWeights(weights: Readonly<Partial<Record<string, number>>> = {}): MultiFactorWeights {
  for (const [factor, weight] of Object.entries(weights)) {
    if (!KNOWN.has(factor))
      throw new InvalidWeightsError(
        factor,
        `unknown factor "${factor}"; expected one of ${MULTI_FACTOR_NAMES.join(', ')}`,
      );
    // undefined means "keep the default", as with any optional setting.
    if (weight === undefined) continue;
    if (typeof weight !== 'number' || !Number.isFinite(weight))
      throw new InvalidWeightsError(factor, `weight of "${factor}" must be a finite number, got ${String(weight)}`);
    if (weight < 0)
      throw new InvalidWeightsError(factor, `weight of "${factor}" must be a finite number ≥ 0, got ${weight}`);
  }
  const merged = { ...DEFAULT_MULTI_FACTOR_WEIGHTS } as MultiFactorWeights;
  for (const factor of MULTI_FACTOR_NAMES) {
    const weight = weights[factor];
    if (weight !== undefined) merged[factor] = weight;
  }
  const total = MULTI_FACTOR_NAMES.reduce((sum, factor) => sum + merged[factor], 0);
  if (!(total > 0)) throw new InvalidWeightsError(undefined, 'at least one factor needs a weight > 0');
  if (!Number.isFinite(total))
    throw new InvalidWeightsError(undefined, 'weights are too large to add up; use smaller numbers');
  for (const factor of MULTI_FACTOR_NAMES) merged[factor] /= total;
  return merged;
}

/** The factors with a weight above 0, in report order. */
export function enabledFactors(weights: Readonly<MultiFactorWeights>): MultiFactorName[] {
  return MULTI_FACTOR_NAMES.filter((factor) => weights[factor] > 0);
}
