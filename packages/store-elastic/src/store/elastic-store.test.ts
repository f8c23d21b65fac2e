// No Elasticsearch server can run on this machine: the real client talks to a local HTTP server that replays
// hand-written Elasticsearch 8 responses (store/fixtures) and records every request for the assertions.
import { readFileSync } from 'node:fs';
import { Client, HttpConnection } from '@elastic/elasticsearch';
import { OptionalDependencyError, VectorDimensionError } from '@rolefit/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  elasticError,
  startReplayServer,
  type RecordedRequest,
  type ReplayResponse,
  type ReplayServer,
} from '../replay/index.js';
import { JOB_MAPPING_VERSION } from '../mappings/index.js';
import {
  createElasticStore,
  ElasticClientMissingError,
  ElasticMigrationError,
  ElasticPagingError,
  ElasticStore,
  loadElasticClient,
  toSimilarity,
} from './index.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as unknown;
const acknowledged = { acknowledged: true };

let server: ReplayServer | undefined;
let client: Client | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  server = client = undefined;
});

async function storeFor(
  handler: (request: RecordedRequest) => ReplayResponse,
  settings: ConstructorParameters<typeof ElasticStore>[1] = {},
): Promise<ElasticStore> {
  server = await startReplayServer(handler);
  client = new Client({ node: server.url, maxRetries: 0 });
  return new ElasticStore(client, { createIndices: false, dimensions: 3, ...settings });
}

const calls = () => server!.requests.map((request) => `${request.method} ${request.path}`);

describe('ElasticStore indices and aliases', () => {
  it('creates the versioned job index behind the alias and the side indices when missing', async () => {
    const store = await storeFor(
      (request) =>
        request.method === 'HEAD'
          ? { status: 404 }
          : { body: { ...acknowledged, shards_acknowledged: true, index: request.path.slice(1) } },
      { indexPrefix: 'acme' },
    );
    await store.ensureIndices();
    expect(calls()).toEqual([
      'HEAD /_alias/acme-jobs',
      expect.stringMatching(new RegExp(`^PUT /acme-jobs-v${JOB_MAPPING_VERSION}-\\d+$`)),
      'HEAD /acme-resumes',
      'PUT /acme-resumes',
      'HEAD /acme-feedback',
      'PUT /acme-feedback',
      'HEAD /acme-matches',
      'PUT /acme-matches',
      'HEAD /acme-embeddings',
      'PUT /acme-embeddings',
    ]);
    const body = server!.requests[1]!.json as {
      aliases: unknown;
      mappings: { _meta: unknown; properties: Record<string, unknown> };
    };
    expect(body.aliases).toEqual({ 'acme-jobs': { is_write_index: true } });
    expect(body.mappings._meta).toMatchObject({ rolefit_mapping_version: JOB_MAPPING_VERSION });
    expect(body.mappings.properties.vector).toMatchObject({ type: 'dense_vector', dims: 3 });
  });

  it('leaves existing indices alone', async () => {
    const store = await storeFor(() => ({ status: 200 }));
    await store.ensureIndices();
    expect(calls().every((call) => call.startsWith('HEAD '))).toBe(true);
  });

  it('migrates: new index, reindex through the alias, then one atomic alias swap', async () => {
    const store = await storeFor((request) => {
      if (request.path === '/_alias/rolefit-jobs') return { body: fixture('get-alias.json') };
      if (request.path === '/_reindex')
        return {
          body: {
            took: 10,
            timed_out: false,
            total: 42,
            created: 42,
            updated: 0,
            deleted: 0,
            batches: 1,
            failures: [],
          },
        };
      return { body: acknowledged };
    });
    const result = await store.migrate();
    expect(result.from).toEqual(['rolefit-jobs-v1-1767225600000']);
    expect(result.to).toMatch(new RegExp(`^rolefit-jobs-v${JOB_MAPPING_VERSION}-\\d+$`));
    expect(result.reindexed).toBe(42);
    expect(calls()).toEqual(['GET /_alias/rolefit-jobs', `PUT /${result.to}`, 'POST /_reindex', 'POST /_aliases']);
    expect(server!.requests[2]!.json).toMatchObject({ source: { index: 'rolefit-jobs' }, dest: { index: result.to } });
    expect(server!.requests[2]!.query.get('wait_for_completion')).toBe('true');
    expect(server!.requests[3]!.json).toEqual({
      actions: [
        { remove: { index: 'rolefit-jobs-v1-1767225600000', alias: 'rolefit-jobs' } },
        { add: { index: result.to, alias: 'rolefit-jobs', is_write_index: true } },
      ],
    });
  });

  it('fails the migration on reindex failures, deletes the new index and keeps the old alias', async () => {
    const failure = {
      index: 'rolefit-jobs-v2-1',
      id: 'job-7',
      status: 400,
      cause: { type: 'document_parsing_exception', reason: 'failed to parse field [postedAt]' },
    };
    for (const reindex of [
      { took: 10, timed_out: false, total: 42, created: 41, updated: 0, deleted: 0, batches: 1, failures: [failure] },
      { took: 10, timed_out: false, total: 42, created: 40, updated: 1, deleted: 0, batches: 1, failures: [] },
    ]) {
      const store = await storeFor((request) => {
        if (request.path === '/_alias/rolefit-jobs') return { body: fixture('get-alias.json') };
        if (request.path === '/_reindex') return { body: reindex };
        return { body: acknowledged };
      });
      const error = await store.migrate().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ElasticMigrationError);
      const migration = error as ElasticMigrationError;
      expect(migration.from).toEqual(['rolefit-jobs-v1-1767225600000']);
      expect(migration.counts).toEqual({ total: 42, created: reindex.created, updated: reindex.updated });
      expect(migration.failures).toEqual(reindex.failures);
      expect(migration.message).toMatch(/alias still points at rolefit-jobs-v1-1767225600000/);
      // No alias change; the incomplete index is removed so a later migrate() can start clean.
      expect(calls()).toEqual([
        'GET /_alias/rolefit-jobs',
        `PUT /${migration.to}`,
        'POST /_reindex',
        `DELETE /${migration.to}`,
      ]);
      await client!.close();
      await server!.close();
      server = client = undefined;
    }
  });

  it('reads the mapping version from the index behind the alias', async () => {
    const store = await storeFor(() => ({
      body: { 'rolefit-jobs-v0-1': { mappings: { _meta: { rolefit_mapping_version: 0 } } } },
    }));
    expect(await store.mappingVersion()).toBe(0);
    expect(await store.needsMigration()).toBe(true);
  });
});

describe('ElasticStore reads', () => {
  it('turns search hits back into validated jobs with Dates', async () => {
    const store = await storeFor(() => ({ body: fixture('search-hits.json') }));
    const hits = await store.searchJobs('postgresql backend', { filter: { sources: ['board'] }, limit: 5 });
    expect(hits.map((hit) => [hit.job.id, hit.score])).toEqual([
      ['a', 2.7],
      ['c', 0.4],
    ]);
    expect(hits[0]!.job.postedAt).toEqual(new Date('2026-11-01T00:00:00Z'));
    const request = server!.requests[0]!;
    expect(`${request.method} ${request.path}`).toBe('POST /rolefit-jobs/_search');
    expect(request.json).toMatchObject({ size: 5, query: { bool: { filter: [{ terms: { source: ['board'] } }] } } });
  });

  it('refuses an answer without hits (a proxy, another service) with an ElasticResponseError naming the index', async () => {
    // Round 8 of ADVERSARIAL.md: each was a TypeError ("Cannot read properties of undefined (reading 'hits')", "of null
    // (reading 'map')"), and a hit without _source a TypeError too.
    for (const body of [{ took: 1 }, { hits: { hits: null } }, { hits: null }]) {
      const store = await storeFor(() => ({ body }));
      for (const read of [
        () => store.searchJobs('postgresql'),
        () => store.listJobs(),
        () => store.listResumes(),
        () => store.listFeedback({ subjectId: 's' }),
        () => store.listMatches('s'),
      ])
        await expect(read()).rejects.toMatchObject({ name: 'ElasticResponseError', code: 'ROLEFIT_ELASTIC_RESPONSE' });
      await expect(store.searchJobs('postgresql')).rejects.toThrow(
        /^rolefit-jobs: the answer to a search holds no hits\.hits list/,
      );
      await client?.close();
      await server?.close();
    }
    const store = await storeFor(() => ({ body: { hits: { hits: [{ _index: 'rolefit-jobs-v2', _id: 'a' }] } } }));
    await expect(store.searchJobs('postgresql')).rejects.toMatchObject({
      name: 'ElasticResponseError',
      index: 'rolefit-jobs-v2',
      message: expect.stringContaining('search hit a has no _source'),
    });
  });

  it('names the index and document of a stored document its parser refuses (written by another program)', async () => {
    // Round 8 of ADVERSARIAL.md: the parser's ValidationError (Invalid Job: fetchedAt: unknown key) named neither.
    const alien = { id: 'a', source: 'board', title: 'Dev', fetchedAt: '2026-11-01T00:00:00Z' };
    const store = await storeFor((request) =>
      request.method === 'GET'
        ? { body: { _index: 'rolefit-jobs-v1', _id: 'a', found: true, _source: alien } }
        : { body: { hits: { hits: [{ _index: 'rolefit-jobs-v1', _id: 'a', _score: 1, _source: alien }] } } },
    );
    for (const read of [() => store.searchJobs('dev'), () => store.getJob('a')]) {
      const error = await read().catch((caught: unknown) => caught);
      expect(error).toMatchObject({
        name: 'ElasticResponseError',
        message: expect.stringMatching(/^rolefit-jobs(-v1)?: document "a" is no valid job \(Invalid Job: fetchedAt/),
        cause: expect.objectContaining({ name: 'ValidationError' }),
      });
    }
  });

  it('stops reading an answer over maxResponseBytes with an ElasticResponseError naming the index', async () => {
    // Round 8 of ADVERSARIAL.md: the store left the size to the client's own limit (512 MB of string; a 3 GB answer
    // took 1.2 GB of memory before the client's bare RequestAbortedError). Here the limit is 2,000 bytes and the answer
    // 10 hits of 1,000 characters.
    const source = { id: 'a', source: 'board', title: 'Dev', description: 'x'.repeat(1000) };
    const hits = Array.from({ length: 10 }, (_, index) => ({
      _index: 'rolefit-jobs-v1',
      _id: `${index}`,
      _source: source,
    }));
    server = await startReplayServer(() => ({ body: { hits: { hits } } }));
    // Node's http connection: the client's undici one leaves an unhandled 'error' when it refuses an answer by its
    // content-length (the store makes its own clients so; see ElasticStoreSettings.maxResponseBytes).
    client = new Client({ node: server.url, maxRetries: 0, Connection: HttpConnection });
    const store = new ElasticStore(client, { createIndices: false, maxResponseBytes: 2000 });
    for (const [read, index] of [
      [() => store.searchJobs('dev'), 'rolefit-jobs'],
      [() => store.listResumes(), 'rolefit-resumes'],
    ] as const)
      await expect(read()).rejects.toMatchObject({
        name: 'ElasticResponseError',
        code: 'ROLEFIT_ELASTIC_RESPONSE',
        index,
        message: expect.stringContaining(`${index}: the answer is over the response size limit`),
        cause: expect.objectContaining({ name: 'RequestAbortedError' }),
      });
    // The same answer under the limit is read.
    const roomy = new ElasticStore(client!, { createIndices: false, maxResponseBytes: 1_000_000 });
    expect(await roomy.searchJobs('dev')).toHaveLength(10);
  });

  it('maps kNN scores back to cosine similarity and checks the vector length', async () => {
    const store = await storeFor(() => ({ body: fixture('knn-hits.json') }));
    const hits = await store.searchJobsByVector(new Float32Array([2, 0.1, 0]), { limit: 2 });
    expect(hits.map((hit) => hit.job.id)).toEqual(['a', 'c']);
    expect(hits[0]!.score).toBeCloseTo(2 / Math.sqrt(4.01), 5);
    expect(server!.requests[0]!.json).toMatchObject({ knn: { field: 'vector', k: 2, num_candidates: 100 } });
    await expect(store.searchJobsByVector(new Float32Array([1, 0]))).rejects.toBeInstanceOf(VectorDimensionError);
    expect(toSimilarity(0.5, 'cosine')).toBe(0);
  });

  it('fuses lexical and vector hits by reciprocal rank', async () => {
    const store = await storeFor((request) => ({
      body: fixture((request.json as { knn?: unknown }).knn ? 'knn-hits.json' : 'search-hits.json'),
    }));
    const fused = await store.searchJobsHybrid('backend', new Float32Array([1, 0, 0]), { limit: 2, rrfK: 60 });
    expect(fused.map((hit) => hit.job.id)).toEqual(['a', 'c']);
    expect(fused[0]!.score).toBeCloseTo(2 / 61, 10);
  });

  it('counts with _count and the filter', async () => {
    const store = await storeFor(() => ({ body: fixture('count.json') }));
    expect(await store.countJobs({ sources: ['board'] })).toBe(42);
    expect(calls()).toEqual(['POST /rolefit-jobs/_count']);
    expect(server!.requests[0]!.json).toEqual({ query: { bool: { filter: [{ terms: { source: ['board'] } }] } } });
  });

  it('returns undefined for a missing job', async () => {
    const store = await storeFor(() => ({ status: 404, body: fixture('get-missing.json') }));
    expect(await store.getJob('missing')).toBeUndefined();
  });

  it('walks every page with search_after', async () => {
    // Each page says the total the first page was asked for (track_total_hits): a page without one is followed by a count.
    const page = (ids: string[]) => ({
      hits: {
        total: { value: 3, relation: 'eq' },
        hits: ids.map((id, index) => ({
          _index: 'x',
          _id: id,
          _score: null,
          _source: { id, source: 's', title: id },
          sort: [null, id],
        })),
      },
    });
    const pages = [page(['a', 'b']), page(['c'])];
    const store = await storeFor(() => ({ body: pages.shift() }));
    const ids: string[] = [];
    for await (const job of store.iterateJobs(undefined, { pageSize: 2 })) ids.push(job.id);
    expect(ids).toEqual(['a', 'b', 'c']);
    expect((server!.requests[1]!.json as { search_after?: unknown }).search_after).toEqual([null, 'b']);
  });

  it('refuses offsets past the result window and points to iterateJobs', async () => {
    const store = await storeFor(() => ({ body: {} }));
    await expect(store.listJobs({}, { offset: 9_995, limit: 10 })).rejects.toBeInstanceOf(ElasticPagingError);
    await expect(store.listJobs({}, { offset: 9_995, limit: 10 })).rejects.toThrow(/iterateJobs/);
    expect(server!.requests).toEqual([]);
  });

  // Round 13 (NOTE-166): NaN and negative limits and offsets went to the cluster as `size` / `from` (NaN as null, its
  // default 10), where MemoryStore refuses them; now both refuse them before any request.
  it('refuses a limit or offset that is no number ≥ 0 before any request, naming it', async () => {
    const store = await storeFor(() => ({ body: { hits: { hits: [] } } }));
    const vector = new Float32Array([1, 0, 0]);
    const cases: Array<[string, string, () => Promise<unknown>]> = [
      ['PageOptions', 'limit', () => store.listJobs({}, { limit: Number.NaN })],
      ['PageOptions', 'offset', () => store.listJobs({}, { offset: -1, limit: 5 })],
      ['PageOptions', 'offset', () => store.listJobs({}, { offset: Number.NaN })],
      ['SearchOptions', 'limit', () => store.searchJobs('nurse', { limit: -1 })],
      ['SearchOptions', 'limit', () => store.searchJobsByVector(vector, { limit: Number.NaN })],
      ['PageOptions', 'limit', () => store.listResumes({ limit: -5 })],
      ['PageOptions', 'offset', () => store.listMatches('r1', { offset: Number.NaN })],
      ['HybridSearchOptions', 'limit', () => store.searchJobsHybrid('nurse', vector, { limit: Number.NaN })],
      ['HybridSearchOptions', 'candidates', () => store.searchJobsHybrid('nurse', vector, { candidates: -20 })],
      ['PageOptions', 'limit', () => store.listJobs({}, { limit: '5' as unknown as number })],
    ];
    for (const [entity, option, call] of cases)
      await expect(call(), `${entity}.${option}`).rejects.toMatchObject({
        name: 'ValidationError',
        setting: option,
        message: expect.stringMatching(new RegExp(`^Invalid ${entity}: ${option}: must be a number ≥ 0, got `)),
      });
    expect(server!.requests).toEqual([]);
  });

  it('refuses a page size or a skills count that is no whole number in range before any request, naming it', async () => {
    // pageSize NaN went as size null (the cluster's 10 a page) and 0 as an empty page: either ended iterateJobs after
    // its first page, every other job left out without a word.
    const store = await storeFor(() => ({ body: { hits: { hits: [] } } }));
    const walk = async (pageSize: number) => {
      for await (const _job of store.iterateJobs(undefined, { pageSize })) break;
    };
    const cases: Array<[string, string, () => Promise<unknown>]> = [
      ['IterateJobsOptions', 'pageSize', () => walk(Number.NaN)],
      ['IterateJobsOptions', 'pageSize', () => walk(0)],
      ['IterateJobsOptions', 'pageSize', () => walk(2.5)],
      ['IterateJobsOptions', 'pageSize', () => walk(10_001)],
      ['PopularSkillsOptions', 'size', () => store.popularSkills({ size: Number.NaN })],
      ['PopularSkillsOptions', 'size', () => store.popularSkills({ size: 0 })],
    ];
    for (const [entity, option, call] of cases)
      await expect(call(), `${entity}.${option}`).rejects.toMatchObject({
        name: 'ValidationError',
        message: expect.stringMatching(new RegExp(`^Invalid ${entity}: ${option}: must be a whole number`)),
      });
    expect(server!.requests).toEqual([]);
  });

  // The hybrid search's rrfK went to core's fusion as its `k`, refused there only after both searches had run (two
  // requests for nothing, an error naming `ReciprocalRankFusionOptions: k`); now with the limit, before any request.
  it("refuses a hybrid search's rrfK that is no finite number ≥ 0 before any request, naming it", async () => {
    const store = await storeFor(() => ({ body: { hits: { hits: [] } } }));
    const vector = new Float32Array([1, 0, 0]);
    for (const rrfK of [Number.NaN, -1, Number.POSITIVE_INFINITY, '60'])
      await expect(
        store.searchJobsHybrid('nurse', vector, { rrfK: rrfK as number }),
        String(rrfK),
      ).rejects.toMatchObject({
        name: 'ValidationError',
        setting: 'rrfK',
        message: expect.stringMatching(/^Invalid HybridSearchOptions: rrfK: must be a finite number ≥ 0, got /),
      });
    expect(server!.requests).toEqual([]);
    await store.searchJobsHybrid('nurse', vector, { rrfK: 0 });
    expect(server!.requests.length).toBe(2);
  });

  it('sends the whole part of a fractional limit, and reads an Infinity limit as every job (a search: 10,000)', async () => {
    const store = await storeFor(() => ({ body: { hits: { hits: [] } } }));
    await store.listJobs({}, { limit: 2.7, offset: 1.5 });
    await store.searchJobs('nurse', { limit: Number.POSITIVE_INFINITY });
    await store.listJobs({}, { limit: Number.POSITIVE_INFINITY });
    const bodies = server!.requests.map((request) => request.json as Record<string, unknown>);
    expect([bodies[0]?.size, bodies[0]?.from]).toEqual([2, 1]);
    expect(bodies[1]?.size).toBe(10_000);
    // The walk of every job (search_after), as with no limit: it asks for the exact total first.
    expect([bodies[2]?.size, bodies[2]?.track_total_hits]).toEqual([500, true]);
  });

  it('aggregates popular skills', async () => {
    const store = await storeFor(() => ({ body: fixture('skills-aggregation.json') }));
    expect(await store.popularSkills({ size: 2 })).toEqual([
      { skill: 'SQL', count: 12 },
      { skill: 'Python', count: 9 },
    ]);
    expect(server!.requests[0]!.json).toMatchObject({
      size: 0,
      aggs: { skills: { terms: { field: 'skills', size: 2 } } },
    });
  });

  it('finds when a source was last crawled with one max aggregation, listing no job', async () => {
    const store = await storeFor((request) => ({
      body: fixture(
        JSON.stringify(request.json).includes('"empty-board"')
          ? 'latest-crawled-at-none.json'
          : 'latest-crawled-at.json',
      ),
    }));
    expect(await store.latestCrawledAt('greenhouse')).toEqual(new Date('2025-12-04T10:00:00.000Z'));
    expect(await store.latestCrawledAt('empty-board')).toBeUndefined();
    expect(calls()).toEqual(['POST /rolefit-jobs/_search', 'POST /rolefit-jobs/_search']);
    expect(server!.requests[0]!.json).toMatchObject({
      size: 0,
      aggs: { latestCrawledAt: { max: { field: 'crawledAt' } } },
    });
    expect(JSON.stringify(server!.requests[0]!.json)).toContain('"greenhouse"');
  });

  it('writes vectors as partial updates only after checking the jobs exist', async () => {
    const store = await storeFor((request) => {
      if (request.path.endsWith('/_mget'))
        return {
          body: {
            docs: [
              { _index: 'x', _id: 'a', found: true },
              { _index: 'x', _id: 'zzz', found: false },
            ],
          },
        };
      return { status: 500, body: elasticError(500, 'unexpected', 'should not be called') };
    });
    await expect(
      store.upsertJobVectors([
        { id: 'a', vector: new Float32Array([1, 0, 0]) },
        { id: 'zzz', vector: new Float32Array([0, 1, 0]) },
      ]),
    ).rejects.toThrow(
      expect.objectContaining({
        name: 'ValidationError',
        message: expect.stringMatching(/entries\.1\.id: names unknown job zzz/),
      }),
    );
    expect(calls()).toEqual(['POST /rolefit-jobs/_mget']);
  });

  // They were TypeErrors ('Vector at index 0 … must be …'); core's checkVectorEntries, as MemoryStore's.
  it('refuses vectors that are no Float32Array of finite numbers before any request, naming the entry', async () => {
    const store = await storeFor(() => ({
      status: 500,
      body: elasticError(500, 'unexpected', 'should not be called'),
    }));
    const refusals: Array<[() => Promise<unknown>, string]> = [
      [() => store.upsertJobVectors([{ id: 'a', vector: [1, 0, 0] as never }]), 'entries.0.vector'],
      [() => store.upsertJobVectors([{ id: 'a', vector: new Float32Array([1, Number.NaN, 0]) }]), 'entries.0.vector'],
      [() => store.putEmbeddings([{ key: 'k', vector: {} as never }]), 'entries.0.vector'],
      [() => store.putEmbeddings(undefined as never), 'entries'],
    ];
    for (const [call, field] of refusals)
      await expect(call(), field).rejects.toMatchObject({ name: 'ValidationError', field });
    expect(calls()).toEqual([]);
  });
});

describe('createElasticStore', () => {
  it('gives a typed error when the client package is missing', async () => {
    const missing = Object.assign(new Error("Cannot find package '@elastic/elasticsearch'"), {
      code: 'ERR_MODULE_NOT_FOUND',
    });
    await expect(loadElasticClient(() => Promise.reject(missing))).rejects.toBeInstanceOf(ElasticClientMissingError);
    await expect(loadElasticClient(() => Promise.reject(missing))).rejects.toThrow(
      "Install it: npm i @elastic/elasticsearch@8. Use the client of your cluster's major version (@8 or @9; an 8.x cluster refuses the 9.x client), or pass `client`. See @rolefit/store-elastic's README.",
    );
    // One way to catch every missing optional package across Rolefit's packages.
    await expect(loadElasticClient(() => Promise.reject(missing))).rejects.toBeInstanceOf(OptionalDependencyError);
    await expect(loadElasticClient(() => Promise.reject(new SyntaxError('boom')))).rejects.toBeInstanceOf(SyntaxError);
  });

  it('loads the client on demand from node, or uses the one given', async () => {
    server = await startReplayServer(() => ({ body: fixture('count.json') }));
    const store = await createElasticStore({ node: server.url, createIndices: false });
    expect(await store.countJobs()).toBe(42);
    await store.close();
    client = new Client({ node: server.url });
    expect((await createElasticStore({ client })).name).toBe('elastic');
    await expect(createElasticStore({})).rejects.toThrow(/node/);
  });

  // Round 13 (NOTE-166): 0, -1 or NaN started no bulk worker, so upsertJobs answered { inserted: 0, failed: [] } for
  // jobs it never sent; 3 or 100 were taken though the type and README say 1 or 2.
  it('refuses a bulkConcurrency other than 1 or 2, naming it', async () => {
    for (const value of [0, -1, Number.NaN, 3, 100, 1.5, '2'])
      await expect(
        createElasticStore({ client: {} as Client, bulkConcurrency: value as 1 }),
        String(value),
      ).rejects.toMatchObject({
        name: 'ValidationError',
        setting: 'bulkConcurrency',
        message: `Invalid ElasticStoreSettings: bulkConcurrency: must be a whole number from 1 to 2, got ${typeof value === 'number' ? value : 'string'}`,
      });
    for (const value of [1, 2] as const)
      expect(await createElasticStore({ client: {} as Client, bulkConcurrency: value })).toBeInstanceOf(ElasticStore);
  });

  it('bounds the answers of a client it creates, by maxResponseBytes or the clientOptions', async () => {
    server = await startReplayServer(() => ({ body: { hits: { hits: [] }, padding: 'x'.repeat(5000) } }));
    for (const settings of [{ maxResponseBytes: 1000 }, { clientOptions: { maxResponseSize: 1000 } }]) {
      const store = await createElasticStore({ node: server.url, createIndices: false, ...settings });
      await expect(store.listJobs()).rejects.toMatchObject({ name: 'ElasticResponseError', index: 'rolefit-jobs' });
      await store.close();
    }
    const store = await createElasticStore({ node: server.url, createIndices: false });
    expect(await store.listJobs()).toEqual([]);
    await store.close();
    await server.close();
    // A gzipped answer sent unasked: 1 MB of padding in about 1 KB. The client checked only the compressed length and
    // inflated it whole (@elastic/transport 8.11.0); the store's connection inflates it up to the limit.
    server = await startReplayServer(() => ({
      gzip: true,
      body: { hits: { hits: [] }, padding: 'x'.repeat(1_000_000) },
    }));
    const bounded = await createElasticStore({ node: server.url, createIndices: false, maxResponseBytes: 100_000 });
    await expect(bounded.listJobs()).rejects.toMatchObject({
      name: 'ElasticResponseError',
      index: 'rolefit-jobs',
      message: expect.stringContaining('once inflated'),
    });
    await bounded.close();
    const roomy = await createElasticStore({ node: server.url, createIndices: false });
    expect(await roomy.listJobs()).toEqual([]);
    await roomy.close();
    await expect(createElasticStore({ node: server.url, maxResponseBytes: 2 ** 40 })).rejects.toMatchObject({
      name: 'ValidationError',
      field: 'maxResponseBytes',
    });
  });
});
