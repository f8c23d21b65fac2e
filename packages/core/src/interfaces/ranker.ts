import type { CorpusStatistics } from '../bm25/corpus-statistics.js';
import type { Job, Match, Profile, Resume } from '../schemas/index.js';

/** Who the jobs are ranked for: a resume, a profile, free text, or any mix. */
export interface RankQuery {
  resume?: Resume | undefined;
  profile?: Profile | undefined;
  /** Free text such as a pasted resume or a search phrase. */
  text?: string | undefined;
}

/** Options for one ranking call. */
export interface RankOptions {
  signal?: AbortSignal | undefined;
  /** Keep only the best `limit` matches. */
  limit?: number | undefined;
  /**
   * Statistics of the collection the jobs were drawn from (a store's, when the jobs are candidates it retrieved).
   * Rankers that weigh words by how rare they are (BM25) read them instead of the batch's, so a job scores the same
   * in a batch of 5 or of 5,000. Rankers that need none ignore them.
   */
  corpusStatistics?: CorpusStatistics | undefined;
}

/** Scores jobs for one person. */
export interface Ranker {
  /** Short stable name, recorded in each Match. */
  readonly name: string;
  /**
   * One Match per job (or the best `limit`), best first, scores in [0, 1]. Jobs that share an id are one job: the
   * first of them is ranked (the rankers of `@rolefit/rankers` do so).
   */
  rank(query: RankQuery, jobs: readonly Job[], options?: RankOptions): Promise<Match[]>;
  /**
   * Optional: reads `jobs` ahead (whatever the ranker keeps per job, such as its term counts), so that a later `rank`
   * of them costs what a warm one does. Never changes a score. The pipeline calls it from `prepare()`.
   */
  prepare?(jobs: readonly Job[], options?: PrepareOptions): Promise<void>;
  /**
   * Optional: more texts that recommend's first stage should retrieve candidates by (BM25 over each, fused with the
   * person's own text), for a ranker that reads more than the person's words, such as the labels of the occupations
   * it finds for them. Never changes a score, only which stored jobs reach `rank`.
   */
  retrievalTexts?(query: RankQuery, options?: PrepareOptions): Promise<readonly string[]>;
}

/** Options for {@link Ranker.prepare}. */
export interface PrepareOptions {
  signal?: AbortSignal | undefined;
}
