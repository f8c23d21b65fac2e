// ElasticStore's methods refuse arguments of the wrong kind as MemoryStore does (core's Store checks, one wording;
// round 18 of ADVERSARIAL.md), before any request. They were TypeErrors from inside: upsertJobs(null) "(reading
// 'map')", searchJobs(42) "(reading 'trim')", listJobs(undefined, null) "(reading 'limit')", addMatches('s', 42)
// "matches.map is not a function", or a request for a wrong-kind id (getJob(42) asked the cluster for "42").
// A node:http server on 127.0.0.1 answers every request as an empty cluster and counts them.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMemoryStore, ValidationError, type Store } from '@rolefit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createElasticStore, type ElasticStore } from './index.js';

let server: Server;
let requests = 0;
let elastic: ElasticStore;
const memory = createMemoryStore();

beforeAll(async () => {
  server = createServer((request, response) => {
    requests += 1;
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'x-elastic-product': 'Elasticsearch', 'content-type': 'application/json' });
      response.end(JSON.stringify({ hits: { total: { value: 0 }, hits: [] }, count: 0, found: false, docs: [] }));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const node = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  elastic = await createElasticStore({ node, createIndices: false, dimensions: 3, maxRetries: 0 });
});

afterAll(async () => {
  await elastic.close();
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

const vector = new Float32Array([1, 0, 0]);
// [call on a Store, the message both stores give]
const cases: Array<[string, (store: Store) => Promise<unknown>, string]> = [
  [
    'upsertJobs(null)',
    (store) => store.upsertJobs(null as never),
    'Invalid Store.upsertJobs: inputs: must be a list of jobs, got null',
  ],
  [
    'upsertJobs({})',
    (store) => store.upsertJobs({} as never),
    'Invalid Store.upsertJobs: inputs: must be a list of jobs, got an object',
  ],
  [
    'searchJobs(42)',
    (store) => store.searchJobs(42 as never),
    'Invalid Store.searchJobs: query: must be a string, got a number (42)',
  ],
  [
    'searchJobs(sql, null)',
    (store) => store.searchJobs('sql', null as never),
    'Invalid Store.searchJobs: options: must be SearchOptions',
  ],
  [
    'searchJobsByVector(null)',
    (store) => store.searchJobsByVector(null as never),
    'Invalid Store.searchJobsByVector: vector: must be a Float32Array, got null',
  ],
  [
    'searchJobsByVector([1, 0, 0])',
    (store) => store.searchJobsByVector([1, 0, 0] as never),
    'Invalid Store.searchJobsByVector: vector: must be a Float32Array, got an array',
  ],
  [
    'searchJobsByVector(vector, 42)',
    (store) => store.searchJobsByVector(vector, 42 as never),
    'Invalid Store.searchJobsByVector: options: must be SearchOptions',
  ],
  [
    'listJobs(undefined, null)',
    (store) => store.listJobs(undefined, null as never),
    'Invalid Store: page: must be PageOptions ({ limit?, offset? }), got null',
  ],
  [
    'listJobs(undefined, { limit: -1 })',
    (store) => store.listJobs(undefined, { limit: -1 }),
    'Invalid PageOptions: limit',
  ],
  // A misspelt key listed, searched or answered everything as if it were not there.
  [
    'listJobs(undefined, { limt: 5 })',
    (store) => store.listJobs(undefined, { limt: 5 } as never),
    "Invalid PageOptions: limt: unknown key 'limt' (did you mean 'limit'?)",
  ],
  [
    'listResumes({ offest: 1 })',
    (store) => store.listResumes({ offest: 1 } as never),
    "Invalid PageOptions: offest: unknown key 'offest' (did you mean 'offset'?)",
  ],
  [
    'searchJobs(sql, { filters: {} })',
    (store) => store.searchJobs('sql', { filters: {} } as never),
    "Invalid SearchOptions: filters: unknown key 'filters' (did you mean 'filter'?)",
  ],
  [
    'searchJobsByVector(vector, { top: 2 })',
    (store) => store.searchJobsByVector(vector, { top: 2 } as never),
    'Invalid SearchOptions: top: unknown key',
  ],
  [
    'listFeedback({ subject: s })',
    (store) => store.listFeedback({ subject: 's' } as never),
    "Invalid FeedbackQuery: subject: unknown key 'subject' (did you mean 'subjectId'?)",
  ],
  ['listResumes(x)', (store) => store.listResumes('x' as never), 'Invalid Store: page: must be PageOptions'],
  ['listMatches(s, 42)', (store) => store.listMatches('s', 42 as never), 'Invalid Store: page: must be PageOptions'],
  [
    'listMatches(42)',
    (store) => store.listMatches(42 as never),
    'Invalid Store.listMatches: subjectId: must be a string, got a number (42)',
  ],
  ['getJob(42)', (store) => store.getJob(42 as never), 'Invalid Store.getJob: id: must be a string, got a number (42)'],
  [
    'deleteJob(null)',
    (store) => store.deleteJob(null as never),
    'Invalid Store.deleteJob: id: must be a string, got null',
  ],
  [
    'getResume({})',
    (store) => store.getResume({} as never),
    'Invalid Store.getResume: id: must be a string, got an object',
  ],
  [
    'deleteResume([])',
    (store) => store.deleteResume([] as never),
    'Invalid Store.deleteResume: id: must be a string, got an array',
  ],
  [
    'latestCrawledAt(42)',
    (store) => store.latestCrawledAt(42 as never),
    'Invalid Store.latestCrawledAt: source: must be a string',
  ],
  [
    'addFeedback(null)',
    (store) => store.addFeedback(null as never),
    'Invalid Store.addFeedback: input: must be a FeedbackInput',
  ],
  [
    'listFeedback(null)',
    (store) => store.listFeedback(null as never),
    'Invalid Store.listFeedback: query: must be { subjectId?, jobId? }, got null',
  ],
  [
    'addMatches(42, [])',
    (store) => store.addMatches(42 as never, []),
    'Invalid Store.addMatches: subjectId: must be a string, got a number (42)',
  ],
  [
    'addMatches(s, 42)',
    (store) => store.addMatches('s', 42 as never),
    'Invalid Store.addMatches: matches: must be a list of matches',
  ],
  [
    'getEmbeddings(x)',
    (store) => store.getEmbeddings!('x' as never),
    'Invalid Store.getEmbeddings: keys: must be a list of keys',
  ],
];

describe('ElasticStore methods: arguments of the wrong kind', () => {
  for (const [name, call, message] of cases)
    it(`${name}: ${message}, before any request, as MemoryStore`, async () => {
      const before = requests;
      await expect(call(elastic)).rejects.toThrow(ValidationError);
      await expect(call(elastic)).rejects.toThrow(message);
      expect(requests).toBe(before);
      await expect(call(memory as unknown as Store)).rejects.toThrow(message);
    });

  const elasticOnly: Array<[string, () => Promise<unknown>, string]> = [
    [
      'searchJobsHybrid(42, vector)',
      () => elastic.searchJobsHybrid(42 as never, vector),
      'Invalid Store.searchJobsHybrid: query: must be a string',
    ],
    [
      'searchJobsHybrid(sql, null)',
      () => elastic.searchJobsHybrid('sql', null as never),
      'Invalid Store.searchJobsHybrid: vector: must be a Float32Array, got null',
    ],
    [
      'searchJobsHybrid(sql, vector, null)',
      () => elastic.searchJobsHybrid('sql', vector, null as never),
      'Invalid Store.searchJobsHybrid: options',
    ],
    [
      'searchJobsHybrid(sql, vector, { rrf: 60 })',
      () => elastic.searchJobsHybrid('sql', vector, { rrf: 60 } as never),
      "Invalid SearchOptions: rrf: unknown key 'rrf' (did you mean 'rrfK'?)",
    ],
    [
      'popularSkills(null)',
      () => elastic.popularSkills(null as never),
      'Invalid Store.popularSkills: options: must be PopularSkillsOptions',
    ],
    [
      'iterateJobs(undefined, null)',
      () => elastic.iterateJobs(undefined, null as never).next(),
      'Invalid Store.iterateJobs: options: must be { pageSize? }, got null',
    ],
  ];
  for (const [name, call, message] of elasticOnly)
    it(`${name}: ${message}, before any request`, async () => {
      const before = requests;
      await expect(call()).rejects.toThrow(ValidationError);
      await expect(call()).rejects.toThrow(message);
      expect(requests).toBe(before);
    });

  it('answers good calls as before', async () => {
    expect(await elastic.searchJobs('sql')).toEqual([]);
    expect(await elastic.getJob('j1')).toBeUndefined();
    expect(await elastic.listJobs(undefined, { limit: 5 })).toEqual([]);
    expect(await elastic.getEmbeddings([])).toEqual([]);
    expect(await elastic.searchJobsByVector(vector, { limit: 2 })).toEqual([]);
    expect(await elastic.searchJobsHybrid('sql', vector, { limit: 2, rrfK: 10, candidates: 20 })).toEqual([]);
    expect(await elastic.listFeedback({ subjectId: 's', jobId: 'j' })).toEqual([]);
    expect(await memory.listJobs(undefined, { limit: 1, offset: 0 })).toEqual([]);
  });
});
