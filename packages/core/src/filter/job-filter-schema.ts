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
import {
  describeValue,
  invalidArgument,
  isRevokedProxy,
  readRecordArgument,
  recordArgumentKeys,
} from '../errors/argument.js';
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
 * What a filter object held when it was read for its check, each key read once (readRecordArgument's keys: its own
 * enumerable keys and the known keys a class defines as getters): each value by identity, with each list's length, a
 * date's time and, for minSalary, the same of its own keys. A later call with the same object reuses the check only
 * while it reads the same, so a filter changed since (`filter.sources = ['b']`, an id pushed onto `filter.ids`,
 * `filter.minSalary.amount = 90_000`, `filter.postedSince.setFullYear(2030)`, a class's private list replaced behind
 * its getter) is read again instead of answered as it was.
 */
interface FilterSnapshot {
  readonly keys: readonly string[];
  readonly values: readonly unknown[];
  /** Per key: a list's length, a date's time (NaN for an invalid one), or undefined. */
  readonly facts: readonly (number | undefined)[];
  /** Per key: the snapshot of a nested object (minSalary), or undefined. */
  readonly nested: readonly (FilterSnapshot | undefined)[];
}

interface CheckedFilter {
  readonly valid: JobFilter;
  readonly snapshot: FilterSnapshot;
}

const checked = new WeakMap<object, CheckedFilter>();

// The kind Object.prototype.toString gives a value, from any realm ("Date", "Map", "Object").
const kindOf = (value: object) => Object.prototype.toString.call(value).slice(8, -1);

// A getter of a built-in prototype, to be called on another value (a brand check).
const builtInGetter = (prototype: object, key: string | symbol): ((this: unknown) => unknown) =>
  Object.getOwnPropertyDescriptor(prototype, key)?.get ?? (() => undefined);
const regExpSource = builtInGetter(RegExp.prototype, 'source');
const arrayBufferLength = builtInGetter(ArrayBuffer.prototype, 'byteLength');
const dataViewLength = builtInGetter(DataView.prototype, 'byteLength');
// The typed arrays' own kind ("Uint8Array"), a getter on their common prototype: undefined for any other value.
const typedArrayKind = builtInGetter(Object.getPrototypeOf(Uint8Array.prototype) as object, Symbol.toStringTag);
// The built-in kinds a filter is not, each with a check that throws for a value without that kind's internal slots
// (from any realm, a Proxy included) and runs no code of the caller's. (A Promise has no such check that is free of
// effects: it is told by its kind alone.)
const BUILT_IN_KINDS: readonly (readonly [kind: string, check: (value: object) => unknown])[] = [
  ['Date', (value) => Date.prototype.getTime.call(value)],
  ['Map', (value) => Map.prototype.has.call(value, undefined)],
  ['Set', (value) => Set.prototype.has.call(value, undefined)],
  ['WeakMap', (value) => WeakMap.prototype.has.call(value, {})],
  ['WeakSet', (value) => WeakSet.prototype.has.call(value, {})],
  ['RegExp', (value) => regExpSource.call(value)],
  ['ArrayBuffer', (value) => arrayBufferLength.call(value)],
  ['DataView', (value) => dataViewLength.call(value)],
  ['Number', (value) => Number.prototype.valueOf.call(value)],
  ['String', (value) => String.prototype.valueOf.call(value)],
  ['Boolean', (value) => Boolean.prototype.valueOf.call(value)],
];

/** The built-in kind (a typed array's, or one of BUILT_IN_KINDS) whose internal slots `value` has, or undefined. */
function builtInKindOf(value: object): string | undefined {
  const typedArray = typedArrayKind.call(value);
  if (typeof typedArray === 'string') return typedArray;
  for (const [kind, check] of BUILT_IN_KINDS) {
    try {
      check(value);
      return kind;
    } catch {
      // Not of this kind.
    }
  }
  return undefined;
}

// How far up a value's prototype chain its Symbol.toStringTag is looked for (a Proxy may answer a new prototype each
// time it is asked).
const MAX_PROTOTYPE_DEPTH = 64;

// The built-ins' prototypes of this realm, by their kind: a value that inherits from one is of that kind, though a Proxy
// of it passes no brand check (builtInKindOf).
const BUILT_IN_PROTOTYPES: ReadonlyMap<object, string> = new Map<object, string>([
  [Map.prototype, 'Map'],
  [Set.prototype, 'Set'],
  [WeakMap.prototype, 'WeakMap'],
  [WeakSet.prototype, 'WeakSet'],
  [Date.prototype, 'Date'],
  [RegExp.prototype, 'RegExp'],
  [Promise.prototype, 'Promise'],
  [Error.prototype, 'Error'],
  [ArrayBuffer.prototype, 'ArrayBuffer'],
  [DataView.prototype, 'DataView'],
  [Number.prototype, 'Number'],
  [String.prototype, 'String'],
  [Boolean.prototype, 'Boolean'],
  [Object.getPrototypeOf(Uint8Array.prototype) as object, 'TypedArray'],
]);
// The kinds whose prototypes hold their Symbol.toStringTag as a value that cannot be written, in any realm.
const TAGGED_BUILT_IN_KINDS: ReadonlySet<string> = new Set([
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'Promise',
  'ArrayBuffer',
  'DataView',
]);

/**
 * The built-in kind `value` inherits from, past its own Symbol.toStringTag: a built-in prototype of this realm on its
 * prototype chain, or one of another realm told by its tag ("Map"), or undefined. A Proxy of a Map given a tag getter
 * of the caller's passes no brand check and was read as an empty filter (every job). Throws what a Proxy's trap throws.
 */
function inheritedBuiltInKind(value: object): string | undefined {
  let holder = Object.getPrototypeOf(value) as object | null;
  for (let depth = 0; holder !== null && depth < MAX_PROTOTYPE_DEPTH; depth++) {
    const kind = BUILT_IN_PROTOTYPES.get(holder);
    if (kind !== undefined) return kind;
    const tag = Object.getOwnPropertyDescriptor(holder, Symbol.toStringTag);
    if (tag !== undefined && 'value' in tag && tag.writable === false && TAGGED_BUILT_IN_KINDS.has(String(tag.value)))
      return String(tag.value);
    holder = Object.getPrototypeOf(holder) as object | null;
  }
  return undefined;
}

/**
 * Whether the Symbol.toStringTag that gives `value` its kind is the caller's: a getter or a writable property (a
 * class's `get [Symbol.toStringTag]()`, a field), where the built-ins' prototypes hold theirs as a value that cannot be
 * written ("Map", "Promise"). Throws what a Proxy's trap throws.
 */
function tagIsTheCallers(value: object): boolean {
  let holder: object | null = value;
  for (let depth = 0; holder !== null && depth < MAX_PROTOTYPE_DEPTH; depth++) {
    const tag = Object.getOwnPropertyDescriptor(holder, Symbol.toStringTag);
    if (tag !== undefined) return tag.get !== undefined || tag.set !== undefined || tag.writable === true;
    holder = Object.getPrototypeOf(holder);
  }
  return false;
}

// What a value read for a filter's key tells beside its identity: a list's length, a date's time. (Reading a Date's
// time runs no code of the caller's; a list's length is read as the check read it.)
function factOf(value: unknown, length?: number): number | undefined {
  if (Array.isArray(value)) return length ?? value.length;
  if (typeof value === 'object' && value !== null && kindOf(value) === 'Date')
    return Date.prototype.getTime.call(value as Date);
  return undefined;
}

// The keys readRecordArgument looks for beyond a filter's own (a class's getters), and those of its nested object.
const FILTER_KEYS: readonly string[] = Object.keys(jobFilterSchema.shape);
const NESTED_KEYS: Readonly<Record<string, readonly string[]>> = { minSalary: Object.keys(minimumSalarySchema.shape) };

// A snapshot of `record`: a plain copy the check read, with the lengths it read and its nested objects' snapshots, or
// (without `nested`) a filter of our own, whose nested objects are read here.
function snapshotOf(
  record: Readonly<Record<string, unknown>>,
  lengths: Readonly<Record<string, number>> = {},
  nested?: Readonly<Record<string, FilterSnapshot>>,
): FilterSnapshot {
  const keys = Object.keys(record);
  const values = keys.map((key) => record[key]);
  const own = (key: string, value: unknown) =>
    key in NESTED_KEYS && typeof value === 'object' && value !== null && !Array.isArray(value)
      ? snapshotOf(value as Record<string, unknown>)
      : undefined;
  return {
    keys,
    values,
    facts: keys.map((key, index) => factOf(values[index], lengths[key])),
    nested: keys.map((key, index) => (nested === undefined ? own(key, values[index]) : nested[key])),
  };
}

// Whether `record` reads now as it did for `snapshot`: the same keys (as readRecordArgument lists them), values, list
// lengths, dates' times and nested fields. A getter or trap that throws now: no.
function readsAsBefore(record: object, snapshot: FilterSnapshot, known: readonly string[]): boolean {
  try {
    const keys = recordArgumentKeys(record, known);
    if (keys.length !== snapshot.keys.length) return false;
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index] as string;
      if (key !== snapshot.keys[index]) return false;
      const value = (record as Record<string, unknown>)[key];
      if (value !== snapshot.values[index] || !Object.is(factOf(value), snapshot.facts[index])) return false;
      const inner = snapshot.nested[index];
      if (inner !== undefined && !readsAsBefore(value as object, inner, NESTED_KEYS[key] ?? [])) return false;
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
  return checkedJobFilter(value).valid;
}

// parseJobFilter's answer and what `value` held when it was read (none when it is no object).
function checkedJobFilter(value: unknown): { valid: JobFilter; snapshot?: FilterSnapshot } {
  const read = readJobFilter(value);
  const valid = parseWith(jobFilterSchema, 'JobFilter', read.copy) as JobFilter;
  // Already checked: a store that parses a filter per call hands this copy on to matchesJobFilter.
  checked.set(valid, { valid, snapshot: snapshotOf(valid as Record<string, unknown>) });
  return read.snapshot === undefined ? { valid } : { valid, snapshot: read.snapshot };
}

/**
 * A plain copy of a filter object for the schema: its keys (and minSalary's) read once (readRecordArgument), and each
 * list copied item by item, refused at its first item that is no string. zod reads every item of a list and keeps one issue per bad
 * item: a sparse list of 2^22 holes (a few bytes of code) took 33 s and 1.8 GiB, one of 2^32 - 1 ran a 4 GiB heap out
 * after 7.5 min. Other values are left to the schema ("expected object").
 */

function readJobFilter(value: unknown): { copy: unknown; snapshot?: FilterSnapshot } {
  if (isRevokedProxy(value))
    throw invalidArgument(
      'JobFilter',
      '',
      'must be a plain object ({ workplace?, locations?, ids?, … }), got a revoked Proxy',
    );
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { copy: value };
  let kind: string;
  try {
    kind = kindOf(value);
    // A class of the caller's that names its own kind (`get [Symbol.toStringTag]()`) holds its fields as a plain
    // object does, unless it is also a built-in's (a Map with such a getter is still a Map).
    if (kind !== 'Object' && tagIsTheCallers(value))
      kind = builtInKindOf(value) ?? inheritedBuiltInKind(value) ?? 'Object';
  } catch (error) {
    // A Proxy whose Symbol.toStringTag trap throws.
    throw invalidArgument(
      'JobFilter',
      '',
      `could not be read: ${String((error as Error)?.message ?? error).slice(0, 200)}`,
    );
  }
  // An object of a built-in kind, with no JobFilter key of its own, was read as {} (every job): a Date, a Map, a Set, a
  // WeakMap, a RegExp, a Promise, an Error, bytes or their buffer, a boxed number, from any realm. A filter is a plain
  // object, or a class's (whose kind is "Object", or its own Symbol.toStringTag's).
  if (kind !== 'Object') {
    throw invalidArgument(
      'JobFilter',
      '',
      `must be a plain object ({ workplace?, locations?, ids?, … }), got ${/^[AEIO]/.test(kind) ? 'an' : 'a'} ${kind}`,
    );
  }
  const copy = readRecordArgument('JobFilter', '', value, 'a JobFilter', jobFilterSchema.shape);
  // The one nested object, read once too (its kind is left to the schema).
  const read = { ...copy };
  const nested: Record<string, FilterSnapshot> = {};
  const lengths: Record<string, number> = {};
  const salary = copy.minSalary;
  if (typeof salary === 'object' && salary !== null && (isRevokedProxy(salary) || !Array.isArray(salary))) {
    copy.minSalary = readRecordArgument('JobFilter', 'minSalary', salary, 'a MinimumSalary', minimumSalarySchema.shape);
    nested.minSalary = snapshotOf(copy.minSalary as Record<string, unknown>);
  }
  // A date of the caller's is copied: the answer is the filter as read, which a later setTime() does not reach.
  const since = copy.postedSince;
  if (typeof since === 'object' && since !== null && kindOf(since) === 'Date')
    copy.postedSince = new Date(Date.prototype.getTime.call(since));
  for (const [key, [cap, capName]] of Object.entries(LIST_CAPS)) {
    const list = copy[key];
    if (isRevokedProxy(list)) throw invalidArgument('JobFilter', key, 'could not be read: a revoked Proxy');
    if (!Array.isArray(list)) continue;
    let length: number;
    try {
      length = list.length;
    } catch (error) {
      throw invalidArgument('JobFilter', key, `could not be read: ${String((error as Error)?.message ?? error)}`);
    }
    // Refused before an item is read (the schema's own words: cappedArray).
    if (!(length <= cap)) throw invalidArgument('JobFilter', key, `must hold at most ${cap} items (${capName})`);
    lengths[key] = length;
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
  return { copy, snapshot: snapshotOf(read, lengths, nested) };
}

/**
 * The validated form of `filter`, checked once per filter object while it reads as it did (later calls are a map lookup
 * and a look at its keys), so stores and {@link matchesJobFilter} can validate on every call. A key (a class's getter
 * too) answering a new value, a list of another length, a date set to another time or minSalary's fields changed are
 * read again; an item replaced in place inside a list is not seen: pass a new list (or a new filter) then.
 */
export function checkJobFilter(filter: JobFilter): JobFilter {
  if (typeof filter !== 'object' || filter === null) return parseJobFilter(filter);
  const entry = checked.get(filter);
  if (entry !== undefined && readsAsBefore(filter, entry.snapshot, FILTER_KEYS)) return entry.valid;
  const { valid, snapshot } = checkedJobFilter(filter);
  if (snapshot !== undefined) checked.set(filter, { valid, snapshot });
  return valid;
}
