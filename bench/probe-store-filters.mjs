#!/usr/bin/env node
// Hostile JobFilters and page/search options against the two Stores, measured: `node bench/probe-store-filters.mjs`.
// A MemoryStore holding 3 jobs and an ElasticStore against a loopback server answering every request as an empty
// cluster (build first: `node scripts/build-if-stale.mjs core store-elastic`) get each filter of the list below as
// listJobs' filter, countJobs' filter, searchJobs' and searchJobsByVector's `options.filter` (and ElasticStore's
// iterateJobs / popularSkills), and each page of the list as listJobs' page. Printed: each call that throws anything but
// a Rolefit error (core's RolefitError, or an AbortError), each wrong-kind filter or page taken without a word (it
// resolved), each call slower than 1 s, and the heap growth of the slowest; then a filter object changed after a first
// call (a stale check). A finding is a lead to judge (ADVERSARIAL.md, round 19). Reported, never part of `pnpm test`.
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseScriptArguments } from '../scripts/script-arguments.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
parseScriptArguments(import.meta.url, { options: {} });
const load = (name) => import(pathToFileURL(path.join(root, 'packages', name, 'dist/index.js')).href);
const core = await load('core');
const elastic = await load('store-elastic');
const typed = (error) =>
  error instanceof core.RolefitError || String(error?.code ?? '').startsWith('ROLEFIT') || error?.name === 'AbortError';

const cyclic = { workplace: ['remote'] };
cyclic.self = cyclic;
const cyclicSalary = { amount: 1, currency: 'USD', period: 'year' };
cyclicSalary.again = cyclicSalary;
const throwing = {
  get ids() {
    throw new Error('getter boom');
  },
};
let reads = 0;
// Valid when checked first, a string on the reads after: a check that is not what the store reads is bypassed.
const shifting = {
  get ids() {
    reads += 1;
    return reads === 1 ? ['a'] : 'a';
  },
};
const proxyTrap = new Proxy(
  {},
  {
    ownKeys() {
      throw new Error('ownKeys trap');
    },
  },
);
const proxyGet = new Proxy({ ids: ['a'] }, { get: () => ['a', 42] });
// 2^22, not 2^32 - 1: a sparse list of 2^32 - 1 holes (a few bytes of code) ran the probe out of a 4 GiB heap after
// 7.5 min on the code before round 19.
const sparseIds = [];
sparseIds.length = 2 ** 22;
const proxyLength = new Proxy(['a'], { get: (target, key) => (key === 'length' ? 2 ** 22 : target[key]) });
const polluted = JSON.parse('{"__proto__": {"strict": true}, "ids": ["a"]}');
const constructorKey = JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}');

// [label, filter, wrong: true when the filter must be refused]
const filters = [
  ['null', null, true],
  ['0', 0, true],
  ['false', false, true],
  ["''", '', true],
  ['42', 42, true],
  ["'x'", 'x', true],
  ['[]', [], true],
  ['a function', () => {}, true],
  ['a Date', new Date(0), true],
  ['1n', 1n, true],
  ['a Symbol', Symbol('s'), true],
  ['{ ids: "a" }', { ids: 'a' }, true],
  ['{ ids: [42] }', { ids: [42] }, true],
  ['{ fingerprints: "f" }', { fingerprints: 'f' }, true],
  ['{ sources: "s" }', { sources: 's' }, true],
  ['{ workplace: "remote" }', { workplace: 'remote' }, true],
  ['{ postedSince: "x" }', { postedSince: 'x' }, true],
  ['{ postedSince: Invalid Date }', { postedSince: new Date(Number.NaN) }, true],
  ['{ minSalary: { amount: NaN } }', { minSalary: { amount: Number.NaN, currency: 'USD', period: 'year' } }, true],
  ['{ minSalary: { amount: Infinity } }', { minSalary: { amount: Infinity, currency: 'USD', period: 'year' } }, true],
  ['{ minSalary: 5 }', { minSalary: 5 }, true],
  ['{ strict: "yes" }', { strict: 'yes' }, true],
  ['{ locations: [null] }', { locations: [null] }, true],
  ['{ workplaces: [] } (unknown key)', { workplaces: [] }, true],
  ['cyclic (self key)', cyclic, true],
  ['cyclic minSalary', { minSalary: cyclicSalary }, true],
  ['a getter that throws', throwing, true],
  ['a getter valid once, then a string', shifting, false],
  ['a Proxy whose ownKeys throws', proxyTrap, true],
  ['a Proxy answering a list with 42 to every key', proxyGet, true],
  ['{ ids: a sparse list of 2^22 }', { ids: sparseIds }, true],
  ['{ ids: a Proxy list of length 2^22 }', { ids: proxyLength }, true],
  ['JSON "__proto__" key', polluted, true],
  ['JSON "constructor" key', constructorKey, true],
  ['{ ids: 1e6 ids }', { ids: Array.from({ length: 1e6 }, (_, index) => `id-${index}`) }, false],
  ['{ locations: 1e6 places }', { locations: Array.from({ length: 1e6 }, () => 'Berlin') }, true],
  ['{ excludeCompanies: 1e6 }', { excludeCompanies: Array.from({ length: 1e6 }, (_, index) => `c${index}`) }, false],
];
const pages = [
  ['null', null, true],
  ['42', 42, true],
  ['{ limit: NaN }', { limit: Number.NaN }, true],
  ['{ limit: Infinity }', { limit: Infinity }, false],
  ['{ offset: NaN }', { offset: Number.NaN }, true],
  ['{ offset: Infinity }', { offset: Infinity }, false],
  ['{ offset: -1 }', { offset: -1 }, true],
  ['{ offset: 1e308 }', { offset: 1e308 }, false],
  ['{ limit: "5" }', { limit: '5' }, true],
  ['{ limit: 5n }', { limit: 5n }, true],
  ['{ limt: 5 }', { limt: 5 }, true],
  [
    'a getter that throws',
    Object.defineProperty({}, 'limit', {
      enumerable: true,
      get: () => {
        throw new Error('page getter');
      },
    }),
    true,
  ],
  ['JSON "__proto__" key', JSON.parse('{"__proto__": {"limit": 1}}'), true],
];

const server = createServer((request, response) => {
  request.resume();
  response.setHeader('content-type', 'application/json');
  response.setHeader('x-elastic-product', 'Elasticsearch');
  response.end(
    JSON.stringify({
      hits: { total: { value: 0 }, hits: [] },
      count: 0,
      aggregations: { skills: { buckets: [] } },
      acknowledged: true,
    }),
  );
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const stores = {
  MemoryStore: core.createMemoryStore(),
  ElasticStore: await elastic.createElasticStore({
    node: `http://127.0.0.1:${server.address().port}`,
    createIndices: false,
    dimensions: 3,
    maxRetries: 0,
    requestTimeoutMs: 2000,
  }),
};
const job = (id, source) => ({
  id,
  source,
  url: `https://example.com/${id}`,
  title: 'Engineer',
  company: 'Acme',
  description: 'Build things with TypeScript',
  skills: ['TypeScript'],
});
await stores.MemoryStore.upsertJobs([job('a', 'one'), job('b', 'one'), job('c', 'two')]);
await stores.MemoryStore.upsertJobVectors(['a', 'b', 'c'].map((id) => ({ id, vector: new Float32Array([1, 0, 0]) })));

const vector = new Float32Array([1, 0, 0]);
const filterCalls = {
  'listJobs(filter)': (store, filter) => store.listJobs(filter),
  'countJobs(filter)': (store, filter) => store.countJobs(filter),
  'searchJobs(q, { filter })': (store, filter) => store.searchJobs('engineer', { filter }),
  'searchJobsByVector(v, { filter })': (store, filter) => store.searchJobsByVector(vector, { filter }),
  'iterateJobs(filter)': async (store, filter) => {
    if (!store.iterateJobs) return 'absent';
    for await (const _ of store.iterateJobs(filter)) break;
  },
  'popularSkills({ filter })': (store, filter) => (store.popularSkills ? store.popularSkills({ filter }) : 'absent'),
};
const pageCalls = {
  'listJobs(undefined, page)': (store, page) => store.listJobs(undefined, page),
  'listResumes(page)': (store, page) => store.listResumes(page),
  'listMatches(s, page)': (store, page) => store.listMatches('s', page),
};

const findings = [];
const counts = new Map();
async function attempt(storeName, callName, label, run, wrong) {
  reads = 0;
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  let outcome;
  try {
    const result = await Promise.race([run(), new Promise((settle) => setTimeout(() => settle('timeout'), 10_000))]);
    if (result === 'absent') return;
    outcome = result === 'timeout' ? 'did not settle in 10 s' : wrong ? 'taken without a word' : undefined;
  } catch (error) {
    if (!typed(error)) outcome = `${error?.name ?? typeof error}: ${String(error?.message ?? error).slice(0, 90)}`;
  }
  const elapsed = performance.now() - started;
  if (elapsed > 1000)
    outcome = `${outcome ?? 'answered'} after ${Math.round(elapsed)} ms, heap +${Math.round((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20)} MiB`;
  if (!outcome) return;
  findings.push(`${storeName} ${callName} ${label}: ${outcome}`);
  counts.set(`${storeName} ${callName}`, (counts.get(`${storeName} ${callName}`) ?? 0) + 1);
}
for (const [storeName, store] of Object.entries(stores)) {
  for (const [callName, call] of Object.entries(filterCalls))
    for (const [label, filter, wrong] of filters)
      await attempt(storeName, callName, label, () => call(store, filter), wrong);
  for (const [callName, call] of Object.entries(pageCalls))
    for (const [label, page, wrong] of pages) await attempt(storeName, callName, label, () => call(store, page), wrong);
}

// A filter object changed after a first call: the store must read the filter as it is now.
const memory = stores.MemoryStore;
const reused = { sources: ['one'] };
await memory.listJobs(reused);
reused.sources = ['two'];
const stale = (await memory.listJobs(reused)).map((listed) => listed.id).join(',');
if (stale !== 'c')
  findings.push(`MemoryStore listJobs: a filter changed from sources one to two lists ${stale} (want c)`);
const bypass = { sources: ['one'] };
await memory.countJobs(bypass);
bypass.ids = 'a';
await attempt(
  'MemoryStore',
  'listJobs(filter)',
  'a checked filter then given ids: "a"',
  () => memory.listJobs(bypass),
  true,
);

for (const finding of findings) console.log(finding);
console.log(
  `\n${counts.size} store calls, ${[...counts.values()].reduce((sum, count) => sum + count, 0)} findings (of ${findings.length} lines):`,
);
for (const [call, count] of counts) console.log(`  ${call}: ${count}`);
server.close();
await memory.close?.();
process.exit(0);
