// Core's Store contract against a live Elasticsearch 8. It is skipped unless ELASTICSEARCH_URL is set, because no
// Elasticsearch server can run where these tests usually run (no Docker engine, no network). Each case gets its
// own index prefix and deletes its indices afterwards.
import { randomUUID } from 'node:crypto';
import type { JobInput } from '@rolefit/core';
import { runStoreContractCase, STORE_CONTRACT_CASES } from '@rolefit/core/testing';
import { describe, it } from 'vitest';
import { createElasticStore, type ElasticStore } from '../store/index.js';

const url = process.env.ELASTICSEARCH_URL;

describe.skipIf(!url)('Store contract: ElasticStore on live Elasticsearch (ELASTICSEARCH_URL)', () => {
  const createStore = async () =>
    createElasticStore({
      node: url,
      indexPrefix: `rolefit-test-${randomUUID().slice(0, 8)}`,
      dimensions: 3,
      replicas: 0,
      refresh: 'wait_for',
    });
  const cleanup = (store: unknown) => (store as ElasticStore).deleteIndices();
  // A job core accepts that Elasticsearch refuses on its own: `experienceYears` is mapped as `float`, and 1e39 is past
  // the largest float, which Elasticsearch refuses per item ("[float] supports only finite values"). Not yet run
  // against a live cluster from this repository's machines (none can run here).
  const refusable = (job: JobInput): JobInput => ({ ...job, experienceYears: { min: 1e39 } });
  for (const testCase of STORE_CONTRACT_CASES)
    it(testCase.name, () => runStoreContractCase(testCase, createStore, { cleanup, refusable }));
});
