// One behavioural contract for every Store. It asserts what any backend can promise: exact membership, order where
// the Store interface defines one (newest first, nearest first), and relative lexical ranking instead of BM25 values.
import { ValidationError, VectorDimensionError, type JobInput, type Store } from '@rolefit/core';
import { afterEach, describe, expect, it } from 'vitest';

/** How the contract gets and disposes of a store; each test gets a fresh, empty one. */
export interface StoreContractOptions {
  /** Called after each test, e.g. to delete the store's indices. */
  cleanup?: (store: Store) => Promise<void>;
}

/** Jobs every contract test starts from. */
export const CONTRACT_JOBS: JobInput[] = [
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
  { id: 'c', source: 'other', title: 'Remote Data Analyst', description: 'SQL dashboards', location: { workplace: 'remote' }, postedAt: '2026-10-01' },
];

/** Registers vitest tests that check `createStore()`'s stores keep the Store contract. */
export function runStoreContract(name: string, createStore: () => Promise<Store>, options: StoreContractOptions = {}): void {
  describe(`Store contract: ${name}`, () => {
    const opened: Store[] = [];
    const open = async (): Promise<Store> => {
      const store = await createStore();
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      for (const store of opened.splice(0)) {
        await options.cleanup?.(store);
        await store.close();
      }
    });

    it('upserts, counts inserts and updates, gets and deletes', async () => {
      const store = await open();
      expect(await store.upsertJobs(CONTRACT_JOBS)).toMatchObject({ inserted: 3, updated: 0 });
      expect(await store.upsertJobs([{ ...CONTRACT_JOBS[0]!, title: 'Senior Backend Engineer' }])).toMatchObject({ inserted: 0, updated: 1 });
      const job = await store.getJob('a');
      expect(job?.title).toBe('Senior Backend Engineer');
      expect(job?.postedAt).toEqual(new Date('2026-11-01'));
      expect(job?.salary?.annualMax).toBe(150000);
      expect(await store.getJob('missing')).toBeUndefined();
      expect(await store.deleteJob('a')).toBe(true);
      expect(await store.deleteJob('a')).toBe(false);
      expect(await store.countJobs()).toBe(2);
    });

    it('validates the whole batch first and changes nothing when one item is bad', async () => {
      const store = await open();
      const error = await store.upsertJobs([CONTRACT_JOBS[0]!, { id: 'bad', source: 's', title: '' }]).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).entity).toMatch(/^Job at index 1/);
      expect((error as ValidationError).fields).toEqual(['title']);
      expect(await store.countJobs()).toBe(0);
    });

    it('lists newest first with filters and paging', async () => {
      const store = await open();
      await store.upsertJobs([...CONTRACT_JOBS, { id: 'undated', source: 'other', title: 'Porter' }]);
      expect((await store.listJobs()).map((job) => job.id)).toEqual(['b', 'a', 'c', 'undated']);
      expect((await store.listJobs({ workplace: ['remote', 'hybrid'], strict: true })).map((job) => job.id)).toEqual(['a', 'c']);
      expect((await store.listJobs({ locations: ['Manchester'] })).map((job) => job.id)).toEqual(['b']);
      expect((await store.listJobs({ minSalary: { amount: 130000, currency: 'USD', period: 'year' }, strict: true })).map((job) => job.id)).toEqual(['a']);
      expect((await store.listJobs({ postedSince: new Date('2026-10-15'), strict: true })).map((job) => job.id)).toEqual(['b', 'a']);
      expect((await store.listJobs({ sources: ['other'] })).map((job) => job.id)).toEqual(['c', 'undated']);
      expect((await store.listJobs({ ids: [] })).map((job) => job.id)).toEqual([]);
      expect((await store.listJobs({}, { offset: 1, limit: 1 })).map((job) => job.id)).toEqual(['a']);
      expect((await store.listJobs({}, { offset: 2 })).map((job) => job.id)).toEqual(['c', 'undated']);
      expect(await store.countJobs({ employmentTypes: ['full-time'], strict: true })).toBe(1);
      expect(await store.countJobs({ sources: ['board'] })).toBe(2);
    });

    it('pages through many jobs without gaps or repeats', async () => {
      const store = await open();
      const many = Array.from({ length: 25 }, (_, index) => ({ id: `job-${String(index).padStart(2, '0')}`, source: 's', title: `Role ${index}`, postedAt: new Date(Date.UTC(2026, 0, 1 + (index % 7))) }));
      await store.upsertJobs(many);
      const seen: string[] = [];
      for (let offset = 0; offset < 25; offset += 10) seen.push(...(await store.listJobs({}, { offset, limit: 10 })).map((job) => job.id));
      expect(seen).toEqual((await store.listJobs()).map((job) => job.id));
      expect(new Set(seen).size).toBe(25);
    });

    it('searches lexically, ranks the best match first and applies filters', async () => {
      const store = await open();
      await store.upsertJobs(CONTRACT_JOBS);
      const hits = await store.searchJobs('postgresql backend');
      expect(hits[0]?.job.id).toBe('a');
      expect(hits[0]!.score).toBeGreaterThan(0);
      for (let index = 1; index < hits.length; index++) expect(hits[index]!.score).toBeLessThanOrEqual(hits[index - 1]!.score);
      // A title match outranks a description-only match (title weighs 3, description 1).
      await store.upsertJobs([{ id: 'd', source: 'board', title: 'Nurse Educator', description: 'Teaching' }, { id: 'e', source: 'board', title: 'Educator', description: 'Works with a nurse' }]);
      const nurse = (await store.searchJobs('educator nurse')).map((hit) => hit.job.id);
      expect(nurse.indexOf('d')).toBeLessThan(nurse.indexOf('e'));
      expect(await store.searchJobs('postgresql', { filter: { workplace: ['onsite'] } })).toEqual([]);
      expect(await store.searchJobs('nothing matches this')).toEqual([]);
      expect(await store.searchJobs('care', { limit: 1 })).toHaveLength(1);
    });

    it('finds nearest vectors by cosine, with filters, and checks them', async () => {
      const store = await open();
      await store.upsertJobs(CONTRACT_JOBS);
      await store.upsertJobVectors([
        { id: 'a', vector: new Float32Array([1, 0, 0]) },
        { id: 'b', vector: new Float32Array([0, 1, 0]) },
        { id: 'c', vector: new Float32Array([0.7, 0.7, 0]) },
      ]);
      const hits = await store.searchJobsByVector(new Float32Array([2, 0.1, 0]), { limit: 2 });
      expect(hits.map((hit) => hit.job.id)).toEqual(['a', 'c']);
      expect(hits[0]!.score).toBeCloseTo(2 / Math.sqrt(4.01), 5);
      expect((await store.searchJobsByVector(new Float32Array([1, 0, 0]), { filter: { sources: ['other'] } })).map((hit) => hit.job.id)).toEqual(['c']);
      await expect(store.searchJobsByVector(new Float32Array([1, 0]))).rejects.toBeInstanceOf(VectorDimensionError);
      await expect(store.upsertJobVectors([{ id: 'a', vector: new Float32Array([1, 0]) }])).rejects.toBeInstanceOf(VectorDimensionError);
      await expect(store.upsertJobVectors([{ id: 'zzz', vector: new Float32Array([1, 0, 0]) }])).rejects.toThrow(/unknown job zzz/);
      await expect(store.upsertJobVectors([{ id: 'a', vector: new Float32Array([Number.NaN, 0, 0]) }])).rejects.toThrow(/finite/);
    });

    it('drops a job vector when the job text changes', async () => {
      const store = await open();
      await store.upsertJobs(CONTRACT_JOBS);
      await store.upsertJobVectors([{ id: 'a', vector: new Float32Array([1, 0, 0]) }]);
      await store.upsertJobs([{ ...CONTRACT_JOBS[0]!, description: 'Now Go and Kafka' }]);
      expect(await store.searchJobsByVector(new Float32Array([1, 0, 0]))).toEqual([]);
    });

    it('keeps resumes', async () => {
      const store = await open();
      const resume = await store.upsertResume({ id: 'r1', skills: ['SQL'], experience: [{ title: 'Analyst', start: '2020-01' }] });
      expect(resume.skills).toEqual(['SQL']);
      await store.upsertResume({ id: 'r2' });
      const stored = await store.getResume('r1');
      expect(stored).toEqual(resume);
      expect(stored?.experience[0]?.start).toEqual(new Date('2020-01-01T00:00:00Z'));
      expect((await store.listResumes()).map((item) => item.id).sort()).toEqual(['r1', 'r2']);
      expect(await store.listResumes({ limit: 1 })).toHaveLength(1);
      expect(await store.deleteResume('r1')).toBe(true);
      expect(await store.deleteResume('r1')).toBe(false);
      expect(await store.getResume('r1')).toBeUndefined();
    });

    it('keeps feedback, replacing by id', async () => {
      const store = await open();
      const feedback = await store.addFeedback({ subjectId: 'r1', jobId: 'a', rating: 3 });
      expect(feedback.id).toBeTruthy();
      await store.addFeedback({ subjectId: 'r2', jobId: 'a', action: 'dismiss' });
      await store.addFeedback({ id: feedback.id, subjectId: 'r1', jobId: 'a', rating: 1 });
      const mine = await store.listFeedback({ subjectId: 'r1' });
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ id: feedback.id, rating: 1 });
      expect(mine[0]!.timestamp).toBeInstanceOf(Date);
      expect(await store.listFeedback({ jobId: 'a' })).toHaveLength(2);
      expect(await store.listFeedback({ subjectId: 'r2', jobId: 'b' })).toEqual([]);
      await expect(store.addFeedback({ subjectId: 'r1', jobId: 'a' })).rejects.toBeInstanceOf(ValidationError);
    });

    it('keeps match history newest first and validates it', async () => {
      const store = await open();
      await store.addMatches('r1', [{ jobId: 'a', score: 0.9, ranker: 'test', breakdown: { skills: 0.5 } }]);
      await store.addMatches('r1', [{ jobId: 'b', score: 0.2, ranker: 'test' }]);
      await store.addMatches('r2', [{ jobId: 'c', score: 0.5, ranker: 'test' }]);
      const history = await store.listMatches('r1');
      expect(history.map((match) => match.jobId)).toEqual(['b', 'a']);
      expect(history[1]).toMatchObject({ subjectId: 'r1', score: 0.9, breakdown: { skills: 0.5 }, matchedSkills: [] });
      expect(history[0]!.createdAt).toBeInstanceOf(Date);
      expect((await store.listMatches('r1', { offset: 1, limit: 1 })).map((match) => match.jobId)).toEqual(['a']);
      await expect(store.addMatches('r1', [{ jobId: 'x', score: 2, ranker: 't' }])).rejects.toBeInstanceOf(ValidationError);
      expect(await store.listMatches('r1')).toHaveLength(2);
    });

    it('caches embeddings exactly, when the store is an EmbeddingCache', async () => {
      const store = await open();
      if (!store.getEmbeddings || !store.putEmbeddings) return;
      const vector = new Float32Array([0.1, -2.5, 1e-7, 3.4028234663852886e38]);
      await store.putEmbeddings([{ key: 'k1', vector }]);
      const [found, missing] = await store.getEmbeddings(['k1', 'k2']);
      expect(found).toEqual(vector);
      expect(found).toBeInstanceOf(Float32Array);
      expect(missing).toBeUndefined();
      await expect(store.putEmbeddings([{ key: 'bad', vector: new Float32Array([Number.POSITIVE_INFINITY]) }])).rejects.toThrow(/finite/);
    });
  });
}
