import type { Job, RankQuery } from '@rolefit/core';

/** One query with its judged items: what a ranker is asked, the items it ranks, and each item's grade. */
export interface LabelledQuery {
  /** Id of the query: a resume id, or a job id when jobs are the queries. */
  id: string;
  /** What the ranker is given as the person. */
  query: RankQuery;
  /** The judged items, as jobs (resumes become pseudo-jobs when jobs are the queries). */
  jobs: readonly Job[];
  /** Grade (0–3) of each judged item, by job id. */
  grades: ReadonlyMap<string, number>;
}

/** Whether any judged item of the query has a grade above 0, i.e. whether nDCG is defined for it. */
export function hasGain(query: Pick<LabelledQuery, 'grades'>): boolean {
  for (const grade of query.grades.values()) if (grade > 0) return true;
  return false;
}
