// The Elasticsearch client's own failures as Rolefit errors. No Elasticsearch server can run here: the real client
// talks to node:http servers on 127.0.0.1 (the package's replay server, or one that answers with bytes no cluster
// sends: hand-written, not recorded) and to a port nothing listens on.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errors } from '@elastic/elasticsearch';
import { RolefitError } from '@rolefit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { elasticError, startReplayServer, type ReplayServer } from '../replay/index.js';
import { createElasticStore, ElasticBulkRequestError, ElasticRequestError, type ElasticStore } from '../index.js';

let replay: ReplayServer | undefined;
let server: Server | undefined;
const stores: ElasticStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  await replay?.close();
  server?.closeAllConnections();
  await new Promise((done) => server?.close(done) ?? done(undefined));
  replay = server = undefined;
});

async function storeOn(node: string, clientOptions: Record<string, unknown> = {}): Promise<ElasticStore> {
  const store = await createElasticStore({
    node,
    createIndices: false,
    clientOptions: { maxRetries: 0, ...clientOptions },
  });
  stores.push(store);
  return store;
}

/** A 127.0.0.1 server that hands each request to `answer`. */
async function rawServer(answer: (response: ServerResponse) => void): Promise<string> {
  server = createServer((incoming: IncomingMessage, response: ServerResponse) => {
    incoming.resume();
    incoming.on('end', () => answer(response));
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A port on 127.0.0.1 that nothing listens on (one just closed). */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

async function failure(call: Promise<unknown>): Promise<ElasticRequestError> {
  const error = await call.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  // The name first: on the old code the client's error came out as it was (and ElasticRequestError did not exist).
  expect(error).toMatchObject({ name: 'ElasticRequestError' });
  expect(error).toBeInstanceOf(ElasticRequestError);
  expect(error).toBeInstanceOf(RolefitError);
  return error as ElasticRequestError;
}

describe('ElasticStore turns the client errors into ElasticRequestError', () => {
  it('names the request, the index and the status of an error answer, its reason on one line, the client error as cause', async () => {
    // The server's reason holds control characters, a line break and 5,000 more characters: the message quotes one
    // line of at most 300 characters of it.
    const reason = `all shards failed\u0000\u001b[31m\nretry later ${'x'.repeat(5000)}`;
    replay = await startReplayServer(() => ({
      status: 503,
      body: elasticError(503, 'search_phase_execution_exception', reason),
    }));
    const store = await storeOn(replay.url);
    const error = await failure(store.countJobs());
    expect(error).toMatchObject({
      name: 'ElasticRequestError',
      code: 'ROLEFIT_ELASTIC_REQUEST',
      operation: 'count',
      index: 'rolefit-jobs',
      statusCode: 503,
    });
    expect(error.message).toMatch(
      /^Elasticsearch count on rolefit-jobs failed: HTTP 503 search_phase_execution_exception: all shards failed\[31m retry later x+…$/,
    );
    expect(error.message.length).toBeLessThan(400);
    expect(error.message).not.toMatch(/[\u0000-\u001f\u007f]/);
    // The client's error stays reachable, as callers matched it before.
    expect(error.cause).toBeInstanceOf(errors.ResponseError);
    expect((error.cause as errors.ResponseError).meta.statusCode).toBe(503);

    // A 4xx on a write names that request and index too.
    const refused = await startReplayServer(() => ({
      status: 403,
      body: elasticError(403, 'security_exception', 'action [indices:data/write/index] is unauthorized'),
    }));
    try {
      const writer = await storeOn(refused.url);
      await expect(writer.upsertResume({ id: 'r1', text: 'Python developer' })).rejects.toMatchObject({
        name: 'ElasticRequestError',
        operation: 'index',
        index: 'rolefit-resumes',
        statusCode: 403,
        message: expect.stringContaining(
          'HTTP 403 security_exception: action [indices:data/write/index] is unauthorized',
        ),
        cause: expect.any(errors.ResponseError),
      });
    } finally {
      await refused.close();
    }
  });

  it('keeps a 404 the store reads as "not found" as it was, and wraps a 404 it does not', async () => {
    replay = await startReplayServer(() => ({
      status: 404,
      body: elasticError(404, 'index_not_found_exception', 'no such index [rolefit-jobs]'),
    }));
    const store = await storeOn(replay.url);
    expect(await store.getJob('a')).toBeUndefined();
    expect(await store.deleteJob('a')).toBe(false);
    expect(await store.mappingVersion()).toBeUndefined();
    const error = await failure(store.searchJobs('python'));
    expect(error).toMatchObject({ operation: 'search', index: 'rolefit-jobs', statusCode: 404 });
    expect(error.message).toContain('HTTP 404 index_not_found_exception: no such index [rolefit-jobs]');
  });

  it('wraps a refused connection, naming the index', async () => {
    const store = await storeOn(`http://127.0.0.1:${await closedPort()}`);
    const error = await failure(store.listResumes());
    expect(error).toMatchObject({ operation: 'search', index: 'rolefit-resumes', statusCode: undefined });
    expect(error.message).toMatch(/^Elasticsearch search on rolefit-resumes failed: ConnectionError: .*ECONNREFUSED/);
    expect(error.cause).toBeInstanceOf(errors.ConnectionError);
  });

  it("wraps the client's own timeout", async () => {
    // The server reads the request and never answers; the client's requestTimeout (its idle timeout) trips first.
    const url = await rawServer(() => undefined);
    const store = await storeOn(url, { requestTimeout: 200 });
    const error = await failure(store.getResume('r1'));
    expect(error).toMatchObject({ operation: 'get', index: 'rolefit-resumes', statusCode: undefined });
    expect(error.message).toMatch(/^Elasticsearch get on rolefit-resumes failed: TimeoutError: /);
    expect(error.cause).toBeInstanceOf(errors.TimeoutError);
  });

  it('wraps an answer that is no JSON, quoting it cut and on one line', async () => {
    const url = await rawServer((response) => {
      response.writeHead(200, { 'x-elastic-product': 'Elasticsearch', 'content-type': 'application/json' });
      response.end(`{"count": 1\u0007\r\n${'garbage '.repeat(2000)}`);
    });
    const store = await storeOn(url);
    const error = await failure(store.countJobs());
    expect(error).toMatchObject({ operation: 'count', index: 'rolefit-jobs', statusCode: undefined });
    expect(error.message).toMatch(/^Elasticsearch count on rolefit-jobs failed: DeserializationError: /);
    expect(error.message.length).toBeLessThan(400);
    expect(error.message).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(error.cause).toBeInstanceOf(errors.DeserializationError);
  });

  it("keeps the client's error as the cause of a bulk request refused for good, its message on one line", async () => {
    replay = await startReplayServer(() => ({
      status: 400,
      body: elasticError(400, 'illegal_argument_exception', 'bad\nrequest'),
    }));
    const store = await storeOn(replay.url);
    const error = await store
      .upsertJobs([{ id: 'j1', source: 'board', title: 'Dev', description: '' }])
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ElasticBulkRequestError);
    expect(error).toMatchObject({
      status: 400,
      message:
        'A bulk request to rolefit-jobs failed: HTTP 400 illegal_argument_exception: bad request; 0 item(s) were written before it, 1 were not',
      cause: expect.any(errors.ResponseError),
    });
  });
});
