import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, readlink, realpath, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreFileError, StoreWriteError, ValidationError } from '../../errors/index.js';
import { tokenize } from '../../text/index.js';
import { createMemoryStore, type MemoryStore } from './index.js';
import { journalHeader, journalLine } from './journal.js';

// Snapshots (format 4) and journals an attacker wrote: every section's checksum is recomputed after the change, so
// the store cannot tell them from its own files by their checksums. Each must end in a typed StoreFileError (or load
// what it holds, correctly), never in a TypeError/RangeError from deep inside, a hang or an allocation a header
// number asks for. The files start as real ones this store wrote (below); the changes are hand-made.

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'rolefit-crafted-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

const job = (index: number) => ({
  id: `job-${index}`,
  source: 'test',
  title: index % 2 ? `Welder ${index}` : `Backend engineer ${index}`,
  description: index % 2 ? 'Shop floor welding and fabrication' : 'Node.js services on PostgreSQL',
  postedAt: `2026-0${1 + (index % 9)}-15`,
});
const vector = (index: number) => new Float32Array([Math.cos(index), Math.sin(index), (index % 5) / 5, 1]);

/** A small real store file: 4 jobs with vectors, varint BM25 postings. */
async function realStore(): Promise<string> {
  const path = join(directory, 'store.bin');
  const store = await createMemoryStore({ path }).open();
  await store.upsertJobs(Array.from({ length: 4 }, (_, index) => job(index)));
  await store.upsertJobVectors(
    Array.from({ length: 4 }, (_, index) => ({ id: `job-${index}`, vector: vector(index) })),
  );
  await store.close();
  return path;
}

interface Section {
  offset: number;
  length: number;
  crc32: number;
}

/** The snapshot at `path` taken apart: its header and every section's bytes. */
async function takeApart(path: string) {
  const file = await readFile(path);
  const length = file.readUInt32LE(8);
  const header = JSON.parse(file.toString('utf8', 16, 16 + length)) as Record<string, unknown> & {
    sections: Record<string, Section>;
  };
  const base = Math.ceil((16 + length) / 64) * 64;
  const sections = new Map<string, Uint8Array>();
  for (const [name, entry] of Object.entries(header.sections).sort((a, b) => a[1].offset - b[1].offset))
    sections.set(name, new Uint8Array(file.subarray(base + entry.offset, base + entry.offset + entry.length)));
  return { header, sections };
}

/**
 * Rewrites the snapshot at `path` as the writer lays it out (header area of 64 KiB, sections 64-byte aligned), with
 * `change` applied to its sections and header first, every checksum recomputed; `raw` then edits the section table
 * as written (offsets counted from the header's end), for entries no writer would produce.
 */
async function craft(
  path: string,
  change: (parts: Awaited<ReturnType<typeof takeApart>>) => void,
  raw?: (sections: Record<string, unknown>) => void,
): Promise<void> {
  const parts = await takeApart(path);
  change(parts);
  const chunks: Buffer[] = [];
  const table: Record<string, unknown> = {};
  let at = 0;
  for (const [name, bytes] of parts.sections) {
    const padding = Math.ceil(at / 64) * 64 - at;
    chunks.push(Buffer.alloc(padding));
    at += padding;
    table[name] = { offset: at, length: bytes.byteLength, crc32: crc32(bytes) };
    chunks.push(Buffer.from(bytes));
    at += bytes.byteLength;
  }
  raw?.(table);
  const json = Buffer.from(JSON.stringify({ ...parts.header, sections: table }));
  const prefix = Buffer.alloc(64 * 1024, 0x20);
  Buffer.from('RFSTORE2', 'latin1').copy(prefix, 0);
  json.copy(prefix, 16);
  prefix.writeUInt32LE(prefix.length - 16, 8);
  prefix.writeUInt32LE(crc32(prefix.subarray(16)), 12);
  await writeFile(path, Buffer.concat([prefix, ...chunks]));
}

/** The job places section (float64 offsets, uint32 lengths, uint32 crc32s) as three views, for `count` jobs. */
function placesOf(bytes: Uint8Array, count: number) {
  return {
    offsets: new Float64Array(bytes.buffer, bytes.byteOffset, count),
    lengths: new Uint32Array(bytes.buffer, bytes.byteOffset + count * 8, count),
    checksums: new Uint32Array(bytes.buffer, bytes.byteOffset + count * 12, count),
  };
}

const u32 = (...values: number[]) => new Uint8Array(Uint32Array.from(values).buffer);

/** Crafts the snapshot at `path` so that every term holds one posting: the document whose varint gap is `first`. */
async function craftPostingsNaming(path: string, first: readonly number[]): Promise<void> {
  await craft(path, ({ header, sections }) => {
    const terms = sections.get('bm25TermOffsets')!.byteLength / 4 - 1;
    const bytes: number[] = [];
    for (let term = 0; term < terms; term += 1) bytes.push(...first, 1); // frequency 1
    sections.set('bm25Postings', Uint8Array.from(bytes));
    sections.set('bm25TermOffsets', u32(...Array.from({ length: terms + 1 }, (_, index) => index)));
    (header.bm25 as Record<string, unknown>).postingCount = terms;
  });
}

/** What `action` threw (or undefined). */
async function failure(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
    return undefined;
  } catch (error) {
    return error;
  }
}

/**
 * The files under `folder` this process holds open (Linux: /proc/self/fd), as paths relative to it; undefined where
 * there is no /proc. Raw descriptors (openSync) are never closed by garbage collection, FileHandles only with a warning.
 */
async function openFilesUnder(folder: string): Promise<string[] | undefined> {
  if (!existsSync('/proc/self/fd')) return undefined;
  const prefix = `${await realpath(folder)}/`;
  const open: string[] = [];
  for (const descriptor of await readdir('/proc/self/fd')) {
    const target = await readlink(`/proc/self/fd/${descriptor}`).catch(() => '');
    if (target.startsWith(prefix)) open.push(target.slice(prefix.length));
  }
  return open.sort();
}

/** Expects a StoreFileError whose section matches `section`. */
function expectStoreFileError(error: unknown, section: string | RegExp): void {
  expect(error, String(error)).toBeInstanceOf(StoreFileError);
  if (typeof section === 'string') expect((error as StoreFileError).section).toBe(section);
  else expect((error as StoreFileError).section).toMatch(section);
}

/** Opens the store at `path`, then reads everything: each job, a BM25 search, a vector search, a fold on close. */
async function useAll(path: string): Promise<MemoryStore> {
  const store = await createMemoryStore({ path }).open();
  for (let index = 0; index < 4; index += 1) await store.getJob(`job-${index}`);
  await store.listJobs();
  await store.searchJobs('welding', {});
  await store.searchJobsByVector(vector(1), { limit: 2 });
  await store.close();
  return store;
}

describe('MemoryStore, crafted snapshot header', () => {
  it('refuses a section table entry that is not whole numbers inside the file, naming the section', async () => {
    const path = await realStore();
    const original = await readFile(path);
    const cases: Array<(entry: Record<string, unknown>) => void> = [
      (entry) => {
        entry.offset = String(entry.offset);
      },
      (entry) => {
        entry.offset = (entry.offset as number) + 0.5;
      },
      (entry) => {
        entry.length = 2 ** 32 - 1;
      },
      (entry) => {
        entry.offset = -64;
      },
      (entry) => {
        entry.offset = 2 ** 53;
      },
      (entry) => {
        entry.length = null;
      },
    ];
    for (const edit of cases) {
      await writeFile(path, original);
      await craft(
        path,
        () => undefined,
        (sections) => edit(sections.jobKeys as Record<string, unknown>),
      );
      expectStoreFileError(await failure(() => createMemoryStore({ path }).open()), 'jobKeys');
    }
    for (const value of [null, 7, 'x']) {
      await writeFile(path, original);
      await craft(
        path,
        () => undefined,
        (sections) => {
          sections.vectorJobs = value;
        },
      );
      expectStoreFileError(await failure(() => createMemoryStore({ path }).open()), 'vectorJobs');
    }
  });

  it('refuses a header whose sections are not an object, and a header length past the end of the file', async () => {
    const path = await realStore();
    const original = await readFile(path);
    // craft() writes its own section table: this header is put in by hand.
    const json = Buffer.from(
      JSON.stringify({ format: 'rolefit-memory-store', version: 4, generation: 1, sections: 5 }),
    );
    const prefix = Buffer.alloc(16 + json.length);
    Buffer.from('RFSTORE2', 'latin1').copy(prefix, 0);
    prefix.writeUInt32LE(json.length, 8);
    prefix.writeUInt32LE(crc32(json), 12);
    json.copy(prefix, 16);
    await writeFile(path, Buffer.concat([prefix, original.subarray(prefix.length)]));
    expectStoreFileError(await failure(() => createMemoryStore({ path }).open()), 'header');
    // A header length within the file's size but past its end once the 16-byte prefix is counted.
    const cut = Buffer.from(original.subarray(0, 1024));
    cut.writeUInt32LE(1020, 8);
    await writeFile(path, cut);
    const error = await failure(() => createMemoryStore({ path }).open());
    expectStoreFileError(error, 'header');
    expect((error as StoreFileError).path).toBe(path);
  });
});

describe('MemoryStore, crafted job index (format 4)', () => {
  it('refuses record places outside the jobs section at load, before any record is read', async () => {
    const path = await realStore();
    const original = await readFile(path);
    const jobsLength = (await takeApart(path)).sections.get('jobs')!.byteLength;
    const edits: Array<(places: ReturnType<typeof placesOf>) => void> = [
      (places) => {
        places.lengths[0] = 2 ** 32 - 1;
      },
      (places) => {
        places.lengths[1] = 2 ** 31;
      },
      (places) => {
        places.offsets[2] = jobsLength + 10;
      },
      (places) => {
        places.offsets[0] = -4;
      },
      (places) => {
        places.offsets[0] = Number.NaN;
      },
      (places) => {
        places.offsets[3] = 2 ** 60;
      },
      (places) => {
        places.offsets[1] = 10.5;
      },
      (places) => {
        places.offsets[0] = 0; // no room for its length prefix before it
      },
    ];
    for (const edit of edits) {
      await writeFile(path, original);
      await craft(path, ({ sections }) => edit(placesOf(sections.get('jobPlaces')!, 4)));
      expectStoreFileError(await failure(() => createMemoryStore({ path }).open()), 'jobPlaces');
    }
  });

  it('refuses a record that holds another job than the index names, or is not a job, when it is read', async () => {
    const path = await realStore();
    const original = await readFile(path);
    // Job 0's place points at job 1's record (its crc32 copied too): the bytes pass their checksum.
    await craft(path, ({ sections }) => {
      const places = placesOf(sections.get('jobPlaces')!, 4);
      places.offsets[0] = places.offsets[1]!;
      places.lengths[0] = places.lengths[1]!;
      places.checksums[0] = places.checksums[1]!;
    });
    const swapped = await createMemoryStore({ path }).open();
    expectStoreFileError(await failure(() => swapped.getJob('job-0')), /^jobs@\d+$/);
    expect((await swapped.getJob('job-1'))?.id).toBe('job-1');
    await swapped.close();
    // A record cut in the middle of its JSON, with the crc32 of those bytes: not JSON.
    await writeFile(path, original);
    let cutCrc = 0;
    await craft(path, ({ sections }) => {
      const jobs = sections.get('jobs')!;
      const places = placesOf(sections.get('jobPlaces')!, 4);
      places.lengths[2] = 10;
      const at = places.offsets[2]!;
      cutCrc = crc32(jobs.subarray(at, at + 10));
      places.checksums[2] = cutCrc;
    });
    expect(cutCrc).not.toBe(0);
    const cut = await createMemoryStore({ path }).open();
    expectStoreFileError(await failure(() => cut.getJob('job-2')), /^jobs@\d+$/);
    // Valid JSON with the right crc32 that is not an object with an id (`null`, `7`, `[]`).
    for (const text of ['null', '7', '[]', '{"id":3}']) {
      await writeFile(path, original);
      await craft(path, ({ sections }) => {
        const jobs = sections.get('jobs')!;
        const places = placesOf(sections.get('jobPlaces')!, 4);
        const at = places.offsets[3]!;
        jobs.set(Buffer.from(text.padEnd(places.lengths[3]!, ' ')), at);
        places.checksums[3] = crc32(jobs.subarray(at, at + places.lengths[3]!));
      });
      const odd = await createMemoryStore({ path }).open();
      expectStoreFileError(await failure(() => odd.getJob('job-3')), /^jobs@\d+$/);
      expectStoreFileError(await failure(() => odd.listJobs()), /^jobs@\d+$/);
    }
  });

  it('validates a record that passes its checksum when it is read: a crafted one of the wrong shape is refused', async () => {
    const path = await realStore();
    // Job 3's record replaced by JSON with its id but not a job (a title that is a number, skills a string, a
    // description an object): before, it was returned as it was, and filters and an upsert failed on it with TypeErrors.
    const text = '{"id":"job-3","source":"test","title":7,"description":{"a":1},"skills":"x","postedAt":"garbage"}';
    await craft(path, ({ sections }) => {
      const jobs = sections.get('jobs')!;
      const places = placesOf(sections.get('jobPlaces')!, 4);
      const at = places.offsets[3]!;
      const bytes = Buffer.from(text);
      sections.set('jobs', Buffer.concat([jobs.subarray(0, at - 4), u32(bytes.length), bytes]));
      places.lengths[3] = bytes.length;
      places.checksums[3] = crc32(bytes);
    });
    const steps: Array<(store: MemoryStore) => Promise<unknown>> = [
      (store) => store.getJob('job-3'),
      (store) => store.listJobs({ postedSince: new Date('2020-01-01') }),
      (store) => store.searchJobs('welding', { filter: { postedSince: new Date('2020-01-01') } }),
      (store) => store.searchJobsByVector(vector(3), { limit: 4 }),
    ];
    for (const step of steps) {
      const store = await createMemoryStore({ path }).open();
      expectStoreFileError(await failure(() => step(store)), /^jobs@\d+$/);
      expect((await store.getJob('job-2'))?.title).toBe('Backend engineer 2');
      await store.close();
    }
    // An upsert replaces it without reading it (more in 'damaged job records' below).
    const store = await createMemoryStore({ path }).open();
    expect(await store.upsertJobs([job(3)])).toEqual({ inserted: 0, updated: 1, failed: [] });
    expect((await store.getJob('job-3'))?.title).toBe('Welder 3');
    await store.close();
  });

  it('refuses a job whose raw record nests deeper than JSON can be written back, when read or upserted', async () => {
    const path = await realStore();
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    // Job 3 as written, with a raw record nested 100,000 deep: before, it was read, and close() then failed with a
    // RangeError (stack overflow) writing it back; the same job given to upsertJobs threw that RangeError too.
    await craft(path, ({ sections }) => {
      const jobs = sections.get('jobs')!;
      const places = placesOf(sections.get('jobPlaces')!, 4);
      const at = places.offsets[3]!;
      const record = JSON.parse(Buffer.from(jobs.subarray(at, at + places.lengths[3]!)).toString('utf8'));
      const bytes = Buffer.from(JSON.stringify({ ...record, raw: '@' }).replace('"@"', deep));
      sections.set('jobs', Buffer.concat([jobs.subarray(0, at - 4), u32(bytes.length), bytes]));
      places.lengths[3] = bytes.length;
      places.checksums[3] = crc32(bytes);
    });
    const store = await createMemoryStore({ path }).open();
    expectStoreFileError(await failure(() => store.getJob('job-3')), /^jobs@\d+$/);
    expect(await failure(() => store.upsertJobs([{ ...job(5), raw: JSON.parse(deep) }]))).toBeInstanceOf(
      ValidationError,
    );
    await store.close();
  });

  it('refuses a job whose fingerprint is not the one its index names, when it is read', async () => {
    const path = await realStore();
    await craft(path, ({ sections }) => {
      const keys = JSON.parse(Buffer.from(sections.get('jobKeys')!).toString('utf8'));
      keys.fingerprints[1] = 'someone-else';
      sections.set('jobKeys', Buffer.from(JSON.stringify(keys)));
    });
    const store = await createMemoryStore({ path }).open();
    expectStoreFileError(await failure(() => store.getJob('job-1')), /^jobs@\d+$/);
    expect((await store.getJob('job-0'))?.id).toBe('job-0');
    await store.close();
  });

  it('validates every record when the job keys are not strings, or an id comes twice', async () => {
    const path = await realStore();
    const original = await readFile(path);
    const keyEdits: Array<(keys: { ids: unknown[]; fingerprints: unknown[] }) => void> = [
      (keys) => {
        keys.ids[1] = 12;
      },
      (keys) => {
        keys.ids[2] = 'job-0';
      },
      (keys) => {
        keys.fingerprints[0] = { not: 'a string' };
      },
    ];
    for (const edit of keyEdits) {
      await writeFile(path, original);
      await craft(path, ({ sections }) => {
        const keys = JSON.parse(Buffer.from(sections.get('jobKeys')!).toString('utf8'));
        edit(keys);
        sections.set('jobKeys', Buffer.from(JSON.stringify(keys)));
      });
      // Every record is read and validated instead: the jobs are the ones the records hold.
      const store = await createMemoryStore({ path }).open();
      expect((await store.listJobs()).map((item) => item.id).sort()).toEqual(['job-0', 'job-1', 'job-2', 'job-3']);
      expect((await store.searchJobs('welding', {})).map((hit) => hit.job.id).sort()).toEqual(['job-1', 'job-3']);
      await store.close();
    }
  });

  it('refuses a jobs section that holds one job twice when it reads every record', async () => {
    const path = await realStore();
    // Record 2 replaced by a copy of record 0, and a job count that does not match the keys (every record is read).
    await craft(path, ({ header, sections }) => {
      const jobs = Buffer.from(sections.get('jobs')!);
      const records: Buffer[] = [];
      for (let at = 0; at < jobs.length; ) {
        const length = jobs.readUInt32LE(at);
        records.push(jobs.subarray(at, at + 4 + length));
        at += 4 + length;
      }
      records[2] = records[0]!;
      sections.set('jobs', Buffer.concat(records));
      header.jobs = 99;
    });
    expectStoreFileError(await failure(() => createMemoryStore({ path }).open()), 'jobs[2]');
  });

  it('bounds a record length prefix by what the jobs section still holds when it reads every record', async () => {
    const path = await realStore();
    // Job keys that fail to match the count (every record is then read); a record of 2^32-1 bytes after the real
    // ones, then 9 MiB of filler (more than the reader's 8 MiB window, so the window would have to grow).
    await craft(path, ({ header, sections }) => {
      const jobs = sections.get('jobs')!;
      const filler = Buffer.alloc(9 * 1024 * 1024, 0x20);
      sections.set('jobs', Buffer.concat([jobs, u32(2 ** 32 - 1), filler]));
      header.jobs = 5;
    });
    const before = process.memoryUsage().arrayBuffers;
    const error = await failure(() => createMemoryStore({ path }).open());
    expectStoreFileError(error, 'jobs');
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(256 * 1024 * 1024);
  });

  it('reports a job file cut short after the load with a typed error', async () => {
    const path = await realStore();
    const store = await createMemoryStore({ path }).open();
    // The jobs section is first: leave the header and a few bytes of it.
    await truncate(path, 64 * 1024 + 8);
    const error = await failure(() => store.getJob('job-3'));
    expectStoreFileError(error, /^jobs@\d+$/);
  });
});

describe('MemoryStore, crafted job index (format 3)', () => {
  it('refuses record places outside the jobs section and falls back on keys that are not strings', async () => {
    // fixtures/store-format-3.bin: written by this store at commit baaeafe (see fixtures/README.md).
    const path = join(directory, 'store.bin');
    const original = await readFile(new URL('./fixtures/store-format-3.bin', import.meta.url));
    type Entry = [unknown, unknown, unknown, unknown, unknown];
    const edits: Array<(entries: Entry[]) => void> = [
      (entries) => {
        entries[0]![3] = 2 ** 32 - 1;
      },
      (entries) => {
        entries[1]![2] = 'far';
      },
      (entries) => {
        entries[1]![3] = -1;
      },
      (entries) => {
        entries[2]![2] = 1e12;
      },
    ];
    for (const edit of edits) {
      await writeFile(path, original);
      await craft(path, ({ sections }) => {
        const entries = JSON.parse(Buffer.from(sections.get('jobIndex')!).toString('utf8')) as Entry[];
        edit(entries);
        sections.set('jobIndex', Buffer.from(JSON.stringify(entries)));
      });
      expectStoreFileError(await failure(() => createMemoryStore({ path }).open()), 'jobIndex');
    }
    await writeFile(path, original);
    const count = await (async () => {
      const store = await createMemoryStore({ path }).open();
      const jobs = await store.countJobs();
      await store.close();
      return jobs;
    })();
    await writeFile(path, original);
    await craft(path, ({ sections }) => {
      const entries = JSON.parse(Buffer.from(sections.get('jobIndex')!).toString('utf8')) as Entry[];
      entries[0]![0] = 12;
      sections.set('jobIndex', Buffer.from(JSON.stringify(entries)));
    });
    const store = await createMemoryStore({ path }).open();
    expect((await store.listJobs()).length).toBe(count);
    await store.close();
  });
});

describe('MemoryStore, crafted BM25 sections (format 4)', () => {
  /** A BM25 search after the load finds the welders, as a store rebuilt from the jobs does. */
  async function expectWelders(path: string): Promise<void> {
    const store = await createMemoryStore({ path }).open();
    expect((await store.searchJobs('welding', {})).map((hit) => hit.job.id).sort()).toEqual(['job-1', 'job-3']);
    expect((await store.searchJobs('postgresql', {})).map((hit) => hit.job.id).sort()).toEqual(['job-0', 'job-2']);
    await store.close();
  }

  it('rebuilds the index from the jobs when the term offsets descend, are not whole uint32s, or miss terms', async () => {
    const path = await realStore();
    const original = await readFile(path);
    const edits: Array<(parts: Awaited<ReturnType<typeof takeApart>>) => void> = [
      ({ sections }) => {
        // Two postings moved from one term to the one before: a term then holds a negative number of them.
        const offsets = sections.get('bm25TermOffsets')!;
        const view = new Uint32Array(offsets.buffer, offsets.byteOffset, offsets.byteLength / 4);
        view[2] = view[1]! + 3;
        view[3] = view[1]! + 1;
      },
      ({ sections }) => {
        sections.set('bm25TermOffsets', sections.get('bm25TermOffsets')!.subarray(0, 9));
      },
      ({ sections }) => {
        const offsets = sections.get('bm25TermOffsets')!;
        sections.set('bm25TermOffsets', offsets.subarray(0, offsets.byteLength - 4));
      },
      ({ sections }) => {
        sections.set('bm25Lengths', sections.get('bm25Lengths')!.subarray(0, 8));
      },
      ({ sections }) => {
        sections.set('bm25Lengths', sections.get('bm25Lengths')!.subarray(0, 13));
      },
      ({ sections }) => {
        // A document length that is not a length (NaN scores every posting of that document as nothing).
        const lengths = sections.get('bm25Lengths')!;
        new Float64Array(lengths.buffer, lengths.byteOffset, lengths.byteLength / 8)[1] = Number.NaN;
      },
      ({ sections }) => {
        const lengths = sections.get('bm25Lengths')!;
        new Float64Array(lengths.buffer, lengths.byteOffset, lengths.byteLength / 8)[3] = -5;
      },
      ({ sections }) => {
        // Document 3 names job 1 as well: one job twice, another never.
        sections.set('bm25Jobs', u32(0, 1, 2, 1));
      },
      ({ sections }) => {
        const meta = JSON.parse(Buffer.from(sections.get('bm25')!).toString('utf8'));
        meta.terms.pop();
        sections.set('bm25', Buffer.from(JSON.stringify(meta)));
      },
    ];
    for (const edit of edits) {
      await writeFile(path, original);
      await craft(path, edit);
      await expectWelders(path);
    }
  });

  it('refuses postings naming a document past the index, or wrapping past 2^32, when a search decodes them', async () => {
    const path = await realStore();
    const original = await readFile(path);
    // Each term's postings re-encoded with the given first document (varint gap), frequency 1, the rest kept.
    const firstDocuments: number[][] = [
      [7], // past the 4 documents
      [0xff, 0xff, 0xff, 0xff, 0x7f], // 5 bytes: 2^35 - 1, wraps modulo 2^32 if stored as it is
      [0xff, 0xff, 0xff, 0xff, 0x0f], // 2^32 - 1
    ];
    for (const first of firstDocuments) {
      await writeFile(path, original);
      await craftPostingsNaming(path, first);
      const store = await createMemoryStore({ path }).open();
      expectStoreFileError(await failure(() => store.searchJobs('welding', {})), 'bm25Postings');
      await store.close().catch(() => undefined);
    }
  });

  it.skipIf(!existsSync('/proc/self/fd'))(
    'closes the journal and the snapshot files when close() fails on crafted postings, losing nothing',
    async () => {
      const path = await realStore();
      // Every term's postings name document 7 (past the 4): the snapshot close() takes fails where it reads them.
      await craftPostingsNaming(path, [7]);
      const store = await createMemoryStore({ path }).open();
      await store.addMatches('resume-1', [{ jobId: 'job-1', score: 0.5, ranker: 'test' }]);
      // The snapshot (held for the job records, vector rows and postings left in it) and the journal are open.
      expect(new Set(await openFilesUnder(directory))).toEqual(new Set(['store.bin', 'store.bin.journal']));
      expectStoreFileError(await failure(() => store.close()), 'bm25Postings');
      // Before: both stayed open (the journal until garbage collection closed it with a warning, the other for good).
      expect(await openFilesUnder(directory)).toEqual([]);
      // The journaled change is still there, and the store still takes writes after the failed close.
      const reopened = await createMemoryStore({ path }).open();
      expect(await reopened.listMatches('resume-1')).toMatchObject([{ jobId: 'job-1', score: 0.5 }]);
      await reopened.close().catch(() => undefined);
      await store.addMatches('resume-2', [{ jobId: 'job-2', score: 0.25, ranker: 'test' }]);
      await store.close().catch(() => undefined);
      expect(await openFilesUnder(directory)).toEqual([]);
    },
  );

  it('refuses a typed-array postings section (no varints) of the wrong size', async () => {
    const path = await realStore();
    await craft(path, ({ header, sections }) => {
      // The format-2 layout inside a format-4 file: documents and frequencies as typed arrays, cut to odd sizes.
      const bm25 = header.bm25 as Record<string, unknown>;
      delete bm25.postings;
      delete bm25.postingCount;
      sections.delete('bm25Postings');
      sections.set('bm25Documents', new Uint8Array(7));
      sections.set('bm25Frequencies', new Uint8Array(5));
    });
    await expectWelders(path);
  });
});

describe('MemoryStore, crafted vector sections (format 4)', () => {
  it('refuses a dimension the vector sections do not hold before allocating for it', async () => {
    const path = await realStore();
    const original = await readFile(path);
    for (const dimension of [2 ** 31, 2 ** 32 - 1, 2 ** 40, 3, 5]) {
      await writeFile(path, original);
      await craft(path, ({ header }) => {
        (header.vectors as Record<string, unknown>).dimension = dimension;
      });
      const before = process.memoryUsage().arrayBuffers;
      expectStoreFileError(await failure(() => createMemoryStore({ path }).open()), 'vectorsFloat32');
      expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(256 * 1024 * 1024);
    }
  });

  it('quantises again when the scales are not finite, and refuses a non-finite float32 row where it is read', async () => {
    const path = await realStore();
    const original = await readFile(path);
    const reference = await createMemoryStore({ path }).open();
    const expected = await reference.searchJobsByVector(vector(1), { limit: 4 });
    await reference.close();
    await craft(path, ({ sections }) => {
      const scales = sections.get('vectorScales')!;
      new Float32Array(scales.buffer, scales.byteOffset, 4).fill(Number.NaN);
    });
    const requantised = await createMemoryStore({ path }).open();
    expect(await requantised.searchJobsByVector(vector(1), { limit: 4 })).toEqual(expected);
    await requantised.close();
    // Row 2 holds a NaN: before, the search gave scores of NaN (null in JSON) for every job.
    await writeFile(path, original);
    await craft(path, ({ sections }) => {
      const rows = sections.get('vectorsFloat32')!;
      new Float32Array(rows.buffer, rows.byteOffset, rows.byteLength / 4)[2 * 4 + 1] = Number.NaN;
    });
    const store = await createMemoryStore({ path }).open();
    expectStoreFileError(await failure(() => store.searchJobsByVector(vector(1), { limit: 4 })), 'vectorsFloat32');
    expectStoreFileError(
      await failure(() => store.upsertJobVectors([{ id: 'job-3', vector: vector(3) }])),
      'vectorsFloat32',
    );
    // A delete that fails there leaves a store that still saves (it removed the job but not its vector, and close()
    // then failed naming a job the snapshot did not hold).
    expectStoreFileError(await failure(() => store.deleteJob('job-1')), 'vectorsFloat32');
    // And it changes nothing (before, job-1 had left the BM25 index but not the store).
    expect((await store.getJob('job-1'))?.title).toBe(job(1).title);
    expect((await store.searchJobs('welder')).map((hit) => hit.job.id).sort()).toEqual(['job-1', 'job-3']);
    await store.close();
  });

  it('leaves the store unchanged when a batch stops at a job whose vector row in the file is not finite', async () => {
    const path = await realStore();
    await craft(path, ({ sections }) => {
      const rows = sections.get('vectorsFloat32')!;
      new Float32Array(rows.buffer, rows.byteOffset, rows.byteLength / 4)[2 * 4 + 1] = Number.NaN;
    });
    const store = await createMemoryStore({ path }).open();
    // job-1's new title drops its vector, which reads the rows of its chunk. Before, job-new (first in the batch) was
    // then in memory, found by reads, but not in the journal: gone after a crash, or saved by a later snapshot.
    const batch = [
      { ...job(9), id: 'job-new', title: 'Glazier' },
      { ...job(1), title: 'Changed welder' },
    ];
    expectStoreFileError(await failure(() => store.upsertJobs(batch)), 'vectorsFloat32');
    const unchanged = async (reader: MemoryStore) => {
      expect(await reader.countJobs()).toBe(4);
      expect(await reader.getJob('job-new')).toBeUndefined();
      expect((await reader.getJob('job-1'))?.title).toBe(job(1).title);
      expect(await reader.searchJobs('glazier')).toEqual([]);
      expect((await reader.searchJobs('changed')).map((hit) => hit.job.id)).toEqual([]);
    };
    await unchanged(store);
    await store.close();
    const reopened = await createMemoryStore({ path }).open();
    await unchanged(reopened);
    await reopened.close();
  });

  it('refuses a vector row naming a job twice', async () => {
    const path = await realStore();
    await craft(path, ({ sections }) => {
      sections.set('vectorJobs', u32(0, 1, 1, 3));
    });
    expectStoreFileError(await failure(() => createMemoryStore({ path }).open()), 'vectorJobs');
  });

  it('loads a store whose every section is as written, and uses all of it', async () => {
    const path = await realStore();
    await craft(path, () => undefined);
    await useAll(path);
  });
});

describe('MemoryStore, crafted embedding cache', () => {
  it('refuses a cached embedding that is not finite even when its checksum matches', async () => {
    const path = await realStore();
    const store = await createMemoryStore({ path }).open();
    await store.putEmbeddings([{ key: 'k', vector: new Float32Array([1, 2]) }]);
    await store.close();
    await craft(path, ({ sections }) => {
      const values = sections.get('embeddingValues')!;
      new Float32Array(values.buffer, values.byteOffset, 2)[1] = Number.NaN;
    });
    expectStoreFileError(await failure(() => createMemoryStore({ path }).open()), 'embeddingValues[0]');
  });
});

describe('MemoryStore, crafted matches section', () => {
  it('validates stored matches even when their checksum matches', async () => {
    const path = await realStore();
    await craft(path, ({ sections }) => {
      const matches = [{ subjectId: 'resume-1', createdAt: '2026-01-01T00:00:00.000Z', match: { jobId: 5 } }];
      sections.set('matches', Buffer.from(JSON.stringify(matches)));
    });
    expectStoreFileError(await failure(() => createMemoryStore({ path }).open()), 'matches[0].match');
  });
});

describe('MemoryStore, damaged job records', () => {
  // Six jobs with fingerprints and vectors; job-2 alone holds the word 'glassblower'.
  const titles = ['Welder', 'Baker', 'Glassblower', 'Roofer', 'Plumber', 'Welder'];
  const trade = (index: number) => ({
    id: `job-${index}`,
    source: 'test',
    title: titles[index]!,
    description: `${titles[index]} wanted, full time, shop ${index}`,
    skills: index % 2 ? ['welding'] : ['safety'],
    fingerprint: `fp-${index}`,
    postedAt: `2026-0${1 + index}-15`,
  });
  const replacement = {
    id: 'job-2',
    source: 'test',
    title: 'Cooper',
    description: 'Cooper wanted for oak barrels',
    skills: ['woodwork'],
    fingerprint: 'fp-new',
  };
  const queries = ['glassblower', 'welder shop', 'wanted full time', 'cooper barrels', 'safety', '2'];

  async function tradeStore(): Promise<string> {
    const path = join(directory, 'store.bin');
    const store = await createMemoryStore({ path }).open();
    await store.upsertJobs(Array.from({ length: 6 }, (_, index) => trade(index)));
    await store.upsertJobVectors(
      Array.from({ length: 6 }, (_, index) => ({ id: `job-${index}`, vector: vector(index) })),
    );
    await store.close();
    return path;
  }

  /**
   * Damages job-2's record: 'torn' changes bytes inside it and leaves its crc32 (a disk or copy error), 'crafted'
   * writes a job of the wrong shape with its crc32 recomputed.
   */
  async function damage(path: string, kind: 'torn' | 'crafted'): Promise<void> {
    await craft(path, ({ sections }) => {
      const jobs = sections.get('jobs')!;
      const places = placesOf(sections.get('jobPlaces')!, 6);
      const at = places.offsets[2]!;
      if (kind === 'torn') {
        for (let offset = 5; offset < 25; offset += 1) jobs[at + offset] = 0x7b; // '{'
        return;
      }
      const bytes = Buffer.from('{"id":"job-2","source":"test","title":7,"skills":"x","fingerprint":"fp-2"}');
      sections.set(
        'jobs',
        Buffer.concat([jobs.subarray(0, at - 4), u32(bytes.length), bytes, jobs.subarray(at + places.lengths[2]!)]),
      );
      const grown = bytes.length - places.lengths[2]!;
      for (let record = 3; record < 6; record += 1) places.offsets[record]! += grown;
      places.lengths[2] = bytes.length;
      places.checksums[2] = crc32(bytes);
    });
  }

  /** A store in memory that holds `jobs` (never had a damaged record): what BM25 should answer. */
  async function reference(jobs: Array<Record<string, unknown>>): Promise<MemoryStore> {
    const store = createMemoryStore();
    await store.upsertJobs(jobs as never);
    return store;
  }

  /** Expects the same BM25 hits (ids and scores) and document frequencies as `expected`. */
  async function expectSameSearch(store: MemoryStore, expected: MemoryStore): Promise<void> {
    for (const query of queries) {
      const hits = (await store.searchJobs(query)).map((hit) => [hit.job.id, hit.score] as const);
      const want = (await expected.searchJobs(query)).map((hit) => [hit.job.id, hit.score] as const);
      expect(
        hits.map(([id]) => id),
        query,
      ).toEqual(want.map(([id]) => id));
      for (const [index, [, score]] of hits.entries()) expect(score).toBeCloseTo(want[index]![1], 12);
    }
    const statistics = await store.corpusStatistics();
    const wanted = await expected.corpusStatistics();
    expect(statistics.documentCount).toBe(wanted.documentCount);
    expect(statistics.averageLength).toBeCloseTo(wanted.averageLength, 12);
    // Every term of the damaged job's text: its postings must not still count the job.
    for (const term of tokenize(`${trade(2).title} ${trade(2).description} safety`, {
      removeStopwords: true,
      stem: true,
    }))
      expect(statistics.documentFrequency(term), term).toBe(wanted.documentFrequency(term));
  }

  for (const kind of ['torn', 'crafted'] as const)
    it(`lists a ${kind} record in check(), deletes its job, and searches, saves and reloads without it`, async () => {
      const path = await tradeStore();
      await damage(path, kind);
      const store = await createMemoryStore({ path }).open();
      const report = await store.check();
      expect(report.jobs).toBe(6);
      expect(report.damaged.map((item) => item.id)).toEqual(['job-2']);
      expectStoreFileError(report.damaged[0]!.error, /^jobs@\d+$/);
      expect(report.damaged[0]!.error.message).toContain('job job-2');
      expect(report.damaged[0]!.error.message).toContain(
        kind === 'torn' ? 'fails its checksum' : 'passes its checksum',
      );
      expectStoreFileError(await failure(() => store.getJob('job-2')), /^jobs@\d+$/);
      // The fingerprint index built before the delete (it is kept up to date from then on).
      expect((await store.listJobs({ fingerprints: ['fp-1'] })).map((item) => item.id)).toEqual(['job-1']);
      // Before: the delete read the old record (to find its BM25 terms) and threw, for good.
      expect(await store.deleteJob('job-2')).toBe(true);
      expect(await store.getJob('job-2')).toBeUndefined();
      expect(await store.countJobs()).toBe(5);
      expect(await store.listJobs({ fingerprints: ['fp-2'] })).toEqual([]);
      expect((await store.searchJobsByVector(vector(2), { limit: 6 })).map((hit) => hit.job.id)).not.toContain('job-2');
      expect(await store.check()).toEqual({ jobs: 5, damaged: [] });
      const expected = await reference([0, 1, 3, 4, 5].map(trade));
      await expectSameSearch(store, expected);
      await store.close();
      const reopened = await createMemoryStore({ path }).open();
      expect(await reopened.check()).toEqual({ jobs: 5, damaged: [] });
      expect((await reopened.listJobs()).map((item) => item.id).sort()).toEqual([
        'job-0',
        'job-1',
        'job-3',
        'job-4',
        'job-5',
      ]);
      await expectSameSearch(reopened, expected);
      expect((await reopened.searchJobsByVector(vector(3), { limit: 1 }))[0]?.job.id).toBe('job-3');
      await reopened.close();
    });

  it('replaces a job whose record is damaged with an upsert, with its BM25 terms, fingerprint and vector', async () => {
    const path = await tradeStore();
    await damage(path, 'crafted');
    const store = await createMemoryStore({ path }).open();
    expect((await store.listJobs({ fingerprints: ['fp-1'] })).length).toBe(1);
    // Before: the upsert read the old record first and threw, for good.
    expect(await store.upsertJobs([replacement])).toEqual({ inserted: 0, updated: 1, failed: [] });
    expect((await store.getJob('job-2'))?.title).toBe('Cooper');
    expect(await store.listJobs({ fingerprints: ['fp-2'] })).toEqual([]);
    expect((await store.listJobs({ fingerprints: ['fp-new'] })).map((item) => item.id)).toEqual(['job-2']);
    // The old text could not be read, so its vector is taken for out of date (as for a changed text).
    expect((await store.searchJobsByVector(vector(2), { limit: 6 })).map((hit) => hit.job.id)).not.toContain('job-2');
    expect(await store.check()).toEqual({ jobs: 6, damaged: [] });
    const expected = await reference([...[0, 1, 3, 4, 5].map(trade), replacement]);
    await expectSameSearch(store, expected);
    await store.close();
    const reopened = await createMemoryStore({ path }).open();
    expect((await reopened.getJob('job-2'))?.title).toBe('Cooper');
    await expectSameSearch(reopened, expected);
    await reopened.close();
  });

  it('journals the jobs put before one that fails in the BM25 index, and says which were written (StoreWriteError)', async () => {
    const path = await tradeStore();
    await damage(path, 'crafted');
    // Every term's postings name document 7 (past the 6): replacing job-2, whose terms cannot be read from its
    // record, scans the postings and fails there, after the jobs before it in the batch were put.
    await craftPostingsNaming(path, [7]);
    const store = await createMemoryStore({ path }).open();
    const fresh = { ...trade(6), title: 'Glazier' };
    const error = await failure(() => store.upsertJobs([fresh, replacement]));
    // Before: the StoreFileError alone, with job-6 in memory and not in the journal.
    expect(error).toBeInstanceOf(StoreWriteError);
    expect((error as StoreWriteError).result).toMatchObject({ inserted: 1, updated: 0, failed: [{ id: 'job-2' }] });
    expectStoreFileError((error as StoreWriteError).cause, 'bm25Postings');
    const state = async (reader: MemoryStore) => ({
      jobs: await reader.countJobs(),
      fresh: (await reader.getJob('job-6'))?.title,
      damaged: (await reader.check()).damaged.map((item) => item.id),
      // job-2's vector is the nearest: the search reaches its damaged record.
      vector: ((await failure(() => reader.searchJobsByVector(vector(2), { limit: 1 }))) as Error).message,
    });
    // job-2 is untouched (still damaged, its vector kept); job-6 is in memory and in the journal.
    const now = await state(store);
    expect(now).toMatchObject({ jobs: 7, fresh: 'Glazier', damaged: ['job-2'] });
    expect(now.vector).toMatch(/jobs@\d+ .*job job-2/);
    // Opened again from the files as they are now (no save in between): the same.
    const copy = join(directory, 'copy.bin');
    await writeFile(copy, await readFile(path));
    await writeFile(`${copy}.journal`, await readFile(`${path}.journal`));
    const reopened = await createMemoryStore({ path: copy }).open();
    expect(await state(reopened)).toEqual({ ...now, vector: now.vector.replaceAll(path, copy) });
    await reopened.close().catch(() => undefined);
    await store.close().catch(() => undefined);
  });

  it('opens a store with a damaged record when the BM25 index is rebuilt (other field weights), leaving that job out of it', async () => {
    const path = await tradeStore();
    await damage(path, 'torn');
    const fieldWeights = { title: 5, skills: 2, company: 1, description: 1 };
    // Before: the rebuild read every job and the load failed on the damaged one, for good.
    const store = await createMemoryStore({ path, fieldWeights }).open();
    expect((await store.check()).damaged.map((item) => item.id)).toEqual(['job-2']);
    expect(await store.searchJobs('glassblower')).toEqual([]);
    expect((await store.searchJobs('roofer')).map((hit) => hit.job.id)).toEqual(['job-3']);
    expect(await store.deleteJob('job-2')).toBe(true);
    const expected = createMemoryStore({ fieldWeights });
    await expected.upsertJobs([0, 1, 3, 4, 5].map(trade));
    await expectSameSearch(store, expected);
    await store.close();
    const reopened = await createMemoryStore({ path, fieldWeights }).open();
    await expectSameSearch(reopened, expected);
    await reopened.close();
  });

  it('saves a damaged record as it is until its job is deleted or replaced (nothing is dropped unasked)', async () => {
    const path = await tradeStore();
    await damage(path, 'torn');
    const store = await createMemoryStore({ path }).open();
    await store.upsertJobs([{ ...trade(1), title: 'Baker and confectioner' }]);
    await store.close();
    const reopened = await createMemoryStore({ path }).open();
    expect((await reopened.check()).damaged.map((item) => item.id)).toEqual(['job-2']);
    expect((await reopened.getJob('job-1'))?.title).toBe('Baker and confectioner');
    await reopened.close();
  });
});

describe('MemoryStore, jobs written with fields jobs no longer have', () => {
  /** Rewrites job-1's record with `edit` applied, its crc32 recomputed (as the version that wrote it would have). */
  async function rewriteJob1(path: string, edit: (record: Record<string, unknown>) => void): Promise<void> {
    await craft(path, ({ sections }) => {
      const jobs = sections.get('jobs')!;
      const places = placesOf(sections.get('jobPlaces')!, 4);
      const at = places.offsets[1]!;
      const record = JSON.parse(Buffer.from(jobs.subarray(at, at + places.lengths[1]!)).toString('utf8'));
      edit(record);
      const bytes = Buffer.from(JSON.stringify(record));
      const grown = bytes.length - places.lengths[1]!;
      sections.set(
        'jobs',
        Buffer.concat([jobs.subarray(0, at - 4), u32(bytes.length), bytes, jobs.subarray(at + places.lengths[1]!)]),
      );
      for (let record = 2; record < 4; record += 1) places.offsets[record]! += grown;
      places.lengths[1] = bytes.length;
      places.checksums[1] = crc32(bytes);
    });
  }

  it('drops them when the job is read, notes which, and saves the job without them', async () => {
    const path = await realStore();
    await rewriteJob1(path, (record) => {
      record.remote = true;
      record.location = { city: 'Oslo', zip: '0150' };
    });
    const store = await createMemoryStore({ path }).open();
    const read = await store.getJob('job-1');
    expect(read).not.toHaveProperty('remote');
    expect(read?.location).toEqual({ city: 'Oslo' });
    expect(read?.title).toBe('Welder 1');
    expect(read?.notes).toEqual([
      "dropped 'location.zip', 'remote' when read from the store: fields jobs no longer have",
    ]);
    expect(await store.check()).toEqual({ jobs: 4, damaged: [] });
    expect((await store.searchJobs('welding')).map((hit) => hit.job.id).sort()).toEqual(['job-1', 'job-3']);
    // Input a person types stays strict: the same field in an upsert is refused, naming it.
    const refused = await failure(() => store.upsertJobs([{ ...job(7), remote: true } as never]));
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).fields).toEqual(['remote']);
    // A store with no change is not saved on close; with one, the job (read, so held as it is now) is written as it is.
    await store.upsertJobs([job(6)]);
    await store.close();
    const saved = (await takeApart(path)).sections.get('jobs')!;
    expect(Buffer.from(saved).toString('utf8')).not.toContain('"remote"');
    const reopened = await createMemoryStore({ path }).open();
    expect((await reopened.getJob('job-1'))?.notes).toHaveLength(1);
    await reopened.close();
  });

  it('still refuses a record whose known fields are invalid, naming the job and the field', async () => {
    const path = await realStore();
    await rewriteJob1(path, (record) => {
      record.remote = true;
      record.title = 7;
    });
    const store = await createMemoryStore({ path }).open();
    const error = await failure(() => store.getJob('job-1'));
    expectStoreFileError(error, /^jobs@\d+$/);
    expect((error as Error).message).toContain('job job-1');
    expect(((error as StoreFileError).cause as ValidationError).fields).toEqual(['title']);
    expect((await store.check()).damaged.map((item) => item.id)).toEqual(['job-1']);
    await store.close();
  });

  it('drops them from a journal line and a format-1 JSON snapshot too', async () => {
    const path = await realStore();
    const { header } = await takeApart(path);
    await writeFile(
      `${path}.journal`,
      journalHeader(header.generation as number) + journalLine({ op: 'jobs', jobs: [{ ...job(5), remote: true }] }),
    );
    const store = await createMemoryStore({ path }).open();
    expect((await store.getJob('job-5'))?.notes).toEqual([
      "dropped 'remote' when read from the store: fields jobs no longer have",
    ]);
    await store.close();
    const jsonPath = join(directory, 'old.json');
    const file = { format: 'rolefit-memory-store', version: 1, savedAt: '2026-01-01T00:00:00.000Z' };
    await writeFile(
      jsonPath,
      JSON.stringify({
        ...file,
        jobs: [{ ...job(0), salary: { period: 'year', min: 1, bonus: 5 } }],
        vectors: [],
        resumes: [],
        feedback: [],
        matches: [],
      }),
    );
    const old = await createMemoryStore({ path: jsonPath }).open();
    const migrated = await old.getJob('job-0');
    expect(migrated?.salary).toMatchObject({ period: 'year', min: 1 });
    expect(migrated?.salary).not.toHaveProperty('bonus');
    expect(migrated?.notes?.[0]).toContain("'salary.bonus'");
    await old.close();
  });
});

describe('MemoryStore, jobs an earlier version accepted and this one refuses', () => {
  // An ftp: URL was a valid job URL before URLs were limited to http, https and mailto: such a job in a journal,
  // a format-1 JSON snapshot or a snapshot whose records are all validated at load made the load fail, for good.
  const old = { ...job(5), url: 'ftp://old.example/5', fingerprint: 'fp-5' };

  it('keeps one from a journal line as a damaged record: the store opens, check() names it, saves keep it, an upsert replaces it', async () => {
    const path = await realStore();
    const { header } = await takeApart(path);
    await writeFile(
      `${path}.journal`,
      journalHeader(header.generation as number) + journalLine({ op: 'jobs', jobs: [old] }),
    );
    const store = await createMemoryStore({ path }).open();
    const report = await store.check();
    expect(report).toMatchObject({ jobs: 5, damaged: [{ id: 'job-5' }] });
    expectStoreFileError(report.damaged[0]!.error, 'line 2.jobs[0]');
    expect(((report.damaged[0]!.error as StoreFileError).cause as ValidationError).fields).toEqual(['url']);
    expectStoreFileError(await failure(() => store.getJob('job-5')), 'line 2.jobs[0]');
    expectStoreFileError(await failure(() => store.listJobs({ fingerprints: ['fp-5'] })), 'line 2.jobs[0]');
    expect((await store.searchJobs('welding')).map((hit) => hit.job.id).sort()).toEqual(['job-1', 'job-3']);
    await store.close();
    // Written to the snapshot as it was: nothing is lost.
    expect(Buffer.from((await takeApart(path)).sections.get('jobs')!).toString('utf8')).toContain(
      'ftp://old.example/5',
    );
    const reopened = await createMemoryStore({ path }).open();
    expect((await reopened.check()).damaged.map((item) => item.id)).toEqual(['job-5']);
    expect(await reopened.upsertJobs([{ ...old, url: 'https://new.example/5' }])).toEqual({
      inserted: 0,
      updated: 1,
      failed: [],
    });
    await reopened.close();
    const repaired = await createMemoryStore({ path }).open();
    expect(await repaired.check()).toEqual({ jobs: 5, damaged: [] });
    expect((await repaired.getJob('job-5'))?.url).toBe('https://new.example/5');
    expect((await repaired.listJobs({ fingerprints: ['fp-5'] })).map((item) => item.id)).toEqual(['job-5']);
    await repaired.close();
  });

  it('keeps one from a format-1 JSON snapshot, and deletes it', async () => {
    const path = join(directory, 'old.json');
    const file = { format: 'rolefit-memory-store', version: 1, savedAt: '2026-01-01T00:00:00.000Z' };
    await writeFile(
      path,
      JSON.stringify({ ...file, jobs: [job(1), old], vectors: [], resumes: [], feedback: [], matches: [] }),
    );
    const store = await createMemoryStore({ path }).open();
    expect((await store.check()).damaged.map((item) => item.id)).toEqual(['job-5']);
    expect(await store.deleteJob('job-5')).toBe(true);
    await store.close();
    const reopened = await createMemoryStore({ path }).open();
    expect(await reopened.check()).toEqual({ jobs: 1, damaged: [] });
    expect((await reopened.searchJobs('welding')).map((hit) => hit.job.id)).toEqual(['job-1']);
    await reopened.close();
  });

  it('keeps one from a snapshot whose records are all validated at load (its job keys damaged)', async () => {
    const path = await realStore();
    await craft(path, ({ sections }) => {
      const keys = JSON.parse(Buffer.from(sections.get('jobKeys')!).toString('utf8'));
      keys.ids[1] = 12; // not a string: every record is read and validated at load
      sections.set('jobKeys', Buffer.from(JSON.stringify(keys)));
      const jobs = sections.get('jobs')!;
      const places = placesOf(sections.get('jobPlaces')!, 4);
      const at = places.offsets[3]!;
      const bytes = Buffer.from(JSON.stringify({ ...job(3), url: 'ftp://old.example/3' }));
      sections.set('jobs', Buffer.concat([jobs.subarray(0, at - 4), u32(bytes.length), bytes]));
    });
    const store = await createMemoryStore({ path }).open();
    expect((await store.check()).damaged.map((item) => item.id)).toEqual(['job-3']);
    expectStoreFileError(await failure(() => store.getJob('job-3')), 'jobs[3]');
    // The index is rebuilt from the jobs that can be read.
    expect((await store.searchJobs('welding')).map((hit) => hit.job.id)).toEqual(['job-1']);
    expect((await store.searchJobsByVector(vector(0), { limit: 1 }))[0]?.job.id).toBe('job-0');
    expect(await store.deleteJob('job-3')).toBe(true);
    await store.close();
    const reopened = await createMemoryStore({ path }).open();
    expect(await reopened.check()).toEqual({ jobs: 3, damaged: [] });
    await reopened.close();
  });
});

describe('MemoryStore, crafted journal', () => {
  it('refuses a checksummed line holding an invalid change, and takes a huge line only as the bytes it has', async () => {
    const path = await realStore();
    const journal = `${path}.journal`;
    const { header } = await takeApart(path);
    const generation = header.generation as number;
    // A job with an id that is not valid is kept as a damaged record (see 'jobs an earlier version accepted'); one
    // with no id cannot be kept under one.
    await writeFile(journal, journalHeader(generation) + journalLine({ op: 'jobs', jobs: [{ id: 'x', title: 7 }] }));
    const kept = await createMemoryStore({ path }).open();
    const report = await kept.check();
    expect(report.damaged.map((item) => item.id)).toEqual(['x']);
    expectStoreFileError(report.damaged[0]!.error, /^line 2\.jobs\[0\]/);
    await kept.close(); // folds the journal into a snapshot of the next generation
    const next = (await takeApart(path)).header.generation as number;
    await writeFile(journal, journalHeader(next) + journalLine({ op: 'jobs', jobs: [{ title: 7 }] }));
    expectStoreFileError(await failure(() => createMemoryStore({ path }).open()), /^line 2\.jobs\[0\]/);
    await writeFile(journal, journalHeader(next) + journalLine({ op: 'vectors', entries: [{ id: 'job-0' }] }));
    expectStoreFileError(await failure(() => createMemoryStore({ path }).open()), /^line 2\.entries/);
    // A torn line of 20 MB with no newline: cut off as a crash's tail, the store loads (4 jobs and x).
    await writeFile(journal, `${journalHeader(next)}ffffffff {"op":"jobs","jobs":[${'9'.repeat(20_000_000)}`);
    const store = await createMemoryStore({ path }).open();
    expect(await store.countJobs()).toBe(5);
    await store.close();
  });
});

describe('MemoryStore, random changes to a snapshot with recomputed checksums', () => {
  it.skipIf(!existsSync('/proc/self/fd'))(
    'leaves no file open when a load fails after it opened the snapshot files (a crafted section, a newer journal)',
    async () => {
      const path = await realStore();
      const original = await readFile(path);
      const { header } = await takeApart(path);
      const loads: Array<{ crafted: () => Promise<void>; section: string }> = [
        // Read after the jobs, vector rows and BM25 postings were left in the file (each holding it open).
        {
          crafted: () => craft(path, ({ sections }) => sections.set('feedback', Buffer.from('[{'))),
          section: 'feedback',
        },
        {
          crafted: () => writeFile(`${path}.journal`, journalHeader((header.generation as number) + 1)),
          section: 'line 1',
        },
      ];
      for (const { crafted, section } of loads) {
        await writeFile(path, original);
        await rm(`${path}.journal`, { force: true });
        await crafted();
        expectStoreFileError(await failure(() => createMemoryStore({ path }).open()), section);
        // Before: store.bin stayed open, once for the job records and once for the vector rows, for good.
        expect(await openFilesUnder(directory)).toEqual([]);
      }
    },
  );

  it('ends every load and every later use in success or a StoreFileError naming what failed', async () => {
    const path = await realStore();
    const seeded = await createMemoryStore({ path }).open();
    await seeded.putEmbeddings([{ key: 'k', vector: new Float32Array([1, 2]) }]);
    await seeded.addMatches('resume-1', [{ jobId: 'job-1', score: 0.5, ranker: 'test' }]);
    await seeded.close();
    const original = await readFile(path);
    const names = [...(await takeApart(path)).sections.keys()];
    // mulberry32, seeded: the same 400 changes on every run.
    let seed = 20261204;
    const random = (below: number): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
      return ((value ^ (value >>> 14)) >>> 0) % below;
    };
    const steps: Array<(store: MemoryStore) => Promise<unknown>> = [
      async (store) => {
        for (let index = 0; index < 4; index += 1) await store.getJob(`job-${index}`);
      },
      (store) => store.listJobs({ postedSince: new Date('2020-01-01') }),
      (store) => store.searchJobs('welding', {}),
      (store) => store.searchJobs('postgresql node', {}),
      (store) => store.searchJobsByVector(vector(1), { limit: 3 }),
      (store) => store.getEmbeddings(['k']),
      (store) => store.listMatches('resume-1'),
      (store) => store.upsertJobs([job(2)]),
      (store) => store.deleteJob('job-1'),
      (store) => store.close(),
    ];
    const untyped: string[] = [];
    // Files a round left open, once its load failed or its store closed (whether close() succeeded or not).
    const leftOpen: string[] = [];
    const noteOpenFiles = async (where: string) => {
      const open = await openFilesUnder(directory);
      if (open?.length) leftOpen.push(`${where}: ${open.join(', ')}`);
    };
    const note = (where: string, error: unknown) => {
      // A StoreFileError without a section that only wraps another error ('cannot be read (…)') counts as untyped.
      if (!(error instanceof StoreFileError) || error.message.includes('cannot be read'))
        untyped.push(`${where}: ${String(error)}`);
    };
    for (let round = 0; round < 400; round += 1) {
      await writeFile(path, original);
      const name = names[random(names.length)]!;
      await craft(path, ({ sections }) => {
        const bytes = sections.get(name)!;
        if (!bytes.length) return;
        const kind = random(4);
        if (kind === 0) sections.set(name, bytes.subarray(0, random(bytes.length)));
        else if (kind === 1 && bytes.length >= 4)
          new DataView(bytes.buffer, bytes.byteOffset).setUint32(
            random(bytes.length - 3),
            [0xffffffff, 0x80000000, 2 ** 31 - 1, 7, 0][random(5)]!,
            true,
          );
        else for (let flip = random(4); flip >= 0; flip -= 1) bytes[random(bytes.length)] = random(256);
      });
      let store: MemoryStore;
      try {
        store = await createMemoryStore({ path }).open();
      } catch (error) {
        note(`round ${round} (${name}) open`, error);
        await noteOpenFiles(`round ${round} (${name}) open`);
        continue;
      }
      for (const [index, step] of steps.entries())
        await step(store).catch((error) => note(`round ${round} (${name}) step ${index}`, error));
      await store.close().catch((error) => note(`round ${round} (${name}) close`, error));
      await noteOpenFiles(`round ${round} (${name}) close`);
    }
    expect(untyped).toEqual([]);
    expect(leftOpen).toEqual([]);
  }, 120_000);
});
