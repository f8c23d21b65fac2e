import { type CorpusStatistics, type Job } from '@rolefit/core';
import { tokenize } from '@rolefit/core/text';
import {
  countedTerms,
  createJobTextCache,
  startScoring,
  termCount,
  termName,
  type CountedTerms,
  type JobTextCache,
} from '../shared/job-terms.js';
import { jobFieldWords } from '../shared/job-field-words.js';
import { dot, unit } from '../shared/sparse-vectors.js';

/** A sparse unit-length term vector: term → weight. */
export type TermVector = ReadonlyMap<string, number>;

// The fields BM25 reads, each word counted once per use: the vectors compare jobs with each other, not with a
// person, so no field is favoured.
/** A job's words, its fields joined into one text and tokenized (what the counting reads when the fields cannot be read apart). */
export const joinedJobWords = (job: Job): string[] =>
  tokenize(
    [
      job.title,
      ...(job.skills ?? []),
      job.description ?? '',
      job.company ?? '',
      job.location?.city,
      job.location?.region,
      job.location?.country,
    ]
      .filter(Boolean)
      .join('\n'),
    { removeStopwords: true, stem: true },
  );

// A job's word counts depend only on the job: kept per job object (a store hands out the same objects each search).
const countsByJob = new WeakMap<Job, ReadonlyMap<string, number>>();
function termCounts(job: Job): ReadonlyMap<string, number> {
  let terms = countsByJob.get(job);
  if (terms === undefined) {
    const counted = new Map<string, number>();
    for (const word of joinedJobWords(job)) counted.set(word, (counted.get(word) ?? 0) + 1);
    countsByJob.set(job, (terms = counted));
  }
  return terms;
}

/**
 * TF-IDF vectors of a batch of jobs (same order), each of length 1 (or empty for a job without words):
 * weight = (1 + ln tf) · ln(1 + n / df), with document frequencies counted over this batch, so words every
 * job shares weigh least and a long ad does not outweigh a short one. With `corpus` (the statistics of the
 * collection the batch was drawn from), n and df are the collection's (df at least 1), so a job's vector does not
 * depend on the batch.
 */
export function jobTermVectors(jobs: readonly Job[], corpus?: CorpusStatistics): TermVector[] {
  const counts = jobs.map(termCounts);
  const documentFrequency = new Map<string, number>();
  for (const terms of counts)
    for (const term of terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const jobCount = corpus ? Math.max(1, corpus.documentCount) : jobs.length;
  const frequencyOf = corpus
    ? (term: string) => Math.max(1, corpus.documentFrequency(term))
    : (term: string) => documentFrequency.get(term)!;
  return counts.map((terms) => {
    const weights = new Map<string, number>();
    for (const [term, count] of terms)
      weights.set(term, (1 + Math.log(count)) * Math.log(1 + jobCount / frequencyOf(term)));
    return unit(weights);
  });
}

/** Cosine similarity of two unit-length term vectors (their dot product), in [0, 1]. */
export function termVectorSimilarity(left: TermVector, right: TermVector): number {
  // Rounding can carry the dot product of two equal unit vectors a hair above 1.
  return Math.min(1, dot(left, right));
}

/** A batch's unit-length TF-IDF vectors as arrays: per job, term ids and weights in the order {@link jobTermVectors} builds them. */
export interface CompactTermVectors {
  readonly vectors: readonly CountedTerms[];
  /** Every term id in `vectors` is below this (the dictionary's size when they were made). */
  readonly termLimit: number;
}

/** A job's word counts as arrays, kept per job object and counted again when its text changes. */
export const countedByJob: JobTextCache<CountedTerms> = createJobTextCache((job: Job): CountedTerms => {
  const counted = new Map<string, number>();
  const add = (words: readonly string[]) => {
    for (const word of words) counted.set(word, (counted.get(word) ?? 0) + 1);
  };
  // The job's words read once field by field (shared with BM25's counting), when they can be: the same words in the
  // same order as the fields joined.
  const fields = jobFieldWords(job);
  if (fields === undefined) add(joinedJobWords(job));
  else {
    add(fields.title);
    for (const skill of fields.skills) add(skill);
    add(fields.description);
    add(fields.company);
    for (const part of fields.place) add(part);
  }
  return countedTerms(counted);
});

/** Counts `jobs`' words into the per-job cache {@link compactJobTermVectors} reads, ahead of ranking them. */
export function prepareJobWordCounts(jobs: readonly Job[]): void {
  startScoring();
  for (const job of jobs) countedByJob.get(job);
}

/**
 * {@link jobTermVectors} as arrays, from word counts kept per job: the same weights to the last bit (computed in the
 * same order), without a Map per job per call. For {@link compactSimilarityToTop}.
 */
export function compactJobTermVectors(jobs: readonly Job[], corpus?: CorpusStatistics): CompactTermVectors {
  const { counts, factor, seen } = batchTerms(jobs, corpus);
  try {
    const vectors = counts.map((terms) => unitVector(terms, factor));
    return { vectors, termLimit: termCount() };
  } finally {
    clearTermFactors(factor, seen);
  }
}

/** The batch's word counts (kept per job) and the factor of each of its terms ({@link termFactors}). */
function batchTerms(jobs: readonly Job[], corpus: CorpusStatistics | undefined) {
  startScoring();
  const counts = jobs.map((job) => countedByJob.get(job));
  const jobCount = corpus ? Math.max(1, corpus.documentCount) : jobs.length;
  return { counts, ...termFactors(counts, jobCount, corpus) };
}

/** A job's unit-length TF-IDF vector, in an array of its own. */
function unitVector(terms: CountedTerms, factor: Float64Array): CountedTerms {
  const weights = new Float64Array(terms.ids.length);
  unitWeights(terms, factor, weights);
  return { ids: terms.ids, counts: weights };
}

/**
 * ln(1 + n / df) of every term of the batch, in the shared dense array by term id (NaN: not a term of the batch), and
 * the ids set (clear them with {@link clearTermFactors}). Document frequencies come from `corpus`, or are counted over
 * the batch.
 */
function termFactors(
  counts: readonly CountedTerms[],
  jobCount: number,
  corpus: CorpusStatistics | undefined,
): { factor: Float64Array; seen: number[] } {
  if (factorScratch.length < termCount())
    factorScratch = new Float64Array(Math.ceil(termCount() * 1.5)).fill(Number.NaN);
  const factor = factorScratch;
  const seen: number[] = [];
  try {
    if (corpus) {
      for (const terms of counts)
        for (const id of terms.ids)
          if (Number.isNaN(factor[id]!)) {
            factor[id] = Math.log(1 + jobCount / Math.max(1, corpus.documentFrequency(termName(id))));
            seen.push(id);
          }
    } else {
      // Document frequencies counted in the same array, then turned into factors.
      for (const terms of counts)
        for (const id of terms.ids) {
          if (Number.isNaN(factor[id]!)) {
            factor[id] = 0;
            seen.push(id);
          }
          factor[id]! += 1;
        }
      for (const id of seen) factor[id] = Math.log(1 + jobCount / factor[id]!);
    }
    return { factor, seen };
  } catch (error) {
    // The scratch array is shared: every factor set here is cleared when the step fails.
    for (const id of seen) factor[id] = Number.NaN;
    throw error;
  }
}

/** Clears the factors {@link termFactors} set (the scratch array is shared). */
function clearTermFactors(factor: Float64Array, seen: readonly number[]): void {
  for (const id of seen) factor[id] = Number.NaN;
}

/** A job's unit-length TF-IDF weights, (1 + ln tf) · factor, into `weights` (its first `terms.ids.length` places). */
function unitWeights(terms: CountedTerms, factor: Float64Array, weights: Float64Array): void {
  const size = terms.ids.length;
  let sum = 0;
  for (let index = 0; index < size; index += 1) {
    const count = terms.counts[index]!;
    const weight = (1 + (count < LOG_TABLE.length ? LOG_TABLE[count]! : Math.log(count))) * factor[terms.ids[index]!]!;
    weights[index] = weight;
    sum += weight * weight;
  }
  const length = Math.sqrt(sum);
  if (length > 0) for (let index = 0; index < size; index += 1) weights[index]! /= length;
}

let weightScratch = new Float64Array(0);

/**
 * `compactSimilarityToTop(compactJobTermVectors(jobs, corpus), top)` to the last bit, with each job's weights worked
 * out in one scratch array and compared with the jobs at `top` at once, instead of a vector kept per job of the batch.
 */
export function jobSimilarityToTop(jobs: readonly Job[], top: readonly number[], corpus?: CorpusStatistics): number[] {
  const { counts, factor, seen } = batchTerms(jobs, corpus);
  try {
    const topVectors = top.map((position) => unitVector(counts[position]!, factor));
    scratchFor(termCount());
    while (topScratch.length < top.length) topScratch.push(new Float64Array(jobScratch.length).fill(Number.NaN));
    topVectors.forEach((vector, rank) => {
      const dense = topScratch[rank]!;
      for (let index = 0; index < vector.ids.length; index += 1) dense[vector.ids[index]!] = vector.counts[index]!;
    });
    try {
      return counts.map((terms, position) => {
        const size = terms.ids.length;
        if (weightScratch.length < size) weightScratch = new Float64Array(Math.max(1024, Math.ceil(size * 1.5)));
        const weights = weightScratch;
        unitWeights(terms, factor, weights);
        return similarityOf({ ids: terms.ids, counts: weights }, size, position, top, topVectors);
      });
    } finally {
      topVectors.forEach((vector, rank) => {
        const dense = topScratch[rank]!;
        for (const id of vector.ids) dense[id] = Number.NaN;
      });
    }
  } finally {
    clearTermFactors(factor, seen);
  }
}

// ln of the small whole counts most words have (Math.log of each, so the weights are the same to the last bit).
const LOG_TABLE = Float64Array.from({ length: 64 }, (_, count) => Math.log(count));
let factorScratch = new Float64Array(0);

// Dense scratch arrays by term id (NaN where a vector has no weight), cleared after each use.
let topScratch: Float64Array[] = [];
let jobScratch = new Float64Array(0);
const scratchFor = (length: number): void => {
  if (jobScratch.length >= length) return;
  const size = Math.max(1024, Math.ceil(length * 1.5));
  jobScratch = new Float64Array(size).fill(Number.NaN);
  topScratch = topScratch.map(() => new Float64Array(size).fill(Number.NaN));
};

/**
 * `similarityToTop` over {@link compactJobTermVectors}: each job's mean cosine similarity to the jobs at `top`
 * (best first), leaving itself out; each dot product is summed in the order `termVectorSimilarity` sums it (over the
 * smaller vector), so the result is the same to the last bit.
 */
export function compactSimilarityToTop(batch: CompactTermVectors, top: readonly number[]): number[] {
  const { vectors } = batch;
  // The dictionary may have started afresh since the batch was made: its ids stay below its own limit.
  scratchFor(Math.max(termCount(), batch.termLimit));
  while (topScratch.length < top.length) topScratch.push(new Float64Array(jobScratch.length).fill(Number.NaN));
  top.forEach((position, rank) => {
    const vector = vectors[position]!;
    const dense = topScratch[rank]!;
    for (let index = 0; index < vector.ids.length; index += 1) dense[vector.ids[index]!] = vector.counts[index]!;
  });
  const topVectors = top.map((position) => vectors[position]!);
  const result = vectors.map((vector, position) => similarityOf(vector, vector.ids.length, position, top, topVectors));
  top.forEach((position, rank) => {
    const dense = topScratch[rank]!;
    for (const id of vectors[position]!.ids) dense[id] = Number.NaN;
  });
  return result;
}

/**
 * The mean similarity of the job at `position` (its term ids and its first `size` weights) to the jobs at `top`
 * (`topVectors`, scattered by rank into `topScratch`), leaving itself out; each dot product summed over the smaller
 * vector, in its order.
 */
function similarityOf(
  vector: CountedTerms,
  size: number,
  position: number,
  top: readonly number[],
  topVectors: readonly CountedTerms[],
): number {
  let jobScattered = false;
  let total = 0;
  let count = 0;
  for (let rank = 0; rank < top.length; rank += 1) {
    if (top[rank] === position) continue;
    const topVector = topVectors[rank]!;
    let sum = 0;
    if (size <= topVector.ids.length) {
      const dense = topScratch[rank]!;
      for (let index = 0; index < size; index += 1) {
        const weight = dense[vector.ids[index]!]!;
        if (!Number.isNaN(weight)) sum += vector.counts[index]! * weight;
      }
    } else {
      if (!jobScattered) {
        for (let index = 0; index < size; index += 1) jobScratch[vector.ids[index]!] = vector.counts[index]!;
        jobScattered = true;
      }
      for (let index = 0; index < topVector.ids.length; index += 1) {
        const weight = jobScratch[topVector.ids[index]!]!;
        if (!Number.isNaN(weight)) sum += topVector.counts[index]! * weight;
      }
    }
    total += Math.min(1, sum);
    count += 1;
  }
  if (jobScattered) for (let index = 0; index < size; index += 1) jobScratch[vector.ids[index]!] = Number.NaN;
  return count === 0 ? 0 : total / count;
}
