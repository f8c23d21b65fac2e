// Type-level checks: ElasticStore is a core Store and EmbeddingCache, and its upsert result is a superset of core's.
import type { EmbeddingCache, Store, UpsertResult } from '@rolefit/core';
import { expectTypeOf, it } from 'vitest';
import { createElasticStore, type ElasticStore, type ElasticUpsertResult } from './index.js';

it('implements the core interfaces', () => {
  expectTypeOf<ElasticStore>().toExtend<Store>();
  expectTypeOf<ElasticStore>().toExtend<EmbeddingCache>();
  expectTypeOf<ElasticUpsertResult>().toExtend<UpsertResult>();
  expectTypeOf<ElasticUpsertResult['failed'][number]>().toEqualTypeOf<{
    id: string;
    status: number;
    type: string;
    reason: string;
  }>();
  expectTypeOf(createElasticStore).returns.resolves.toEqualTypeOf<ElasticStore>();
});
