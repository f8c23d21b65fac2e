import type { estypes } from '@elastic/elasticsearch';
import type { JobFilter } from '@rolefit/core';
import { toElasticFilter, toElasticQuery } from '../filters/index.js';

/**
 * Fields lexical search runs over, with the weights MemoryStore uses (title 3, skills 2, company, description and the
 * job's place 1).
 */
export const LEXICAL_FIELDS = [
  'title^3',
  'skills.text^2',
  'company',
  'description',
  'location.city.text',
  'location.region.text',
  'location.country.text',
] as const;

/** Largest `from + size` Elasticsearch serves by default (`index.max_result_window`). */
export const MAX_RESULT_WINDOW = 10_000;

// Vectors are large and not part of a Job: never fetch them with hits.
const WITHOUT_VECTOR: estypes.SearchSourceConfig = { excludes: ['vector'] };

/** Newest first, undated last, then by id so every page boundary is stable. */
export const NEWEST_FIRST_SORT: estypes.Sort = [
  { postedAt: { order: 'desc', missing: '_last' } },
  { id: { order: 'asc' } },
];

/** Lexical search: multi_match over the job text fields (english analysis from the mapping), filters in `bool.filter`. */
export function buildLexicalSearchRequest(
  index: string,
  text: string,
  options: { filter?: JobFilter; limit?: number } = {},
): estypes.SearchRequest {
  return {
    index,
    size: options.limit ?? 10,
    track_total_hits: false,
    _source: WITHOUT_VECTOR,
    query: {
      bool: {
        must: [{ multi_match: { query: text, fields: [...LEXICAL_FIELDS], type: 'best_fields', operator: 'or' } }],
        filter: toElasticFilter(options.filter),
      },
    },
  };
}

/** Approximate kNN search on `vector`, with the filter applied inside the kNN search so `k` hits can still be found. */
export function buildVectorSearchRequest(
  index: string,
  vector: Float32Array | readonly number[],
  options: { filter?: JobFilter; limit?: number; numCandidates?: number } = {},
): estypes.SearchRequest {
  const k = options.limit ?? 10;
  // More candidates per shard means better recall; 10× k (at least 100, at most 10,000, the server's cap) is a common choice.
  const numCandidates = options.numCandidates ?? Math.min(MAX_RESULT_WINDOW, Math.max(100, k * 10));
  const filter = toElasticFilter(options.filter);
  const knn: estypes.KnnSearch = {
    field: 'vector',
    query_vector: Array.from(vector),
    k,
    num_candidates: Math.max(numCandidates, k),
  };
  if (filter.length) knn.filter = filter;
  return { index, size: k, track_total_hits: false, _source: WITHOUT_VECTOR, knn };
}

/** One page of jobs newest first: after `searchAfter` (the last hit's sort values) or from an offset. */
export function buildListJobsRequest(
  index: string,
  filter: JobFilter | undefined,
  page: { size: number; from?: number; searchAfter?: estypes.SortResults },
): estypes.SearchRequest {
  const request: estypes.SearchRequest = {
    index,
    size: page.size,
    track_total_hits: false,
    _source: WITHOUT_VECTOR,
    query: toElasticQuery(filter),
    sort: NEWEST_FIRST_SORT,
  };
  if (page.searchAfter) request.search_after = page.searchAfter;
  else if (page.from) request.from = page.from;
  return request;
}

/** Count of jobs meeting a filter. */
export function buildCountRequest(index: string, filter?: JobFilter): estypes.CountRequest {
  return { index, query: toElasticQuery(filter) };
}

/** The newest `crawledAt` among one source's jobs: a max aggregation, no documents returned. */
export function buildLatestCrawledAtRequest(index: string, source: string): estypes.SearchRequest {
  return {
    index,
    size: 0,
    track_total_hits: false,
    query: toElasticQuery({ sources: [source] }),
    aggs: { latestCrawledAt: { max: { field: 'crawledAt' } } },
  };
}

/** Most common skills among jobs meeting a filter (terms aggregation on the `skills` keyword). */
export function buildPopularSkillsRequest(
  index: string,
  options: { filter?: JobFilter; size?: number } = {},
): estypes.SearchRequest {
  return {
    index,
    size: 0,
    track_total_hits: false,
    query: toElasticQuery(options.filter),
    aggs: { skills: { terms: { field: 'skills', size: options.size ?? 20 } } },
  };
}

/** Documents of a side index matching exact keyword values, sorted, up to the result window. */
export function buildTermsSearchRequest(
  index: string,
  terms: Record<string, string | undefined>,
  sort: estypes.Sort,
  page: { from?: number; size?: number } = {},
): estypes.SearchRequest {
  const filter: estypes.QueryDslQueryContainer[] = Object.entries(terms)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([field, value]) => ({ term: { [field]: value } }));
  const request: estypes.SearchRequest = {
    index,
    size: page.size ?? MAX_RESULT_WINDOW,
    track_total_hits: false,
    sort,
    query: filter.length ? { bool: { filter } } : { match_all: {} },
  };
  if (page.from) request.from = page.from;
  return request;
}
