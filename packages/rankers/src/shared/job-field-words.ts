// The stemmed words (stop words left out) of a job's text fields, read once for the two countings that need them:
// BM25's field-weighted counts (title, skills, description, company, place) and the pseudo-relevance ranker's counts
// of all its words (the same fields joined). Writing a store's job readings counts both for each job in turn, so the
// words of the last job read are kept (one job: memory stays bounded) and the second counting reads no text.
import type { Job } from '@rolefit/core';
import { tokenizeEach } from '@rolefit/core/internal';
import { jobFields } from './job-terms.js';

const STEMMED = { removeStopwords: true, stem: true } as const;

/** A job's words field by field, each list as `tokenize(field, STEMMED)` reads it. */
export interface JobFieldWords {
  readonly title: readonly string[];
  /** Each listed skill's words, in the job's order. */
  readonly skills: readonly (readonly string[])[];
  readonly description: readonly string[];
  readonly company: readonly string[];
  /** City, region and country, each one's words. */
  readonly place: readonly (readonly string[])[];
}

const isText = (value: unknown): value is string | undefined => value === undefined || typeof value === 'string';

let last: { job: Job; fields: unknown[]; words: JobFieldWords | undefined } | undefined;

/**
 * The job's words field by field, or undefined when they cannot be read apart (a field that is not text, or text that
 * is read as HTML, where a tag may span fields): then each counting tokenizes its own joining of the fields, as before.
 */
export function jobFieldWords(job: Job): JobFieldWords | undefined {
  const fields = jobFields(job);
  if (
    last !== undefined &&
    last.job === job &&
    last.fields.length === fields.length &&
    last.fields.every((value, index) => Object.is(value, fields[index]))
  )
    return last.words;
  const words = readWords(job);
  last = { job, fields, words };
  return words;
}

function readWords(job: Job): JobFieldWords | undefined {
  const location = job.location;
  const skills = job.skills ?? [];
  if (
    typeof job.title !== 'string' ||
    !Array.isArray(skills) ||
    !skills.every((skill) => typeof skill === 'string') ||
    !isText(job.description) ||
    !isText(job.company) ||
    (location !== undefined && (typeof location !== 'object' || location === null)) ||
    !isText(location?.city) ||
    !isText(location?.region) ||
    !isText(location?.country)
  )
    return undefined;
  const texts = [
    job.title,
    ...skills,
    job.description ?? '',
    job.company ?? '',
    location?.city ?? '',
    location?.region ?? '',
    location?.country ?? '',
  ];
  const each = tokenizeEach(texts, STEMMED);
  if (each === undefined) return undefined;
  const count = skills.length;
  return {
    title: each[0]!,
    skills: each.slice(1, 1 + count),
    description: each[1 + count]!,
    company: each[2 + count]!,
    place: each.slice(3 + count),
  };
}

/** Forgets the job kept (for tests that compare a counting with and without the words read before). */
export function forgetJobFieldWords(): void {
  last = undefined;
}
