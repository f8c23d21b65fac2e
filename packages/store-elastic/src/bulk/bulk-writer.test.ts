// No Elasticsearch server can run on this machine: these tests point the real @elastic/elasticsearch client at a local
// HTTP server that answers with Elasticsearch 8 bulk responses (hand-written to the documented format, not captured).
import { Client } from '@elastic/elasticsearch';
import { StoreWriteError, ValidationError, type JobInput } from '@rolefit/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  elasticError,
  startReplayServer,
  type RecordedRequest,
  type ReplayResponse,
  type ReplayServer,
} from '../replay/index.js';
import { ElasticStore } from '../store/index.js';
import { ElasticBulkRequestError, isRetryableItem, writeBulk } from './index.js';

interface ItemFailure {
  status: number;
  type: string;
}

/** A bulk endpoint that fails scripted items (per id, one failure per attempt) and records what it stored. */
function bulkEndpoint(script: Map<string, ItemFailure[]>, options: { failWholeRequests?: number } = {}) {
  const stored = new Set<string>();
  const succeeded: string[] = [];
  const attempts = new Map<string, number>();
  let wholeFailures = options.failWholeRequests ?? 0;
  const handler = (request: RecordedRequest): ReplayResponse => {
    if (request.method !== 'POST' || !request.path.endsWith('/_bulk'))
      return { status: 404, body: elasticError(404, 'not_found', request.path) };
    if (wholeFailures > 0) {
      wholeFailures--;
      return {
        status: 429,
        body: elasticError(429, 'es_rejected_execution_exception', 'rejected execution of coordinating operation'),
      };
    }
    const lines = request.json as Array<Record<string, { _id: string }>>;
    const items: unknown[] = [];
    for (let line = 0; line < lines.length; line++) {
      const [kind, meta] = Object.entries(lines[line]!)[0]!;
      if (kind !== 'delete') line++; // skip the document line
      const id = meta._id;
      attempts.set(id, (attempts.get(id) ?? 0) + 1);
      const failure = script.get(id)?.shift();
      if (failure) {
        items.push({
          [kind]: {
            _index: 'rolefit-jobs-v1-1',
            _id: id,
            status: failure.status,
            error: { type: failure.type, reason: `scripted ${failure.type}` },
          },
        });
        continue;
      }
      const result = stored.has(id) ? 'updated' : 'created';
      stored.add(id);
      succeeded.push(id);
      items.push({
        [kind]: {
          _index: 'rolefit-jobs-v1-1',
          _id: id,
          _version: 1,
          result,
          status: result === 'created' ? 201 : 200,
          _seq_no: 0,
          _primary_term: 1,
        },
      });
    }
    return { body: { took: 3, errors: items.some((item) => Object.values(item as object)[0].status >= 300), items } };
  };
  return { handler, stored, succeeded, attempts };
}

const jobs = (count: number): JobInput[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `job-${String(index).padStart(4, '0')}`,
    source: 'replay',
    title: `Job ${index}`,
    postedAt: '2026-11-01',
  }));

let server: ReplayServer | undefined;
let client: Client | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  server = undefined;
  client = undefined;
});

async function storeFor(handler: (request: RecordedRequest) => ReplayResponse, maxRetries = 3): Promise<ElasticStore> {
  server = await startReplayServer(handler);
  // The client's own retries are off, so every resend seen by the server comes from the store's retry policy.
  client = new Client({ node: server.url, maxRetries: 0 });
  return new ElasticStore(client, {
    createIndices: false,
    refresh: 'wait_for',
    bulkChunkSize: 500,
    maxRetries,
    retryBaseDelayMs: 1,
  });
}

describe('bulk upsert against a replaying HTTP server', () => {
  it('retries 429, 503 and rejected-execution items of a 1,000-job bulk and loses none', async () => {
    const script = new Map<string, ItemFailure[]>([
      ['job-0010', [{ status: 429, type: 'circuit_breaking_exception' }]],
      ['job-0333', [{ status: 503, type: 'unavailable_shards_exception' }]],
      ['job-0750', [{ status: 429, type: 'es_rejected_execution_exception' }]],
    ]);
    const endpoint = bulkEndpoint(script);
    const store = await storeFor(endpoint.handler);
    const result = await store.upsertJobs(jobs(1000));

    expect(result).toEqual({ inserted: 1000, updated: 0, failed: [], retried: 3 });
    // Every id reached the server in exactly one successful item.
    expect(endpoint.succeeded).toHaveLength(1000);
    expect(new Set(endpoint.succeeded).size).toBe(1000);
    for (const job of jobs(1000)) expect(endpoint.stored.has(String(job.id)), String(job.id)).toBe(true);
    // Chunk one (500), its retry with only the two failed items, chunk two (500), its retry with one: back-pressure, one at a time.
    const bulks = server!.requests.filter((request) => request.path.endsWith('/_bulk'));
    expect(bulks.map((request) => (request.json as unknown[]).length / 2)).toEqual([500, 2, 500, 1]);
    expect(
      (bulks[1]!.json as Array<Record<string, { _id?: string }>>).flatMap((line) =>
        line.index?._id ? [line.index._id] : [],
      ),
    ).toEqual(['job-0010', 'job-0333']);
    expect(bulks[0]!.path).toBe('/rolefit-jobs/_bulk');
    expect(bulks[0]!.query.get('refresh')).toBe('wait_for');
    expect(endpoint.attempts.get('job-0010')).toBe(2);
    expect(endpoint.attempts.get('job-0011')).toBe(1);
  });

  it('reports a 400 item as failed without retrying it, and writes the rest', async () => {
    const endpoint = bulkEndpoint(new Map([['job-0002', [{ status: 400, type: 'mapper_parsing_exception' }]]]));
    const store = await storeFor(endpoint.handler);
    const result = await store.upsertJobs(jobs(5));
    expect(result).toEqual({
      inserted: 4,
      updated: 0,
      retried: 0,
      failed: [
        { id: 'job-0002', status: 400, type: 'mapper_parsing_exception', reason: 'scripted mapper_parsing_exception' },
      ],
    });
    expect(endpoint.attempts.get('job-0002')).toBe(1);
    expect(server!.requests).toHaveLength(1);
  });

  it('counts a replay of the same jobs as updates, not new documents', async () => {
    const endpoint = bulkEndpoint(new Map());
    const store = await storeFor(endpoint.handler);
    await store.upsertJobs(jobs(3));
    expect(await store.upsertJobs(jobs(3))).toEqual({ inserted: 0, updated: 3, failed: [], retried: 0 });
    expect(endpoint.stored.size).toBe(3);
  });

  it('retries a whole bulk refused with HTTP 429', async () => {
    const endpoint = bulkEndpoint(new Map(), { failWholeRequests: 2 });
    const store = await storeFor(endpoint.handler);
    expect(await store.upsertJobs(jobs(10))).toEqual({ inserted: 10, updated: 0, failed: [], retried: 20 });
    expect(server!.requests).toHaveLength(3);
    expect(endpoint.succeeded).toHaveLength(10);
  });

  it('reports an item still failing after maxRetries instead of dropping it', async () => {
    const always = Array.from({ length: 10 }, () => ({ status: 429, type: 'es_rejected_execution_exception' }));
    const endpoint = bulkEndpoint(new Map([['job-0001', always]]));
    const store = await storeFor(endpoint.handler, 2);
    const result = await store.upsertJobs(jobs(3));
    expect(result.inserted).toBe(2);
    expect(result.failed).toEqual([
      {
        id: 'job-0001',
        status: 429,
        type: 'es_rejected_execution_exception',
        reason: 'scripted es_rejected_execution_exception',
      },
    ]);
    expect(endpoint.attempts.get('job-0001')).toBe(3);
  });

  it('retries a bulk request whose connection was reset, and reports its items after maxRetries', async () => {
    // The client's ConnectionError carries meta.statusCode 0, which was read as a status: never retried, the write
    // threw at the first reset.
    const endpoint = bulkEndpoint(new Map());
    let resets = 2;
    const store = await storeFor((request) => (resets-- > 0 ? { reset: true } : endpoint.handler(request)));
    expect(await store.upsertJobs(jobs(4))).toEqual({ inserted: 4, updated: 0, failed: [], retried: 8 });
    expect(server!.requests).toHaveLength(3);

    await server!.close();
    await client!.close();
    const always = await storeFor(() => ({ reset: true }), 1);
    const result = await always.upsertJobs(jobs(2));
    expect(result.inserted).toBe(0);
    expect(result.failed.map((failure) => [failure.id, failure.status, failure.type])).toEqual([
      ['job-0000', 0, 'request_error'],
      ['job-0001', 0, 'request_error'],
    ]);
    expect(result.failed[0]?.reason).toMatch(/^bulk request failed after 1 retries: ConnectionError: /);
  });

  it('validates every job before sending anything', async () => {
    const endpoint = bulkEndpoint(new Map());
    const store = await storeFor(endpoint.handler);
    const error = await store
      .upsertJobs([...jobs(2), { id: 'bad', source: 's', title: '' }])
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).entity).toBe('Job at index 2 (for rolefit-jobs)');
    expect((error as ValidationError).fields).toEqual(['title']);
    expect(server!.requests).toEqual([]);
  });

  it('stops at a request refused for good and throws the partial result, every item written or reported (two in flight)', async () => {
    const endpoint = bulkEndpoint(new Map());
    let requests = 0;
    server = await startReplayServer((request) =>
      ++requests === 3
        ? { status: 400, body: elasticError(400, 'illegal_argument_exception', 'scripted whole-request refusal') }
        : endpoint.handler(request),
    );
    client = new Client({ node: server.url, maxRetries: 0 });
    const store = new ElasticStore(client, {
      createIndices: false,
      bulkChunkSize: 2,
      bulkConcurrency: 2,
      retryBaseDelayMs: 1,
    });
    const error = await store.upsertJobs(jobs(10)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ElasticBulkRequestError);
    expect(error).toBeInstanceOf(StoreWriteError);
    const { result } = error as ElasticBulkRequestError;
    const failed = result.failed.map((failure) => failure.id);
    expect(result.inserted).toBe(endpoint.succeeded.length);
    expect(new Set([...endpoint.succeeded, ...failed]).size).toBe(10); // nothing lost, nothing counted twice
    expect(endpoint.succeeded.length + failed.length).toBe(10);
    expect(result.failed.filter((failure) => failure.type === 'illegal_argument_exception')).toHaveLength(2);
  });

  it('refuses a concurrency other than 1 or 2 rather than start no worker and send nothing', async () => {
    // 0 started no worker: the write answered { inserted: 0, failed: [] } for items it never sent (NOTE-166).
    const endpoint = bulkEndpoint(new Map());
    server = await startReplayServer(endpoint.handler);
    client = new Client({ node: server.url, maxRetries: 0 });
    const actions = jobs(3).map((job) => ({ kind: 'index' as const, id: String(job.id), document: { id: job.id } }));
    for (const concurrency of [0, Number.NaN, 3])
      await expect(
        writeBulk(client, actions, { index: 'rolefit-jobs', concurrency: concurrency as 1 }),
      ).rejects.toMatchObject({ name: 'ValidationError', setting: 'bulkConcurrency' });
    expect(server.requests).toEqual([]);
  });

  it('keeps at most two chunks in flight and still writes each id once', async () => {
    const endpoint = bulkEndpoint(new Map([['job-0004', [{ status: 503, type: 'unavailable_shards_exception' }]]]));
    server = await startReplayServer(endpoint.handler);
    client = new Client({ node: server.url, maxRetries: 0 });
    const actions = jobs(9).map((job) => ({ kind: 'index' as const, id: String(job.id), document: { id: job.id } }));
    const result = await writeBulk(client, actions, {
      index: 'rolefit-jobs',
      chunkSize: 2,
      concurrency: 2,
      retryBaseDelayMs: 1,
    });
    expect(result).toEqual({ inserted: 9, updated: 0, failed: [], retried: 1 });
    expect([...endpoint.succeeded].sort()).toEqual(actions.map((action) => action.id));
  });
});

describe('retry policy', () => {
  it('retries throttling and server errors only', () => {
    expect(isRetryableItem(429, 'es_rejected_execution_exception')).toBe(true);
    expect(isRetryableItem(503, 'unavailable_shards_exception')).toBe(true);
    expect(isRetryableItem(500, 'es_rejected_execution_exception')).toBe(true);
    expect(isRetryableItem(400, 'mapper_parsing_exception')).toBe(false);
    expect(isRetryableItem(409, 'version_conflict_engine_exception')).toBe(false);
    expect(isRetryableItem(404, 'document_missing_exception')).toBe(false);
  });
});
