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
import { cappedArray, cappedString, MAX_ID_LENGTH, MAX_LIST_LENGTH, MAX_SHORT_TEXT_LENGTH } from '../schemas/limits.js';

const list = <Item extends z.ZodType>(item: Item) => cappedArray(item, MAX_LIST_LENGTH, 'MAX_LIST_LENGTH');
const shortText = cappedString(MAX_SHORT_TEXT_LENGTH, 'MAX_SHORT_TEXT_LENGTH');
const id = cappedString(MAX_ID_LENGTH, 'MAX_ID_LENGTH');

/**
 * What a {@link JobFilter} accepts: every key known, so a typo (`workplaces` for `workplace`) is a ValidationError
 * naming the key and the nearest known one instead of a filter that silently filters nothing. Each string has the cap
 * of the Job field it is compared with (MAX_SHORT_TEXT_LENGTH, ids and fingerprints MAX_ID_LENGTH), and the lists of
 * values and places at most MAX_LIST_LENGTH items. `ids`, `fingerprints` and `excludeCompanies` have no item cap (an
 * ingestion batch asks for its fingerprints, a blacklist can be long): they are looked up in sets, not read per job.
 */
export const jobFilterSchema = strictObject({
  workplace: list(workplaceSchema).optional(),
  employmentTypes: list(employmentTypeSchema).optional(),
  experienceLevels: list(experienceLevelSchema).optional(),
  locations: list(shortText).optional(),
  minSalary: minimumSalarySchema.optional(),
  postedSince: dateSchema.optional(),
  sources: list(shortText).optional(),
  ids: z.array(id).optional(),
  fingerprints: z.array(id).optional(),
  excludeCompanies: z.array(shortText).optional(),
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
