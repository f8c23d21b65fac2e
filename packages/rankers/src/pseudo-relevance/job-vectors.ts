import { tokenize, type Job } from '@rolefit/core';
import { dot, unit } from '../shared/sparse-vectors.js';

/** A sparse unit-length term vector: term → weight. */
export type TermVector = ReadonlyMap<string, number>;

// The fields BM25 reads, each word counted once per use: the vectors compare jobs with each other, not with a
// person, so no field is favoured.
const jobWords = (job: Job): string[] =>
  tokenize(
    [job.title, ...(job.skills ?? []), job.description ?? '', job.company ?? '', job.location?.city, job.location?.region, job.location?.country]
      .filter(Boolean)
      .join('\n'),
    { removeStopwords: true, stem: true },
  );

/**
 * TF-IDF vectors of a batch of jobs (same order), each of length 1 (or empty for a job without words):
 * weight = (1 + ln tf) · ln(1 + n / df), with document frequencies counted over this batch, so words every
 * job shares weigh least and a long ad does not outweigh a short one.
 */
export function jobTermVectors(jobs: readonly Job[]): TermVector[] {
  const counts = jobs.map((job) => {
    const terms = new Map<string, number>();
    for (const word of jobWords(job)) terms.set(word, (terms.get(word) ?? 0) + 1);
    return terms;
  });
  const documentFrequency = new Map<string, number>();
  for (const terms of counts) for (const term of terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const jobCount = jobs.length;
  return counts.map((terms) => {
    const weights = new Map<string, number>();
    for (const [term, count] of terms) weights.set(term, (1 + Math.log(count)) * Math.log(1 + jobCount / documentFrequency.get(term)!));
    return unit(weights);
  });
}

/** Cosine similarity of two unit-length term vectors (their dot product), in [0, 1]. */
export function termVectorSimilarity(left: TermVector, right: TermVector): number {
  // Rounding can carry the dot product of two equal unit vectors a hair above 1.
  return Math.min(1, dot(left, right));
}
