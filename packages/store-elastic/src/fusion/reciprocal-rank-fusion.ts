import type { ScoredJob } from '@rolefit/core';

/** Options for {@link reciprocalRankFusion}. */
export interface FusionOptions {
  /** Rank constant: larger values flatten the advantage of top ranks (default 60, as in the RRF paper and Elasticsearch). */
  rrfK?: number;
  /** Results to keep (default all). */
  limit?: number;
}

/**
 * Fuses ranked job lists by reciprocal rank fusion: each job scores Σ 1 / (rrfK + rank) over the lists it is in (rank from 1).
 * Ties keep the order of first appearance. Runs in the SDK, so it needs no Elasticsearch licence feature.
 */
export function reciprocalRankFusion(lists: ReadonlyArray<readonly ScoredJob[]>, options: FusionOptions = {}): ScoredJob[] {
  const rrfK = options.rrfK ?? 60;
  if (!(rrfK >= 0) || !Number.isFinite(rrfK)) throw new RangeError(`rrfK must be a finite number ≥ 0, got ${rrfK}`);
  const fused = new Map<string, ScoredJob>();
  for (const list of lists) {
    for (const [position, hit] of list.entries()) {
      const entry = fused.get(hit.job.id);
      const contribution = 1 / (rrfK + position + 1);
      if (entry) entry.score += contribution;
      else fused.set(hit.job.id, { job: hit.job, score: contribution });
    }
  }
  // Array.prototype.sort is stable, so equal scores keep their first-seen order.
  const ranked = [...fused.values()].sort((left, right) => right.score - left.score);
  return options.limit === undefined ? ranked : ranked.slice(0, options.limit);
}
