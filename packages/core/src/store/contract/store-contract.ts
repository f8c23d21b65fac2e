// One behavioural contract for every Store. It asserts what any backend can promise: exact membership, order where
// the Store interface defines one (newest first, nearest first), and relative lexical ranking instead of BM25 values.
// Assertions use node:assert so that any test runner can run the cases.
import assert from 'node:assert/strict';
import { ValidationError, VectorDimensionError } from '../../errors/index.js';
import type { Store, UpsertResult } from '../../interfaces/index.js';
import type { JobInput } from '../../schemas/index.js';

/** Jobs most contract cases start from. */
export const CONTRACT_JOBS: readonly JobInput[] = [
  {
    id: 'a',
    source: 'board',
    title: 'Backend Engineer',
    company: 'Acme',
    description: 'Node.js and PostgreSQL',
    skills: ['Node.js'],
    location: { city: 'Austin', country: 'US', workplace: 'hybrid' },
    postedAt: '2026-11-01',
    salary: { min: 120000, max: 150000, currency: 'USD', period: 'year' },
    employmentType: 'full-time',
  },
  {
    id: 'b',
    source: 'board',
    title: 'ICU Nurse',
    company: 'Care',
    description: 'Patient care',
    location: { city: 'Manchester', country: 'GB', workplace: 'onsite' },
    postedAt: '2026-11-05',
    salary: { min: 35000, max: 42000, currency: 'GBP', period: 'year' },
  },
  {
    id: 'c',
    source: 'other',
    title: 'Remote Data Analyst',
    description: 'SQL dashboards',
    location: { workplace: 'remote' },
    postedAt: '2026-10-01',
  },
];

/** What a harness tells the contract about its store, for the cases that need more than the Store interface. */
export interface StoreContractHooks {
  /**
   * Turns a job into one this store accepts by validation but refuses when writing it (on its own: the rest of the
   * batch is written), e.g. one too large for it. Without it the partial-failure cases check nothing.
   */
  refusable?: ((job: JobInput) => JobInput) | undefined;
}

/** One behaviour every Store must show, run on a fresh, empty store. */
export interface StoreContractCase {
  /** What the case checks, usable as a test name. */
  name: string;
  /** Throws an AssertionError (or the store's own error) when the store breaks the contract. */
  run(store: Store, hooks?: StoreContractHooks): Promise<void>;
}

const idsOf = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id);
const failedIds = (result: UpsertResult) => (result.failed ?? []).map((failure) => failure.id).sort();
const assertReasons = (result: UpsertResult) => {
  for (const failure of result.failed ?? [])
    assert.ok(
      typeof failure.reason === 'string' && failure.reason.length > 0,
      `a refused item (${failure.id}) says why`,
    );
};
const hitIds = (hits: ReadonlyArray<{ job: { id: string } }>) => hits.map((hit) => hit.job.id);

/** The Store contract, case by case, in the order they are best read. */
export const STORE_CONTRACT_CASES: readonly StoreContractCase[] = [
  {
    name: 'upserts, counts inserts and updates, gets and deletes',
    async run(store) {
      const first = await store.upsertJobs(CONTRACT_JOBS);
      assert.deepEqual([first.inserted, first.updated], [3, 0]);
      const second = await store.upsertJobs([{ ...CONTRACT_JOBS[0]!, title: 'Senior Backend Engineer' }]);
      assert.deepEqual([second.inserted, second.updated], [0, 1]);
      const job = await store.getJob('a');
      assert.equal(job?.title, 'Senior Backend Engineer');
      assert.deepEqual(job?.postedAt, new Date('2026-11-01'));
      assert.equal(job?.salary?.annualMax, 150000);
      assert.equal(await store.getJob('missing'), undefined);
      assert.equal(await store.deleteJob('a'), true);
      assert.equal(await store.deleteJob('a'), false);
      assert.equal(await store.countJobs(), 2);
    },
  },
  {
    name: 'validates the whole batch first and changes nothing when one item is bad',
    async run(store) {
      const error = await store
        .upsertJobs([CONTRACT_JOBS[0]!, { id: 'bad', source: 's', title: '' }])
        .catch((caught: unknown) => caught);
      assert.ok(error instanceof ValidationError, `expected a ValidationError, got ${String(error)}`);
      assert.match(error.entity, /^Job at index 1/);
      assert.deepEqual(error.fields, ['title']);
      assert.equal(await store.countJobs(), 0);
    },
  },
  {
    name: 'partial failure: reports the item the store refuses and writes the rest of the batch',
    async run(store, hooks) {
      if (!hooks?.refusable) return;
      const [a, b, c] = CONTRACT_JOBS as [JobInput, JobInput, JobInput];
      const result = await store.upsertJobs([a, hooks.refusable(b), c]);
      assert.deepEqual([result.inserted, result.updated], [2, 0]);
      assert.deepEqual(failedIds(result), ['b'], 'the refused item is reported, not silently dropped');
      assertReasons(result);
      assert.equal(await store.getJob('b'), undefined);
      assert.equal((await store.getJob('c'))?.title, c.title);
      assert.equal(await store.countJobs(), 2);
    },
  },
  {
    name: 'partial failure: a refused update keeps the stored version',
    async run(store, hooks) {
      if (!hooks?.refusable) return;
      const [a, , c] = CONTRACT_JOBS as [JobInput, JobInput, JobInput];
      await store.upsertJobs(CONTRACT_JOBS);
      const result = await store.upsertJobs([
        hooks.refusable({ ...a, title: 'Changed' }),
        { ...c, title: 'Changed too' },
      ]);
      assert.deepEqual([result.inserted, result.updated], [0, 1]);
      assert.deepEqual(failedIds(result), ['a']);
      assertReasons(result);
      assert.equal((await store.getJob('a'))?.title, a.title);
      assert.equal((await store.getJob('c'))?.title, 'Changed too');
    },
  },
  {
    name: 'partial failure: reports every item when the store refuses them all',
    async run(store, hooks) {
      if (!hooks?.refusable) return;
      const result = await store.upsertJobs(CONTRACT_JOBS.map(hooks.refusable));
      assert.deepEqual([result.inserted, result.updated], [0, 0]);
      assert.deepEqual(failedIds(result), ['a', 'b', 'c']);
      assertReasons(result);
      assert.equal(await store.countJobs(), 0);
    },
  },
  {
    name: 'lists newest first with filters and paging',
    async run(store) {
      await store.upsertJobs([...CONTRACT_JOBS, { id: 'undated', source: 'other', title: 'Porter' }]);
      assert.deepEqual(idsOf(await store.listJobs()), ['b', 'a', 'c', 'undated']);
      assert.deepEqual(idsOf(await store.listJobs({ workplace: ['remote', 'hybrid'], strict: true })), ['a', 'c']);
      assert.deepEqual(idsOf(await store.listJobs({ locations: ['Manchester'] })), ['b']);
      assert.deepEqual(
        idsOf(await store.listJobs({ minSalary: { amount: 130000, currency: 'USD', period: 'year' }, strict: true })),
        ['a'],
      );
      assert.deepEqual(idsOf(await store.listJobs({ postedSince: new Date('2026-10-15'), strict: true })), ['b', 'a']);
      assert.deepEqual(idsOf(await store.listJobs({ sources: ['other'] })), ['c', 'undated']);
      assert.deepEqual(idsOf(await store.listJobs({ ids: [] })), []);
      assert.deepEqual(idsOf(await store.listJobs({}, { offset: 1, limit: 1 })), ['a']);
      assert.deepEqual(idsOf(await store.listJobs({}, { offset: 2 })), ['c', 'undated']);
      assert.equal(await store.countJobs({ employmentTypes: ['full-time'], strict: true }), 1);
      assert.equal(await store.countJobs({ sources: ['board'] }), 2);
    },
  },
  {
    name: 'tells when a source was last crawled: the newest crawledAt of its jobs',
    async run(store) {
      await store.upsertJobs([
        { ...CONTRACT_JOBS[0]!, crawledAt: '2026-11-02T08:00:00Z' },
        { ...CONTRACT_JOBS[1]!, crawledAt: '2026-11-06T09:30:00Z' },
        { ...CONTRACT_JOBS[2]!, crawledAt: '2026-12-01T00:00:00Z' },
        { id: 'uncrawled', source: 'third', title: 'Porter' },
      ]);
      assert.deepEqual(await store.latestCrawledAt('board'), new Date('2026-11-06T09:30:00Z'));
      assert.deepEqual(await store.latestCrawledAt('other'), new Date('2026-12-01T00:00:00Z'));
      assert.equal(await store.latestCrawledAt('third'), undefined, 'a source whose jobs carry no crawledAt');
      assert.equal(await store.latestCrawledAt('missing'), undefined, 'a source with no stored job');
    },
  },
  {
    name: 'pages through many jobs without gaps or repeats',
    async run(store) {
      const many = Array.from({ length: 25 }, (_, index) => ({
        id: `job-${String(index).padStart(2, '0')}`,
        source: 's',
        title: `Role ${index}`,
        postedAt: new Date(Date.UTC(2026, 0, 1 + (index % 7))),
      }));
      await store.upsertJobs(many);
      const seen: string[] = [];
      for (let offset = 0; offset < 25; offset += 10)
        seen.push(...idsOf(await store.listJobs({}, { offset, limit: 10 })));
      assert.deepEqual(seen, idsOf(await store.listJobs()));
      assert.equal(new Set(seen).size, 25);
    },
  },
  {
    name: 'refuses a limit or offset that is no number ≥ 0 with a ValidationError naming it',
    async run(store) {
      await store.upsertJobs(CONTRACT_JOBS);
      await store.addMatches('r1', [{ jobId: 'a', score: 0.9, ranker: 'test' }]);
      const vector = new Float32Array([1, 0, 0]);
      // Each call with the value as its limit or offset. A store that sent NaN or -1 on (as a search's size, a slice's
      // end) answered something else: every job but the last, an endless search, a cluster's error.
      const calls: ReadonlyArray<readonly [string, 'limit' | 'offset', (value: number) => Promise<unknown>]> = [
        ['listJobs', 'limit', (value) => store.listJobs({}, { limit: value })],
        ['listJobs', 'offset', (value) => store.listJobs({}, { offset: value, limit: 2 })],
        ['searchJobs', 'limit', (value) => store.searchJobs('engineer', { limit: value })],
        ['searchJobsByVector', 'limit', (value) => store.searchJobsByVector(vector, { limit: value })],
        ['listResumes', 'limit', (value) => store.listResumes({ limit: value })],
        ['listResumes', 'offset', (value) => store.listResumes({ offset: value })],
        ['listMatches', 'limit', (value) => store.listMatches('r1', { limit: value })],
        ['listMatches', 'offset', (value) => store.listMatches('r1', { offset: value })],
      ];
      for (const [method, option, call] of calls)
        for (const value of [Number.NaN, -1, Number.NEGATIVE_INFINITY, '2' as unknown as number]) {
          const what = `${method} with ${option} ${typeof value === 'string' ? `'${value}'` : value}`;
          const error = await call(value).then(
            () => undefined,
            (caught: unknown) => caught,
          );
          assert.ok(error instanceof ValidationError, `${what}: expected a ValidationError, got ${String(error)}`);
          assert.equal(error.setting, option, `${what}: the error names ${option}`);
        }
      assert.equal(await store.countJobs(), 3, 'nothing changed');
      assert.deepEqual(idsOf(await store.listJobs({}, { limit: 0 })), []);
    },
  },
  {
    name: 'searches lexically, ranks the best match first and applies filters',
    async run(store) {
      await store.upsertJobs(CONTRACT_JOBS);
      const hits = await store.searchJobs('postgresql backend');
      assert.equal(hits[0]?.job.id, 'a');
      assert.ok(hits[0]!.score > 0, 'the best hit scores above 0');
      for (let index = 1; index < hits.length; index++)
        assert.ok(hits[index]!.score <= hits[index - 1]!.score, 'hits come best first');
      // A title match outranks a description-only match (title weighs 3, description 1).
      await store.upsertJobs([
        { id: 'd', source: 'board', title: 'Nurse Educator', description: 'Teaching' },
        { id: 'e', source: 'board', title: 'Educator', description: 'Works with a nurse' },
      ]);
      const nurse = hitIds(await store.searchJobs('educator nurse'));
      assert.ok(
        nurse.includes('d') && nurse.includes('e') && nurse.indexOf('d') < nurse.indexOf('e'),
        `title match first, got ${nurse.join(', ')}`,
      );
      assert.deepEqual(await store.searchJobs('postgresql', { filter: { workplace: ['onsite'] } }), []);
      assert.deepEqual(await store.searchJobs('nothing matches this'), []);
      assert.equal((await store.searchJobs('care', { limit: 1 })).length, 1);
      // The job's place is searched (its city, region and country), as a person's text names it; not its workplace.
      assert.deepEqual(hitIds(await store.searchJobs('Manchester')), ['b']);
      assert.deepEqual(hitIds(await store.searchJobs('hybrid')), []);
    },
  },
  {
    name: 'finds nearest vectors by cosine, with filters, and checks them',
    async run(store) {
      await store.upsertJobs(CONTRACT_JOBS);
      await store.upsertJobVectors([
        { id: 'a', vector: new Float32Array([1, 0, 0]) },
        { id: 'b', vector: new Float32Array([0, 1, 0]) },
        { id: 'c', vector: new Float32Array([0.7, 0.7, 0]) },
      ]);
      const hits = await store.searchJobsByVector(new Float32Array([2, 0.1, 0]), { limit: 2 });
      assert.deepEqual(hitIds(hits), ['a', 'c']);
      assert.ok(Math.abs(hits[0]!.score - 2 / Math.sqrt(4.01)) < 5e-6, `cosine of the nearest, got ${hits[0]!.score}`);
      assert.deepEqual(
        hitIds(await store.searchJobsByVector(new Float32Array([1, 0, 0]), { filter: { sources: ['other'] } })),
        ['c'],
      );
      await assert.rejects(store.searchJobsByVector(new Float32Array([1, 0])), VectorDimensionError);
      await assert.rejects(
        store.upsertJobVectors([{ id: 'a', vector: new Float32Array([1, 0]) }]),
        VectorDimensionError,
      );
      // A vector for a job the store doesn't hold is bad input: a ValidationError naming the entry (was a RangeError).
      await assert.rejects(
        store.upsertJobVectors([{ id: 'zzz', vector: new Float32Array([1, 0, 0]) }]),
        (error) => error instanceof ValidationError && /entries\.0\.id: names unknown job zzz/.test(error.message),
      );
      await assert.rejects(
        store.upsertJobVectors([{ id: 'a', vector: new Float32Array([Number.NaN, 0, 0]) }]),
        /finite/,
      );
    },
  },
  {
    name: 'drops a job vector when the job text changes',
    async run(store) {
      await store.upsertJobs(CONTRACT_JOBS);
      await store.upsertJobVectors([{ id: 'a', vector: new Float32Array([1, 0, 0]) }]);
      await store.upsertJobs([{ ...CONTRACT_JOBS[0]!, description: 'Now Go and Kafka' }]);
      assert.deepEqual(await store.searchJobsByVector(new Float32Array([1, 0, 0])), []);
    },
  },
  {
    name: 'keeps resumes',
    async run(store) {
      const resume = await store.upsertResume({
        id: 'r1',
        skills: ['SQL'],
        experience: [{ title: 'Analyst', start: '2020-01' }],
      });
      assert.deepEqual(resume.skills, ['SQL']);
      await store.upsertResume({ id: 'r2' });
      const stored = await store.getResume('r1');
      assert.deepEqual(stored, resume);
      assert.deepEqual(stored?.experience[0]?.start, new Date('2020-01-01T00:00:00Z'));
      assert.deepEqual(idsOf(await store.listResumes()).sort(), ['r1', 'r2']);
      assert.equal((await store.listResumes({ limit: 1 })).length, 1);
      assert.equal(await store.deleteResume('r1'), true);
      assert.equal(await store.deleteResume('r1'), false);
      assert.equal(await store.getResume('r1'), undefined);
    },
  },
  {
    name: 'keeps feedback, replacing by id',
    async run(store) {
      const feedback = await store.addFeedback({ subjectId: 'r1', jobId: 'a', rating: 3 });
      assert.ok(feedback.id, 'feedback gets an id');
      await store.addFeedback({ subjectId: 'r2', jobId: 'a', action: 'dismiss' });
      await store.addFeedback({ id: feedback.id, subjectId: 'r1', jobId: 'a', rating: 1 });
      const mine = await store.listFeedback({ subjectId: 'r1' });
      assert.equal(mine.length, 1);
      assert.deepEqual([mine[0]!.id, mine[0]!.rating], [feedback.id, 1]);
      assert.ok(mine[0]!.timestamp instanceof Date, 'feedback has a Date timestamp');
      assert.equal((await store.listFeedback({ jobId: 'a' })).length, 2);
      assert.deepEqual(await store.listFeedback({ subjectId: 'r2', jobId: 'b' }), []);
      await assert.rejects(store.addFeedback({ subjectId: 'r1', jobId: 'a' }), ValidationError);
    },
  },
  {
    name: 'keeps match history newest first and validates it',
    async run(store) {
      await store.addMatches('r1', [{ jobId: 'a', score: 0.9, ranker: 'test', breakdown: { skills: 0.5 } }]);
      await store.addMatches('r1', [{ jobId: 'b', score: 0.2, ranker: 'test' }]);
      await store.addMatches('r2', [{ jobId: 'c', score: 0.5, ranker: 'test' }]);
      const history = await store.listMatches('r1');
      assert.deepEqual(
        history.map((match) => match.jobId),
        ['b', 'a'],
      );
      const older = history[1]!;
      assert.deepEqual(
        [older.subjectId, older.score, older.breakdown, older.matchedSkills],
        ['r1', 0.9, { skills: 0.5 }, []],
      );
      assert.ok(history[0]!.createdAt instanceof Date, 'a match has a Date createdAt');
      assert.deepEqual(
        (await store.listMatches('r1', { offset: 1, limit: 1 })).map((match) => match.jobId),
        ['a'],
      );
      await assert.rejects(store.addMatches('r1', [{ jobId: 'x', score: 2, ranker: 't' }]), ValidationError);
      assert.equal((await store.listMatches('r1')).length, 2);
    },
  },
  {
    name: 'caches embeddings exactly, when the store is an EmbeddingCache',
    async run(store) {
      if (!store.getEmbeddings || !store.putEmbeddings) return;
      const vector = new Float32Array([0.1, -2.5, 1e-7, 3.4028234663852886e38]);
      await store.putEmbeddings([{ key: 'k1', vector }]);
      const [found, missing] = await store.getEmbeddings(['k1', 'k2']);
      assert.ok(found instanceof Float32Array, 'a cached vector comes back as a Float32Array');
      assert.deepEqual(found, vector);
      assert.equal(missing, undefined);
      await assert.rejects(
        store.putEmbeddings([{ key: 'bad', vector: new Float32Array([Number.POSITIVE_INFINITY]) }]),
        /finite/,
      );
    },
  },
];

/** Options for {@link runStoreContractCase}: hooks for the cases, and cleanup. */
export interface RunStoreContractCaseOptions extends StoreContractHooks {
  /** Called after the case, before the store is closed, e.g. to delete the store's indices. */
  cleanup?: ((store: Store) => Promise<void>) | undefined;
}

/** Runs one contract case on a fresh store from `createStore`, then cleans up and closes the store, even when the case fails. */
export async function runStoreContractCase(
  testCase: StoreContractCase,
  createStore: () => Promise<Store>,
  options: RunStoreContractCaseOptions = {},
): Promise<void> {
  const store = await createStore();
  try {
    await testCase.run(store, { refusable: options.refusable });
  } finally {
    try {
      await options.cleanup?.(store);
    } finally {
      await store.close();
    }
  }
}
