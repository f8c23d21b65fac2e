import { type CorpusStatistics, type Job } from '@rolefit/core';
import { tokenize } from '@rolefit/core/text';
import { dot, unit } from '../shared/sparse-vectors.js';

/** A sparse unit-length term vector: term → weight. */
export type TermVector = ReadonlyMap<string, number>;

// The fields BM25 reads, each word counted once per use: the vectors compare jobs with each other, not with a
// person, so no field is favoured.
const jobWords = (job: Job): string[] =>
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
    for (const word of jobWords(job)) counted.set(word, (counted.get(word) ?? 0) + 1);
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
