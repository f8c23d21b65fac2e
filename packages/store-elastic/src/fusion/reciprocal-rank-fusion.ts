import { reciprocalRankFusion, type ScoredJob } from '@rolefit/core';

/** Settings for {@link fuseJobLists}. */
export interface JobListFusionSettings {
  /** Rank constant: larger values flatten the advantage of top ranks (default 60, as in the RRF paper and Elasticsearch). */
  rrfK?: number;
  /** Results to keep (default all). */
  limit?: number;
}

/**
 * Fuses ranked job lists (the lexical and the semantic search) with core's reciprocal rank fusion: each job scores
 * Σ 1 / (rrfK + rank) over the lists it is in (rank from 1). Ties keep the order of first appearance. Runs in the
 * SDK, so it needs no Elasticsearch licence feature.
 */
export function fuseJobLists(
  lists: ReadonlyArray<readonly ScoredJob[]>,
  settings: JobListFusionSettings = {},
): ScoredJob[] {
  const jobs = new Map<string, ScoredJob['job']>();
  for (const list of lists) for (const hit of list) if (!jobs.has(hit.job.id)) jobs.set(hit.job.id, hit.job);
  const fused = reciprocalRankFusion(
    lists.map((list) => list.map((hit) => hit.job.id)),
    {
      ...(settings.rrfK === undefined ? {} : { k: settings.rrfK }),
      ...(settings.limit === undefined ? {} : { limit: settings.limit }),
    },
  );
  return fused.map(({ id, score }) => ({ job: jobs.get(id)!, score }));
}
