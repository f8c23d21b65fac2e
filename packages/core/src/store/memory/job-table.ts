import type { Job } from '../../schemas/index.js';

/** A job still held as the JSON bytes of a trusted snapshot: parsed the first time it is read. */
class PendingJob {
  constructor(
    readonly bytes: Buffer,
    readonly start: number,
    readonly end: number,
    readonly fingerprint: string | undefined,
  ) {}

  parse(): Job {
    return reviveJob(JSON.parse(this.bytes.toString('utf8', this.start, this.end)) as Job);
  }
}

/**
 * The store's jobs by id, with the Map methods the store uses. Jobs loaded from a snapshot whose checksum matched
 * stay as their JSON bytes until first read, so a load parses nothing it does not need; a snapshot writes those
 * bytes back unchanged.
 */
export class JobTable {
  private readonly map = new Map<string, Job | PendingJob>();

  /** Number of jobs. */
  get size(): number {
    return this.map.size;
  }

  /** True when a job has this id. */
  has(id: string): boolean {
    return this.map.has(id);
  }

  /** The job (parsed now if it was still bytes). */
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

  /** Adds a job as the JSON bytes `bytes[start, end)` of a trusted snapshot. */
  setPending(id: string, bytes: Buffer, start: number, end: number, fingerprint: string | undefined): void {
    this.map.set(id, new PendingJob(bytes, start, end, fingerprint));
  }

  /** Every job's id and fingerprint, in the order of {@link serialized}. */
  *index(): IterableIterator<[string, string | undefined]> {
    for (const [id, value] of this.map) yield [id, value.fingerprint];
  }

  /** Removes a job. */
  delete(id: string): boolean {
    return this.map.delete(id);
  }

  /** Removes every job. */
  clear(): void {
    this.map.clear();
  }

  /** Every job (parsing those still held as bytes). */
  *values(): IterableIterator<Job> {
    for (const id of this.map.keys()) yield this.get(id)!;
  }

  /** Every job as JSON: the snapshot's bytes for jobs never read, else the serialised job. */
  *serialized(): IterableIterator<Uint8Array | string> {
    for (const value of this.map.values()) yield value instanceof PendingJob ? value.bytes.subarray(value.start, value.end) : JSON.stringify(value);
  }
}

/** A job read back from a trusted snapshot: JSON gives every field back but the dates. */
export function reviveJob(job: Job): Job {
  if (typeof job.id !== 'string') throw new TypeError('job without an id');
  if (job.postedAt !== undefined) job.postedAt = new Date(job.postedAt);
  if (job.crawledAt !== undefined) job.crawledAt = new Date(job.crawledAt);
  return job;
}
