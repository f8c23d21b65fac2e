import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { StoreFileError } from '../../errors/index.js';
import type { Job } from '../../schemas/index.js';
import type { SnapshotStreamWriter } from './snapshot.js';
import { parseStoredJob } from './stored-job.js';

/**
 * A job read from a journal line or a JSON file (its id known) whose record is not a valid job: kept as it was
 * written, so that nothing is lost, and reported as damaged until it is deleted or replaced.
 */
export class DamagedRecord {
  constructor(
    /** The record as JSON, written to the next snapshot as it is. */
    readonly json: string,
    /** Why it is not a valid job; every read of the job throws it. */
    readonly error: StoreFileError,
    /** The record's fingerprint, if it has a string one (fingerprint queries find the job by it). */
    readonly fingerprint: string | undefined,
  ) {}
}

/**
 * Jobs as they were at a snapshot: ids, and for each the parsed job (or a damaged record) or its record's number in
 * `block`, and its fingerprint.
 */
export interface CapturedJobs {
  ids: string[];
  values: Array<Job | number | DamagedRecord>;
  fingerprints: Array<string | undefined>;
  block: RecordBlock | undefined;
}

/** The device and inode of an open descriptor; closes it when they cannot be read (nothing else would). */
function identityOf(descriptor: number): { dev: number; ino: number } {
  try {
    const { dev, ino } = fstatSync(descriptor);
    return { dev, ino };
  } catch (error) {
    closeSync(descriptor);
    throw error;
  }
}

/**
 * A snapshot file kept open so that jobs and vector rows not read yet can be read from it. Once a newer snapshot
 * replaces it at its path it is retired: it stays open while a planned snapshot still copies from it, and is never
 * opened again by path (which now names another file); a reopen checks that the path still names this file.
 */
export class SnapshotFile {
  private descriptor: number | undefined;
  private readonly identity: { dev: number; ino: number };
  private holds = 0;
  private retired = false;

  constructor(readonly path: string) {
    const descriptor = openSync(path, 'r');
    this.identity = identityOf(descriptor);
    this.descriptor = descriptor;
  }

  /** Fills `target` from `offset`; `section` names what is read in the error when the file ends first. */
  readInto(target: Uint8Array, offset: number, section = 'vectorsFloat32'): void {
    const descriptor = this.open();
    let done = 0;
    while (done < target.byteLength) {
      const read = readSync(descriptor, target, done, target.byteLength - done, offset + done);
      if (read === 0) throw new StoreFileError(this.path, 'ended before its bytes did (cut short?)', { section });
      done += read;
    }
  }

  /** `length` bytes from `offset` (`section` as in {@link readInto}). */
  read(offset: number, length: number, section = 'jobs'): Buffer {
    const bytes = Buffer.allocUnsafe(length);
    this.readInto(bytes, offset, section);
    return bytes;
  }

  /** Keeps the file open for a planned snapshot that copies from it (until {@link release}). */
  hold(): void {
    try {
      this.open();
    } catch {
      // Left to the copy, which fails with this error where a snapshot reports its errors.
    }
    this.holds += 1;
  }

  /** Ends a {@link hold}. */
  release(): void {
    this.holds -= 1;
    if (this.retired && this.holds === 0) this.close();
  }

  /** A newer snapshot replaced this one at its path: closed once no planned snapshot copies from it. */
  retire(): void {
    this.retired = true;
    if (this.holds === 0) this.close();
  }

  close(): void {
    if (this.descriptor !== undefined) closeSync(this.descriptor);
    this.descriptor = undefined;
  }

  /** The open descriptor; closed by the store's close(), the file is still its latest snapshot, so it opens again. */
  private open(): number {
    if (this.descriptor !== undefined) return this.descriptor;
    if (this.retired) throw new Error(`${this.path}: this snapshot was replaced by a newer one`);
    const descriptor = openSync(this.path, 'r');
    const { dev, ino } = identityOf(descriptor);
    if (dev !== this.identity.dev || ino !== this.identity.ino) {
      closeSync(descriptor);
      throw new Error(`${this.path}: the file was replaced since this snapshot was read`);
    }
    this.descriptor = descriptor;
    return descriptor;
  }
}

/**
 * Job records of one snapshot file, by number: record `i` is `lengths[i]` bytes of JSON at `offsets[i]` with crc32
 * `checksums[i]`. A record is read the first time its job is asked for and checked against its crc32: one that matches
 * is taken as written, one that does not is validated like any input (or refused).
 */
export class RecordBlock {
  constructor(
    readonly file: SnapshotFile,
    readonly offsets: Float64Array,
    readonly lengths: Uint32Array,
    readonly checksums: Uint32Array,
    readonly fingerprints: Array<string | undefined>,
  ) {}

  /**
   * Record `record`'s job, which must have the id `id` (the index names it). Every record is validated when first
   * read (about 10 µs a job), fields earlier versions wrote and jobs no longer have dropped (see parseStoredJob); its
   * crc32, computed only for an error, tells a damaged record from a crafted one there, since a crafted file
   * recomputes it. One that is not JSON, not a valid job, or another job's record is refused with a StoreFileError
   * naming the job and the record's place.
   */
  parse(record: number, id: string): Job {
    const section = `jobs@${this.offsets[record]}`;
    const bytes = this.file.read(this.offsets[record]!, this.lengths[record]!, section);
    // Only an error message tells the two apart, so the crc32 is computed only for one.
    const what = () => (crc32(bytes) === this.checksums[record] ? 'passes its checksum but' : 'fails its checksum and');
    let raw: unknown;
    try {
      raw = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      throw new StoreFileError(
        this.file.path,
        `has a record of job ${id} that ${what()} is not JSON (${(error as Error).message})`,
        { section, cause: error },
      );
    }
    let job: Job;
    try {
      job = parseStoredJob(`${this.file.path}: ${section} (job ${id})`, raw);
    } catch (error) {
      throw new StoreFileError(
        this.file.path,
        `has a record of job ${id} that ${what()} is invalid: ${(error as Error).message}`,
        {
          section,
          cause: error,
        },
      );
    }
    if (job.id !== id)
      throw new StoreFileError(this.file.path, `holds job ${job.id} where its index names ${id}`, { section });
    // The index's fingerprint answered fingerprint queries before the job was read: it must be the job's own.
    if (job.fingerprint !== this.fingerprints[record])
      throw new StoreFileError(this.file.path, `holds job ${id} with another fingerprint than its index names`, {
        section,
      });
    return job;
  }
}

/**
 * The store's jobs by id, with the Map methods the store uses. Jobs loaded from a snapshot whose checksum matched
 * stay in the file (its place only) until first read, so a load neither parses nor holds what it does not need; a
 * snapshot copies those bytes over unchanged, and afterwards every job it wrote is read from the new file again.
 */
export class JobTable {
  /**
   * A parsed job, the number of its record in `block` (every job not parsed yet is in the latest block), or a damaged
   * record read from a journal or JSON file.
   */
  private readonly map = new Map<string, Job | number | DamagedRecord>();
  private block: RecordBlock | undefined;
  private files = new Set<SnapshotFile>();

  /** Number of jobs. */
  get size(): number {
    return this.map.size;
  }

  /** True when a job has this id. */
  has(id: string): boolean {
    return this.map.has(id);
  }

  /** The job (read and parsed now if it was still in the file). */
  get(id: string): Job | undefined {
    const value = this.map.get(id);
    if (value instanceof DamagedRecord) throw value.error;
    if (typeof value !== 'number') return value;
    const job = this.block!.parse(value, id);
    this.map.set(id, job);
    return job;
  }

  /**
   * The job, undefined when there is none, or the StoreFileError its record fails with (a damaged or crafted record
   * still in the file): for what must go on without the old job (replacing or deleting it).
   */
  tryGet(id: string): Job | StoreFileError | undefined {
    try {
      return this.get(id);
    } catch (error) {
      if (error instanceof StoreFileError) return error;
      throw error;
    }
  }

  /**
   * Reads every job still in the file without keeping it (parsed jobs are valid already), and returns the id and
   * error of each whose record cannot be read, with the number of jobs (`every`).
   */
  check(): { every: number; damaged: Array<{ id: string; error: StoreFileError }> } {
    const damaged: Array<{ id: string; error: StoreFileError }> = [];
    for (const [id, value] of this.map) {
      if (value instanceof DamagedRecord) damaged.push({ id, error: value.error });
      if (typeof value !== 'number') continue;
      try {
        this.block!.parse(value, id);
      } catch (error) {
        if (!(error instanceof StoreFileError)) throw error;
        damaged.push({ id, error });
      }
    }
    return { every: this.map.size, damaged };
  }

  /** The job's fingerprint, read without parsing a job still in the file. */
  fingerprintOf(id: string): string | undefined {
    const value = this.map.get(id);
    return typeof value === 'number' ? this.block!.fingerprints[value] : value?.fingerprint;
  }

  /** Adds or replaces a job, or keeps a damaged record under its id. */
  set(id: string, job: Job | DamagedRecord): this {
    this.map.set(id, job);
    return this;
  }

  /**
   * Empties the table and takes the jobs of `block` (record `i` is job `ids[i]`), each left in the file until first
   * read; returns false when an id comes twice.
   */
  load(ids: readonly string[], block: RecordBlock): boolean {
    this.clear();
    this.block = block;
    this.files.add(block.file);
    for (let record = 0; record < ids.length; record += 1) this.map.set(ids[record]!, record);
    return this.map.size === ids.length;
  }

  /** Removes a job. */
  delete(id: string): boolean {
    return this.map.delete(id);
  }

  /** Removes every job and lets go of the files. */
  clear(): void {
    this.map.clear();
    this.closeFiles();
    this.files.clear();
    this.block = undefined;
  }

  /** Every job (reading those still in the file). */
  *values(): IterableIterator<Job> {
    for (const id of this.map.keys()) yield this.get(id)!;
  }

  /** Every job's id and fingerprint, in the order of {@link capture}. */
  *index(): IterableIterator<[string, string | undefined]> {
    for (const [id, value] of this.map)
      yield [id, typeof value === 'number' ? this.block!.fingerprints[value] : value.fingerprint];
  }

  /** Every job as it is now (ids and what each holds: a parsed job, a damaged record or its place in a file), for {@link writeRecords}. */
  capture(): CapturedJobs {
    const ids: string[] = [];
    const values: Array<Job | number | DamagedRecord> = [];
    const fingerprints: Array<string | undefined> = [];
    const block = this.block;
    for (const [id, value] of this.map) {
      ids.push(id);
      values.push(value);
      fingerprints.push(typeof value === 'number' ? block!.fingerprints[value] : value.fingerprint);
    }
    return { ids, values, fingerprints, block };
  }

  /**
   * Writes captured jobs as (uint32 length, JSON) records to the open section of `writer`: runs of jobs still lying
   * one after another in a file are copied as bytes (their checksums go with them), parsed jobs are serialised.
   * Returns each record's offset (from the section's start), length and crc32.
   */
  async writeRecords(
    captured: CapturedJobs,
    writer: SnapshotStreamWriter,
  ): Promise<{ offsets: number[]; lengths: number[]; checksums: number[] }> {
    const { values, block } = captured;
    const offsets: number[] = new Array(values.length);
    const lengths: number[] = new Array(values.length);
    const checksums: number[] = new Array(values.length);
    const start = writer.offset;
    for (let index = 0; index < values.length; ) {
      const value = values[index]!;
      if (typeof value === 'number') {
        // The longest run of records lying one after another in the file.
        const from = block!.offsets[value]! - 4;
        let next = index + 1;
        let end = block!.offsets[value]! + block!.lengths[value]!;
        for (; next < values.length; next += 1) {
          const following = values[next];
          if (typeof following !== 'number' || block!.offsets[following] !== end + 4) break;
          end = block!.offsets[following]! + block!.lengths[following]!;
        }
        const at = writer.offset - start;
        await writer.copy(block!.file, from, end - from);
        for (let item = index; item < next; item += 1) {
          const record = values[item] as number;
          offsets[item] = at + (block!.offsets[record]! - from);
          lengths[item] = block!.lengths[record]!;
          checksums[item] = block!.checksums[record]!;
        }
        index = next;
        continue;
      }
      const json = value instanceof DamagedRecord ? value.json : JSON.stringify(value);
      const recordAt = writer.offset;
      const written = await writer.writeRecord(json);
      offsets[index] = recordAt + 4 - start;
      lengths[index] = written.length;
      checksums[index] = written.crc32;
      index += 1;
    }
    return { offsets, lengths, checksums };
  }

  /**
   * After a snapshot of `written` reached `file` (each job's JSON at `offsets[i]`): every job still as it was then is
   * read from that file from now on (parsed jobs are let go too), and the older files are closed.
   */
  wrote(
    file: SnapshotFile,
    written: CapturedJobs,
    offsets: readonly number[],
    lengths: readonly number[],
    checksums: readonly number[],
  ): void {
    const block = new RecordBlock(
      file,
      Float64Array.from(offsets),
      Uint32Array.from(lengths),
      Uint32Array.from(checksums),
      written.fingerprints,
    );
    for (const [index, id] of written.ids.entries()) {
      const current = this.map.get(id);
      if (current === undefined) continue;
      // Unchanged since the snapshot: the same object, or a job still in a file (its bytes never change).
      if (current === written.values[index] || typeof current === 'number') this.map.set(id, index);
    }
    this.block = block;
    for (const old of this.files) if (old !== file) old.retire();
    this.files = new Set([file]);
  }

  /** Closes the files jobs are read from (a later read opens its file again). */
  closeFiles(): void {
    for (const file of this.files) file.close();
  }
}
