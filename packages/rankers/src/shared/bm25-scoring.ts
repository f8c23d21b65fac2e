import { invalidSetting, createBm25Index, type CorpusStatistics, type Job } from '@rolefit/core';
import { tokenize } from '@rolefit/core/text';

/** BM25 settings shared by the rankers that score text. */
export interface Bm25ScoringSettings {
  /** Term-frequency saturation (default 1.2). */
  k1?: number;
  /** Length normalisation, 0…1 (default 0.75). */
  b?: number;
  /** Weight of each job field: `title`, `skills`, `description`, `company`, `location` (default 3, 2, 1, 1, 1). */
  fieldWeights?: Readonly<Partial<Record<Bm25JobField, number>>>;
  /** Share of the query's attainable score at which a job scores 0.5, in (0, 0.5) (default 0.08); see `normalizeBm25Score`. */
  halfScoreCoverage?: number;
}

/** A job field the BM25 index reads. */
export type Bm25JobField = 'title' | 'skills' | 'description' | 'company' | 'location';

/** Default field weights: a title word counts three times, a listed skill twice, a description, company or place word once. */
export const DEFAULT_BM25_FIELD_WEIGHTS: Readonly<Record<Bm25JobField, number>> = {
  title: 3,
  skills: 2,
  description: 1,
  company: 1,
  location: 1,
};

/** Default share of the attainable score at which a job scores 0.5. */
export const DEFAULT_BM25_HALF_SCORE_COVERAGE = 0.08;

const DEFAULT_K1 = 1.2;
const DEFAULT_B = 0.75;

/** Raw BM25 scores of a batch of jobs, and the most any job could score for the query. */
export interface Bm25BatchScores {
  /** Raw score of each job, in the order given. */
  raw: number[];
  /** Upper bound of a raw score for this query and batch (the index's `maxScore`). */
  ceiling: number;
}

// Same tokenizer for jobs and query, so the ceiling counts the terms the index scores.
const splitTerms = (text: string) => tokenize(text, { removeStopwords: true, stem: true });

// City, region and country as words: a person who names the place matches jobs there.
const placeText = (job: Job): string =>
  [job.location?.city, job.location?.region, job.location?.country].filter(Boolean).join(' ');

/** Throws a ValidationError naming the setting for BM25 settings the rankers cannot use. */
export function checkBm25Settings(settings: Bm25ScoringSettings = {}): void {
  const coverage = settings.halfScoreCoverage ?? DEFAULT_BM25_HALF_SCORE_COVERAGE;
  if (!(coverage > 0 && coverage < 0.5))
    throw invalidSetting('Bm25RankerSettings', 'halfScoreCoverage', `must be in (0, 0.5), got ${coverage}`);
  // The index checks k1 and b itself.
  createBm25Index({ k1: settings.k1 ?? DEFAULT_K1, b: settings.b ?? DEFAULT_B });
}

/**
 * Raw BM25 scores of `jobs` (same order) for `queryText`, and their ceiling. IDF and average length come from
 * `corpus` (the statistics of the collection the jobs were drawn from) when given, so a job's score does not depend
 * on the other jobs in the batch; without it, from this batch.
 */
export function scoreJobsWithBm25(
  queryText: string,
  jobs: readonly Job[],
  settings: Bm25ScoringSettings = {},
  corpus?: CorpusStatistics,
): Bm25BatchScores {
  const k1 = settings.k1 ?? DEFAULT_K1;
  const index = createBm25Index({
    k1,
    b: settings.b ?? DEFAULT_B,
    fieldWeights: { ...DEFAULT_BM25_FIELD_WEIGHTS, ...settings.fieldWeights },
    tokenize: splitTerms,
    ...(corpus ? { corpus } : {}),
  });
  // Documents are keyed by position, so two jobs with the same id in one batch each keep their own score.
  const ids = jobs.map((job, position) => {
    const id = String(position);
    index.add(id, {
      title: job.title,
      skills: job.skills ?? [],
      description: job.description ?? '',
      company: job.company ?? '',
      location: placeText(job),
    });
    return id;
  });
  if (jobs.length === 0) return { raw: [], ceiling: 0 };
  // Terms no job holds count in the ceiling too: they are part of what the person asked for, so a
  // batch that lacks them should not look like a perfect fit.
  const ceiling = index.maxScore(queryText);
  if (ceiling === 0) return { raw: ids.map(() => 0), ceiling: 0 };
  return { raw: index.scoreAll(queryText, ids).map((hit) => hit.score), ceiling };
}

/**
 * Maps a raw BM25 score to [0, 1]. First `coverage = raw / ceiling`, the share of the query's
 * attainable score the job reaches (the ceiling is what a job holding every query term, many times,
 * would get). Then `coverage × (1 + h) / (coverage + h)`, with h set so `halfScoreCoverage` maps to 0.5:
 * a concave curve that keeps 0 → 0 and 1 → 1 and spreads the small shares real jobs reach
 * (with the default 0.08: 5% → 0.38, 10% → 0.56, 20% → 0.74, 50% → 0.92).
 *
 * Why not "divide by the best score in the batch": that gives the best job 1 even when every job
 * is a poor fit, and a job's score would drop whenever a better one joins the batch. Why not
 * `raw / (raw + k)` with a fixed k: raw BM25 grows with the batch size (through IDF) and with the
 * length of the query, so one k cannot suit a 10-job batch and a 2,000-job one, or a search phrase
 * and a full resume. The coverage ratio cancels both; the curve is monotonic, so order is kept.
 */
export function normalizeBm25Score(
  raw: number,
  ceiling: number,
  halfScoreCoverage: number = DEFAULT_BM25_HALF_SCORE_COVERAGE,
): number {
  if (!(raw > 0 && ceiling > 0)) return 0;
  const coverage = Math.min(1, raw / ceiling);
  const h = halfScoreCoverage / (1 - 2 * halfScoreCoverage);
  return Math.min(1, (coverage * (1 + h)) / (coverage + h));
}
