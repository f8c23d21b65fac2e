import { z } from 'zod';
import {
  dateSchema,
  employmentTypeSchema,
  experienceLevelSchema,
  nonEmptyStringSchema,
  rawRecordSchema,
  skillListSchema,
  workplaceSchema,
} from './common.js';
import { salarySchema } from './salary.js';
import { safeUrlSchema, strictObject } from './strict.js';

/** Where a job is: any of city/region/country, and how it is worked. */
export const locationSchema = strictObject({
  city: z.string().trim().min(1).optional(),
  region: z.string().trim().min(1).optional(),
  /** Country name or ISO 3166-1 alpha-2 code, as the source gives it. */
  country: z.string().trim().min(1).optional(),
  workplace: workplaceSchema.optional(),
});
/** Where a job is. */
export type Location = z.infer<typeof locationSchema>;

/** Years of experience a job asks for. */
export const yearsRangeSchema = strictObject({
  min: z.number().nonnegative(),
  max: z.number().nonnegative().optional(),
}).refine((range) => range.max === undefined || range.min <= range.max, {
  message: 'min must not exceed max',
  path: ['min'],
});
/** Years of experience a job asks for. */
export type YearsRange = z.infer<typeof yearsRangeSchema>;

/** A job posting, normalised from any source. */
export const jobSchema = strictObject({
  /** Stable id, unique within a store (adapters use `source:externalId`). */
  id: nonEmptyStringSchema,
  /** Where it came from, e.g. `greenhouse`, `themuse`, `sample`. */
  source: nonEmptyStringSchema,
  /** Where to read or apply: http, https or mailto only. */
  url: safeUrlSchema.optional(),
  title: nonEmptyStringSchema,
  company: z.string().trim().min(1).optional(),
  location: locationSchema.optional(),
  employmentType: employmentTypeSchema.optional(),
  experienceLevel: experienceLevelSchema.optional(),
  /** Years of experience asked for, when the ad states it. */
  experienceYears: yearsRangeSchema.optional(),
  salary: salarySchema.optional(),
  description: z.string().default(''),
  skills: skillListSchema,
  postedAt: dateSchema.optional(),
  crawledAt: dateSchema.optional(),
  /** Same value for the same posting seen on different sources; set by the pipeline's dedupe step. */
  fingerprint: z.string().optional(),
  /** The source's own record, kept for audit (arrays and objects nested at most `MAX_RAW_DEPTH` deep). */
  raw: rawRecordSchema.optional(),
  /** What validation changed on the way in, one line each (e.g. a description cut to `MAX_JOB_DESCRIPTION_LENGTH`). */
  notes: z.array(z.string()).optional(),
});

/**
 * Longest description a job keeps, in characters (200,000, about 30,000 words; real postings are a few
 * thousand). A longer one is cut at the last line break or space before it, and the job gets a note saying so.
 */
export const MAX_JOB_DESCRIPTION_LENGTH = 200_000;

/** A job whose description is within {@link MAX_JOB_DESCRIPTION_LENGTH}: the job itself, or a copy cut to it with a note. */
export function capJobDescription<T extends { description: string; notes?: string[] | undefined }>(job: T): T {
  const length = job.description.length;
  if (length <= MAX_JOB_DESCRIPTION_LENGTH) return job;
  const head = job.description.slice(0, MAX_JOB_DESCRIPTION_LENGTH);
  // Cut at a break in the last 1,000 characters when there is one, so no word is torn.
  const lastBreak = Math.max(head.lastIndexOf('\n'), head.lastIndexOf(' '));
  const description = lastBreak >= MAX_JOB_DESCRIPTION_LENGTH - 1000 ? head.slice(0, lastBreak) : head;
  const note = `description cut from ${length} to ${description.length} characters (the limit is ${MAX_JOB_DESCRIPTION_LENGTH})`;
  return { ...job, description, notes: [...(job.notes ?? []), note] };
}

/** A validated job posting. */
export type Job = z.output<typeof jobSchema>;
/** A job posting as accepted on input (dates may be strings, defaults may be missing). */
export type JobInput = z.input<typeof jobSchema>;
