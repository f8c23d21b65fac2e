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

/**
 * A filter object checked before, with what it held then: its keys, each key's value (by identity) and each list's
 * length. A later call with the same object reuses the check only while these are the same, so a filter changed since
 * (`filter.sources = ['b']`, an id pushed onto `filter.ids`) is read again instead of answered as it was.
 */
interface CheckedFilter {
  readonly valid: JobFilter;
  readonly keys: readonly string[];
  readonly values: readonly unknown[];
  readonly lengths: readonly number[];
}

const checked = new WeakMap<object, CheckedFilter>();

// What `filter` holds now, with the check it passed; undefined when reading it throws (it is then never reused).
function remember(filter: object, valid: JobFilter): void {
  try {
    const keys = Object.keys(filter);
    const values = keys.map((key) => (filter as Record<string, unknown>)[key]);
    const lengths = values.map((value) => (Array.isArray(value) ? value.length : -1));
    checked.set(filter, { valid, keys, values, lengths });
  } catch {
    checked.delete(filter);
  }
}

// Whether `filter` still holds what it held when it was checked (a getter that throws now: no).
function unchanged(filter: object, entry: CheckedFilter): boolean {
  try {
    const keys = Object.keys(filter);
    if (keys.length !== entry.keys.length) return false;
    for (let index = 0; index < keys.length; index++) {
      if (keys[index] !== entry.keys[index]) return false;
      const value = (filter as Record<string, unknown>)[keys[index] as string];
      if (value !== entry.values[index]) return false;
      if (Array.isArray(value) && value.length !== entry.lengths[index]) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * Validates and normalises a job filter (dates may be strings); an unknown key is a ValidationError naming it. The
 * answer is a new object, read from `value` once: a getter or Proxy that throws, or a list item that is no string (a
 * hole in a sparse list among them), is a ValidationError naming the field, found at the first such item.
 */
export function parseJobFilter(value: unknown): JobFilter {
  const valid = parseWith(jobFilterSchema, 'JobFilter', readJobFilter(value)) as JobFilter;
  // Already checked: a store that parses a filter per call hands this copy on to matchesJobFilter.
  remember(valid, valid);
  return valid;
}

/**
 * A plain copy of a filter object for the schema: its keys (and minSalary's) read once (readRecordArgument), and each
 * list copied item by item, refused at its first item that is no string. zod reads every item of a list and keeps one issue per bad
 * item: a sparse list of 2^22 holes (a few bytes of code) took 33 s and 1.8 GiB, one of 2^32 - 1 ran a 4 GiB heap out
 * after 7.5 min. Other values are left to the schema ("expected object").
 */
// Objects of a built-in kind with no JobFilter key of their own, read as {} (every job): a Date, a Map, a Set, a RegExp,
// bytes. A filter is a plain object.
const notFilterKind = (value: object) =>
  value instanceof Date ||
  value instanceof Map ||
  value instanceof Set ||
  value instanceof RegExp ||
  ArrayBuffer.isView(value);

function readJobFilter(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  if (notFilterKind(value)) {
    const kind = Object.prototype.toString.call(value).slice(8, -1);
    throw invalidArgument(
      'JobFilter',
      '',
      `must be a plain object ({ workplace?, locations?, ids?, … }), got a ${kind}`,
    );
  }
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
 * The validated form of `filter`, checked once per filter object while it holds the same values (later calls are a map
 * lookup and a look at its keys), so stores and {@link matchesJobFilter} can validate on every call. A key given a new
 * value or a list of another length is read again; an item replaced in place inside a list is not seen: pass a new
 * list (or a new filter) then.
 */
export function checkJobFilter(filter: JobFilter): JobFilter {
  if (typeof filter !== 'object' || filter === null) return parseJobFilter(filter);
  const entry = checked.get(filter);
  if (entry !== undefined && unchanged(filter, entry)) return entry.valid;
  const valid = parseJobFilter(filter);
  remember(filter, valid);
  return valid;
}
