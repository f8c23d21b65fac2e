// The arithmetic of fusion, shared by the fusion ranker and the weight fitter so both rank alike.
import { reciprocalRankFusion, type Match } from '@rolefit/core';
import { firstOfEachId } from '../shared/ranking.js';
import type { FusionMethod, FusionNormalization } from './settings.js';

/** The settings the arithmetic depends on. */
export interface FusionArithmetic {
  method: FusionMethod;
  rrfK: number;
  normalization: FusionNormalization;
}

/**
 * Ranks from 1, best (highest score) first; tied scores share the average of the positions they span
 * (scores 0.9, 0.5, 0.5, 0.1 → ranks 1, 2.5, 2.5, 4), so a member's arbitrary tie order (by job id) does
 * not leak into the fusion.
 */
export function fractionalRanks(scores: readonly number[]): number[] {
  const order = scores.map((_, index) => index).sort((left, right) => scores[right]! - scores[left]!);
  const ranks = new Array<number>(scores.length);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && scores[order[end + 1]!] === scores[order[start]!]) end += 1;
    const rank = (start + end) / 2 + 1;
    for (let position = start; position <= end; position++) ranks[order[position]!] = rank;
    start = end + 1;
  }
  return ranks;
}

/** Standard normal cumulative distribution (Abramowitz & Stegun 7.1.26, absolute error below 1.5e-7). */
export function standardNormalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * One member's scores over one query's jobs, put in [0, 1]: `min-max` maps the lowest to 0 and the highest
 * to 1; `z-score` takes (score − mean) / standard deviation through the standard normal CDF (so 0 → 0.5);
 * `none` keeps the scores (rankers already score in [0, 1]). When every score is the same there is no spread
 * to normalise, and the scores are kept as they are.
 */
export function normalizeScores(scores: readonly number[], normalization: FusionNormalization): number[] {
  if (normalization === 'none' || scores.length === 0) return [...scores];
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const score of scores) {
    min = Math.min(min, score);
    max = Math.max(max, score);
    sum += score;
  }
  if (!(max > min)) return [...scores];
  if (normalization === 'min-max') return scores.map((score) => (score - min) / (max - min));
  const mean = sum / scores.length;
  const deviation = Math.sqrt(scores.reduce((total, score) => total + (score - mean) ** 2, 0) / scores.length);
  return scores.map((score) => standardNormalCdf((score - mean) / deviation));
}

/**
 * What one member adds per job before its weight: `1 / (k + rank)` for RRF, the normalised score for a
 * weighted sum. Keyed by job id; a job the member did not return is absent and adds nothing.
 * When a member returns one job id twice, the first (better) match counts.
 */
export function memberContributions(matches: readonly Match[], arithmetic: FusionArithmetic): Map<string, number> {
  const unique = firstOfEachId(matches, (match) => match.jobId);
  const scores = unique.map((match) => match.score);
  if (arithmetic.method === 'rrf') {
    // Core's reciprocal rank fusion over this one member, with tied scores sharing their fractional rank.
    const fused = reciprocalRankFusion([unique.map((match) => match.jobId)], {
      k: arithmetic.rrfK,
      ranks: [fractionalRanks(scores)],
    });
    return new Map(fused.map(({ id, score }) => [id, score]));
  }
  const values = normalizeScores(scores, arithmetic.normalization);
  return new Map(unique.map((match, index) => [match.jobId, values[index]!]));
}

/** The most one member can add before its weight: `1 / (k + 1)` for RRF (ranked first), 1 for a weighted sum. */
export function maxContribution(arithmetic: FusionArithmetic): number {
  return arithmetic.method === 'rrf' ? 1 / (arithmetic.rrfK + 1) : 1;
}

/**
 * Rescales a raw fused value `Σ wᵢ·cᵢ` into [0, 1], keeping the order.
 *
 * - RRF: maps the attainable range of a batch of `jobCount` jobs onto [0, 1]: a job every member ranks first
 *   (`Σ wᵢ / (k + 1)`) scores 1, a job every member ranks last (`Σ wᵢ / (k + jobCount)`) scores 0. Dividing by
 *   the maximum alone would leave every score near 1 with k = 60 (a job ranked 20th by all still gets 0.75).
 * - Weighted sum: divides by `Σ wᵢ`, the value of a job every member scores 1 after normalisation; with
 *   `none` the fused score is the weighted mean of the members' own scores.
 */
export function rescaleFused(
  raw: number,
  weights: readonly number[],
  arithmetic: FusionArithmetic,
  jobCount: number,
): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const ceiling = total * maxContribution(arithmetic);
  if (!(ceiling > 0)) return 0;
  const floor = arithmetic.method === 'rrf' ? total / (arithmetic.rrfK + Math.max(1, jobCount)) : 0;
  if (!(ceiling > floor)) return raw >= ceiling ? 1 : 0;
  return Math.min(1, Math.max(0, (raw - floor) / (ceiling - floor)));
}

/** What one job brings to {@link fuseJob} besides its member contributions. */
export interface JobFusionInputs {
  /** The boosted member's position, the weight it gains at full agreement and this job's agreement in [0, 1]. */
  boost?: { member: number; weight: number; agreement: number };
  /** The deciding member's own score for this job in [0, 1], and where it starts and ends deciding. */
  decisive?: { own: number; from: number; to: number };
}

/**
 * One job's fused score in [0, 1] from its members' contributions: the weights (the boosted member's grown by the
 * job's agreement), the rescaled weighted sum, then the deciding member's share of its own score.
 */
export function fuseJob(
  contributions: ArrayLike<number>,
  weights: readonly number[],
  arithmetic: FusionArithmetic,
  jobCount: number,
  inputs: JobFusionInputs = {},
): number {
  const { boost, decisive } = inputs;
  const jobWeights =
    boost === undefined
      ? weights
      : weights.map((weight, member) => weight + (member === boost.member ? boost.weight * boost.agreement : 0));
  let raw = 0;
  for (let member = 0; member < jobWeights.length; member++) raw += jobWeights[member]! * (contributions[member] ?? 0);
  const score = rescaleFused(raw, jobWeights, arithmetic, jobCount);
  if (decisive === undefined) return score;
  const share = Math.min(1, Math.max(0, (decisive.own - decisive.from) / (decisive.to - decisive.from)));
  return share * decisive.own + (1 - share) * score;
}
