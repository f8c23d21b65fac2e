// Supervised term weighting (the `termWeighting` setting of the text ridge): each TF-IDF term of the description and
// lead spaces is scaled by how differently it occurs in well and badly rated postings, a statistic learned on the
// training rows only. NBSVM's log-count ratio (Wang & Manning 2012), made ordinal: for each cut of the grades 0–3 into
// low and high (≥ 1, ≥ 2, ≥ 3, where both sides have rows), r = ln((α + dfₕ(t)) / ‖α + dfₕ‖₁) − ln((α + dfₗ(t)) /
// ‖α + dfₗ‖₁) over document frequencies, and a term's weight is the mean |r| over the cuts, divided by its mean over
// the vocabulary (so the average term keeps its scale and λ its meaning). A term then enters the kernel as
// v(t) · weight(t)^s, the strength s chosen by the inner CV (s = 0: plain TF-IDF). Because both sides of the linear
// kernel carry the factor, the fitted primal weight of a term is multiplied by weight(t)^(2s) and scoring is unchanged.
// `keep` turns it into feature selection: the top share of terms by weight enter as they are, the rest are dropped.
//
// Opt-in, not the desirability model's default: on the lirecommend ratings (repeated grouped CV paired against the
// shipped model, see docs/guides/learning-from-feedback.md) it changed AUC by −0.002 [−0.004, 0.001] (α 1, first two
// fold seeds), 0.000 [−0.001, 0.001] (α 10, 5x5; exact grade 0.652 → 0.649) and, as selection of the top 25, 50 or
// 75% of terms, −0.000 [−0.004, 0.003] (first two fold seeds). Trained on all 413 ratings the CV keeps strength 0:
// what the linear ridge already learns per term leaves the weighting little to add. Training takes 1.5–1.8× the CPU.
import type { SparseVector } from '../shared/sparse-vectors.js';

/** Settings of supervised term weighting. */
export interface TermWeightingSettings {
  /** Strengths s the inner CV tries next to 0 on the best block mix (default 0.5, 1, 2). */
  strengths?: readonly number[] | undefined;
  /** Additive smoothing α of the document frequencies (default 1). */
  smoothing?: number | undefined;
  /**
   * Shares of the terms to keep (feature selection, default none): each is another candidate of the CV, where the
   * top share of the terms by weight enter the kernel as they are and the rest are dropped.
   */
  keep?: readonly number[] | undefined;
}

/** A term weighting the CV tried: terms scaled by weight^strength, the weights first made 1 for the top `keep` share of terms and 0 for the rest when `keep` is given. */
export interface TermWeightingChoice {
  strength: number;
  keep?: number | undefined;
}

/** Default strengths tried next to 0. */
export const TERM_WEIGHTING_STRENGTHS: readonly number[] = [0.5, 1, 2];

/**
 * term → weight (mean |log-count ratio| over the grade cuts, normalised to mean 1 over the terms seen) from the rows
 * `indices` of `vectors` (presence of a term counts, not its value). Terms in none of these rows are absent (weight 0
 * where they appear later: they cannot be learned from these rows). Empty when no cut has rows on both sides.
 */
export function termWeights(
  vectors: readonly SparseVector[],
  grades: readonly number[],
  indices: readonly number[],
  smoothing = 1,
): Map<string, number> {
  const cuts = [1, 2, 3].filter(
    (cut) => indices.some((index) => grades[index]! >= cut) && indices.some((index) => grades[index]! < cut),
  );
  const terms = new Set<string>();
  for (const index of indices) for (const term of vectors[index]!.keys()) terms.add(term);
  const weights = new Map<string, number>();
  if (cuts.length === 0 || terms.size === 0) return weights;
  for (const term of terms) weights.set(term, 0);
  for (const cut of cuts) {
    const high = new Map<string, number>();
    const low = new Map<string, number>();
    for (const index of indices) {
      const side = grades[index]! >= cut ? high : low;
      for (const term of vectors[index]!.keys()) side.set(term, (side.get(term) ?? 0) + 1);
    }
    const total = (side: Map<string, number>) =>
      terms.size * smoothing + [...side.values()].reduce((sum, value) => sum + value, 0);
    const [highTotal, lowTotal] = [total(high), total(low)];
    for (const term of terms) {
      const ratio =
        Math.log((smoothing + (high.get(term) ?? 0)) / highTotal) -
        Math.log((smoothing + (low.get(term) ?? 0)) / lowTotal);
      weights.set(term, weights.get(term)! + Math.abs(ratio) / cuts.length);
    }
  }
  const mean = [...weights.values()].reduce((sum, value) => sum + value, 0) / weights.size;
  if (!(mean > 0)) return new Map([...terms].map((term) => [term, 1]));
  for (const [term, value] of weights) weights.set(term, value / mean);
  return weights;
}

/**
 * The weights made 1 for the top `share` of the terms (at least one; ties broken by the term, so it is deterministic)
 * and left out for the rest.
 */
export function keepTopTerms(weights: ReadonlyMap<string, number>, share: number): Map<string, number> {
  const ranked = [...weights].sort((left, right) => right[1] - left[1] || (left[0] < right[0] ? -1 : 1));
  const count = Math.max(1, Math.round(ranked.length * share));
  return new Map(ranked.slice(0, count).map(([term]) => [term, 1]));
}

/** The vector with each term scaled by weight^strength (a term without a weight gets 0 unless the strength is 0). */
export function scaleTerms(vector: SparseVector, weights: ReadonlyMap<string, number>, strength: number): SparseVector {
  if (strength === 0) return vector;
  const scaled: SparseVector = new Map();
  for (const [term, value] of vector) {
    const weight = weights.get(term) ?? 0;
    if (weight > 0) scaled.set(term, value * weight ** strength);
  }
  return scaled;
}
