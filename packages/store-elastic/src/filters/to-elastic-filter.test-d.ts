// Type-level checks: the clauses must fit the Elasticsearch client's own request types (no server runs on this machine).
import type { estypes } from '@elastic/elasticsearch';
import type { JobFilter } from '@rolefit/core';
import { expectTypeOf, it } from 'vitest';
import { toElasticFilter, toElasticQuery } from './index.js';

it('returns query containers the client accepts', () => {
  expectTypeOf(toElasticFilter).parameter(0).toEqualTypeOf<JobFilter | undefined>();
  expectTypeOf(toElasticFilter({})).toEqualTypeOf<estypes.QueryDslQueryContainer[]>();
  expectTypeOf(toElasticQuery({})).toEqualTypeOf<estypes.QueryDslQueryContainer>();
  expectTypeOf({
    index: 'jobs',
    query: { bool: { filter: toElasticFilter({ sources: ['s'] }) } },
  }).toExtend<estypes.SearchRequest>();
  expectTypeOf({ index: 'jobs', query: toElasticQuery({ strict: true }) }).toExtend<estypes.CountRequest>();
});
