import { existsSync } from 'node:fs';
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreFileError } from '../../errors/index.js';
import { createMemoryStore } from './index.js';
import { journalLine } from './journal.js';
import { SnapshotReader } from './snapshot.js';

// The files of a MemoryStore: the binary snapshot (format 2), the checksummed journal, and the JSON snapshot of
// format 1 that older versions wrote. All on real files in a temp folder.

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'rolefit-store-files-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

const job = (index: number, extra: Record<string, unknown> = {}) => ({
  id: `job-${index}`,
  source: 'test',
  title: index % 2 ? `Welder ${index}` : `Backend engineer ${index}`,
  description: index % 2 ? 'Shop floor welding and fabrication' : 'Node.js services on PostgreSQL',
  postedAt: `2026-0${1 + (index % 9)}-15`,
  ...extra,
});
const vector = (index: number) => new Float32Array([Math.cos(index), Math.sin(index), (index % 5) / 5, 1]);

/** Where a section lies in the snapshot at `path`. */
async function sectionOf(path: string, name: string): Promise<{ offset: number; length: number }> {
  const handle = await open(path, 'r');
  try {
    return (await SnapshotReader.open(path, handle)).header.sections[name]!;
  } finally {
    await handle.close();
  }
}

/** Overwrites bytes of the file at `path` from `offset`. */
async function patch(path: string, offset: number, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'r+');
  await handle.write(bytes, 0, bytes.length, offset);
  await handle.close();
}

describe('MemoryStore binary snapshot', () => {
  it('reloads jobs (with dates), vectors, BM25, embeddings, resumes, feedback and matches, and keeps BM25 right when a restored job changes', async () => {
    const path = join(directory, 'store.bin');
    const store = await createMemoryStore({ path }).open();
    await store.upsertJobs(Array.from({ length: 40 }, (_, index) => job(index)));
    await store.upsertJobVectors(
      Array.from({ length: 40 }, (_, index) => ({ id: `job-${index}`, vector: vector(index) })),
    );
    await store.putEmbeddings([
      { key: 'k1', vector: new Float32Array([0.5, -2]) },
      { key: 'empty', vector: new Float32Array(0) },
    ]);
    await store.upsertResume({ id: 'r1', experience: [{ title: 'Welder', start: '2020-01', end: null }] });
    await store.addFeedback({ id: 'f1', subjectId: 'r1', jobId: 'job-1', rating: 1 });
    await store.addMatches('r1', [{ jobId: 'job-1', score: 0.75, ranker: 'test' }]);
    const welders = await store.searchJobs('welding fabrication', { limit: 5 });
    const near = await store.searchJobsByVector(vector(7), { limit: 3 });
    await store.close();
    expect((await readFile(path)).subarray(0, 8).toString('latin1')).toBe('RFSTORE2');
    expect(existsSync(`${path}.journal`)).toBe(false);

    const reloaded = await createMemoryStore({ path }).open();
    expect(await reloaded.countJobs()).toBe(40);
    expect((await reloaded.getJob('job-3'))?.postedAt).toEqual(new Date('2026-04-15'));
    expect(await reloaded.searchJobs('welding fabrication', { limit: 5 })).toEqual(welders);
    expect(await reloaded.searchJobsByVector(vector(7), { limit: 3 })).toEqual(near);
    expect(await reloaded.getEmbeddings(['k1', 'empty'])).toEqual([new Float32Array([0.5, -2]), new Float32Array(0)]);
    expect((await reloaded.getResume('r1'))?.experience[0]?.start).toEqual(new Date('2020-01'));
    expect((await reloaded.listFeedback())[0]?.timestamp).toBeInstanceOf(Date);
    expect((await reloaded.listMatches('r1'))[0]).toMatchObject({ jobId: 'job-1', score: 0.75 });

    // The restored BM25 index removes a changed or deleted job's old terms (it recomputes them from the stored job).
    await reloaded.upsertJobs([job(1, { title: 'Nurse', description: 'Patient care' })]);
    await reloaded.deleteJob('job-3');
    const fresh = createMemoryStore();
    await fresh.upsertJobs(
      (await reloaded.listJobs()).map(({ id, source, title, description, postedAt }) => ({
        id,
        source,
        title,
        description,
        postedAt,
      })),
    );
    for (const query of ['welding fabrication', 'patient care', 'node.js backend'])
      expect((await reloaded.searchJobs(query)).map((hit) => [hit.job.id, hit.score.toFixed(9)])).toEqual(
        (await fresh.searchJobs(query)).map((hit) => [hit.job.id, hit.score.toFixed(9)]),
      );
    await reloaded.close();
  });

  it('writes jobs it never parsed back unchanged on the next snapshot', async () => {
    const path = join(directory, 'store.bin');
    const store = await createMemoryStore({ path }).open();
    await store.upsertJobs(Array.from({ length: 5 }, (_, index) => job(index, { fingerprint: `fp-${index % 2}` })));
    await store.close();
    const middle = await createMemoryStore({ path }).open();
    await middle.upsertJobs([job(9)]); // only this job is parsed; the close below snapshots the other five as bytes
    await middle.close();
    // Read after close(): the job comes from the new snapshot, whose file opens again.
    expect((await middle.getJob('job-2'))?.title).toBe('Backend engineer 2');
    await middle.upsertJobs([job(10)]); // and a later fold still finds every job
    await middle.close();
    const reloaded = await createMemoryStore({ path }).open();
    expect((await reloaded.listJobs()).map((item) => item.id).sort()).toEqual([
      'job-0',
      'job-1',
      'job-10',
      'job-2',
      'job-3',
      'job-4',
      'job-9',
    ]);
    expect((await reloaded.getJob('job-4'))?.postedAt).toEqual(new Date('2026-05-15'));
    expect((await reloaded.listJobs({ fingerprints: ['fp-1'] })).map((item) => item.id).sort()).toEqual([
      'job-1',
      'job-3',
    ]);
  });

  it('finds jobs by fingerprint after a load, through changes made before the first such query', async () => {
    const path = join(directory, 'store.bin');
    const store = await createMemoryStore({ path }).open();
    await store.upsertJobs(Array.from({ length: 6 }, (_, index) => job(index, { fingerprint: `fp-${index % 3}` })));
    await store.close();
    const reloaded = await createMemoryStore({ path }).open();
    await reloaded.upsertJobs([job(0, { fingerprint: 'fp-2' }), job(7, { fingerprint: 'fp-1' })]);
    await reloaded.deleteJob('job-4');
    const ids = async (fingerprint: string) =>
      (await reloaded.listJobs({ fingerprints: [fingerprint] })).map((item) => item.id).sort();
    expect(await ids('fp-0')).toEqual(['job-3']);
    expect(await ids('fp-1')).toEqual(['job-1', 'job-7']);
    expect(await ids('fp-2')).toEqual(['job-0', 'job-2', 'job-5']);
    // Kept up to date once built.
    await reloaded.upsertJobs([job(3, { fingerprint: 'fp-1' })]);
    await reloaded.deleteJob('job-7');
    expect(await ids('fp-0')).toEqual([]);
    expect(await ids('fp-1')).toEqual(['job-1', 'job-3']);
    expect(await reloaded.countJobs({ fingerprints: ['fp-2', 'fp-1'] })).toBe(5);
    await reloaded.close();
  });

  it('searches BM25 postings left in the file after a load, after close() and after a fold replaced the file', async () => {
    const path = join(directory, 'store.bin');
    const store = await createMemoryStore({ path }).open();
    await store.upsertJobs(Array.from({ length: 8 }, (_, index) => job(index)));
    const answer = async (of: ReturnType<typeof createMemoryStore>, query: string) =>
      (await of.searchJobs(query, { limit: 3 })).map((hit) => [hit.job.id, hit.score]);
    const welding = await answer(store, 'welding');
    const backend = await answer(store, 'backend postgresql');
    await store.close();
    const reloaded = await createMemoryStore({ path, autosave: false }).open();
    expect(await answer(reloaded, 'welding')).toEqual(welding);
    await reloaded.close(); // nothing changed: no new snapshot, the file is closed and opens again for a new term
    expect(await answer(reloaded, 'backend postgresql')).toEqual(backend);
    // A fold writes a new snapshot over the file (another file at the path; the old one may not be read by path): the
    // postings not searched yet were read into memory before.
    const again = await createMemoryStore({ path }).open();
    await again.upsertResume({ id: 'resume-1', text: 'Welder' });
    await again.close();
    expect(await answer(again, 'backend postgresql')).toEqual(backend);
    expect(await answer(again, 'welding')).toEqual(welding);
  });

  it('writes two snapshots queued one behind the other from the right files', async () => {
    const path = join(directory, 'store.bin');
    const store = await createMemoryStore({ path }).open();
    await store.upsertJobs(Array.from({ length: 6 }, (_, index) => job(index)));
    await store.upsertJobVectors(
      Array.from({ length: 6 }, (_, index) => ({ id: `job-${index}`, vector: vector(index) })),
    );
    await store.close();
    // Loaded jobs and vectors stay in the file; the second snapshot is planned before the first is written.
    const reloaded = await createMemoryStore({ path, autosave: false }).open();
    await reloaded.upsertJobs([job(20, { description: 'x'.repeat(5000) })]);
    const first = reloaded.flush();
    await reloaded.upsertJobs([job(21)]);
    const second = reloaded.flush();
    await Promise.all([first, second]);
    const again = await createMemoryStore({ path }).open();
    for (let index = 0; index < 6; index += 1) {
      expect((await again.getJob(`job-${index}`))?.title).toBe(job(index).title);
      const [hit] = await again.searchJobsByVector(vector(index), { limit: 1 });
      expect(hit?.job.id).toBe(`job-${index}`);
    }
    expect(await again.countJobs()).toBe(8);
    await again.close();
  });

  it('searches vectors left in the file after a load (int8 in memory, float32 re-score from the file), through changes and folds', async () => {
    const path = join(directory, 'store.bin');
    const many = (index: number) =>
      new Float32Array(
        Array.from({ length: 24 }, (_, position) => Math.sin(index * 0.37 + position * (1 + (index % 7)))),
      );
    const store = await createMemoryStore({ path }).open();
    await store.upsertJobs(Array.from({ length: 3000 }, (_, index) => job(index)));
    await store.upsertJobVectors(
      Array.from({ length: 3000 }, (_, index) => ({ id: `job-${index}`, vector: many(index) })),
    );
    const queries = [many(5), many(1234), many(2999)];
    const before = await Promise.all(queries.map((query) => store.searchJobsByVector(query, { limit: 10 })));
    await store.close();

    const reloaded = await createMemoryStore({ path }).open();
    expect(await Promise.all(queries.map((query) => reloaded.searchJobsByVector(query, { limit: 10 })))).toEqual(
      before,
    );
    // A change brings its chunk into memory; the fold on close writes the rest from the file and reads them from the new one.
    await reloaded.upsertJobVectors([{ id: 'job-5', vector: many(2999) }]);
    await reloaded.deleteJob('job-0');
    await reloaded.close();
    const hits = await reloaded.searchJobsByVector(many(2999), { limit: 2 });
    expect(hits.map((hit) => hit.job.id).sort()).toEqual(['job-2999', 'job-5']);
    const again = await createMemoryStore({ path }).open();
    expect(await again.searchJobsByVector(many(2999), { limit: 2 })).toEqual(hits);
    expect(await again.searchJobsByVector(many(1234), { limit: 10 })).toEqual(
      before[1]!.filter((hit) => hit.job.id !== 'job-0'),
    );
  });

  it('validates a job whose record fails its checksum when it is read, and names a bad one', async () => {
    const path = join(directory, 'store.bin');
    const store = await createMemoryStore({ path }).open();
    await store.upsertJobs([job(0), job(1)]);
    await store.close();
    const content = await readFile(path);
    const { offset, length } = await sectionOf(path, 'jobs');
    // Still valid JSON, still a valid job, but not what was written: its record's crc32 fails, so it is validated.
    const at = content.indexOf('Welder 1', offset);
    expect(at).toBeGreaterThan(offset);
    expect(at).toBeLessThan(offset + length);
    await patch(path, at, Buffer.from('Wilder'));
    const changed = await createMemoryStore({ path }).open();
    expect((await changed.getJob('job-1'))?.title).toBe('Wilder 1');
    // A record that no longer passes the schema is refused with a typed error naming its place, when read.
    const source = content.indexOf('"source":"test"', offset);
    await patch(path, source, Buffer.from('"source":""    '));
    const damaged = await createMemoryStore({ path }).open();
    const error = await damaged.getJob('job-0').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreFileError);
    expect((error as StoreFileError).section).toMatch(/^jobs@\d+$/);
    // A damaged job index (the records' places) makes the load validate every record at once: the bad one is kept
    // as a damaged record, named by check() and by the error of every read of it.
    await patch(path, (await sectionOf(path, 'jobPlaces')).offset + 3, Buffer.from('x'));
    const whole = await createMemoryStore({ path }).open();
    const report = await whole.check();
    expect(report.damaged.map((item) => item.id)).toEqual(['job-0']);
    expect(report.damaged[0]!.error.section).toBe('jobs[0]');
    expect((await whole.getJob('job-1'))?.title).toBe('Wilder 1');
    await whole.close();
  });

  it('quantises the vectors again when their section fails its checksum', async () => {
    const path = join(directory, 'store.bin');
    const store = await createMemoryStore({ path }).open();
    await store.upsertJobs(Array.from({ length: 3 }, (_, index) => job(index)));
    await store.upsertJobVectors(
      Array.from({ length: 3 }, (_, index) => ({ id: `job-${index}`, vector: vector(index) })),
    );
    await store.close();
    await patch(path, (await sectionOf(path, 'vectorsInt8')).offset, new Uint8Array([0x7f, 0x7f, 0x7f, 0x7f]));
    const reloaded = await createMemoryStore({ path }).open();
    expect((await reloaded.searchJobsByVector(vector(2), { limit: 1 }))[0]?.score).toBeCloseTo(1, 6);
    // A non-finite float in a damaged float32 section is refused.
    await patch(
      path,
      (await sectionOf(path, 'vectorsFloat32')).offset,
      new Uint8Array(new Float32Array([Number.NaN]).buffer),
    );
    const error = await createMemoryStore({ path })
      .open()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreFileError);
    expect((error as StoreFileError).section).toBe('vectorsFloat32[0]');
  });

  it('rebuilds BM25 when its job numbers fail their checksum, and refuses a vector naming a job number past the jobs', async () => {
    const path = join(directory, 'store.bin');
    const store = await createMemoryStore({ path }).open();
    await store.upsertJobs(Array.from({ length: 4 }, (_, index) => job(index)));
    await store.upsertJobVectors(
      Array.from({ length: 4 }, (_, index) => ({ id: `job-${index}`, vector: vector(index) })),
    );
    const lexical = await store.searchJobs('welding', {});
    await store.close();
    // BM25 document 1 (a welder) now names job 0 (trusted, job 0 would be found for welding): not trusted, rebuilt.
    await patch(path, (await sectionOf(path, 'bm25Jobs')).offset + 4, new Uint8Array([0, 0, 0, 0]));
    const rebuilt = await createMemoryStore({ path }).open();
    expect(await rebuilt.searchJobs('welding', {})).toEqual(lexical);
    await patch(path, (await sectionOf(path, 'vectorJobs')).offset, new Uint8Array([9, 0, 0, 0]));
    const error = await createMemoryStore({ path })
      .open()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreFileError);
    expect((error as StoreFileError).section).toBe('vectorJobs');
  });

  it('refuses a damaged header and a truncated file with a typed error', async () => {
    const path = join(directory, 'store.bin');
    const store = await createMemoryStore({ path }).open();
    await store.upsertJobs([job(0)]);
    await store.close();
    const content = await readFile(path);
    await writeFile(path, Buffer.concat([content.subarray(0, 20), Buffer.from('x'), content.subarray(21)]));
    expect(
      (
        (await createMemoryStore({ path })
          .open()
          .catch((caught: unknown) => caught)) as StoreFileError
      ).section,
    ).toBe('header');
    await writeFile(path, content.subarray(0, content.length - 10));
    await expect(createMemoryStore({ path }).open()).rejects.toBeInstanceOf(StoreFileError);
  });
});

describe('MemoryStore files the system will not read', () => {
  it('names the file once, keeping its path and the system error', async () => {
    // A store whose folder is a plain file: opening the snapshot fails with ENOTDIR, a message that ends with the path.
    await writeFile(join(directory, 'plain'), 'not a folder');
    const path = join(directory, 'plain', 'jobs.store');
    const error = await createMemoryStore({ path })
      .open()
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect(error).toBeInstanceOf(StoreFileError);
    const { message, path: named, section, cause } = error as StoreFileError;
    expect(message).toBe(`${path}: cannot be read (ENOTDIR: not a directory, open)`);
    expect(message.split(path).length - 1).toBe(1);
    expect(named).toBe(path);
    expect(section).toBeUndefined();
    expect((cause as NodeJS.ErrnoException).code).toBe('ENOTDIR');
  });

  it('refuses a store in a folder that does not exist at open, before any job is taken in', async () => {
    // Before, open() resolved and the first upsert failed with a bare ENOENT, its jobs already in memory.
    const path = join(directory, 'missing', 'jobs.store');
    const store = createMemoryStore({ path });
    const error = await store.open().then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(StoreFileError);
    expect((error as StoreFileError).message).toBe(
      `${path}: cannot be created: its folder ${join(directory, 'missing')} does not exist`,
    );
    await expect(store.upsertJobs([job(1)])).rejects.toBeInstanceOf(StoreFileError);
    expect(existsSync(join(directory, 'missing'))).toBe(false);
  });
});

describe('MemoryStore journal checksums', () => {
  it('drops a tail record whose checksum does not match, and refuses one with good records after it', async () => {
    const path = join(directory, 'store.bin');
    const store = await createMemoryStore({ path }).open();
    await store.upsertJobs([job(0)]);
    await store.upsertJobs([job(1)]);
    await store.flush();
    const journal = await readFile(`${path}.journal`, 'utf8');
    const [header, first, second] = journal.split('\n');
    // A whole line whose checksum does not match at the end: a torn append (on a filesystem that kept the length).
    const bad = journalLine({ op: 'jobs', jobs: [job(2)] }).replace('job-2', 'job-9');
    await writeFile(`${path}.journal`, `${journal}${bad}`);
    const reloaded = await createMemoryStore({ path }).open();
    expect(await reloaded.countJobs()).toBe(2);
    expect(await readFile(`${path}.journal`, 'utf8')).toBe(journal);
    // The same record in the middle is damage: refused, naming the line.
    const corrupt = first!.replace('job-0', 'job-8');
    await writeFile(`${path}.journal`, `${header}\n${corrupt}\n${second}\n`);
    const error = await createMemoryStore({ path })
      .open()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreFileError);
    expect((error as StoreFileError).section).toBe('line 2');
    await Promise.all([store.close(), reloaded.close()]);
  });
});

describe('MemoryStore format 1 (JSON) files', () => {
  it('loads a JSON snapshot and its unchecksummed journal, and rewrites it as a binary snapshot on close', async () => {
    const path = join(directory, 'store.json');
    const float32 = (...values: number[]) => Buffer.from(new Float32Array(values).buffer).toString('base64');
    await writeFile(
      path,
      JSON.stringify({
        format: 'rolefit-memory-store',
        version: 1,
        savedAt: '2026-01-01T00:00:00.000Z',
        generation: 3,
        jobs: [job(0), job(1)],
        vectors: [{ id: 'job-0', vector: float32(1, 0, 0, 0) }],
        embeddings: [{ key: 'k', vector: float32(0.25) }],
        resumes: [],
        feedback: [],
        matches: [],
      }),
    );
    await writeFile(
      `${path}.journal`,
      `${JSON.stringify({ format: 'rolefit-memory-store-journal', generation: 3 })}\n${JSON.stringify({ op: 'deleteJob', id: 'job-1' })}\n`,
    );
    const store = await createMemoryStore({ path }).open();
    expect((await store.listJobs()).map((item) => item.id)).toEqual(['job-0']);
    expect((await store.searchJobsByVector(new Float32Array([1, 0, 0, 0])))[0]?.job.id).toBe('job-0');
    await store.close();
    expect((await readFile(path)).subarray(0, 8).toString('latin1')).toBe('RFSTORE2');
    expect(existsSync(`${path}.journal`)).toBe(false);
    const reloaded = await createMemoryStore({ path }).open();
    expect((await reloaded.listJobs()).map((item) => item.id)).toEqual(['job-0']);
    expect(await reloaded.getEmbeddings(['k'])).toEqual([new Float32Array([0.25])]);
  });
});
