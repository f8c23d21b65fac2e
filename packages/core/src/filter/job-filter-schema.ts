import { z } from 'zod';
import type { JobFilter } from '../interfaces/index.js';
import {
  dateSchema,
  employmentTypeSchema,
  experienceLevelSchema,
  minimumSalarySchema,
  parseWith,
  strictObject,
  workplaceSchema,
} from '../schemas/index.js';

/**
 * What a {@link JobFilter} accepts: every key known, so a typo (`workplaces` for `workplace`) is a ValidationError
 * naming the key and the nearest known one instead of a filter that silently filters nothing.
 */
export const jobFilterSchema = strictObject({
  workplace: z.array(workplaceSchema).optional(),
  employmentTypes: z.array(employmentTypeSchema).optional(),
  experienceLevels: z.array(experienceLevelSchema).optional(),
  locations: z.array(z.string()).optional(),
  minSalary: minimumSalarySchema.optional(),
  postedSince: dateSchema.optional(),
  sources: z.array(z.string()).optional(),
  ids: z.array(z.string()).optional(),
  fingerprints: z.array(z.string()).optional(),
  excludeCompanies: z.array(z.string()).optional(),
  strict: z.boolean().optional(),
});

/** Validates and normalises a job filter (dates may be strings); an unknown key is a ValidationError naming it. */
export function parseJobFilter(value: unknown): JobFilter {
  return parseWith(jobFilterSchema, 'JobFilter', value) as JobFilter;
}

const checked = new WeakMap<object, JobFilter>();

/**
 * The validated form of `filter`, checked once per filter object (later calls with the same object are a map
 * lookup), so stores and {@link matchesJobFilter} can validate on every call.
 */
export function checkJobFilter(filter: JobFilter): JobFilter {
  if (typeof filter !== 'object' || filter === null) return parseJobFilter(filter);
  let valid = checked.get(filter);
  if (valid === undefined) {
    valid = parseJobFilter(filter);
    checked.set(filter, valid);
  }
  return valid;
}
