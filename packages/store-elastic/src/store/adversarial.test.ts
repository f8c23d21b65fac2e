// The store against a hostile Elasticsearch (round 12 of ADVERSARIAL.md: bench/fuzz-inputs.mjs --target
// store-elastic). No Elasticsearch server can run here: a node:http server on 127.0.0.1 answers as a broken or
// malicious cluster would (hand-written answers in the Elasticsearch 8 formats, not recorded), to the real client.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, HttpConnection } from '@elastic/elasticsearch';
import { afterEach, describe, expect, it } from 'vitest';
import { createElasticStore, ElasticStore } from './index.js';

let server: Server | undefined;
const timers = new Set<NodeJS.Timeout>();
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const timer of timers) clearInterval(timer);
  timers.clear();
  for (const close of closers.splice(0)) await close();
  server?.closeAllConnections();
  await new Promise((done) => server?.close(done) ?? done(undefined));
  server = undefined;
});

/** A 127.0.0.1 server answering every request with `answer`, after the request's body is read. */
async function hostile(answer: (request: { path: string; body: string }, response: ServerResponse) => void) {
  server = createServer((incoming: IncomingMessage, outgoing: ServerResponse) => {
    let body = '';
    incoming.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    incoming.on('end', () => answer({ path: new URL(incoming.url ?? '/', 'http://x').pathname, body }, outgoing));
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

const HEADERS = { 'x-elastic-product': 'Elasticsearch', 'content-type': 'application/json' };

/** An answer that begins and never ends: a space every 20 ms, each one resetting the client's idle timeout. */
function endless(response: ServerResponse): void {
  response.writeHead(200, HEADERS);
  response.write('{"count":');
  const timer = setInterval(() => (response.destroyed ? clearInterval(timer) : response.write(' ')), 20);
  timers.add(timer);
}

const jobs = [
  { id: 'j1', source: 'board', title: 'Backend Engineer', description: 'Node.js' },
  { id: 'j2', source: 'board', title: 'Data Analyst', description: 'SQL' },
];

describe('ElasticStore against an answer that never ends', () => {
  it('ends each call at requestTimeoutMs with an ElasticResponseError naming the index', async () => {
    // Fuzz round 12 (store-elastic seed 1 #0, a _bulk answer dripped a byte every 150 ms): the client's requestTimeout
    // is an idle timeout on the socket, which such an answer never trips, so the call went on past 45 s (for ever,
    // with an answer that never ends), whatever requestTimeout the client had.
    const url = await hostile((_request, response) => endless(response));
    const store = await createElasticStore({ node: url, createIndices: false, requestTimeoutMs: 300 });
    closers.push(() => store.close());
    await expect(store.countJobs()).rejects.toMatchObject({
      name: 'ElasticResponseError',
      code: 'ROLEFIT_ELASTIC_RESPONSE',
      index: 'rolefit-jobs',
      message: expect.stringContaining('no whole answer within 300 ms (ElasticStoreSettings.requestTimeoutMs)'),
    });
    // A bulk write cut off so: every job is listed as not written, none lost.
    const error = await store.upsertJobs(jobs).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ name: 'ElasticBulkRequestError', result: { inserted: 0, updated: 0 } });
    expect((error as { result: { failed: Array<{ id: string }> } }).result.failed.map((item) => item.id)).toEqual([
      'j1',
      'j2',
    ]);
  });

  it('holds a client given to the store to requestTimeoutMs too, and refuses a requestTimeoutMs of 0', async () => {
    const url = await hostile((_request, response) => endless(response));
    const client = new Client({ node: url, maxRetries: 2, requestTimeout: 60_000, Connection: HttpConnection });
    closers.push(() => client.close());
    const store = new ElasticStore(client, { createIndices: false, requestTimeoutMs: 300 });
    await expect(store.listJobs(undefined, { limit: 5 })).rejects.toMatchObject({
      name: 'ElasticResponseError',
      index: 'rolefit-jobs',
    });
    await expect(createElasticStore({ node: url, requestTimeoutMs: 0 })).rejects.toMatchObject({
      name: 'ValidationError',
      field: 'requestTimeoutMs',
    });
  });
});

describe('ElasticStore against search_after pages that do not move forward', () => {
  const page = (prefix: string, size: number, sortOf: (index: number) => unknown[]) => ({
    hits: {
      total: { value: 10_000, relation: 'eq' },
      hits: Array.from({ length: size }, (_, index) => ({
        _index: 'rolefit-jobs-v1',
        _id: `${prefix}${index}`,
        _source: { id: `${prefix}${index}`, source: 's', title: 'Dev', description: '' },
        sort: sortOf(index),
      })),
    },
  });

  it('ends a walk whose pages repeat, or come back in a cycle, with an ElasticResponseError', async () => {
    // Fuzz round 12 (paging-repeat, paging-cycle): a full page answered again and again kept listJobs() walking, its
    // list growing until the process ran out of memory; iterateJobs yielded the same jobs for ever.
    const url = await hostile((_request, response) => {
      response.writeHead(200, HEADERS);
      response.end(JSON.stringify(page('p', 500, () => [1793836800000, 'p499'])));
    });
    const store = await createElasticStore({ node: url, createIndices: false });
    closers.push(() => store.close());
    await expect(store.listJobs()).rejects.toMatchObject({
      name: 'ElasticResponseError',
      index: 'rolefit-jobs',
      message: expect.stringContaining('search_after paging went back to a page it had read'),
    });
    // Two pages in turn: each is read once, then the walk stops.
    let turn = 0;
    server!.removeAllListeners('request');
    server!.on('request', (_incoming: IncomingMessage, response: ServerResponse) => {
      const which = turn++ % 2;
      response.writeHead(200, HEADERS);
      response.end(JSON.stringify(page(`c${which}-`, 2, (index) => [100 - which, `c${which}-${index}`])));
    });
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const job of store.iterateJobs(undefined, { pageSize: 2 })) seen.push(job.id);
      })(),
    ).rejects.toMatchObject({ name: 'ElasticResponseError' });
    expect(seen).toEqual(['c0-0', 'c0-1', 'c1-0', 'c1-1']);
  });
});

describe('ElasticStore against search_after pages that never end', () => {
  /** A page of `size` new jobs after `from`, each with sort values never sent before, and the answer's total. */
  const endlessPage = (from: number, size: number, total: unknown) => ({
    hits: {
      total,
      hits: Array.from({ length: size }, (_, index) => ({
        _index: 'rolefit-jobs-v1',
        _id: `n${from + index}`,
        _source: { id: `n${from + index}`, source: 's', title: 'Dev', description: '' },
        sort: [1793836800000 - from - index, `n${from + index}`],
      })),
    },
  });

  /** A store over a 127.0.0.1 server of endless pages, each first page saying `total`, each count saying 3. */
  async function endlessStore(total: unknown) {
    let served = 0;
    const counted = { times: 0 };
    const url = await hostile(({ path, body }, response) => {
      response.writeHead(200, HEADERS);
      if (path.endsWith('/_count')) {
        counted.times += 1;
        return response.end(JSON.stringify({ count: 3 }));
      }
      const { size } = JSON.parse(body) as { size: number };
      response.end(JSON.stringify(endlessPage(served, size, total)));
      served += size;
    });
    const store = await createElasticStore({ node: url, createIndices: false });
    closers.push(() => store.close());
    return { store, counted };
  }

  /** The ids a walk in pages of 2 yields, and how it ended: its error, or a word that it passed 1,000 jobs. */
  async function walkOf(store: ElasticStore) {
    const seen: string[] = [];
    const walk = await (async () => {
      for await (const job of store.iterateJobs(undefined, { pageSize: 2 })) {
        seen.push(job.id);
        if (seen.length > 1000) return 'still walking after 1,000 jobs';
      }
      return 'ended';
    })().catch((error: unknown) => error);
    return { seen, walk };
  }

  it('ends a walk past what the first page said the index holds with an ElasticResponseError naming the counts', async () => {
    // Round 12's left item: full pages that never end, each with new sort values, kept iterateJobs walking for ever
    // (listJobs() growing its list until memory ran out). The cluster says it holds 3 matching jobs, and says so again
    // when counted; the walk may yield 2 × 3 + a page (2), then ends.
    const { store } = await endlessStore({ value: 3, relation: 'eq' });
    const { seen, walk } = await walkOf(store);
    expect(walk).toMatchObject({
      name: 'ElasticResponseError',
      code: 'ROLEFIT_ELASTIC_RESPONSE',
      index: 'rolefit-jobs',
      message:
        "rolefit-jobs: search_after paging passed 10 jobs, but the first page's total was 3 and a count now says 3; the answers do not end",
    });
    expect(seen).toHaveLength(8);
    // listJobs() (pages of 500): the second page passes 2 × 3 + 500.
    await expect(store.listJobs()).rejects.toMatchObject({
      name: 'ElasticResponseError',
      message: expect.stringContaining('search_after paging passed 1000 jobs'),
    });
  });

  it('asks the first page for the total, lets a count make room for jobs written meanwhile, and counts once for gte', async () => {
    // Old code asked for no total (track_total_hits: false on every page). Five pages of one job, then an empty one.
    const answers: Array<{ path: string; body: string }> = [];
    let total: unknown = { value: 1, relation: 'eq' };
    const url = await hostile((request, response) => {
      answers.push(request);
      response.writeHead(200, HEADERS);
      if (request.path.endsWith('/_count')) return response.end(JSON.stringify({ count: 10 }));
      const page = answers.filter((answer) => answer.path.endsWith('/_search')).length - 1;
      response.end(JSON.stringify(endlessPage(page, page < 5 ? 1 : 0, total)));
    });
    const store = await createElasticStore({ node: url, createIndices: false });
    closers.push(() => store.close());
    const walk = async () => {
      const ids: string[] = [];
      for await (const job of store.iterateJobs(undefined, { pageSize: 1 })) ids.push(job.id);
      return ids;
    };
    // The first page says 1; past 2 × 1 + 1 jobs the store counts again: 10 (jobs written during the walk).
    expect(await walk()).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
    const searches = answers.filter((answer) => answer.path.endsWith('/_search'));
    expect(
      searches.map((answer) => (JSON.parse(answer.body) as { track_total_hits: boolean }).track_total_hits),
    ).toEqual([true, false, false, false, false, false]);
    expect(answers.filter((answer) => answer.path.endsWith('/_count'))).toHaveLength(1);
    // A total of at least 1 (relation gte) is no exact count: one count at the start stands for it (10: room for all).
    answers.length = 0;
    total = { value: 1, relation: 'gte' };
    expect(await walk()).toHaveLength(5);
    expect(answers.filter((answer) => answer.path.endsWith('/_count'))).toHaveLength(1);
  });

  it('counts once when the first page writes its total as no exact count, and ends an endless walk by that count', async () => {
    // Helper 169's probe (round 14): a total of '3', { value: '3' }, { value: null }, -1 or relation gte left the walk
    // unbounded, with no count asked: still walking after 2,000 jobs.
    const totals = [
      '3',
      { value: '3', relation: 'eq' },
      { value: null, relation: 'eq' },
      -1,
      { value: 3, relation: 'gte' },
    ];
    for (const written of totals) {
      const { store, counted } = await endlessStore(written);
      const { seen, walk } = await walkOf(store);
      expect(walk, JSON.stringify(written)).toMatchObject({
        name: 'ElasticResponseError',
        message:
          'rolefit-jobs: search_after paging passed 10 jobs, but a count at the start said 3 and a count now says 3; the answers do not end',
      });
      expect(seen).toHaveLength(8);
      expect(counted.times).toBe(2);
    }
  });
});

describe('ElasticStore against answers of another type', () => {
  /** A store whose server answers each request kind (`_count`, `_bulk`, …, by the path's end) with `answers[kind]`. */
  async function storeAnswering(answers: Record<string, unknown>) {
    const url = await hostile(({ path }, response) => {
      const kind = Object.keys(answers).find((end) => path.endsWith(end));
      response.writeHead(200, HEADERS);
      response.end(JSON.stringify(kind === undefined ? { acknowledged: true } : answers[kind]));
    });
    const store = await createElasticStore({ node: url, createIndices: false, maxRetries: 0, dimensions: 3 });
    closers.push(() => store.close());
    return store;
  }
  const responseError = (message: RegExp) => ({
    name: 'ElasticResponseError',
    message: expect.stringMatching(message),
  });

  it('refuses counts, aliases, vectors, hits and scores of another type with an ElasticResponseError naming the field', async () => {
    // Fuzz round 12 (store-elastic seed 1 #8: migrate on a _alias answer of null) and a probe of every reader with the
    // target's value mutations: TypeErrors ("Cannot convert undefined or null to object", "reading 'map'", a RangeError
    // from Float32Array) or wrong values handed on (a count of '42', Invalid Dates, NaN, a score of '0.5').
    const hit = {
      _index: 'rolefit-jobs-v1',
      _id: 'a',
      _source: { id: 'a', source: 's', title: 'Dev', description: '' },
    };
    const store = await storeAnswering({
      '/_count': { count: '42' },
      '/_alias/rolefit-jobs': null,
      '/_mget': { docs: [{ _id: 'e1', found: true, _source: { vector: 'AAAA' } }] },
      '/_mapping': { 'rolefit-jobs-v1': { mappings: {} } },
    });
    await expect(store.countJobs()).rejects.toMatchObject(
      responseError(/^rolefit-jobs: count in the answer is a string/),
    );
    await expect(store.migrate()).rejects.toMatchObject(responseError(/the answer to GET _alias is null/));
    await expect(store.getEmbeddings(['e1'])).rejects.toMatchObject(
      responseError(/^rolefit-embeddings: the vector of "e1" is no list of finite 32-bit floats \(3 bytes\)/),
    );
    expect(await store.mappingVersion()).toBeUndefined();
    expect(await store.needsMigration()).toBe(true);

    const searches: Array<[(store: ElasticStore) => Promise<unknown>, unknown, RegExp]> = [
      [(s) => s.searchJobs('dev'), { hits: { hits: [null] } }, /hits\.hits\[0\] in the answer is null, no hit/],
      [(s) => s.searchJobs('dev'), { hits: { hits: [{ ...hit, _score: '0.5' }] } }, /search hit a has _score a string/],
      [
        (s) => s.latestCrawledAt('board'),
        { aggregations: { latestCrawledAt: { value: 1e308 } } },
        /latestCrawledAt\.value in the answer is 1e\+308/,
      ],
      [(s) => s.popularSkills(), { aggregations: { skills: { buckets: [null] } } }, /buckets\[0\]\) is null/],
      [
        (s) => s.popularSkills(),
        { aggregations: { skills: { buckets: [{ key: 'SQL', doc_count: '12' }] } } },
        /doc_count in the answer is a string/,
      ],
    ];
    for (const [read, answer, message] of searches)
      await expect(read(await storeAnswering({ '/_search': answer }))).rejects.toMatchObject(responseError(message));
    const matches = await storeAnswering({
      '/_search': {
        hits: {
          hits: [{ _id: 'm', _source: { jobId: 'a', score: 0.5, ranker: 'x', subjectId: 'r1', createdAt: 'soon' } }],
        },
      },
    });
    await expect(matches.listMatches('r1')).rejects.toMatchObject(responseError(/match "m" has createdAt "soon"/));
  });

  it("cuts a refused bulk item's type and reason to one line of 300 characters, as the other messages", async () => {
    // Round 12's left item: the cluster's reason for a refused item went into failed (and ElasticBulkError's message)
    // whole: here 100,000 characters with a NUL, an escape sequence and line breaks.
    const reason = `failed to parse field [title]\u0000\u001b[31m\r\nBcc: x ${'y'.repeat(100_000)}`;
    const item = (id: string) => ({
      index: { _id: id, status: 400, error: { type: `mapper\n${'t'.repeat(5000)}`, reason } },
    });
    const store = await storeAnswering({ '/_bulk': { took: 1, errors: true, items: [item('j1'), item('j2')] } });
    const result = await store.upsertJobs(jobs);
    expect(result.failed).toHaveLength(2);
    for (const failure of result.failed) {
      expect(failure.reason.length).toBeLessThanOrEqual(301);
      expect(failure.reason).toMatch(/^failed to parse field \[title\] ?\[31m Bcc: x y+…$/);
      expect(failure.type.length).toBeLessThanOrEqual(301);
      expect(failure.type).not.toMatch(/[\u0000-\u001f]/);
    }
  });

  it('lists every job of a bulk answer with no items, or items with no status, as not written', async () => {
    // An answer `{ errors: false }` was a TypeError after the write ("reading '0'"), the jobs' fate unreported.
    for (const [answer, type] of [
      [{ took: 1, errors: false }, 'missing_item'],
      [
        { took: 1, errors: false, items: [{ index: { _id: 'j1' } }, { index: { _id: 'j2', status: '201' } }] },
        'invalid_item',
      ],
    ] as const) {
      const store = await storeAnswering({ '/_bulk': answer });
      const result = await store.upsertJobs(jobs);
      expect(result).toMatchObject({ inserted: 0, updated: 0 });
      expect(result.failed.map((item) => [item.id, item.type])).toEqual([
        ['j1', type],
        ['j2', type],
      ]);
    }
  });
});
