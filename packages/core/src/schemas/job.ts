import { z } from 'zod';
import { dateSchema, employmentTypeSchema, experienceLevelSchema, nonEmptyStringSchema, skillListSchema, workplaceSchema } from './common.js';
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
export const yearsRangeSchema = strictObject({ min: z.number().nonnegative(), max: z.number().nonnegative().optional() })
  .refine((range) => range.max === undefined || range.min <= range.max, { message: 'min must not exceed max', path: ['min'] });
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
  /** The source's own record, kept for audit. */
  raw: z.unknown().optional(),
});

/** A validated job posting. */
export type Job = z.output<typeof jobSchema>;
/** A job posting as accepted on input (dates may be strings, defaults may be missing). */
export type JobInput = z.input<typeof jobSchema>;
