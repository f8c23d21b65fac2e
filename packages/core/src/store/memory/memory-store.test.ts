import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreFileError } from '../../errors/index.js';
import { CONTRACT_JOBS } from '../contract/index.js';
import { createMemoryStore } from './index.js';

// The Store contract's jobs: the MemoryStore-only tests below (persistence) start from the same three.
const jobs = CONTRACT_JOBS;

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'rolefit-store-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

// Jobs, search, vectors, resumes, feedback and matches: the Store contract (../contract) runs on MemoryStore.

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
