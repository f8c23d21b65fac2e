import { closeSync, openSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { StoreFileError } from '../../errors/index.js';
import { jobSchema, parseWith, type Job } from '../../schemas/index.js';
import type { SnapshotStreamWriter } from './snapshot.js';

/** Jobs as they were at a snapshot: ids and, for each, the parsed job or its place in a file. */
export interface CapturedJobs {
  ids: string[];
  values: Array<Job | PendingJob>;
}

/** A snapshot file kept open so that jobs not read yet can be read from it. */
export class SnapshotFile {
  private descriptor: number | undefined;

  constructor(readonly path: string) {
    this.descriptor = openSync(path, 'r');
  }

  /** Fills `target` from `offset`. */
  readInto(target: Uint8Array, offset: number): void {
    this.descriptor ??= openSync(this.path, 'r');
    let done = 0;
    while (done < target.byteLength) {
      const read = readSync(this.descriptor, target, done, target.byteLength - done, offset + done);
      if (read === 0) throw new Error(`${this.path}: ended before a vector's record did`);
      done += read;
    }
  }

  /** `length` bytes from `offset`. */
  read(offset: number, length: number): Buffer {
    // Closed by the store's close(): the file is still its latest snapshot, so it opens again.
    this.descriptor ??= openSync(this.path, 'r');
    const bytes = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const read = readSync(this.descriptor, bytes, done, length - done, offset + done);
      if (read === 0) throw new Error(`${this.path}: ended before a job's record did`);
      done += read;
    }
    return bytes;
  }

  close(): void {
    if (this.descriptor !== undefined) closeSync(this.descriptor);
    this.descriptor = undefined;
  }
}

/**
 * A job still in a snapshot file: read the first time it is asked for and checked against its record's crc32;
 * a record that matches is taken as written, one that does not is validated like any input (or refused).
 */
class PendingJob {
  constructor(
    readonly file: SnapshotFile,
    readonly offset: number,
    readonly length: number,
    readonly fingerprint: string | undefined,
    readonly checksum: number,
  ) {}

  parse(): Job {
    const bytes = this.file.read(this.offset, this.length);
    if (crc32(bytes) === this.checksum) return reviveJob(JSON.parse(bytes.toString('utf8')) as Job);
    return this.validated(bytes);
  }

  private validated(bytes: Buffer): Job {
    const section = `jobs@${this.offset}`;
    let raw: unknown;
    try {
      raw = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      throw new StoreFileError(
        this.file.path,
        `has a job record that fails its checksum and is not JSON (${(error as Error).message})`,
        { section, cause: error },
      );
    }
    try {
      return parseWith(jobSchema, `${this.file.path}: ${section}`, raw);
    } catch (error) {
      throw new StoreFileError(
        this.file.path,
        `has a job record that fails its checksum and is invalid: ${(error as Error).message}`,
        { section, cause: error },
      );
    }
  }
}

/**
 * The store's jobs by id, with the Map methods the store uses. Jobs loaded from a snapshot whose checksum matched
 * stay in the file (its place only) until first read, so a load neither parses nor holds what it does not need; a
 * snapshot copies those bytes over unchanged, and afterwards every job it wrote is read from the new file again.
 */
export class JobTable {
  private readonly map = new Map<string, Job | PendingJob>();
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
    if (!(value instanceof PendingJob)) return value;
    const job = value.parse();
    this.map.set(id, job);
    return job;
  }

  /** Adds or replaces a job. */
  set(id: string, job: Job): this {
    this.map.set(id, job);
    return this;
  }

  /** Adds a job as the JSON at `offset` (`length` bytes) of a trusted snapshot file. */
  setPending(
    id: string,
    file: SnapshotFile,
    offset: number,
    length: number,
    fingerprint: string | undefined,
    checksum: number,
  ): void {
    this.files.add(file);
    this.map.set(id, new PendingJob(file, offset, length, fingerprint, checksum));
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
  }

  /** Every job (reading those still in the file). */
  *values(): IterableIterator<Job> {
    for (const id of this.map.keys()) yield this.get(id)!;
  }

  /** Every job's id and fingerprint, in the order of {@link capture}. */
  *index(): IterableIterator<[string, string | undefined]> {
    for (const [id, value] of this.map) yield [id, value.fingerprint];
  }

  /** Every job as it is now (ids and what each holds: a parsed job or its place in a file), for {@link writeRecords}. */
  capture(): CapturedJobs {
    const ids: string[] = [];
    const values: Array<Job | PendingJob> = [];
    for (const [id, value] of this.map) {
      ids.push(id);
      values.push(value);
    }
    return { ids, values };
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
    const { values } = captured;
    const offsets: number[] = new Array(values.length);
    const lengths: number[] = new Array(values.length);
    const checksums: number[] = new Array(values.length);
    const start = writer.offset;
    for (let index = 0; index < values.length; ) {
      const value = values[index]!;
      if (value instanceof PendingJob) {
        // The longest run of records lying one after another in the same file.
        let next = index + 1;
        let end = value.offset + value.length;
        for (; next < values.length; next += 1) {
          const following = values[next];
          if (!(following instanceof PendingJob) || following.file !== value.file || following.offset !== end + 4)
            break;
          end = following.offset + following.length;
        }
        const from = value.offset - 4;
        const at = writer.offset - start;
        await writer.copy(value.file, from, end - from);
        for (let item = index; item < next; item += 1) {
          const pending = values[item] as PendingJob;
          offsets[item] = at + (pending.offset - from);
          lengths[item] = pending.length;
          checksums[item] = pending.checksum;
        }
        index = next;
        continue;
      }
      const json = JSON.stringify(value);
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
    for (const [index, id] of written.ids.entries()) {
      const current = this.map.get(id);
      if (current === undefined) continue;
      // Unchanged since the snapshot: the same object, or a pending job (its bytes never change).
      if (current === written.values[index] || current instanceof PendingJob)
        this.map.set(
          id,
          new PendingJob(file, offsets[index]!, lengths[index]!, current.fingerprint, checksums[index]!),
        );
    }
    for (const old of this.files) old.close();
    this.files = new Set([file]);
  }

  /** Closes the files jobs are read from (a later read opens its file again). */
  closeFiles(): void {
    for (const file of this.files) file.close();
  }
}

/** A job read back from a trusted snapshot: JSON gives every field back but the dates. */
export function reviveJob(job: Job): Job {
  if (typeof job.id !== 'string') throw new TypeError('job without an id');
  if (job.postedAt !== undefined) job.postedAt = new Date(job.postedAt);
  if (job.crawledAt !== undefined) job.crawledAt = new Date(job.crawledAt);
  return job;
}
