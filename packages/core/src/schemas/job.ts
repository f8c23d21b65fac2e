import { z } from 'zod';
import {
  dateSchema,
  employmentTypeSchema,
  experienceLevelSchema,
  rawRecordSchema,
  skillListSchema,
  workplaceSchema,
} from './common.js';
import { cappedArray, idSchema, longTextSchema, MAX_LIST_LENGTH, shortTextSchema } from './limits.js';
import { salarySchema } from './salary.js';
import { experienceYearsSchema, safeUrlSchema, strictObject } from './strict.js';

/** Where a job is: any of city/region/country, and how it is worked. */
export const locationSchema = strictObject({
  city: shortTextSchema.optional(),
  region: shortTextSchema.optional(),
  /** Country name or ISO 3166-1 alpha-2 code, as the source gives it. */
  country: shortTextSchema.optional(),
  workplace: workplaceSchema.optional(),
});
/** Where a job is. */
export type Location = z.infer<typeof locationSchema>;

/** Years of experience a job asks for. */
export const yearsRangeSchema = strictObject({
  min: experienceYearsSchema,
  max: experienceYearsSchema.optional(),
}).refine((range) => range.max === undefined || range.min <= range.max, {
  message: 'min must not exceed max',
  path: ['min'],
});
/** Years of experience a job asks for. */
export type YearsRange = z.infer<typeof yearsRangeSchema>;

/** A job posting, normalised from any source. */
export const jobSchema = strictObject({
  /** Stable id, unique within a store (adapters use `source:externalId`). */
  id: idSchema,
  /** Where it came from, e.g. `greenhouse`, `themuse`, `sample`. */
  source: shortTextSchema,
  /** Where to read or apply: http, https or mailto only. */
  url: safeUrlSchema.optional(),
  title: shortTextSchema,
  company: shortTextSchema.optional(),
  location: locationSchema.optional(),
  employmentType: employmentTypeSchema.optional(),
  experienceLevel: experienceLevelSchema.optional(),
  /** Years of experience asked for, when the ad states it. */
  experienceYears: yearsRangeSchema.optional(),
  salary: salarySchema.optional(),
  /** Plain text; `parseJob` cuts one past `MAX_JOB_DESCRIPTION_LENGTH`, the schema refuses one past `MAX_LONG_TEXT_LENGTH`. */
  description: longTextSchema.default(''),
  skills: skillListSchema,
  postedAt: dateSchema.optional(),
  crawledAt: dateSchema.optional(),
  /** Same value for the same posting seen on different sources; set by the pipeline's dedupe step. */
  fingerprint: idSchema.optional(),
  /** The source's own record, kept for audit (arrays and objects nested at most `MAX_RAW_DEPTH` deep). */
  raw: rawRecordSchema.optional(),
  /** What validation changed on the way in, one line each (e.g. a description cut to `MAX_JOB_DESCRIPTION_LENGTH`). */
  notes: cappedArray(longTextSchema, MAX_LIST_LENGTH, 'MAX_LIST_LENGTH').optional(),
});

/**
 * Longest description a job keeps, in characters (200,000, about 30,000 words; real postings are a few
 * thousand). A longer one is cut at the last line break or space before it, and the job gets a note saying so.
 */
export const MAX_JOB_DESCRIPTION_LENGTH = 200_000;

/** A job whose description is within {@link MAX_JOB_DESCRIPTION_LENGTH}: the job itself, or a copy cut to it with a note. */
export function capJobDescription<T extends { description: string; notes?: string[] | undefined }>(job: T): T {
  const cut = cutDescription(job.description);
  return cut ? { ...job, description: cut.description, notes: [...(job.notes ?? []), cut.note] } : job;
}

/**
 * {@link capJobDescription} on a job not yet validated (as `parseJob` gets it): a copy of `value` with its description
 * cut and the note added, when `value` is an object whose `description` is a string past the limit; `value` itself
 * otherwise. Cutting before validation keeps a huge description from costing anything more than its length.
 */
export function capJobDescriptionInput(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const { description, notes } = value as { description?: unknown; notes?: unknown };
  if (typeof description !== 'string') return value;
  const cut = cutDescription(description);
  if (!cut) return value;
  // Notes that are not a list are left for validation to refuse.
  return {
    ...value,
    description: cut.description,
    notes: Array.isArray(notes) ? [...notes, cut.note] : (notes ?? [cut.note]),
  };
}

function cutDescription(text: string): { description: string; note: string } | undefined {
  const length = text.length;
  if (length <= MAX_JOB_DESCRIPTION_LENGTH) return undefined;
  const head = text.slice(0, MAX_JOB_DESCRIPTION_LENGTH);
  // Cut at a break in the last 1,000 characters when there is one, so no word is torn.
  const lastBreak = Math.max(head.lastIndexOf('\n'), head.lastIndexOf(' '));
  const description = lastBreak >= MAX_JOB_DESCRIPTION_LENGTH - 1000 ? head.slice(0, lastBreak) : head;
  const note = `description cut from ${length} to ${description.length} characters (the limit is ${MAX_JOB_DESCRIPTION_LENGTH})`;
  return { description, note };
}

/** A validated job posting. */
export type Job = z.output<typeof jobSchema>;
/** A job posting as accepted on input (dates may be strings, defaults may be missing). */
export type JobInput = z.input<typeof jobSchema>;
