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
import { describeValue, invalidArgument, readRecordArgument } from '../errors/argument.js';
import {
  cappedArray,
  cappedString,
  MAX_ID_LENGTH,
  MAX_LIST_LENGTH,
  MAX_LOOKUP_LIST_LENGTH,
  MAX_SHORT_TEXT_LENGTH,
} from '../schemas/limits.js';

const list = <Item extends z.ZodType>(item: Item) => cappedArray(item, MAX_LIST_LENGTH, 'MAX_LIST_LENGTH');
const shortText = cappedString(MAX_SHORT_TEXT_LENGTH, 'MAX_SHORT_TEXT_LENGTH');
const id = cappedString(MAX_ID_LENGTH, 'MAX_ID_LENGTH');
const lookupList = <Item extends z.ZodType>(item: Item) =>
  cappedArray(item, MAX_LOOKUP_LIST_LENGTH, 'MAX_LOOKUP_LIST_LENGTH');

// Every list of a JobFilter and its most items: each is read item by item before the schema (see readJobFilter).
const LIST_CAPS: Readonly<Record<string, readonly [number, string]>> = {
  workplace: [MAX_LIST_LENGTH, 'MAX_LIST_LENGTH'],
  employmentTypes: [MAX_LIST_LENGTH, 'MAX_LIST_LENGTH'],
  experienceLevels: [MAX_LIST_LENGTH, 'MAX_LIST_LENGTH'],
  locations: [MAX_LIST_LENGTH, 'MAX_LIST_LENGTH'],
  sources: [MAX_LIST_LENGTH, 'MAX_LIST_LENGTH'],
  ids: [MAX_LOOKUP_LIST_LENGTH, 'MAX_LOOKUP_LIST_LENGTH'],
  fingerprints: [MAX_LOOKUP_LIST_LENGTH, 'MAX_LOOKUP_LIST_LENGTH'],
  excludeCompanies: [MAX_LOOKUP_LIST_LENGTH, 'MAX_LOOKUP_LIST_LENGTH'],
};

/**
 * What a {@link JobFilter} accepts: every key known, so a typo (`workplaces` for `workplace`) is a ValidationError
 * naming the key and the nearest known one instead of a filter that silently filters nothing. Each string has the cap
 * of the Job field it is compared with (MAX_SHORT_TEXT_LENGTH, ids and fingerprints MAX_ID_LENGTH), and the lists of
 * values and places at most MAX_LIST_LENGTH items. `ids`, `fingerprints` and `excludeCompanies` may be far longer (an
 * ingestion batch asks for its fingerprints, a blacklist can be long: they are looked up in sets, not read per job), up
 * to MAX_LOOKUP_LIST_LENGTH.
 */
export const jobFilterSchema = strictObject({
  workplace: list(workplaceSchema).optional(),
  employmentTypes: list(employmentTypeSchema).optional(),
  experienceLevels: list(experienceLevelSchema).optional(),
  locations: list(shortText).optional(),
  minSalary: minimumSalarySchema.optional(),
  postedSince: dateSchema.optional(),
  sources: list(shortText).optional(),
  ids: lookupList(id).optional(),
  fingerprints: lookupList(id).optional(),
  excludeCompanies: lookupList(shortText).optional(),
  strict: z.boolean().optional(),
});

const checked = new WeakMap<object, JobFilter>();

/**
 * Validates and normalises a job filter (dates may be strings); an unknown key is a ValidationError naming it. The
 * answer is a new object, read from `value` once: a getter or Proxy that throws, or a list item that is no string (a
 * hole in a sparse list among them), is a ValidationError naming the field, found at the first such item.
 */
export function parseJobFilter(value: unknown): JobFilter {
  const valid = parseWith(jobFilterSchema, 'JobFilter', readJobFilter(value)) as JobFilter;
  // Already checked: a store that parses a filter per call hands this copy on to matchesJobFilter.
  checked.set(valid, valid);
  return valid;
}

/**
 * A plain copy of a filter object for the schema: its keys (and minSalary's) read once (readRecordArgument), and each
 * list copied item by item, refused at its first item that is no string. zod reads every item of a list and keeps one issue per bad
 * item: a sparse list of 2^22 holes (a few bytes of code) took 33 s and 1.8 GiB, one of 2^32 - 1 ran a 4 GiB heap out
 * after 7.5 min. Other values are left to the schema ("expected object").
 */
function readJobFilter(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const copy = readRecordArgument('JobFilter', '', value, 'a JobFilter', jobFilterSchema.shape);
  // The one nested object, read once too (its kind is left to the schema).
  const salary = copy.minSalary;
  if (typeof salary === 'object' && salary !== null && !Array.isArray(salary))
    copy.minSalary = readRecordArgument('JobFilter', 'minSalary', salary, 'a MinimumSalary', minimumSalarySchema.shape);
  for (const [key, [cap, capName]] of Object.entries(LIST_CAPS)) {
    const list = copy[key];
    if (!Array.isArray(list)) continue;
    let length: number;
    try {
      length = list.length;
    } catch (error) {
      throw invalidArgument('JobFilter', key, `could not be read: ${String((error as Error)?.message ?? error)}`);
    }
    // Refused before an item is read (the schema's own words: cappedArray).
    if (!(length <= cap)) throw invalidArgument('JobFilter', key, `must hold at most ${cap} items (${capName})`);
    const items: string[] = new Array(length);
    for (let index = 0; index < length; index++) {
      let item: unknown;
      try {
        item = list[index];
      } catch (error) {
        throw invalidArgument(
          'JobFilter',
          `${key}.${index}`,
          `could not be read: ${String((error as Error)?.message ?? error)}`,
        );
      }
      if (typeof item !== 'string')
        throw invalidArgument('JobFilter', `${key}.${index}`, `must be a string, got ${describeValue(item)}`);
      items[index] = item;
    }
    copy[key] = items;
  }
  return copy;
}

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
