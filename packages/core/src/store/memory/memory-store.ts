import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createBm25Index, type Bm25Index } from '../../bm25/index.js';
import { StoreFileError } from '../../errors/index.js';
import { matchesJobFilter } from '../../filter/index.js';
import type { EmbeddingCache, JobFilter, PageOptions, ScoredJob, Store, StoredMatch, UpsertResult } from '../../interfaces/index.js';
import {
  feedbackSchema,
  jobSchema,
  matchSchema,
  parseFeedback,
  parseResume,
  parseWith,
  resumeSchema,
  type Feedback,
  type FeedbackInput,
  type Job,
  type JobInput,
  type MatchInput,
  type Resume,
  type ResumeInput,
} from '../../schemas/index.js';
import { removeStaleTemporaryFiles, writeFileAtomic } from '../atomic-file.js';
import { VectorIndex } from './vector-index.js';

const FILE_FORMAT = 'rolefit-memory-store';
const FILE_VERSION = 1;

/** Settings for {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /** File to load from (if it exists) and save to; without it the store lives in memory only. */
  path?: string;
  /** Save after every change (default true when `path` is set); otherwise call `flush()`. */
  autosave?: boolean;
  /** BM25 weight of each job field (defaults: title 3, skills 2, company 1, description 1). */
  fieldWeights?: Readonly<Record<'title' | 'skills' | 'company' | 'description', number>>;
}

interface StoreFile {
  format: typeof FILE_FORMAT;
  version: number;
  savedAt: string;
  jobs: unknown[];
  vectors: Array<{ id: string; vector: string }>;
  /** Cached embeddings by content hash (absent in files from before the cache existed). */
  embeddings?: Array<{ key: string; vector: string }>;
  resumes: unknown[];
  feedback: unknown[];
  matches: Array<{ subjectId: string; createdAt: string; match: unknown }>;
}

/** The embedded default Store: everything in memory, optionally persisted to one JSON file written atomically. */
export class MemoryStore implements Store, EmbeddingCache {
  readonly name = 'memory';
  /** The file this store persists to, if any. */
  readonly path: string | undefined;
  private readonly autosave: boolean;
  private readonly jobs = new Map<string, Job>();
  private readonly resumes = new Map<string, Resume>();
  private readonly feedback: Feedback[] = [];
  private readonly matches = new Map<string, StoredMatch[]>();
  private readonly vectors = new VectorIndex();
  private readonly fingerprints = new Map<string, Set<string>>();
  private readonly embeddings = new Map<string, Float32Array>();
  private readonly lexical: Bm25Index;
  private readonly ready: Promise<void>;
  private saving: Promise<void> = Promise.resolve();
  private dirty = false;

  constructor(options: MemoryStoreOptions = {}) {
    this.path = options.path;
    this.autosave = options.autosave ?? options.path !== undefined;
    this.lexical = createBm25Index({ fieldWeights: options.fieldWeights ?? { title: 3, skills: 2, company: 1, description: 1 } });
    this.ready = this.path ? this.load(this.path) : Promise.resolve();
  }

  /** Resolves once the file (if any) is loaded; rejects with StoreFileError if it cannot be read. */
  async open(): Promise<this> {
    await this.ready;
    return this;
  }

  async upsertJobs(inputs: readonly JobInput[]): Promise<UpsertResult> {
    await this.ready;
    // Validate all first so a bad item leaves the store unchanged.
    const jobs = inputs.map((input, index) => parseWith(jobSchema, `Job at index ${index}`, input));
    const result = { inserted: 0, updated: 0 };
    for (const job of jobs) {
      if (this.jobs.has(job.id)) result.updated += 1;
      else result.inserted += 1;
      this.putJob(job);
    }
    await this.changed();
    return result;
  }

  async getJob(id: string): Promise<Job | undefined> {
    await this.ready;
    return this.jobs.get(id);
  }

  async deleteJob(id: string): Promise<boolean> {
    await this.ready;
    const fingerprint = this.jobs.get(id)?.fingerprint;
    if (fingerprint) this.fingerprints.get(fingerprint)?.delete(id);
    const existed = this.jobs.delete(id);
    this.lexical.remove(id);
    this.vectors.delete(id);
    if (existed) await this.changed();
    return existed;
  }

  async listJobs(filter?: JobFilter, page: PageOptions = {}): Promise<Job[]> {
    await this.ready;
    const jobs = this.candidates(filter).filter((job) => matchesJobFilter(job, filter)).sort(newestFirst);
    return paginate(jobs, page);
  }

  async countJobs(filter?: JobFilter): Promise<number> {
    await this.ready;
    if (!filter) return this.jobs.size;
    return this.candidates(filter).filter((job) => matchesJobFilter(job, filter)).length;
  }

  async searchJobs(query: string, options: { filter?: JobFilter; limit?: number } = {}): Promise<ScoredJob[]> {
    await this.ready;
    const hits = this.lexical.search(query);
    const results: ScoredJob[] = [];
    for (const hit of hits) {
      const job = this.jobs.get(hit.id);
      if (!job || !matchesJobFilter(job, options.filter)) continue;
      results.push({ job, score: hit.score });
      if (options.limit !== undefined && results.length >= options.limit) break;
    }
    return results;
  }

  async upsertJobVectors(entries: ReadonlyArray<{ id: string; vector: Float32Array }>): Promise<void> {
    await this.ready;
    for (const [index, entry] of entries.entries()) {
      if (!this.jobs.has(entry.id)) throw new RangeError(`Vector at index ${index} is for unknown job ${entry.id}; upsert the job first`);
      if (!(entry.vector instanceof Float32Array) || entry.vector.length === 0 || !entry.vector.every(Number.isFinite))
        throw new TypeError(`Vector at index ${index} (job ${entry.id}) must be a non-empty Float32Array of finite numbers`);
    }
    for (const entry of entries) this.vectors.set(entry.id, entry.vector);
    await this.changed();
  }

  async searchJobsByVector(vector: Float32Array, options: { filter?: JobFilter; limit?: number } = {}): Promise<ScoredJob[]> {
    await this.ready;
    const filter = options.filter;
    const hits = this.vectors.search(vector, options.limit ?? 10, (id) => {
      const job = this.jobs.get(id);
      return job !== undefined && matchesJobFilter(job, filter);
    });
    return hits.map((hit) => ({ job: this.jobs.get(hit.id)!, score: hit.score }));
  }

  async upsertResume(input: ResumeInput): Promise<Resume> {
    await this.ready;
    const resume = parseResume(input);
    this.resumes.set(resume.id, resume);
    await this.changed();
    return resume;
  }

  async getResume(id: string): Promise<Resume | undefined> {
    await this.ready;
    return this.resumes.get(id);
  }

  async deleteResume(id: string): Promise<boolean> {
    await this.ready;
    const existed = this.resumes.delete(id);
    if (existed) await this.changed();
    return existed;
  }

  async listResumes(page: PageOptions = {}): Promise<Resume[]> {
    await this.ready;
    return paginate([...this.resumes.values()], page);
  }

  async addFeedback(input: FeedbackInput): Promise<Feedback> {
    await this.ready;
    const feedback = parseFeedback({ ...input, id: input.id ?? randomUUID() });
    const existing = this.feedback.findIndex((item) => item.id === feedback.id);
    if (existing >= 0) this.feedback[existing] = feedback;
    else this.feedback.push(feedback);
    await this.changed();
    return feedback;
  }

  async listFeedback(query: { subjectId?: string; jobId?: string } = {}): Promise<Feedback[]> {
    await this.ready;
    return this.feedback.filter(
      (item) => (query.subjectId === undefined || item.subjectId === query.subjectId) && (query.jobId === undefined || item.jobId === query.jobId),
    );
  }

  async addMatches(subjectId: string, matches: readonly MatchInput[]): Promise<void> {
    await this.ready;
    const createdAt = new Date();
    const validated = matches.map((match, index) => ({ ...parseWith(matchSchema, `Match at index ${index}`, match), subjectId, createdAt }));
    const history = this.matches.get(subjectId) ?? [];
    history.push(...validated);
    this.matches.set(subjectId, history);
    await this.changed();
  }

  async listMatches(subjectId: string, page: PageOptions = {}): Promise<StoredMatch[]> {
    await this.ready;
    const history = [...(this.matches.get(subjectId) ?? [])].reverse(); // newest first
    return paginate(history, page);
  }

  async getEmbeddings(keys: readonly string[]): Promise<Array<Float32Array | undefined>> {
    await this.ready;
    return keys.map((key) => this.embeddings.get(key));
  }

  async putEmbeddings(entries: ReadonlyArray<{ key: string; vector: Float32Array }>): Promise<void> {
    await this.ready;
    for (const [index, entry] of entries.entries())
      if (!(entry.vector instanceof Float32Array) || !entry.vector.every(Number.isFinite))
        throw new TypeError(`Embedding at index ${index} (${entry.key}) must be a Float32Array of finite numbers`);
    for (const entry of entries) this.embeddings.set(entry.key, entry.vector);
    await this.changed();
  }

  async flush(): Promise<void> {
    await this.ready;
    if (!this.path || !this.dirty) return this.saving;
    this.dirty = false;
    const path = this.path;
    const content = this.serialize();
    // Saves run one after another so an older snapshot never overwrites a newer one.
    this.saving = this.saving.catch(() => undefined).then(() => writeFileAtomic(path, content));
    try {
      await this.saving;
    } catch (error) {
      this.dirty = true;
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.flush();
  }

  private candidates(filter: JobFilter | undefined): Job[] {
    // Id and fingerprint lookups (the dedupe path) avoid a scan of every job.
    if (filter?.ids) return filter.ids.map((id) => this.jobs.get(id)).filter((job): job is Job => job !== undefined);
    if (filter?.fingerprints)
      return [...new Set(filter.fingerprints.flatMap((fingerprint) => [...(this.fingerprints.get(fingerprint) ?? [])]))].map((id) => this.jobs.get(id)!);
    return [...this.jobs.values()];
  }

  private putJob(job: Job): void {
    const previous = this.jobs.get(job.id);
    if (previous?.fingerprint) this.fingerprints.get(previous.fingerprint)?.delete(job.id);
    if (job.fingerprint) {
      const ids = this.fingerprints.get(job.fingerprint) ?? new Set<string>();
      ids.add(job.id);
      this.fingerprints.set(job.fingerprint, ids);
    }
    // A changed text invalidates the job's old embedding.
    if (previous && (previous.title !== job.title || previous.description !== job.description)) this.vectors.delete(job.id);
    this.jobs.set(job.id, job);
    this.lexical.add(job.id, { title: job.title, skills: job.skills, company: job.company, description: job.description });
  }

  private async changed(): Promise<void> {
    this.dirty = true;
    if (this.autosave) await this.flush();
  }

  private serialize(): string {
    const file: StoreFile = {
      format: FILE_FORMAT,
      version: FILE_VERSION,
      savedAt: new Date().toISOString(),
      jobs: [...this.jobs.values()],
      vectors: [...this.vectors.entries()].map(([id, vector]) => ({ id, vector: encodeVector(vector) })),
      embeddings: [...this.embeddings].map(([key, vector]) => ({ key, vector: encodeVector(vector) })),
      resumes: [...this.resumes.values()],
      feedback: this.feedback,
      matches: [...this.matches.values()].flat().map(({ subjectId, createdAt, ...match }) => ({ subjectId, createdAt: createdAt.toISOString(), match })),
    };
    return JSON.stringify(file);
  }

  private async load(path: string): Promise<void> {
    let content: string;
    try {
      content = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // a new store
      throw new StoreFileError(path, `cannot be read (${(error as Error).message})`, { cause: error });
    }
    // An interrupted save leaves only a temp file; the main file is the last complete save.
    await removeStaleTemporaryFiles(path);
    let file: StoreFile;
    try {
      file = JSON.parse(content) as StoreFile;
    } catch (error) {
      throw new StoreFileError(path, `is not valid JSON (${(error as Error).message})`, { cause: error });
    }
    if (file?.format !== FILE_FORMAT) throw new StoreFileError(path, `is not a Rolefit memory store file`);
    if (file.version !== FILE_VERSION) throw new StoreFileError(path, `has format version ${file.version}; this version reads ${FILE_VERSION}`);
    for (const [index, raw] of file.jobs.entries()) this.putJob(parseWith(jobSchema, `${path}: jobs[${index}]`, raw));
    for (const { id, vector } of file.vectors) this.vectors.set(id, decodeVector(vector));
    for (const { key, vector } of file.embeddings ?? []) this.embeddings.set(key, decodeVector(vector));
    for (const [index, raw] of file.resumes.entries()) {
      const resume = parseWith(resumeSchema, `${path}: resumes[${index}]`, raw);
      this.resumes.set(resume.id, resume);
    }
    for (const [index, raw] of file.feedback.entries()) this.feedback.push(parseWith(feedbackSchema, `${path}: feedback[${index}]`, raw));
    for (const [index, entry] of file.matches.entries()) {
      const match = parseWith(matchSchema, `${path}: matches[${index}]`, entry.match);
      const history = this.matches.get(entry.subjectId) ?? [];
      history.push({ ...match, subjectId: entry.subjectId, createdAt: new Date(entry.createdAt) });
      this.matches.set(entry.subjectId, history);
    }
  }
}

/** Creates the embedded default store; with `path` it loads that file and saves to it atomically. */
export function createMemoryStore(options: MemoryStoreOptions = {}): MemoryStore {
  return new MemoryStore(options);
}

function encodeVector(vector: Float32Array): string {
  return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).toString('base64');
}

function decodeVector(encoded: string): Float32Array {
  const bytes = Buffer.from(encoded, 'base64');
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

function newestFirst(left: Job, right: Job): number {
  const leftTime = left.postedAt?.getTime() ?? -Infinity;
  const rightTime = right.postedAt?.getTime() ?? -Infinity;
  return rightTime - leftTime || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0);
}

function paginate<T>(items: T[], page: PageOptions): T[] {
  const offset = page.offset ?? 0;
  return items.slice(offset, page.limit === undefined ? undefined : offset + page.limit);
}
