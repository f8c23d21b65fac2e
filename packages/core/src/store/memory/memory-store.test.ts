import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreFileError, ValidationError, VectorDimensionError } from '../../errors/index.js';
import type { JobInput } from '../../schemas/index.js';
import { createMemoryStore } from './index.js';

const jobs: JobInput[] = [
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

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'rolefit-store-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('MemoryStore jobs', () => {
  it('upserts, counts inserts and updates, gets and deletes', async () => {
    const store = createMemoryStore();
    expect(await store.upsertJobs(jobs)).toEqual({ inserted: 3, updated: 0 });
    expect(await store.upsertJobs([{ ...jobs[0]!, title: 'Senior Backend Engineer' }])).toEqual({ inserted: 0, updated: 1 });
    expect((await store.getJob('a'))?.title).toBe('Senior Backend Engineer');
    expect(await store.deleteJob('a')).toBe(true);
    expect(await store.deleteJob('a')).toBe(false);
    expect(await store.countJobs()).toBe(2);
  });

  it('validates the whole batch first and changes nothing when one item is bad', async () => {
    const store = createMemoryStore();
    const error = await store.upsertJobs([jobs[0]!, { id: 'bad', source: 's', title: '' }]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).entity).toBe('Job at index 1');
    expect((error as ValidationError).fields).toEqual(['title']);
    expect(await store.countJobs()).toBe(0);
  });

  it('lists newest first with filters and paging', async () => {
    const store = createMemoryStore();
    await store.upsertJobs(jobs);
    expect((await store.listJobs()).map((job) => job.id)).toEqual(['b', 'a', 'c']);
    expect((await store.listJobs({ workplace: ['remote', 'hybrid'] })).map((job) => job.id)).toEqual(['a', 'c']);
    expect((await store.listJobs({ locations: ['Manchester'] })).map((job) => job.id)).toEqual(['b']);
    expect((await store.listJobs({ minSalary: { amount: 130000, currency: 'USD', period: 'year' }, strict: true })).map((job) => job.id)).toEqual(['a']);
    expect((await store.listJobs({ postedSince: new Date('2026-10-15') })).map((job) => job.id)).toEqual(['b', 'a']);
    expect((await store.listJobs({ sources: ['other'] })).map((job) => job.id)).toEqual(['c']);
    expect((await store.listJobs({}, { offset: 1, limit: 1 })).map((job) => job.id)).toEqual(['a']);
    expect(await store.countJobs({ employmentTypes: ['full-time'], strict: true })).toBe(1);
  });

  it('searches lexically with BM25 and applies filters', async () => {
    const store = createMemoryStore();
    await store.upsertJobs(jobs);
    const hits = await store.searchJobs('postgresql backend');
    expect(hits[0]?.job.id).toBe('a');
    expect(hits[0]!.score).toBeGreaterThan(0);
    expect(await store.searchJobs('postgresql', { filter: { workplace: ['onsite'] } })).toEqual([]);
    expect(await store.searchJobs('nothing matches this')).toEqual([]);
  });

  it('finds nearest vectors by exact cosine, with filters, and checks dimensions', async () => {
    const store = createMemoryStore();
    await store.upsertJobs(jobs);
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
    const store = createMemoryStore();
    await store.upsertJobs(jobs);
    await store.upsertJobVectors([{ id: 'a', vector: new Float32Array([1, 0]) }]);
    await store.upsertJobs([{ ...jobs[0]!, description: 'Now Go and Kafka' }]);
    expect(await store.searchJobsByVector(new Float32Array([1, 0]))).toEqual([]);
  });
});

describe('MemoryStore resumes, feedback and matches', () => {
  it('keeps resumes, feedback and match history', async () => {
    const store = createMemoryStore();
    const resume = await store.upsertResume({ id: 'r1', skills: ['SQL'] });
    expect(resume.skills).toEqual(['SQL']);
    expect((await store.getResume('r1'))?.id).toBe('r1');
    expect(await store.listResumes()).toHaveLength(1);
    const feedback = await store.addFeedback({ subjectId: 'r1', jobId: 'a', rating: 3 });
    expect(feedback.id).toBeTruthy();
    await store.addFeedback({ subjectId: 'r2', jobId: 'a', action: 'dismiss' });
    expect(await store.listFeedback({ subjectId: 'r1' })).toHaveLength(1);
    expect(await store.listFeedback({ jobId: 'a' })).toHaveLength(2);
    await store.addMatches('r1', [{ jobId: 'a', score: 0.9, ranker: 'test' }]);
    await store.addMatches('r1', [{ jobId: 'b', score: 0.2, ranker: 'test' }]);
    expect((await store.listMatches('r1')).map((match) => match.jobId)).toEqual(['b', 'a']);
    await expect(store.addMatches('r1', [{ jobId: 'x', score: 2, ranker: 't' }])).rejects.toBeInstanceOf(ValidationError);
    expect(await store.deleteResume('r1')).toBe(true);
  });
});

describe('MemoryStore persistence', () => {
  it('saves everything to a file and reloads it', async () => {
    const path = join(directory, 'store.json');
    const store = createMemoryStore({ path });
    await store.upsertJobs(jobs);
    await store.upsertJobVectors([{ id: 'b', vector: new Float32Array([0.25, -1.5, 3]) }]);
    await store.upsertResume({ id: 'r1', experience: [{ title: 'Nurse', start: '2020-01', end: null }] });
    await store.addFeedback({ subjectId: 'r1', jobId: 'b', rating: 2 });
    await store.addMatches('r1', [{ jobId: 'b', score: 0.5, ranker: 'test', breakdown: { skills: 0.5 } }]);
    await store.putEmbeddings([{ key: 'hash-1', vector: new Float32Array([0.5, -0.25]) }]);
    await store.close();

    const reloaded = await createMemoryStore({ path }).open();
    expect(await reloaded.countJobs()).toBe(3);
    expect((await reloaded.getJob('a'))?.postedAt).toEqual(new Date('2026-11-01'));
    expect((await reloaded.getJob('a'))?.salary?.annualMax).toBe(150000);
    const hit = (await reloaded.searchJobsByVector(new Float32Array([0.25, -1.5, 3])))[0];
    expect(hit?.job.id).toBe('b');
    expect(hit?.score).toBeCloseTo(1, 6);
    expect((await reloaded.getResume('r1'))?.experience[0]?.end).toBeNull();
    expect((await reloaded.listFeedback())[0]?.rating).toBe(2);
    expect((await reloaded.listMatches('r1'))[0]?.breakdown).toEqual({ skills: 0.5 });
    expect((await reloaded.searchJobs('nurse'))[0]?.job.id).toBe('b');
    expect(await reloaded.getEmbeddings(['hash-1', 'missing'])).toEqual([new Float32Array([0.5, -0.25]), undefined]);
  });

  it('rejects non-finite cached embeddings', async () => {
    await expect(createMemoryStore().putEmbeddings([{ key: 'k', vector: new Float32Array([Number.NaN]) }])).rejects.toThrow(/finite/);
  });

  it('writes only on flush when autosave is off', async () => {
    const path = join(directory, 'store.json');
    const store = createMemoryStore({ path, autosave: false });
    await store.upsertJobs(jobs);
    expect(existsSync(path)).toBe(false);
    await store.flush();
    expect(JSON.parse(await readFile(path, 'utf8')).jobs).toHaveLength(3);
  });

  it('rejects files that are not store files with a typed error', async () => {
    const path = join(directory, 'store.json');
    await writeFile(path, '{"format": "rolefit-memory-store", "version": 1, "jobs": [');
    await expect(createMemoryStore({ path }).open()).rejects.toBeInstanceOf(StoreFileError);
    await writeFile(path, '{"hello": "world"}');
    await expect(createMemoryStore({ path }).open()).rejects.toThrow(/not a Rolefit memory store file/);
    await writeFile(path, '{"format": "rolefit-memory-store", "version": 99}');
    await expect(createMemoryStore({ path }).open()).rejects.toThrow(/version 99/);
    await writeFile(path, JSON.stringify({ format: 'rolefit-memory-store', version: 1, jobs: [{ id: 'x' }], vectors: [], resumes: [], feedback: [], matches: [] }));
    await expect(createMemoryStore({ path }).open()).rejects.toThrow(/jobs\[0\].*source/);
  });

  it('reloads the last complete save after a process is killed in the middle of writing', async () => {
    const path = join(directory, 'store.json');
    const before = createMemoryStore({ path });
    await before.upsertJobs(Array.from({ length: 50 }, (_, index) => ({ id: `keep-${index}`, source: 'seed', title: `Seed job ${index}` })));
    await before.close();

    // Bundle the real store so a plain Node child process can run it.
    const bundlePath = join(directory, 'store-bundle.mjs');
    await build({
      entryPoints: [fileURLToPath(new URL('./index.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bundlePath,
      logLevel: 'silent',
    });
    const child = fork(fileURLToPath(new URL('./fixtures/crash-during-save.mjs', import.meta.url)), [bundlePath, path], { stdio: 'pipe' });
    const halfWritten = new Promise<void>((resolve, reject) => {
      child.on('message', (message) => message === 'half-written' && resolve());
      child.on('exit', (code) => reject(new Error(`child exited (${code}) before writing`)));
    });
    await halfWritten;
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;

    const leftovers = (await readdir(directory)).filter((name) => name.endsWith('.tmp'));
    expect(leftovers).toHaveLength(1); // the crash really happened mid-write

    const after = await createMemoryStore({ path }).open();
    expect(await after.countJobs()).toBe(50);
    expect(await after.getJob('keep-0')).toBeDefined(); // the unsaved delete is not half-applied
    expect(await after.getJob('new-0')).toBeUndefined();
    expect((await readdir(directory)).filter((name) => name.endsWith('.tmp'))).toHaveLength(0);
    await after.upsertJobs([{ id: 'after-crash', source: 'seed', title: 'Saved fine' }]);
    expect(await (await createMemoryStore({ path }).open()).countJobs()).toBe(51);
  });
});
