// The same contract against a live Elasticsearch 8. It is skipped unless ELASTICSEARCH_URL is set, because no
// Elasticsearch server can run where these tests usually run (no Docker engine, no network). Each test gets its
// own index prefix and deletes its indices afterwards.
import { randomUUID } from 'node:crypto';
import { describe } from 'vitest';
import { createElasticStore, type ElasticStore } from '../store/index.js';
import { runStoreContract } from './index.js';

const url = process.env.ELASTICSEARCH_URL;

describe.skipIf(!url)('live Elasticsearch (ELASTICSEARCH_URL)', () => {
  runStoreContract(
    'ElasticStore',
    () =>
      createElasticStore({
        node: url,
        indexPrefix: `rolefit-test-${randomUUID().slice(0, 8)}`,
        dimensions: 3,
        replicas: 0,
        refresh: 'wait_for',
      }),
    { cleanup: (store) => (store as ElasticStore).deleteIndices() },
  );
});
