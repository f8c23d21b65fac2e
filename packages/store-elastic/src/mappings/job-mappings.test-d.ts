// Type-level checks: the bodies must fit the Elasticsearch client's own request types (no server runs on this machine).
import type { estypes } from '@elastic/elasticsearch';
import { expectTypeOf, it } from 'vitest';
import { createJobIndexMappings, createJobIndexSettings, type JobMappingSettings } from './index.js';

it('returns the client types for mappings and settings', () => {
  expectTypeOf(createJobIndexMappings({ dimensions: 384 })).toExtend<estypes.MappingTypeMapping>();
  expectTypeOf(createJobIndexSettings()).toExtend<estypes.IndicesIndexSettings>();
  expectTypeOf({
    index: 'jobs',
    mappings: createJobIndexMappings(),
    settings: createJobIndexSettings(),
  }).toExtend<estypes.IndicesCreateRequest>();
  expectTypeOf({ index: 'jobs', ...createJobIndexMappings() }).toExtend<estypes.IndicesPutMappingRequest>();
});

it('offers only the similarities the Store supports', () => {
  expectTypeOf<JobMappingSettings['similarity']>().toEqualTypeOf<'cosine' | 'dot_product' | 'l2_norm' | undefined>();
  // @ts-expect-error max_inner_product is not offered
  createJobIndexMappings({ dimensions: 3, similarity: 'max_inner_product' });
});
