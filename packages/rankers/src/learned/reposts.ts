// Reposts of one ad: the same posting put up again for another city, or with a reworded title. Cross-validation of a
// taste model must keep them in one fold; split apart, a model wins CV by recognising the copy (its company, its
// boilerplate), which is no use on new postings. On the lirecommend ratings, identical text finds 7 such groups (14
// postings); the title at the company (core's jobFingerprint without the place) and near-identical descriptions find
// 28 groups (72 postings), e.g. "C++ Developer" at one company in five cities.
import { jobFingerprint, type Job } from '@rolefit/core';
import { tokenize } from '@rolefit/core/text';
import { hashString } from './random.js';

/** Words per shingle of the near-duplicate test. */
const SHINGLE_WORDS = 5;
/** Jaccard similarity of description shingles from which two postings count as one ad (default of {@link repostKeys}). */
export const REPOST_SIMILARITY = 0.8;

/** The sorted, distinct 32-bit hashes of the description's word 5-shingles (all its words as one when shorter). */
function shingles(job: Job): Uint32Array {
  const words = tokenize(job.description ?? '').map(hashString);
  const hashes = new Set<number>();
  const span = Math.min(SHINGLE_WORDS, words.length);
  for (let index = 0; span > 0 && index + span <= words.length; index += 1) {
    let hash = 0x811c9dc5;
    for (let offset = 0; offset < span; offset += 1) hash = Math.imul(hash ^ words[index + offset]!, 0x01000193);
    hashes.add(hash >>> 0);
  }
  return Uint32Array.from(hashes).sort();
}

/** Jaccard similarity of two sorted hash sets (0 when both are empty). */
function jaccard(left: Uint32Array, right: Uint32Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (left[i]! === right[j]!) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (left[i]! < right[j]!) i += 1;
    else j += 1;
  }
  const union = left.length + right.length - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * A key per job, equal for postings of one ad: the same title at the same company (core's `jobFingerprint` without
 * the place), or descriptions whose word 5-shingles overlap by at least `similarity` (Jaccard), joined transitively.
 * Quadratic in the number of jobs (for training sets of a person's ratings, hundreds).
 */
export function repostKeys(jobs: readonly Job[], similarity = REPOST_SIMILARITY): string[] {
  const parent = jobs.map((_job, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root]! !== root) root = parent[root]!;
    return root;
  };
  const join = (left: number, right: number) => {
    const [a, b] = [find(left), find(right)];
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  const byFingerprint = new Map<string, number>();
  jobs.forEach((job, index) => {
    const key = jobFingerprint({ title: job.title, ...(job.company ? { company: job.company } : {}) });
    const first = byFingerprint.get(key);
    if (first === undefined) byFingerprint.set(key, index);
    else join(first, index);
  });
  const sets = jobs.map(shingles);
  for (let left = 0; left < jobs.length; left += 1)
    for (let right = left + 1; right < jobs.length; right += 1) {
      const [a, b] = [sets[left]!, sets[right]!];
      // Jaccard ≥ s needs the smaller set to hold at least s of the larger.
      if (Math.min(a.length, b.length) < similarity * Math.max(a.length, b.length)) continue;
      if (find(left) !== find(right) && jaccard(a, b) >= similarity) join(left, right);
    }
  return jobs.map((_job, index) => `repost-${find(index)}`);
}
