// Both stores read a JobFilter afresh on every call through core's checkStoreFilter (round 19 of ADVERSARIAL.md), and
// their page and search options once: MemoryStore listed every job for a filter of null, 0, '' or false, threw
// "filter.ids.map is not a function" for ids of a string (read before the filter was checked), and both read a filter
// object changed since an earlier call as it had been (a per-object cache); a getter that throws was the caller's bare
// Error. A node:http server on 127.0.0.1 answers every request as an empty cluster, counts them and keeps their bodies.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMemoryStore, ValidationError, type Store } from '@rolefit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createElasticStore, type ElasticStore } from './index.js';

let server: Server;
let requests = 0;
const bodies: string[] = [];
let elastic: ElasticStore;
const memory = createMemoryStore();

beforeAll(async () => {
  server = createServer((request, response) => {
    requests += 1;
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      bodies.push(body);
      response.writeHead(200, { 'x-elastic-product': 'Elasticsearch', 'content-type': 'application/json' });
      response.end(JSON.stringify({ hits: { total: { value: 0 }, hits: [] }, count: 0, found: false, docs: [] }));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const node = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  elastic = await createElasticStore({ node, createIndices: false, dimensions: 3, maxRetries: 0 });
  await memory.upsertJobs(
    ['a', 'b', 'c'].map((id) => ({
      id,
      source: id === 'c' ? 'two' : 'one',
      url: `https://example.com/${id}`,
      title: 'Engineer',
      description: 'TypeScript',
    })),
  );
});

afterAll(async () => {
  await elastic.close();
  await memory.close();
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

const vector = new Float32Array([1, 0, 0]);
const throwing = (key: string) =>
  Object.defineProperty({}, key, {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });
const filterCalls: Array<[string, (store: Store, filter: unknown) => Promise<unknown>, string]> = [
  ['listJobs', (store, filter) => store.listJobs(filter as never), 'Invalid Store.listJobs: filter'],
  ['countJobs', (store, filter) => store.countJobs(filter as never), 'Invalid Store.countJobs: filter'],
  [
    'searchJobs',
    (store, filter) => store.searchJobs('engineer', { filter: filter as never }),
    'Invalid Store.searchJobs: options.filter',
  ],
  [
    'searchJobsByVector',
    (store, filter) => store.searchJobsByVector(vector, { filter: filter as never }),
    'Invalid Store.searchJobsByVector: options.filter',
  ],
];
// [filter, the message after the call's own words ('' when the JobFilter's words stand alone)]
const badFilters: Array<[string, unknown, string]> = [
  ['null', null, ': must be a JobFilter ({ workplace?, locations?, ids?, … }), got null'],
  ['0', 0, ': must be a JobFilter ({ workplace?, locations?, ids?, … }), got a number (0)'],
  ["''", '', ': must be a JobFilter ({ workplace?, locations?, ids?, … }), got a string'],
  ['false', false, ': must be a JobFilter ({ workplace?, locations?, ids?, … }), got a boolean (false)'],
  ['{ ids: "a" }', { ids: 'a' }, 'Invalid JobFilter: ids: '],
  ['{ fingerprints: "f" }', { fingerprints: 'f' }, 'Invalid JobFilter: fingerprints: '],
  ['a getter that throws', throwing('sources'), 'Invalid JobFilter: sources: could not be read: boom'],
];

describe('Store filters: checked afresh, in both stores', () => {
  for (const [method, call, named] of filterCalls)
    for (const [label, filter, words] of badFilters)
      it(`${method} with a filter of ${label}: a ValidationError, before any request`, async () => {
        const message = words.startsWith(':') ? `${named}${words}` : words;
        const before = requests;
        await expect(call(elastic, filter)).rejects.toThrow(ValidationError);
        await expect(call(elastic, filter)).rejects.toThrow(message);
        expect(requests).toBe(before);
        await expect(call(memory, filter)).rejects.toThrow(ValidationError);
        await expect(call(memory, filter)).rejects.toThrow(message);
      });

  it('reads a filter object changed since an earlier call as it is now', async () => {
    const filter = { sources: ['one'] };
    expect((await memory.listJobs(filter)).map((job) => job.id).sort()).toEqual(['a', 'b']);
    filter.sources = ['two'];
    expect((await memory.listJobs(filter)).map((job) => job.id)).toEqual(['c']);
    expect(await memory.countJobs(filter)).toBe(1);
    await elastic.countJobs(filter);
    filter.sources = ['three'];
    await elastic.countJobs(filter);
    expect(bodies.at(-1)).toContain('"three"');
    expect(bodies.at(-1)).not.toContain('"two"');
  });

  it('refuses ids given to a filter after it was first used, rather than failing inside', async () => {
    const filter: Record<string, unknown> = { sources: ['one'] };
    await memory.countJobs(filter);
    filter.ids = 'a';
    await expect(memory.listJobs(filter)).rejects.toThrow('Invalid JobFilter: ids: ');
  });

  it('names a page or search option whose getter throws', async () => {
    for (const store of [memory, elastic] as Store[]) {
      await expect(store.listJobs(undefined, throwing('limit'))).rejects.toThrow(
        'Invalid Store: page.limit: could not be read: boom',
      );
      await expect(store.searchJobs('engineer', throwing('limit'))).rejects.toThrow(
        'Invalid Store.searchJobs: options.limit: could not be read: boom',
      );
      await expect(store.listFeedback(throwing('subjectId'))).rejects.toThrow(
        'Invalid Store.listFeedback: query.subjectId: could not be read: boom',
      );
    }
  });

  it('answers good filters as before', async () => {
    expect((await memory.listJobs({ ids: ['c', 'a'] })).map((job) => job.id).sort()).toEqual(['a', 'c']);
    expect(await memory.countJobs({})).toBe(3);
    expect(await memory.countJobs(undefined)).toBe(3);
    expect((await memory.searchJobs('engineer', { filter: { sources: ['two'] } })).map((hit) => hit.job.id)).toEqual([
      'c',
    ]);
    expect(await elastic.listJobs({ sources: ['one'] }, { limit: 5 })).toEqual([]);
    expect(await elastic.popularSkills({ filter: { sources: ['one'] } })).toEqual([]);
  });
});
