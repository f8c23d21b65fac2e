import { describe, expect, it } from 'vitest';
import { createElasticStore, ElasticStore } from './elastic-store.js';
import { validationMessageOf } from '../../../core/src/testing/validation-message.js';

// A mistyped store setting (issue #17, item 6) is refused before any client is made, naming the nearest known one.
describe('ElasticStore settings refuse unknown keys', () => {
  it('refuses a typo through createElasticStore and the constructor', async () => {
    expect(await validationMessageOf(() => createElasticStore({ nodes: 'http://localhost:9200' } as never))).toContain(
      "unknown key 'nodes' (did you mean 'node'?)",
    );
    expect(await validationMessageOf(() => new ElasticStore({} as never, { indexprefix: 'x' } as never))).toContain(
      "unknown key 'indexprefix' (did you mean 'indexPrefix'?)",
    );
  });

  it('still accepts every documented setting', () => {
    expect(
      () =>
        new ElasticStore({} as never, {
          indexPrefix: 'x',
          createIndices: false,
          dimensions: 3,
          replicas: 0,
          bulkConcurrency: 2,
        }),
    ).not.toThrow();
  });
});
