// The kind checks of a Store's method arguments, one wording for every Store (MemoryStore, store-elastic's
// ElasticStore): an argument of the wrong kind is a ValidationError naming the method and the argument
// (`Invalid Store.upsertJobs: inputs: must be a list of jobs, got null`), checked before any work or request. Kinds
// only: the items are validated by the schemas where each store reads them.
import {
  checkListArgument,
  checkRecordArgument,
  checkTextArgument,
  describeValue,
  invalidArgument,
  readRecordArgument,
} from '../errors/argument.js';
import { parseJobFilter } from '../filter/job-filter-schema.js';
import type { JobFilter, PageOptions } from '../interfaces/store.js';
import { rejectUnknownKeys } from '../schemas/strict.js';

// The keys each options object has: another one is a misspelling (`{ limt: 5 }` listed every job), refused naming the
// nearest known key.
const PAGE_KEYS = { limit: true, offset: true } as const satisfies Record<keyof PageOptions, true>;
const SEARCH_KEYS = { filter: true, limit: true } as const;
const FEEDBACK_QUERY_KEYS = { subjectId: true, jobId: true } as const;

/** `inputs` of `Store.upsertJobs` when it is a list, else the ValidationError naming it. */
export function checkStoreJobInputs(inputs: unknown): readonly unknown[] {
  return checkListArgument('Store.upsertJobs', 'inputs', inputs, 'a list of jobs');
}

/**
 * The `query` text and `options` object of a Store search (`method`: `searchJobs`, `searchJobsHybrid`, …); `known` the
 * options' keys when they are more than `filter` and `limit`.
 */
export function checkStoreSearch(
  method: string,
  query: unknown,
  options: unknown,
  known: Readonly<Record<string, true>> = SEARCH_KEYS,
): Record<string, unknown> {
  checkTextArgument(`Store.${method}`, 'query', query);
  return checkStoreSearchOptions(method, options, known);
}

/**
 * The `options` object of a Store search (`{ filter?, limit? }`, or the keys `known` names), else the ValidationError
 * naming it, or naming an unknown key (`Invalid SearchOptions: limt: unknown key 'limt' (did you mean 'limit'?)`); the
 * answer is a plain copy, each key read once (a getter that throws is a ValidationError naming it). Its `filter` is
 * the caller's: check it with {@link checkStoreFilter}.
 */
export function checkStoreSearchOptions(
  method: string,
  options: unknown,
  known: Readonly<Record<string, true>> = SEARCH_KEYS,
): Record<string, unknown> {
  const copy = readRecordArgument(`Store.${method}`, 'options', options, 'SearchOptions ({ filter?, limit? })', known);
  rejectUnknownKeys('SearchOptions', copy, known);
  return copy;
}

/**
 * A Store method's JobFilter (`listJobs(filter)`, a search's `options.filter`), validated afresh on every call: the
 * answer is a new object (parseJobFilter), which the store reads instead of the caller's, so a filter object changed
 * since an earlier call is read as it is now (a per-object cache listed the old sources' jobs) and a getter answers
 * once. Undefined stays none; anything but an object (null, 0, '', false listed every job in MemoryStore) is a
 * ValidationError naming `argument`; a bad field one naming the field (`Invalid JobFilter: ids.3: …`).
 */
export function checkStoreFilter(method: string, argument: string, filter: unknown): JobFilter | undefined {
  if (filter === undefined) return undefined;
  checkRecordArgument(`Store.${method}`, argument, filter, 'a JobFilter ({ workplace?, locations?, ids?, … })');
  return parseJobFilter(filter);
}

/** The query vector of `Store.searchJobsByVector` (and hybrid searches) when it is a Float32Array, else the ValidationError. */
export function checkStoreQueryVector(method: string, vector: unknown): Float32Array {
  if (!(vector instanceof Float32Array))
    throw invalidArgument(`Store.${method}`, 'vector', `must be a Float32Array, got ${describeValue(vector)}`);
  return vector;
}

/**
 * A Store's page options (`listJobs`, `listResumes`, `listMatches`) when an object of `limit` and `offset`, else the
 * ValidationError; the answer is a plain copy, each key read once.
 */
export function checkStorePage(page: unknown): PageOptions {
  const copy = readRecordArgument('Store', 'page', page, 'PageOptions ({ limit?, offset? })', PAGE_KEYS);
  rejectUnknownKeys('PageOptions', copy, PAGE_KEYS);
  return copy as PageOptions;
}

/** The input of `Store.addFeedback` when an object, else the ValidationError naming it. */
export function checkStoreFeedbackInput(input: unknown): Record<string, unknown> {
  return checkRecordArgument('Store.addFeedback', 'input', input, 'a FeedbackInput ({ subjectId, jobId, label, … })');
}

/**
 * The query of `Store.listFeedback` (`{ subjectId?, jobId? }`) when an object, else the ValidationError naming it; the
 * answer is a plain copy, each key read once.
 */
export function checkStoreFeedbackQuery(query: unknown): {
  subjectId?: string | undefined;
  jobId?: string | undefined;
} {
  const copy = readRecordArgument('Store.listFeedback', 'query', query, '{ subjectId?, jobId? }', FEEDBACK_QUERY_KEYS);
  rejectUnknownKeys('FeedbackQuery', copy, FEEDBACK_QUERY_KEYS);
  return copy as { subjectId?: string | undefined; jobId?: string | undefined };
}

/** The `subjectId` text and `matches` list of `Store.addMatches`, else the ValidationError naming the bad one. */
export function checkStoreMatches(subjectId: unknown, matches: unknown): readonly unknown[] {
  checkTextArgument('Store.addMatches', 'subjectId', subjectId);
  return checkListArgument('Store.addMatches', 'matches', matches, 'a list of matches');
}

/** The `keys` of `Store.getEmbeddings` when a list, else the ValidationError naming it. */
export function checkStoreEmbeddingKeys(keys: unknown): readonly unknown[] {
  return checkListArgument('Store.getEmbeddings', 'keys', keys, 'a list of keys');
}

/**
 * An id or name argument of a Store method (`getJob(id)`, `latestCrawledAt(source)`, `listMatches(subjectId)`) when it
 * is a string, else the ValidationError naming it: MemoryStore answered 42 with nothing, ElasticStore asked the
 * cluster for "42".
 */
export function checkStoreId(method: string, argument: string, value: unknown): string {
  return checkTextArgument(`Store.${method}`, argument, value);
}
