// Core's Store contract cases for partial failure and bad paging, run on ElasticStore with the real @elastic/elasticsearch client
// against a stand-in cluster on 127.0.0.1 (no Elasticsearch can run here) that refuses chosen documents item by item,
// as Elasticsearch does with a document it cannot index. The full contract runs on a live cluster in
// elastic-store.contract.test.ts when ELASTICSEARCH_URL is set.
import { Client } from '@elastic/elasticsearch';
import { createPipeline, type JobInput, type Ranker } from '@rolefit/core';
import { runStoreContractCase, STORE_CONTRACT_CASES } from '@rolefit/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createRefusingCluster, startReplayServer, type ReplayServer } from '../replay/index.js';
import { ElasticBulkRequestError, type BulkWriteResult } from '../bulk/index.js';
import { ElasticStore } from '../store/index.js';

const MARK = '[refuse-me]';
const refusable = (job: JobInput): JobInput => ({ ...job, description: `${job.description ?? ''} ${MARK}` });
const refuse = (document: Record<string, unknown>) =>
  String(document.description ?? '').includes(MARK)
    ? '[1:57] failed to parse field [description] of type [text] in document (scripted refusal)'
    : undefined;

let servers: ReplayServer[] = [];
let clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.map((client) => client.close()));
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
  clients = [];
});

async function refusingStore(settings: ConstructorParameters<typeof ElasticStore>[1] = {}) {
  const cluster = createRefusingCluster({ refuse });
  const server = await startReplayServer(cluster.handler);
  const client = new Client({ node: server.url, maxRetries: 0 });
  servers.push(server);
  clients.push(client);
  return {
    store: new ElasticStore(client, { refresh: 'wait_for', retryBaseDelayMs: 1, ...settings }),
    cluster,
    server,
  };
}

// The cases the stand-in can answer: partial failure, and the refusal of a bad limit or offset (which must come
// before any request; the stand-in would answer a NaN size with its default 10 hits, as the old ElasticStore got).
const STAND_IN_CASES = STORE_CONTRACT_CASES.filter(
  (candidate) => candidate.name.startsWith('partial failure') || candidate.name.startsWith('refuses a limit or offset'),
);

describe('Store contract: ElasticStore on a stand-in cluster that refuses items (partial failure, bad paging)', () => {
  it('runs the partial-failure cases and the paging-refusal case', () => {
    expect(STAND_IN_CASES.map((testCase) => testCase.name.split(':')[0])).toEqual([
      'partial failure',
      'partial failure',
      'partial failure',
      'refuses a limit or offset that is no number ≥ 0 with a ValidationError naming it',
    ]);
  });
  for (const testCase of STAND_IN_CASES)
    it(testCase.name, () => runStoreContractCase(testCase, async () => (await refusingStore()).store, { refusable }));
});

const noRanker: Ranker = { name: 'none', rank: async () => [] };
const posting = (id: string, source: string, title: string, extra: Partial<JobInput> = {}): JobInput => ({
  id,
  source,
  title,
  company: 'Acme',
  location: { city: 'Austin', country: 'US' },
  description: `${title} role`,
  ...extra,
});

describe('pipeline.ingest over ElasticStore when the cluster refuses items', () => {
  it('reports every refused job, drops none silently, and still stores copies of them from other sources', async () => {
    // The replay: 10 received; before, 3 inserted, 5 "duplicates", and the refused ones vanished without an error.
    const { store, cluster } = await refusingStore({ bulkChunkSize: 3 });
    const pipeline = createPipeline({ store, ranker: noRanker, batchSize: 4 });
    const jobs: JobInput[] = [
      posting('gh-1', 'greenhouse', 'Data Engineer', { description: MARK }),
      posting('muse-1', 'themuse', 'Data Engineer'),
      posting('li-1', 'linkedin', 'Data Engineer'),
      posting('gh-2', 'greenhouse', 'Welder', { description: MARK }),
      posting('muse-2', 'themuse', 'Welder', { description: MARK }),
      posting('li-2', 'linkedin', 'Welder'),
      posting('gh-3', 'greenhouse', 'Nurse', { description: MARK }),
      posting('gh-4', 'greenhouse', 'Chef'),
      posting('muse-4', 'themuse', 'Chef'),
      posting('gh-5', 'greenhouse', 'Driver', { description: MARK }),
    ];
    const summary = await pipeline.ingest(jobs);
    expect(cluster.refused.sort()).toEqual(['gh-1', 'gh-2', 'gh-3', 'gh-5', 'muse-2']);
    expect(summary.failed.map((failure) => failure.jobId).sort()).toEqual(['gh-1', 'gh-2', 'gh-3', 'gh-5', 'muse-2']);
    expect(summary.failed.find((failure) => failure.jobId === 'muse-2')).toMatchObject({
      source: 'themuse',
      reason: expect.stringMatching(/failed to parse/),
    });
    // Data Engineer, Welder and Chef each stored once, from the first source the cluster accepted.
    const stored = [...cluster.documents.values()].flatMap((index) => [...index.keys()]).sort();
    expect(stored).toEqual(['gh-4', 'li-2', 'muse-1']);
    expect(summary).toMatchObject({ received: 10, inserted: 3, updated: 0, duplicates: 2 });
    // Every job is accounted for: stored, a duplicate of a stored one, or reported.
    expect(summary.inserted + summary.updated + summary.duplicates + summary.failedCount + summary.invalidCount).toBe(
      summary.received,
    );
  });

  it('reports the unwritten rest when a bulk request is refused for good part-way, keeping what was written', async () => {
    const cluster = createRefusingCluster();
    let bulks = 0;
    const server = await startReplayServer((request) => {
      if (request.path.endsWith('/_bulk') && ++bulks === 2)
        return {
          status: 413,
          body: { error: { type: 'content_too_long', reason: 'request entity too large' }, status: 413 },
        };
      return cluster.handler(request);
    });
    const client = new Client({ node: server.url, maxRetries: 0 });
    servers.push(server);
    clients.push(client);
    const store = new ElasticStore(client, { bulkChunkSize: 2 });

    const error = await store
      .upsertJobs(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => posting(id, 'board', `Role ${id}`)))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ElasticBulkRequestError);
    const result = (error as ElasticBulkRequestError).result as BulkWriteResult;
    expect([result.inserted, result.updated]).toEqual([2, 0]);
    expect(result.failed.map((failure) => [failure.id, failure.status, failure.type])).toEqual([
      ['c', 413, 'content_too_long'],
      ['d', 413, 'content_too_long'],
      ['e', 0, 'not_sent'],
      ['f', 0, 'not_sent'],
    ]);
    expect((error as ElasticBulkRequestError).status).toBe(413);
    expect(bulks).toBe(2); // nothing sent after the refused request

    // The pipeline turns it into per-job failures and goes on.
    bulks = 1; // the next bulk request is refused
    const summary = await createPipeline({ store, ranker: noRanker }).ingest(
      ['g', 'h'].map((id) => posting(id, 'board', `Other ${id}`)),
    );
    expect(summary).toMatchObject({
      received: 2,
      inserted: 0,
      failed: [
        { jobId: 'g', source: 'board' },
        { jobId: 'h', source: 'board' },
      ],
    });
    expect(summary.failed[0]?.reason).toMatch(/413/);
  });
});
