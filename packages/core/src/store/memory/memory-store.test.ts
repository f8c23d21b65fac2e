import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreFileError, VectorDimensionError } from '../../errors/index.js';
import { CONTRACT_JOBS } from '../contract/index.js';
import { bundleMemoryStore } from './bundle-store.testing.js';
import { createMemoryStore, type MemoryStore, type MemoryStoreFieldWeights } from './index.js';
import { readJournalLine } from './journal.js';
import { SnapshotReader } from './snapshot.js';

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
    await expect(
      createMemoryStore().putEmbeddings([{ key: 'k', vector: new Float32Array([Number.NaN]) }]),
    ).rejects.toThrow(/finite/);
  });

  // They were TypeErrors ('Vector at index 0 … must be …', or "entries.entries is not a function" for no list).
  it('refuses vectors that are no Float32Array of finite numbers with a ValidationError naming the entry', async () => {
    const store = createMemoryStore();
    await store.upsertJobs(jobs);
    const refusals: Array<[() => Promise<unknown>, string]> = [
      [() => store.upsertJobVectors([{ id: 'b', vector: [1, 0] as never }]), 'entries.0.vector'],
      [() => store.upsertJobVectors([{ id: 'b', vector: new Float32Array(0) }]), 'entries.0.vector'],
      [() => store.upsertJobVectors(null as never), 'entries'],
      [() => store.putEmbeddings([{ key: 'k', vector: new Float32Array([Number.NaN]) }]), 'entries.0.vector'],
      [() => store.putEmbeddings([{ key: 'k', vector: 'x' as never }]), 'entries.0.vector'],
    ];
    for (const [call, field] of refusals)
      await expect(call(), field).rejects.toMatchObject({ name: 'ValidationError', field });
    expect(await store.getEmbeddings(['k'])).toEqual([undefined]);
  });

  it('writes only on flush when autosave is off', async () => {
    const path = join(directory, 'store.json');
    const store = createMemoryStore({ path, autosave: false });
    await store.upsertJobs(jobs);
    expect(existsSync(path)).toBe(false);
    await store.flush();
    expect((await snapshotHeader(path)).jobs).toBe(3);
  });

  it('rejects files that are not store files with a typed error', async () => {
    const path = join(directory, 'store.json');
    await writeFile(path, '{"format": "rolefit-memory-store", "version": 1, "jobs": [');
    await expect(createMemoryStore({ path }).open()).rejects.toBeInstanceOf(StoreFileError);
    await writeFile(path, '{"hello": "world"}');
    await expect(createMemoryStore({ path }).open()).rejects.toThrow(/not a Rolefit memory store file/);
    // JSON.parse quotes a short file whole, its newline too; the message stays on one line.
    await writeFile(path, 'garbage\n');
    const garbage = await createMemoryStore({ path })
      .open()
      .then(
        () => undefined,
        (error: unknown) => error as Error,
      );
    expect(garbage).toBeInstanceOf(StoreFileError);
    expect(garbage?.message).toMatch(/^\S+store\.json: is not valid JSON \(Unexpected token .*"garbage ".*\)$/);
    await writeFile(path, '{"format": "rolefit-memory-store", "version": 99}');
    await expect(createMemoryStore({ path }).open()).rejects.toThrow(/version 99/);
    await writeFile(
      path,
      JSON.stringify({
        format: 'rolefit-memory-store',
        version: 1,
        jobs: [{ title: 'x' }],
        vectors: [],
        resumes: [],
        feedback: [],
        matches: [],
      }),
    );
    await expect(createMemoryStore({ path }).open()).rejects.toThrow(/jobs\[0\].*source/);
    // A job with an id is kept as a damaged record (the store opens; check() lists it, reading it throws).
    await writeFile(
      path,
      JSON.stringify({
        format: 'rolefit-memory-store',
        version: 1,
        jobs: [{ id: 'x' }],
        vectors: [],
        resumes: [],
        feedback: [],
        matches: [],
      }),
    );
    const kept = await createMemoryStore({ path }).open();
    expect((await kept.check()).damaged.map((item) => item.id)).toEqual(['x']);
    await expect(kept.getJob('x')).rejects.toThrow(/jobs\[0\].*source/);
    await kept.close();
  });

  it('reloads the last complete save after a process is killed in the middle of writing', async () => {
    const path = join(directory, 'store.json');
    await seed(path);
    await crashChild(path, 'snapshot');

    const leftovers = (await readdir(directory)).filter((name) => name.endsWith('.tmp'));
    expect(leftovers).toHaveLength(1); // the crash really happened mid-write

    const after = await createMemoryStore({ path }).open();
    expect(await after.countJobs()).toBe(50);
    expect(await after.getJob('keep-0')).toBeDefined(); // the unsaved delete is not half-applied
    expect(await after.getJob('new-0')).toBeUndefined();
    expect((await readdir(directory)).filter((name) => name.endsWith('.tmp'))).toHaveLength(0);
    await after.upsertJobs([{ id: 'after-crash', source: 'seed', title: 'Saved fine' }]);
    const reloaded = await createMemoryStore({ path }).open();
    expect(await reloaded.countJobs()).toBe(51);
    await Promise.all([after.close(), reloaded.close()]);
  });

  it('keeps every acknowledged change when killed halfway through a journal append', async () => {
    const path = join(directory, 'store.json');
    await seed(path);
    const acked = await crashChild(path, 'append');
    expect(acked).toHaveLength(12); // the 25th journal write froze: iteration 12's upsert
    const journal = await readFile(`${path}.journal`, 'utf8');
    expect(journal.endsWith('\n')).toBe(false); // the crash really tore a line

    const after = await createMemoryStore({ path }).open();
    await expectAcknowledged(after, acked);
    expect(await after.getJob('single-12')).toBeUndefined(); // torn, never acknowledged
    expect((await readFile(`${path}.journal`, 'utf8')).endsWith('\n')).toBe(true); // the torn line was cut off
    await after.upsertJobs([{ id: 'after-crash', source: 'seed', title: 'Saved fine' }]);
    const reloaded = await createMemoryStore({ path }).open();
    expect(await reloaded.getJob('after-crash')).toBeDefined();
    await expectAcknowledged(reloaded, acked);
    await Promise.all([after.close(), reloaded.close()]);
  });

  it('keeps every acknowledged change when killed halfway through folding the journal into the snapshot', async () => {
    const path = join(directory, 'store.json');
    await seed(path);
    const acked = await crashChild(path, 'compact');
    expect(acked.length).toBeGreaterThan(10);
    expect((await readdir(directory)).filter((name) => name.endsWith('.tmp'))).toHaveLength(1); // the crash really happened mid-compaction

    const after = await createMemoryStore({ path }).open();
    await expectAcknowledged(after, acked);
    await after.close(); // folds the replayed journal into the snapshot
    expect(existsSync(`${path}.journal`)).toBe(false);
    await expectAcknowledged(await createMemoryStore({ path }).open(), acked);
  });
});

/** The header of the binary snapshot at `path`. */
async function snapshotHeader(path: string): Promise<{ generation: number; jobs: number } & Record<string, unknown>> {
  const handle = await open(path, 'r');
  try {
    return (await SnapshotReader.open(path, handle)).header as unknown as { generation: number; jobs: number };
  } finally {
    await handle.close();
  }
}

/** Seeds a store file with 50 jobs, keep-0 … keep-49. */
async function seed(path: string): Promise<void> {
  const before = createMemoryStore({ path });
  await before.upsertJobs(
    Array.from({ length: 50 }, (_, index) => ({ id: `keep-${index}`, source: 'seed', title: `Seed job ${index}` })),
  );
  await before.close();
}

/** Runs the crash fixture in `mode` on the real store (bundled), kills it with SIGKILL once it froze mid-write, and returns the changes it had acknowledged. */
async function crashChild(path: string, mode: 'snapshot' | 'append' | 'compact'): Promise<number[]> {
  // Bundle the real store so a plain Node child process can run it.
  const bundlePath = join(directory, 'store-bundle.mjs');
  await bundleMemoryStore(bundlePath);
  const child = fork(
    fileURLToPath(new URL('./fixtures/crash-during-save.mjs', import.meta.url)),
    [bundlePath, path, mode],
    { stdio: 'pipe' },
  );
  const acked: number[] = [];
  const halfWritten = new Promise<void>((resolve, reject) => {
    child.on('message', (message) => {
      if (message === 'half-written') resolve();
      else if (typeof message === 'string' && message.startsWith('acked:'))
        acked.push(Number(message.slice('acked:'.length)));
    });
    child.on('exit', (code) => reject(new Error(`child exited (${code}) before writing`)));
  });
  await halfWritten;
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGKILL');
  await exited;
  return acked;
}

/** Every acknowledged iteration of the fixture is there: its upsert (or delete) and exactly one match. */
async function expectAcknowledged(store: MemoryStore, acked: readonly number[]): Promise<void> {
  for (const index of acked) {
    if (index % 5 === 4) expect(await store.getJob(`keep-${index}`), `keep-${index} deleted`).toBeUndefined();
    else expect(await store.getJob(`single-${index}`), `single-${index} kept`).toBeDefined();
  }
  const matches = (await store.listMatches('subject')).map((match) => match.jobId);
  expect(matches).toEqual(acked.map((index) => `single-${index}`).reverse());
}

describe('MemoryStore file checks', () => {
  const base = {
    format: 'rolefit-memory-store',
    version: 1,
    jobs: [{ id: 'a', source: 's', title: 'A' }],
    vectors: [],
    resumes: [],
    feedback: [],
    matches: [],
  };
  const float32 = (...values: number[]) => Buffer.from(new Float32Array(values).buffer).toString('base64');
  const sectionOf = async (path: string, content: unknown): Promise<string | undefined> => {
    await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
    const error = await createMemoryStore({ path })
      .open()
      .catch((caught: unknown) => caught);
    expect(error, JSON.stringify(content).slice(0, 200)).toBeInstanceOf(StoreFileError);
    return (error as StoreFileError).section;
  };

  it('names the malformed section with a typed error, never a bare TypeError or RangeError', async () => {
    const path = join(directory, 'store.json');
    expect(await sectionOf(path, { ...base, jobs: {} })).toBe('jobs');
    expect(await sectionOf(path, { ...base, vectors: 'nope' })).toBe('vectors');
    expect(await sectionOf(path, { ...base, matches: null })).toBe('matches');
    expect(await sectionOf(path, { ...base, embeddings: 7 })).toBe('embeddings');
    expect(await sectionOf(path, { ...base, jobs: [{ title: 'x' }] })).toBe('jobs[0]');
    expect(await sectionOf(path, { ...base, jobs: [null] })).toBe('jobs[0]');
    expect(await sectionOf(path, { ...base, resumes: [{ id: 5 }] })).toBe('resumes[0]');
    expect(await sectionOf(path, { ...base, feedback: [{}] })).toBe('feedback[0]');
    expect(
      await sectionOf(path, {
        ...base,
        matches: [{ subjectId: 's', createdAt: 'never', match: { jobId: 'a', score: 1, ranker: 't' } }],
      }),
    ).toBe('matches[0].createdAt');
    expect(
      await sectionOf(path, {
        ...base,
        matches: [{ subjectId: 's', createdAt: '2026-01-01', match: { jobId: 'a', score: 5, ranker: 't' } }],
      }),
    ).toBe('matches[0].match');
    expect(await sectionOf(path, { ...base, generation: 'one' })).toBe('generation');
    // Vectors: wrong types, an unknown job, bytes that are not whole floats, bad base64, NaN, mixed lengths.
    expect(await sectionOf(path, { ...base, vectors: [5] })).toBe('vectors[0]');
    expect(await sectionOf(path, { ...base, vectors: [{ id: 'a', vector: [1, 2] }] })).toBe('vectors[0].vector');
    expect(await sectionOf(path, { ...base, vectors: [{ id: 'zzz', vector: float32(1) }] })).toBe('vectors[0].id');
    expect(
      await sectionOf(path, { ...base, vectors: [{ id: 'a', vector: Buffer.from([1, 2, 3]).toString('base64') }] }),
    ).toBe('vectors[0].vector');
    expect(await sectionOf(path, { ...base, vectors: [{ id: 'a', vector: '!!!!' }] })).toBe('vectors[0].vector');
    expect(await sectionOf(path, { ...base, vectors: [{ id: 'a', vector: '' }] })).toBe('vectors[0].vector');
    expect(await sectionOf(path, { ...base, vectors: [{ id: 'a', vector: float32(1, Number.NaN) }] })).toBe(
      'vectors[0].vector',
    );
    expect(
      await sectionOf(path, { ...base, embeddings: [{ key: 'k', vector: float32(Number.POSITIVE_INFINITY) }] }),
    ).toBe('embeddings[0].vector');
    const two = { ...base, jobs: [...base.jobs, { id: 'b', source: 's', title: 'B' }] };
    expect(
      await sectionOf(path, {
        ...two,
        vectors: [
          { id: 'a', vector: float32(1, 0) },
          { id: 'b', vector: float32(1, 0, 0) },
        ],
      }),
    ).toBe('vectors[1].vector');
    // The whole file: not JSON, not a store, another version.
    expect(await sectionOf(path, '[')).toBeUndefined();
    expect(await sectionOf(path, 'null')).toBeUndefined();
    // A good file still loads.
    await writeFile(path, JSON.stringify({ ...base, vectors: [{ id: 'a', vector: float32(1, 0) }] }));
    expect(
      (await (await createMemoryStore({ path }).open()).searchJobsByVector(new Float32Array([1, 0])))[0]?.job.id,
    ).toBe('a');
  });

  it('gives no unhandled rejection when open() is not awaited at once, and fails the next call instead', async () => {
    const path = join(directory, 'store.json');
    await writeFile(path, '{ not json');
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const store = createMemoryStore({ path });
      await new Promise((resolve) => setTimeout(resolve, 50));
      await expect(store.upsertJobs(jobs)).rejects.toBeInstanceOf(StoreFileError);
      await expect(store.open()).rejects.toBeInstanceOf(StoreFileError);
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
  });
});

describe('MemoryStore journal', () => {
  it('appends single changes to the journal instead of rewriting the snapshot, and replays them on load', async () => {
    const path = join(directory, 'store.json');
    const store = await createMemoryStore({ path }).open();
    await store.upsertJobs(jobs);
    await store.close();
    const snapshot = await readFile(path, 'utf8');
    expect(existsSync(`${path}.journal`)).toBe(false); // close folded it in

    const reopened = await createMemoryStore({ path }).open();
    await reopened.upsertJobs([{ id: 'd', source: 'board', title: 'Welder' }]);
    await reopened.deleteJob('b');
    await reopened.upsertJobVectors([{ id: 'a', vector: new Float32Array([1, 2]) }]);
    await reopened.upsertResume({ id: 'r1' });
    await reopened.addFeedback({ id: 'f1', subjectId: 'r1', jobId: 'a', rating: 2 });
    await reopened.addMatches('r1', [{ jobId: 'a', score: 0.5, ranker: 't' }]);
    await reopened.putEmbeddings([{ key: 'k', vector: new Float32Array([0.5]) }]);
    await reopened.deleteResume('r1');
    await reopened.flush(); // with autosave: waits, writes no snapshot
    expect(await readFile(path, 'utf8')).toBe(snapshot);
    const lines = (await readFile(`${path}.journal`, 'utf8')).split('\n').filter(Boolean);
    expect(lines.map((line) => (readJournalLine(line)?.value as { op?: string }).op ?? 'header')).toEqual([
      'header',
      'jobs',
      'deleteJob',
      'vectors',
      'resume',
      'feedback',
      'matches',
      'embeddings',
      'deleteResume',
    ]);

    // Not closed (as after a crash): the snapshot plus the journal give everything back.
    const reloaded = await createMemoryStore({ path }).open();
    expect((await reloaded.listJobs()).map((job) => job.id).sort()).toEqual(['a', 'c', 'd']);
    expect((await reloaded.searchJobsByVector(new Float32Array([1, 2])))[0]?.job.id).toBe('a');
    expect(await reloaded.getResume('r1')).toBeUndefined();
    expect((await reloaded.listFeedback())[0]?.rating).toBe(2);
    expect(await reloaded.listMatches('r1')).toHaveLength(1);
    expect(await reloaded.getEmbeddings(['k'])).toEqual([new Float32Array([0.5])]);
    await Promise.all([reopened.close(), reloaded.close()]);
  });

  it('folds the journal into the snapshot once it passes compactAfterBytes', async () => {
    const path = join(directory, 'store.json');
    const store = await createMemoryStore({ path, compactAfterBytes: 2000 }).open();
    for (let index = 0; index < 30; index++)
      await store.upsertJobs([{ id: `j${index}`, source: 's', title: `Job ${index}`, description: 'z'.repeat(100) }]);
    await store.flush();
    const snapshot = await snapshotHeader(path);
    expect(snapshot.generation).toBeGreaterThan(0);
    expect(snapshot.jobs).toBeGreaterThan(10);
    // The journal holds only what came after the last compaction (none at all when the last change triggered one).
    expect(existsSync(`${path}.journal`) ? (await readFile(`${path}.journal`, 'utf8')).length : 0).toBeLessThan(2500);
    const reloaded = await createMemoryStore({ path }).open();
    expect(await reloaded.countJobs()).toBe(30);
    await Promise.all([store.close(), reloaded.close()]);
  });

  it('ignores a journal the snapshot already holds, so nothing is applied twice', async () => {
    const path = join(directory, 'store.json');
    const store = await createMemoryStore({ path }).open();
    await store.upsertJobs(jobs);
    await store.addMatches('r1', [{ jobId: 'a', score: 0.5, ranker: 't' }]);
    await store.flush();
    const journal = await readFile(`${path}.journal`, 'utf8');
    await store.close();
    // A crash after the snapshot was written but before the journal was removed leaves both.
    await writeFile(`${path}.journal`, journal);
    const reloaded = await createMemoryStore({ path }).open();
    expect(await reloaded.listMatches('r1')).toHaveLength(1);
    expect(existsSync(`${path}.journal`)).toBe(false);
  });

  it('starts a journal afresh when an older one was left behind (its removal failed), so new lines are not skipped', async () => {
    const path = join(directory, 'store.json');
    const first = await createMemoryStore({ path }).open();
    await first.upsertJobs(jobs);
    await first.close(); // snapshot generation 1
    const store = await createMemoryStore({ path }).open();
    const ghost = { op: 'jobs', jobs: [{ id: 'ghost', source: 's', title: 'Already in the snapshot' }] };
    await writeFile(
      `${path}.journal`,
      `${JSON.stringify({ format: 'rolefit-memory-store-journal', generation: 0 })}\n${JSON.stringify(ghost)}\n`,
    );
    await store.upsertJobs([{ id: 'd', source: 'board', title: 'Welder' }]);
    const reloaded = await createMemoryStore({ path }).open();
    expect(await reloaded.getJob('d')).toBeDefined();
    expect(await reloaded.getJob('ghost')).toBeUndefined();
    await Promise.all([store.close(), reloaded.close()]);
  });

  it('cuts off a torn last line, but refuses a damaged line in the middle with a typed error', async () => {
    const path = join(directory, 'store.json');
    const store = await createMemoryStore({ path }).open();
    await store.upsertJobs([jobs[0]!]);
    await store.upsertJobs([jobs[1]!]);
    await store.flush();
    const journal = await readFile(`${path}.journal`, 'utf8');
    await writeFile(`${path}.journal`, `${journal}{"op":"jobs","jobs":[{"id":"torn`);
    const reloaded = await createMemoryStore({ path }).open();
    expect(await reloaded.countJobs()).toBe(2);
    expect(await readFile(`${path}.journal`, 'utf8')).toBe(journal);

    const [header, first, second] = journal.split('\n');
    await writeFile(`${path}.journal`, `${header}\n${first!.slice(0, 20)}\n${second}\n`);
    const damaged = await createMemoryStore({ path })
      .open()
      .catch((error: unknown) => error);
    expect(damaged).toBeInstanceOf(StoreFileError);
    expect((damaged as StoreFileError).section).toBe('line 2');
    // A job with no id (one with an id is kept as a damaged record: crafted-files.test.ts).
    await writeFile(`${path}.journal`, `${header}\n{"op":"jobs","jobs":[{"title":"x"}]}\n`);
    expect(
      (
        (await createMemoryStore({ path })
          .open()
          .catch((error: unknown) => error)) as StoreFileError
      ).section,
    ).toBe('line 2.jobs[0]');
    await writeFile(`${path}.journal`, `${header}\n{"op":"explode"}\n`);
    expect(
      (
        (await createMemoryStore({ path })
          .open()
          .catch((error: unknown) => error)) as StoreFileError
      ).section,
    ).toBe('line 2.op');
    await Promise.all([store.close(), reloaded.close()]);
  });

  it('refuses a job over maxJobBytes on its own and keeps the rest of the batch', async () => {
    const store = createMemoryStore({ maxJobBytes: 2000 });
    const result = await store.upsertJobs([jobs[0]!, { ...jobs[1]!, description: 'x'.repeat(5000) }, jobs[2]!]);
    expect(result).toMatchObject({ inserted: 2, updated: 0, failed: [{ id: 'b', type: 'too_large' }] });
    expect(await store.getJob('b')).toBeUndefined();
  });

  it('leaves every vector as it was when a vector of a batch has another length (nothing half-applied)', async () => {
    const path = join(directory, 'store.bin');
    const store = await createMemoryStore({ path }).open();
    await store.upsertJobs(jobs);
    await store.upsertJobVectors([{ id: 'b', vector: new Float32Array([0, 1, 0]) }]);
    // Before: 'a' (first in the batch) was in memory, found by searches, but not in the journal.
    const batch = [
      { id: 'a', vector: new Float32Array([1, 0, 0]) },
      { id: 'c', vector: new Float32Array([1, 0]) },
    ];
    await expect(store.upsertJobVectors(batch)).rejects.toBeInstanceOf(VectorDimensionError);
    const nearest = async (reader: MemoryStore) =>
      (await reader.searchJobsByVector(new Float32Array([1, 0, 0]), { limit: 3 })).map((hit) => hit.job.id);
    expect(await nearest(store)).toEqual(['b']);
    await store.close();
    const reopened = await createMemoryStore({ path }).open();
    expect(await nearest(reopened)).toEqual(['b']);
    await reopened.close();
  });
});

describe('MemoryStore fieldWeights', () => {
  // Hand-written jobs: the word searched for is in one job's title and in the other's description.
  const weighted = [
    { id: 'title', source: 'test', title: 'Night nurse', description: 'Ward rounds and patient care.' },
    { id: 'text', source: 'test', title: 'Ward assistant', description: 'Helps the nurse with patient care.' },
  ];
  const scores = async (fieldWeights?: MemoryStoreFieldWeights) => {
    const store = createMemoryStore({ fieldWeights });
    await store.upsertJobs(weighted);
    return (await store.searchJobs('nurse')).map((hit) => [hit.job.id, hit.score]);
  };

  it('keeps the default of every field left out or given as undefined', async () => {
    const defaults = await scores();
    expect(await scores({})).toEqual(defaults);
    expect(await scores({ title: undefined, skills: undefined })).toEqual(defaults);
    expect(await scores({ title: 5 })).toEqual(
      await scores({ title: 5, skills: 2, company: 1, description: 1, location: 1 }),
    );
    expect(await scores({ title: 5 })).not.toEqual(defaults);
  });

  it('refuses a weight that is no number from 0 to 1,000,000, naming it', () => {
    // NaN made every score of the field NaN; a negative weight put jobs without the query's words first; 1e308
    // overflowed the document lengths (no hits).
    for (const bad of [Number.NaN, -1, Number.POSITIVE_INFINITY, 1e308, '2'])
      expect(() => createMemoryStore({ fieldWeights: { title: bad as number } })).toThrow(
        expect.objectContaining({ name: 'ValidationError', setting: 'fieldWeights.title' }),
      );
    expect(() => createMemoryStore({ fieldWeights: { title: 0 } })).not.toThrow();
  });
});
