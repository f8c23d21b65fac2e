// Type-level checks: every body the adapter sends must fit the Elasticsearch client's own request types
// (no server runs on this machine to reject a malformed one).
import type { estypes } from '@elastic/elasticsearch';
import { expectTypeOf, it } from 'vitest';
import {
  buildBulkOperations,
  buildBulkRequest,
  buildCountRequest,
  buildCreateJobIndexRequest,
  buildCreateSideIndexRequest,
  buildLexicalSearchRequest,
  buildListJobsRequest,
  buildPopularSkillsRequest,
  buildReindexRequest,
  buildSwapAliasRequest,
  buildTermsSearchRequest,
  buildVectorSearchRequest,
} from './index.js';

it('builds the client request types', () => {
  expectTypeOf(buildLexicalSearchRequest).returns.toEqualTypeOf<estypes.SearchRequest>();
  expectTypeOf(buildVectorSearchRequest).returns.toEqualTypeOf<estypes.SearchRequest>();
  expectTypeOf(buildListJobsRequest).returns.toEqualTypeOf<estypes.SearchRequest>();
  expectTypeOf(buildPopularSkillsRequest).returns.toEqualTypeOf<estypes.SearchRequest>();
  expectTypeOf(buildTermsSearchRequest).returns.toEqualTypeOf<estypes.SearchRequest>();
  expectTypeOf(buildCountRequest).returns.toEqualTypeOf<estypes.CountRequest>();
  expectTypeOf(buildBulkRequest).returns.toEqualTypeOf<estypes.BulkRequest>();
  expectTypeOf(buildBulkOperations).returns.toExtend<NonNullable<estypes.BulkRequest['operations']>>();
  expectTypeOf(buildCreateJobIndexRequest).returns.toEqualTypeOf<estypes.IndicesCreateRequest>();
  expectTypeOf(buildCreateSideIndexRequest).returns.toEqualTypeOf<estypes.IndicesCreateRequest>();
  expectTypeOf(buildSwapAliasRequest).returns.toEqualTypeOf<estypes.IndicesUpdateAliasesRequest>();
  expectTypeOf(buildReindexRequest).returns.toEqualTypeOf<estypes.ReindexRequest>();
});

it('puts the kNN search where the client expects it', () => {
  expectTypeOf(buildVectorSearchRequest('i', [1]).knn).toEqualTypeOf<
    estypes.KnnSearch | estypes.KnnSearch[] | undefined
  >();
  expectTypeOf(buildBulkRequest).parameter(2).toEqualTypeOf<estypes.Refresh | undefined>();
});
