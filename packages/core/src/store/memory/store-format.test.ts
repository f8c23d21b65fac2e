import { copyFile, mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from './index.js';
import { encodePostings, indexPostings, PostingsIndexer, VarintPostings } from './postings-codec.js';
import { SnapshotReader } from './snapshot.js';

// Snapshot format 3 (streamed, varint BM25 postings) and the format-2 files written before it. The format-2 fixture
// fixtures/store-format-2.bin was written by this store at commit ed88be5 (12 jobs, 4-d vectors, one resume).

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'rolefit-store-format-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

const job = (index: number) => ({
  id: `job-${index}`,
  source: 'test',
  fingerprint: `fp-${index % 3}`,
  title: index % 2 ? `Welder ${index}` : `Backend engineer ${index}`,
  description: index % 2 ? 'Shop floor welding and fabrication' : 'Node.js services on PostgreSQL',
  postedAt: `2026-0${1 + (index % 9)}-15`,
});

/** The header, and each job's id, fingerprint, record offset (in the jobs section), length and crc32 (format 4). */
async function headerOf(path: string) {
  const handle = await open(path, 'r');
  try {
    const reader = await SnapshotReader.open(path, handle);
    if (reader.header.version < 4) return { header: reader.header, jobIndex: [], jobsAt: reader.offsetOf('jobs') };
    const { ids, fingerprints } = (await reader.json('jobKeys')).value as {
      ids: string[];
      fingerprints: Array<string | null>;
    };
    const { buffer } = (await reader.bytes('jobPlaces')).bytes;
    const count = ids.length;
    const [offsets, lengths, checksums] = [
      new Float64Array(buffer, 0, count),
      new Uint32Array(buffer, count * 8, count),
      new Uint32Array(buffer, count * 12, count),
    ];
    const jobIndex = ids.map((id, index) => [
      id,
      fingerprints[index],
      offsets[index],
      lengths[index],
      checksums[index],
    ]);
    return {
      header: reader.header,
      jobIndex: jobIndex as Array<[string, string | null, number, number, number]>,
      jobsAt: reader.offsetOf('jobs'),
    };
  } finally {
    await handle.close();
  }
}

describe('MemoryStore snapshot format 4', () => {
  it('loads a format-2 snapshot (typed-array postings) and writes format 4 on close, with the same answers', async () => {
    const path = join(directory, 'store.bin');
    await copyFile(new URL('./fixtures/store-format-2.bin', import.meta.url), path);
    expect((await headerOf(path)).header.version).toBe(2);
    const old = await createMemoryStore({ path }).open();
    expect(await old.countJobs()).toBe(12);
    expect((await old.getJob('job-4'))?.postedAt).toEqual(new Date('2026-05-15'));
    const welders = await old.searchJobs('welding fabrication', { limit: 4 });
    expect(welders.map((hit) => hit.job.id)).toHaveLength(4);
    expect(welders.every((hit) => hit.job.title.startsWith('Welder'))).toBe(true);
    const near = await old.searchJobsByVector(new Float32Array([Math.cos(7), Math.sin(7), 2 / 5, 1]), { limit: 3 });
    expect(near[0]?.job.id).toBe('job-7');
    expect((await old.listJobs({ fingerprints: ['fp-1'] })).map((item) => item.id).sort()).toEqual([
      'job-1',
      'job-10',
      'job-4',
      'job-7',
    ]);
    await old.upsertJobs([{ ...job(20), title: 'Welder 20' }]); // a change, so close() writes a new snapshot
    await old.close();

    const { header } = await headerOf(path);
    expect(header.version).toBe(4);
    expect((header.bm25 as { postings?: string }).postings).toBe('varint');
    expect(header.sections.bm25Documents).toBeUndefined();
    const reloaded = await createMemoryStore({ path }).open();
    expect(await reloaded.countJobs()).toBe(13);
    expect(
      (await reloaded.searchJobs('welding fabrication', { limit: 4 })).map((hit) => [hit.job.id, hit.score.toFixed(9)]),
    ).toEqual(
      (await old.searchJobs('welding fabrication', { limit: 4 })).map((hit) => [hit.job.id, hit.score.toFixed(9)]),
    );
    expect(
      await reloaded.searchJobsByVector(new Float32Array([Math.cos(7), Math.sin(7), 2 / 5, 1]), { limit: 3 }),
    ).toEqual(near);
    await reloaded.close();
  });

  it('loads a format-3 snapshot (jobs, vectors and BM25 documents named by id) and writes format 4 on close', async () => {
    const path = join(directory, 'store.bin');
    await copyFile(new URL('./fixtures/store-format-3.bin', import.meta.url), path);
    expect((await headerOf(path)).header.version).toBe(3);
    const vectorOf = (index: number) => new Float32Array([Math.cos(index), Math.sin(index), (index % 5) / 5, 1]);
    const answers = async (store: ReturnType<typeof createMemoryStore>) => ({
      count: await store.countJobs(),
      changed: (await store.getJob('job-4'))?.title,
      deleted: await store.getJob('job-2'),
      postedAt: (await store.getJob('job-5'))?.postedAt,
      lexical: (await store.searchJobs('welding fabrication', { limit: 5 })).map((hit) => [hit.job.id, hit.score]),
      changedLexical: (await store.searchJobs('changed', {})).map((hit) => hit.job.id),
      vectors: await Promise.all(
        [0, 4, 7, 11].map(async (index) => (await store.searchJobsByVector(vectorOf(index), { limit: 1 }))[0]?.job.id),
      ),
      twins: (await store.listJobs({ fingerprints: ['fp-1'] })).map((item) => item.id).sort(),
      resume: (await store.getResume('resume-1'))?.id,
    });
    const old = await createMemoryStore({ path }).open();
    const before = await answers(old);
    expect(before).toEqual({
      count: 11,
      changed: 'Backend engineer 4 (changed)',
      deleted: undefined,
      postedAt: new Date('2026-06-15'),
      lexical: expect.any(Array),
      changedLexical: ['job-4'],
      vectors: ['job-0', 'job-4', 'job-7', 'job-11'],
      twins: ['job-1', 'job-10', 'job-4', 'job-7'],
      resume: 'resume-1',
    });
    expect(before.lexical.map(([id]) => Number(String(id).slice(4)) % 2)).toEqual([1, 1, 1, 1, 1]);
    await old.upsertResume({ id: 'resume-2', text: 'Backend engineer' }); // a change, so close() writes a new snapshot
    await old.close();
    const { header } = await headerOf(path);
    expect(header.version).toBe(4);
    expect(header.sections.vectorIds).toBeUndefined();
    expect(header.sections.vectorJobs).toBeDefined();
    const reloaded = await createMemoryStore({ path }).open();
    expect(await answers(reloaded)).toEqual(before);
    expect((await reloaded.listResumes()).map((resume) => resume.id)).toEqual(['resume-1', 'resume-2']);
    await reloaded.close();
  });

  it("rebuilds a format-4 snapshot's BM25 index written before the job's place was indexed, and saves the new one", async () => {
    // fixtures/store-format-4-unplaced.bin: 9 jobs in Cleveland OH, Bellingham WA and Cairo, Egypt (3 each), saved by
    // this store at commit 8512750, whose BM25 index held title, skills, company and description only.
    const path = join(directory, 'store.bin');
    await copyFile(new URL('./fixtures/store-format-4-unplaced.bin', import.meta.url), path);
    const old = await headerOf(path);
    expect(old.header.version).toBe(4);
    expect((old.header.bm25 as { fieldWeights: object }).fieldWeights).toEqual({
      title: 3,
      skills: 2,
      company: 1,
      description: 1,
    });
    const store = await createMemoryStore({ path }).open();
    const answers = async (opened: ReturnType<typeof createMemoryStore>) => ({
      cleveland: (await opened.searchJobs('Cleveland')).map((hit) => hit.job.id).sort(),
      cairo: (await opened.searchJobs('cashier in Cairo', { limit: 1 })).map((hit) => hit.job.id),
      cashiers: (await opened.searchJobs('cashier')).map((hit) => hit.job.id).sort(),
      documents: (await opened.corpusStatistics()).documentFrequency('egypt'),
    });
    const before = await answers(store);
    expect(before).toEqual({
      cleveland: ['job-0', 'job-3', 'job-6'],
      cairo: ['job-5'],
      cashiers: ['job-1', 'job-3', 'job-5', 'job-7'],
      documents: 3,
    });
    await store.upsertJobs([{ id: 'job-9', source: 'test', title: 'Baker', location: { city: 'Cleveland' } }]);
    await store.close();
    expect((await headerOf(path)).header.bm25).toMatchObject({
      fieldWeights: { title: 3, skills: 2, company: 1, description: 1, location: 1 },
      postings: 'varint',
    });
    const reloaded = await createMemoryStore({ path }).open();
    expect(await answers(reloaded)).toEqual({ ...before, cleveland: ['job-0', 'job-3', 'job-6', 'job-9'] });
    await reloaded.close();
  });

  it('gives each job record the crc32 of its own bytes, also for records copied from the last snapshot', async () => {
    const path = join(directory, 'store.bin');
    const store = await createMemoryStore({ path }).open();
    await store.upsertJobs(Array.from({ length: 30 }, (_, index) => job(index)));
    await store.close();
    const middle = await createMemoryStore({ path }).open();
    await middle.upsertJobs([{ ...job(3), title: 'Changed 3' }, job(31)]); // the others are copied as bytes
    await middle.deleteJob('job-10');
    await middle.close();
    const { jobIndex, jobsAt } = await headerOf(path);
    const bytes = await readFile(path);
    expect(jobIndex).toHaveLength(30);
    for (const [id, , offset, length, checksum] of jobIndex) {
      const record = bytes.subarray(jobsAt + offset, jobsAt + offset + length);
      expect(bytes.readUInt32LE(jobsAt + offset - 4)).toBe(length);
      expect(crc32(record)).toBe(checksum);
      expect((JSON.parse(record.toString('utf8')) as { id: string }).id).toBe(id);
    }
    const reloaded = await createMemoryStore({ path }).open();
    expect((await reloaded.getJob('job-3'))?.title).toBe('Changed 3');
    expect(await reloaded.getJob('job-10')).toBeUndefined();
    expect((await reloaded.listJobs()).map((item) => item.id).sort()).toEqual(
      [...Array.from({ length: 30 }, (_, index) => `job-${index}`).filter((id) => id !== 'job-10'), 'job-31'].sort(),
    );
  });

  it('keeps postings of fractional field weights as typed arrays, and reloads them', async () => {
    const path = join(directory, 'store.bin');
    const fieldWeights = { title: 1.5, skills: 2, company: 1, description: 0.25 };
    const store = await createMemoryStore({ path, fieldWeights }).open();
    await store.upsertJobs(Array.from({ length: 20 }, (_, index) => job(index)));
    const before = await store.searchJobs('welding backend', { limit: 6 });
    await store.close();
    const { header } = await headerOf(path);
    expect((header.bm25 as { postings?: string }).postings).toBeUndefined();
    expect(header.sections.bm25Frequencies).toBeDefined();
    const reloaded = await createMemoryStore({ path, fieldWeights }).open();
    expect((await reloaded.searchJobs('welding backend', { limit: 6 })).map((hit) => [hit.job.id, hit.score])).toEqual(
      before.map((hit) => [hit.job.id, hit.score]),
    );
  });

  it('applies a filter to BM25 hits past the first rounds, and counts with an empty filter', async () => {
    const store = createMemoryStore();
    // 400 welders, of which only the 3 oldest are remote: the filter must look past the first few hundred hits.
    await store.upsertJobs(
      Array.from({ length: 400 }, (_, index) => ({
        ...job(index * 2 + 1),
        title: `Welder ${index}`,
        location: { workplace: index < 3 ? ('remote' as const) : ('onsite' as const) },
      })),
    );
    const all = await store.searchJobs('welder welding', {});
    const remote = all.filter((hit) => hit.job.location?.workplace === 'remote').slice(0, 2);
    expect(remote).toHaveLength(2);
    expect(await store.searchJobs('welder welding', { limit: 2, filter: { workplace: ['remote'] } })).toEqual(remote);
    expect(await store.countJobs({})).toBe(400);
    expect(await store.countJobs({ strict: true })).toBe(400);
    expect(await store.countJobs({ workplace: ['remote'] })).toBe(3);
  });
});

describe('BM25 postings codec', () => {
  it('round-trips ascending documents with whole frequencies, and refuses what it cannot hold', () => {
    const termOffsets = Uint32Array.from([0, 3, 3, 6]);
    const documents = Uint32Array.from([0, 5, 300_000, 2, 2 ** 31, 2 ** 32 - 1]);
    const frequencies = Float32Array.from([1, 200, 3, 7, 1, 65_536]);
    const bytes = encodePostings(termOffsets, documents, frequencies)!;
    expect(bytes.length).toBeLessThan(documents.length * 8);
    const starts = indexPostings(bytes, termOffsets, 6)!;
    expect(starts.length).toBe(termOffsets.length);
    const postings = new VarintPostings(bytes, termOffsets, starts);
    for (let term = 0; term < 3; term += 1) {
      const [from, to] = [termOffsets[term]!, termOffsets[term + 1]!];
      expect(postings.term(term, true)).toEqual({
        documents: documents.subarray(from, to),
        frequencies: frequencies.subarray(from, to),
      });
    }
    expect(postings.term(2, true)).toBe(postings.term(2, false)); // kept once a search asked for it
    // Fed a byte at a time (a section read through a window), the same starts.
    const indexer = new PostingsIndexer(termOffsets, 6);
    for (const byte of bytes) indexer.push(Uint8Array.of(byte));
    expect(indexer.finish()).toEqual(starts);
    // Left in a file: a term's bytes are read when it is first asked for, all of them on detach (then no more reads).
    const reads: Array<[number, number]> = [];
    let closed = 0;
    const file = {
      read: (offset: number, length: number) => {
        reads.push([offset, length]);
        return bytes.slice(offset - 100, offset - 100 + length);
      },
      close: () => {
        closed += 1;
      },
    };
    const inFile = new VarintPostings({ file, offset: 100 }, termOffsets, starts);
    expect(inFile.term(2, false).documents).toEqual(documents.subarray(3, 6));
    expect(reads).toEqual([[100 + starts[2]!, starts[3]! - starts[2]!]]);
    inFile.detach();
    expect(reads.at(-1)).toEqual([100, bytes.length]);
    expect(closed).toBe(1);
    expect(inFile.term(0, false).frequencies).toEqual(frequencies.subarray(0, 3));
    expect(reads).toHaveLength(2);
    expect(encodePostings(termOffsets, documents, Float32Array.from([1, 2, 3, 4, 5.5, 6]))).toBeUndefined();
    expect(
      encodePostings(Uint32Array.from([0, 2]), Uint32Array.from([4, 3]), Float32Array.from([1, 1])),
    ).toBeUndefined();
    // Damaged bytes: cut short, one byte too many, a varint longer than 5 bytes, a count that does not match.
    expect(indexPostings(bytes.subarray(0, bytes.length - 1), termOffsets, 6)).toBeUndefined();
    expect(indexPostings(Uint8Array.from([...bytes, 0]), termOffsets, 6)).toBeUndefined();
    expect(indexPostings(Uint8Array.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x01, 1]), Uint32Array.from([0, 1]), 1)).toBe(
      undefined,
    );
    expect(indexPostings(bytes, termOffsets, 5)).toBeUndefined();
  });
});
