import type { Job, Match, Profile, Resume } from '../schemas/index.js';

/** Who the jobs are ranked for: a resume, a profile, free text, or any mix. */
export interface RankQuery {
  resume?: Resume;
  profile?: Profile;
  /** Free text such as a pasted resume or a search phrase. */
  text?: string;
}

/** Options for one ranking call. */
export interface RankOptions {
  signal?: AbortSignal;
  /** Keep only the best `limit` matches. */
  limit?: number;
}

/** Scores jobs for one person. */
export interface Ranker {
  /** Short stable name, recorded in each Match. */
  readonly name: string;
  /** One Match per job (or the best `limit`), best first, scores in [0, 1]. */
  rank(query: RankQuery, jobs: readonly Job[], options?: RankOptions): Promise<Match[]>;
}
