// What the text rankers read from a job depends only on the job's text: its counted terms are kept per job object (a
// store hands out the same objects on every search), checked against the job's fields on each use so an edited job
// is counted again. Terms are numbered in one dictionary shared by every cache, so a batch is scored with arrays.
import type { Job } from '@rolefit/core';

const termIds = new Map<string, number>();
const termNames: string[] = [];

/** Most terms the dictionary keeps before it starts afresh: a long-running process meets new words for ever. */
export const DEFAULT_TERM_DICTIONARY_LIMIT = 2_000_000;
let dictionaryLimit = DEFAULT_TERM_DICTIONARY_LIMIT;
// Bumped when the dictionary starts afresh: counts cached under an older generation are counted again.
let generation = 0;

/**
 * Starts the shared dictionary afresh when it holds more terms than its limit. Call it only at the start of a
 * synchronous scoring step, before any term id is read; ids taken before stay consistent among themselves.
 */
export function startScoring(): void {
  if (termNames.length <= dictionaryLimit) return;
  termIds.clear();
  termNames.length = 0;
  generation += 1;
}

/** How many times the dictionary started afresh: term ids taken under another generation are stale. */
export function termDictionaryGeneration(): number {
  return generation;
}

/** Sets the dictionary's limit (for tests) and returns the one before. */
export function setTermDictionaryLimit(limit: number): number {
  const before = dictionaryLimit;
  dictionaryLimit = limit;
  return before;
}

/** The number of a term in the shared dictionary (numbered on first sight). */
export function termIdOf(term: string): number {
  let id = termIds.get(term);
  if (id === undefined) {
    id = termNames.length;
    termIds.set(term, id);
    termNames.push(term);
  }
  return id;
}

/** The number of a term, or undefined when no job or query counted so far held it. */
export function knownTermId(term: string): number | undefined {
  return termIds.get(term);
}

/** The term numbered `id`. */
export function termName(id: number): string {
  return termNames[id]!;
}

/** Size of the shared dictionary (every term id is below it). */
export function termCount(): number {
  return termNames.length;
}

/** A job's terms with their counts, in the order the counting first met them. */
export interface CountedTerms {
  /** Term ids (see {@link termIdOf}). */
  readonly ids: Int32Array;
  /** Count (or field-weighted count) of each term. */
  readonly counts: Float64Array;
}

/** Term counts (a Map in first-seen order) as arrays in the same order. */
export function countedTerms(counts: ReadonlyMap<string, number>): CountedTerms {
  const ids = new Int32Array(counts.size);
  const values = new Float64Array(counts.size);
  let position = 0;
  for (const [term, count] of counts) {
    ids[position] = termIdOf(term);
    values[position] = count;
    position += 1;
  }
  return { ids, counts: values };
}

/** The fields a job's text comes from: when any of them is not the same as when the job was counted, it is counted again. */
export function jobFields(job: Job): unknown[] {
  const skills = Array.isArray(job.skills) ? job.skills : [];
  return [
    job.title,
    job.description,
    job.company,
    job.location?.city,
    job.location?.region,
    job.location?.country,
    skills.length,
    ...skills,
  ];
}

/** Whether `fields` (what {@link jobFields} gave for a job) are the job's fields now, without building them again. */
function sameJobFields(fields: readonly unknown[], job: Job): boolean {
  const skills = Array.isArray(job.skills) ? job.skills : [];
  if (fields.length !== 7 + skills.length) return false;
  const location = job.location;
  if (
    !Object.is(fields[0], job.title) ||
    !Object.is(fields[1], job.description) ||
    !Object.is(fields[2], job.company) ||
    !Object.is(fields[3], location?.city) ||
    !Object.is(fields[4], location?.region) ||
    !Object.is(fields[5], location?.country) ||
    !Object.is(fields[6], skills.length)
  )
    return false;
  for (let index = 0; index < skills.length; index += 1) if (!Object.is(fields[7 + index], skills[index])) return false;
  return true;
}

/** A per-job cache of something computed from a job's text fields (see {@link createJobTextCache}). */
export interface JobTextCache<T> {
  /** The value for `job`, computed when the job is new or its text changed. */
  get(job: Job): T;
  /** Whether `get(job)` would return a kept value without computing. */
  has(job: Job): boolean;
  /** Keeps `value` for `job`'s current text, as if `get` had computed it (for values read back from a file). */
  set(job: Job, value: T): void;
}

/**
 * A per-job cache of something computed from a job's text fields (title, description, company, place, skills):
 * `get` computes it the first time a job object is seen, and again when one of those fields changed since or the
 * term dictionary started afresh.
 */
export function createJobTextCache<T>(compute: (job: Job) => T): JobTextCache<T> {
  const entries = new WeakMap<Job, { fields: unknown[]; value: T; generation: number }>();
  // The job's fields are read in place (no array built) to check a kept entry: what every ranking call does per job.
  const kept = (job: Job) => {
    const entry = entries.get(job);
    return entry !== undefined && entry.generation === generation && sameJobFields(entry.fields, job)
      ? entry
      : undefined;
  };
  return {
    get(job) {
      const entry = kept(job);
      if (entry !== undefined) return entry.value;
      const fields = jobFields(job);
      const value = compute(job);
      entries.set(job, { fields, value, generation });
      return value;
    },
    has: (job) => kept(job) !== undefined,
    set(job, value) {
      entries.set(job, { fields: jobFields(job), value, generation });
    },
  };
}
