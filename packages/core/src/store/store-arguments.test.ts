// The Store argument checks (store-arguments.ts) MemoryStore gained in round 18 of ADVERSARIAL.md, as ElasticStore
// has them (store-elastic's method-arguments test runs both stores through one table): listFeedback(null) was
// "(reading 'subjectId')" once feedback was stored, searchJobsByVector(vector, null) "(reading 'filter')", and ids of
// another kind answered as missing (getJob(42) undefined) where ElasticStore asked the cluster for "42".
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import { createMemoryStore } from './memory/memory-store.js';
import { checkStoreFilter } from './store-arguments.js';

describe('MemoryStore: the round-18 Store argument checks', () => {
  const store = createMemoryStore();
  const cases: Array<[string, () => Promise<unknown>, string]> = [
    [
      'listFeedback(null)',
      () => store.listFeedback(null as never),
      'Invalid Store.listFeedback: query: must be { subjectId?, jobId? }, got null',
    ],
    [
      'searchJobsByVector(null)',
      () => store.searchJobsByVector(null as never),
      'Invalid Store.searchJobsByVector: vector: must be a Float32Array, got null',
    ],
    [
      'searchJobsByVector(vector, null)',
      () => store.searchJobsByVector(new Float32Array([1, 0]), null as never),
      'Invalid Store.searchJobsByVector: options: must be SearchOptions',
    ],
    ['getJob(42)', () => store.getJob(42 as never), 'Invalid Store.getJob: id: must be a string, got a number (42)'],
    [
      'deleteJob({})',
      () => store.deleteJob({} as never),
      'Invalid Store.deleteJob: id: must be a string, got an object',
    ],
    [
      'getResume(null)',
      () => store.getResume(null as never),
      'Invalid Store.getResume: id: must be a string, got null',
    ],
    [
      'deleteResume(7)',
      () => store.deleteResume(7 as never),
      'Invalid Store.deleteResume: id: must be a string, got a number (7)',
    ],
    [
      'latestCrawledAt([])',
      () => store.latestCrawledAt([] as never),
      'Invalid Store.latestCrawledAt: source: must be a string, got an array',
    ],
    [
      'listMatches(undefined)',
      () => store.listMatches(undefined as never),
      'Invalid Store.listMatches: subjectId: must be a string, got undefined',
    ],
  ];
  for (const [name, call, message] of cases)
    it(`${name}: ${message}`, async () => {
      await store.addFeedback({ subjectId: 's', jobId: 'j', rating: 3 });
      await expect(call()).rejects.toThrow(ValidationError);
      await expect(call()).rejects.toThrow(message);
    });

  it('answers good calls as before', async () => {
    await store.upsertJobs([{ id: 'a', source: 'test', title: 'SQL analyst' }]); // no crawledAt: latestCrawledAt has none
    expect((await store.getJob('a'))?.title).toBe('SQL analyst');
    expect((await store.listFeedback({ subjectId: 's' })).length).toBeGreaterThan(0);
    expect(await store.searchJobsByVector(new Float32Array([1, 0]))).toEqual([]);
    expect(await store.listMatches('s')).toEqual([]);
    expect(await store.latestCrawledAt('test')).toBeUndefined();
  });
});

describe('checkStoreFilter', () => {
  it('gives a new checked copy each call, undefined for none, and a ValidationError naming the argument or field', () => {
    const filter = { sources: ['a'] };
    const first = checkStoreFilter('listJobs', 'filter', filter);
    expect(first).toEqual({ sources: ['a'] });
    expect(first).not.toBe(filter);
    filter.sources = ['b'];
    expect(checkStoreFilter('listJobs', 'filter', filter)).toEqual({ sources: ['b'] });
    expect(checkStoreFilter('listJobs', 'filter', undefined)).toBeUndefined();
    for (const wrong of [null, 0, '', false])
      expect(() => checkStoreFilter('listJobs', 'filter', wrong)).toThrow(/^Invalid Store\.listJobs: filter: must be/);
    expect(() => checkStoreFilter('searchJobs', 'options.filter', { ids: ['a', 3] })).toThrow(
      /^Invalid JobFilter: ids\.1: must be a string/,
    );
  });
});
