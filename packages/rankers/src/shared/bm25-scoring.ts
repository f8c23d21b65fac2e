import {
  invalidSetting,
  createBm25Index,
  jobPlaceText,
  type Bm25Document,
  type CorpusStatistics,
  type Job,
} from '@rolefit/core';
import { tokenize } from '@rolefit/core/text';
import {
  countedTerms,
  createJobTextCache,
  knownTermId,
  startScoring,
  termCount,
  termDictionaryGeneration,
  type CountedTerms,
  type JobTextCache,
} from './job-terms.js';
import { jobFieldWords, type JobFieldWords } from './job-field-words.js';
import { onCallEnd, sharingWithinCall } from './call-scope.js';

/** BM25 settings shared by the rankers that score text. */
export interface Bm25ScoringSettings {
  /** Term-frequency saturation (default 1.2). */
  k1?: number | undefined;
  /** Length normalisation, 0…1 (default 0.75). */
  b?: number | undefined;
  /** Weight of each job field: `title`, `skills`, `description`, `company`, `location` (default 3, 2, 1, 1, 1). */
  fieldWeights?: Readonly<Partial<Record<Bm25JobField, number>>> | undefined;
  /** Share of the query's attainable score at which a job scores 0.5, in (0, 0.5) (default 0.08); see `normalizeBm25Score`. */
  halfScoreCoverage?: number | undefined;
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
 * on the other jobs in the batch; without it, from this batch. Each job's field-weighted term counts are kept per job
 * object (counted again when its text changes), so a job is tokenised once however often it is ranked; the scores
 * are those of a BM25 index over the batch (`createBm25Index`), to the last bit.
 */
export function scoreJobsWithBm25(
  queryText: string,
  jobs: readonly Job[],
  settings: Bm25ScoringSettings = {},
  corpus?: CorpusStatistics,
): Bm25BatchScores {
  const k1 = settings.k1 ?? DEFAULT_K1;
  const b = settings.b ?? DEFAULT_B;
  const fieldWeights = { ...DEFAULT_BM25_FIELD_WEIGHTS, ...settings.fieldWeights };
  // Refuses bad k1, b and corpus statistics as the index would.
  createBm25Index({ k1, b, ...(corpus ? { corpus } : {}) });
  if (jobs.length === 0) return { raw: [], ceiling: 0 };
  startScoring();
  const cache = countCacheFor(fieldWeights);
  const documents = jobs.map((job) => cache.get(job));
  // Another member of the same fusion call (multi-factor's keyword factor after the BM25 member) asks for the same
  // scores: the same query text, settings and statistics, and the same counted jobs (each job's counts are the same
  // object only while its text is unchanged).
  const sharing = sharingWithinCall();
  const kept = sharing ? keptScores : undefined;
  if (
    kept !== undefined &&
    kept.queryText === queryText &&
    kept.k1 === k1 &&
    kept.b === b &&
    kept.cache === cache &&
    kept.corpus === corpus &&
    kept.generation === termDictionaryGeneration() &&
    sameItems(kept.documents, documents)
  )
    return { raw: [...kept.raw], ceiling: kept.ceiling };

  // The query's terms in first-seen order with their counts, as the index reads them.
  const queryCounts = new Map<string, number>();
  for (const term of splitTerms(queryText)) queryCounts.set(term, (queryCounts.get(term) ?? 0) + 1);
  const queryTerms = [...queryCounts.keys()];
  // Position of each query term by term id (-1: not a query term), in a dense array reset before returning.
  if (positionScratch.length < termCount()) positionScratch = new Int32Array(Math.ceil(termCount() * 1.5)).fill(-1);
  const positionOf = positionScratch;
  const queryIds: number[] = [];
  queryTerms.forEach((term, position) => {
    const id = knownTermId(term);
    if (id === undefined) return;
    positionOf[id] = position;
    queryIds.push(id);
  });
  let scores: Bm25BatchScores;
  try {
    scores = scoreCounted(queryTerms, queryCounts, positionOf, documents, jobs.length, k1, b, corpus);
  } finally {
    for (const id of queryIds) positionOf[id] = -1;
  }
  if (sharing)
    keptScores = {
      queryText,
      k1,
      b,
      cache,
      corpus,
      generation: termDictionaryGeneration(),
      documents,
      raw: [...scores.raw],
      ceiling: scores.ceiling,
    };
  return scores;
}

/** The last scores worked out inside one fusion call's start (see `shareWithinCall`), and what they were worked out from. */
let keptScores:
  | {
      readonly queryText: string;
      readonly k1: number;
      readonly b: number;
      readonly cache: JobTextCache<CountedJob>;
      readonly corpus: CorpusStatistics | undefined;
      readonly generation: number;
      readonly documents: readonly CountedJob[];
      readonly raw: readonly number[];
      readonly ceiling: number;
    }
  | undefined;
onCallEnd(() => {
  keptScores = undefined;
});

const sameItems = (left: readonly unknown[], right: readonly unknown[]): boolean =>
  left.length === right.length && left.every((item, index) => item === right[index]);

/** Counts `jobs` into the per-job cache {@link scoreJobsWithBm25} reads (with the same field weights), ahead of ranking them. */
export function prepareBm25Counts(jobs: readonly Job[], settings: Bm25ScoringSettings = {}): void {
  startScoring();
  const cache = countCacheFor({ ...DEFAULT_BM25_FIELD_WEIGHTS, ...settings.fieldWeights });
  for (const job of jobs) cache.get(job);
}

let positionScratch = new Int32Array(0);

/** {@link scoreJobsWithBm25} once the jobs are counted and the query's term positions are known. */
function scoreCounted(
  queryTerms: readonly string[],
  queryCounts: ReadonlyMap<string, number>,
  positionOf: Int32Array,
  documents: readonly CountedJob[],
  jobCount: number,
  k1: number,
  b: number,
  corpus: CorpusStatistics | undefined,
): Bm25BatchScores {
  // Without corpus statistics: document count, frequencies and average length of this batch.
  let totalLength = 0;
  const batchFrequency = new Float64Array(queryTerms.length);
  for (const document of documents) {
    totalLength += document.length;
    if (corpus) continue;
    for (const id of document.terms.ids) {
      const position = positionOf[id]!;
      if (position >= 0) batchFrequency[position]! += 1;
    }
  }
  const documentCount = corpus ? corpus.documentCount : jobCount;
  const idfs = queryTerms.map((term, position) => {
    const frequency = corpus
      ? Math.min(corpus.documentCount, corpus.documentFrequency(term))
      : batchFrequency[position]!;
    return Math.log(1 + (documentCount - frequency + 0.5) / (frequency + 0.5));
  });

  // Terms no job holds count in the ceiling too: they are part of what the person asked for, so a
  // batch that lacks them should not look like a perfect fit.
  let ceiling = 0;
  queryTerms.forEach((term, position) => {
    ceiling += queryCounts.get(term)! * idfs[position]! * (k1 + 1);
  });
  if (ceiling === 0) return { raw: documents.map(() => 0), ceiling: 0 };

  const weights = queryTerms.map((term, position) => queryCounts.get(term)! * idfs[position]!);
  const averageLength = (corpus ? corpus.averageLength : totalLength / jobCount) || 1;
  // A job's contributions are summed in the query's term order, as the index sums them.
  const contributions = new Float64Array(queryTerms.length);
  const held = new Uint8Array(queryTerms.length);
  const raw = documents.map(({ terms, length }) => {
    const normalizedLength = 1 - b + (b * length) / averageLength;
    let any = false;
    for (let index = 0; index < terms.ids.length; index += 1) {
      const position = positionOf[terms.ids[index]!]!;
      if (position < 0) continue;
      const frequency = terms.counts[index]!;
      contributions[position] = (weights[position]! * (frequency * (k1 + 1))) / (frequency + k1 * normalizedLength);
      held[position] = 1;
      any = true;
    }
    if (!any) return 0;
    let score = 0;
    for (let position = 0; position < held.length; position += 1) {
      if (held[position] === 0) continue;
      held[position] = 0;
      const contribution = contributions[position]!;
      if (contribution > 0) score += contribution;
    }
    return score;
  });
  return { raw, ceiling };
}

/** A job as BM25 reads it: its field-weighted term counts and their sum (its length). */
export interface CountedJob {
  terms: CountedTerms;
  length: number;
}

/** The fields BM25 reads from a job, in the order they are counted. */
const bm25Document = (job: Job): Bm25Document => ({
  title: job.title,
  skills: job.skills ?? [],
  description: job.description ?? '',
  company: job.company ?? '',
  // City, region and country as words (as a MemoryStore indexes them): a person who names the place matches jobs there.
  location: jobPlaceText(job),
});

/** A BM25 field's words as lists whose concatenation is the field's tokens (its skills', its place's parts one by one). */
function wordsOfField(words: JobFieldWords, field: string): readonly (readonly string[])[] | undefined {
  switch (field) {
    case 'title':
      return [words.title];
    case 'skills':
      return words.skills;
    case 'description':
      return [words.description];
    case 'company':
      return [words.company];
    case 'location':
      return words.place;
    default:
      return undefined;
  }
}

/** The key of a set of field weights: the per-job counts depend on it. */
export function bm25FieldWeightsKey(fieldWeights: Readonly<Record<string, number>>): string {
  return JSON.stringify(Object.entries(fieldWeights).sort(([left], [right]) => (left < right ? -1 : 1)));
}

/** The per-job cache of field-weighted term counts for these settings' field weights (what ranking reads). */
export function bm25CountCache(settings: Bm25ScoringSettings = {}): JobTextCache<CountedJob> {
  return countCacheFor({ ...DEFAULT_BM25_FIELD_WEIGHTS, ...settings.fieldWeights });
}

// One cache per set of field weights (a job's counts depend on them).
const countCaches = new Map<string, JobTextCache<CountedJob>>();
function countCacheFor(fieldWeights: Readonly<Record<string, number>>): JobTextCache<CountedJob> {
  const key = bm25FieldWeightsKey(fieldWeights);
  let cache = countCaches.get(key);
  if (cache === undefined) {
    cache = createJobTextCache((job) => {
      // Counted as the index counts a document: each field's terms times the field's weight, in field order.
      const counts = new Map<string, number>();
      const add = (terms: readonly string[], weight: number) => {
        for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + weight);
      };
      // The job's words read once field by field (shared with the pseudo-relevance counting), when they can be.
      const words = jobFieldWords(job);
      for (const [field, value] of Object.entries(bm25Document(job))) {
        if (value === undefined) continue;
        const weight = fieldWeights[field] ?? 1;
        if (weight <= 0) continue;
        const read = words && wordsOfField(words, field);
        if (read === undefined) add(splitTerms(typeof value === 'string' ? value : value.join(' \n ')), weight);
        else for (const terms of read) add(terms, weight);
      }
      let length = 0;
      for (const count of counts.values()) length += count;
      return { terms: countedTerms(counts), length };
    });
    countCaches.set(key, cache);
  }
  return cache;
}

/**
 * {@link scoreJobsWithBm25} through a BM25 index built over the batch (every job tokenised on every call): the
 * reference the cached path is tested against.
 */
export function scoreJobsWithBm25Index(
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
    index.add(id, bm25Document(job));
    return id;
  });
  if (jobs.length === 0) return { raw: [], ceiling: 0 };
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
