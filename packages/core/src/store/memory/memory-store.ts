import { randomUUID } from 'node:crypto';
import { open, readFile, stat, truncate, unlink, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { checkVectorEntries, invalidArgument } from '../../errors/argument.js';
import {
  checkStoreEmbeddingKeys,
  checkStoreFeedbackInput,
  checkStoreId,
  checkStoreFeedbackQuery,
  checkStoreFilter,
  checkStoreJobInputs,
  checkStoreMatches,
  checkStorePage,
  checkStoreQueryVector,
  checkStoreSearch,
  checkStoreSearchOptions,
} from '../store-arguments.js';
import { checkNumberSetting, checkPageNumber } from '../../errors/number-setting.js';
import { createBm25Index, MAX_FIELD_WEIGHT, type Bm25Index, type CorpusStatistics } from '../../bm25/index.js';
import {
  createBm25IndexFromPostings,
  exportBm25State,
  type Bm25Document,
  type RestoredPostings,
} from '../../bm25/bm25-index.js';
import { StoreFileError, StoreWriteError, VectorDimensionError, type UpsertFailure } from '../../errors/index.js';
import { checkJobFilter, matchesCheckedJobFilter } from '../../filter/index.js';
import { jobPlaceText } from '../../job-text/index.js';
import type {
  EmbeddingCache,
  JobFilter,
  PageOptions,
  ScoredJob,
  Store,
  StoredMatch,
  UpsertResult,
} from '../../interfaces/index.js';
import {
  feedbackSchema,
  jobSchema,
  matchSchema,
  parseFeedback,
  parseResume,
  parseWith,
  rejectUnknownKeys,
  resumeSchema,
  type Feedback,
  type FeedbackInput,
  type Job,
  type JobInput,
  type MatchInput,
  type Resume,
  type ResumeInput,
} from '../../schemas/index.js';
import { removeStaleTemporaryFiles, syncDirectory, writeFileAtomicWith } from '../atomic-file.js';
import { DamagedRecord, JobTable, RecordBlock, SnapshotFile } from './job-table.js';
import { acquireStoreLock } from './store-lock.js';
import { parseStoredJob } from './stored-job.js';
import { headerGeneration, journalHeader, journalLine, JOURNAL_FORMAT, parseJournal } from './journal.js';
import { encodePostings, PostingsIndexer, VarintPostings } from './postings-codec.js';
import { isBinarySnapshot, SnapshotReader, SnapshotStreamWriter, SNAPSHOT_VERSION } from './snapshot.js';
import { DEFAULT_RESCORE_CANDIDATES, VectorIndex, type RowFile } from './vector-index.js';

const FILE_FORMAT = 'rolefit-memory-store';
/** The JSON snapshot of earlier versions: still read, and replaced by a binary one on the next compaction. */
const FILE_VERSION = 1;
/** Tokens of this text identify the tokenizer a saved BM25 index was built with; another tokenizer rebuilds it. */
const TOKENIZER_PROBE =
  'Senior Node.js/TypeScript engineers building cloud-native APIs; São Paulo, Zürich & remote — 5+ years';
/** Smallest journal worth folding into the snapshot by default. */
const DEFAULT_COMPACT_AFTER_BYTES = 4 * 1024 * 1024;

/** BM25 weight of each job field a {@link MemoryStore} indexes; `location` (city, region and country) may be left out. */
export type MemoryStoreFieldWeights = Readonly<
  Partial<Record<'title' | 'skills' | 'company' | 'description' | 'location', number | undefined>>
>;

/** Settings for {@link createMemoryStore}. */
export interface MemoryStoreSettings {
  /**
   * File to load from (if it exists) and save to, in a folder that exists (else `open()` rejects with a
   * StoreFileError); without it the store lives in memory only. One process at a time has a store's files open: while
   * it does, `<path>.lock` names it, and another process's `open()` rejects with StoreLockedError (stores of one
   * process share the lock; a lock left by a process that is gone is taken over).
   */
  path?: string | undefined;
  /**
   * Make every change durable before it resolves (default true when `path` is set): each change is appended as one
   * fsync'd line to the journal `<path>.journal`, which is folded into the snapshot at `path` once it grows past
   * `compactAfterBytes` and on `close()`. When false, nothing is written until `flush()` saves a snapshot.
   */
  autosave?: boolean | undefined;
  /** Journal size that triggers folding it into the snapshot (default: the larger of 4 MiB and the snapshot's size). */
  compactAfterBytes?: number | undefined;
  /**
   * Largest job, in bytes of JSON, this store keeps; a bigger one is refused on its own (listed in the upsert's
   * `failed`) while the rest of the batch is written, as Elasticsearch refuses a document it cannot index (default: no limit).
   */
  maxJobBytes?: number | undefined;
  /**
   * BM25 weight of each job field (defaults: title 3, skills 2, company 1, description 1, location 1: the job's city,
   * region and country, as the rankers' BM25 reads them), each a number from 0 to 1,000,000 (else a ValidationError
   * naming it). A field left out (or undefined) keeps its default.
   */
  fieldWeights?: MemoryStoreFieldWeights | undefined;
  /**
   * Vector search scans an int8 copy of the vectors, then re-scores this many best candidates with the float32
   * vectors (default 100); a store with at most 4× as many vectors is searched exactly.
   */
  rescoreCandidates?: number | undefined;
}

// Every setting and field weight, so that an unknown key (a typo) is refused with the nearest known one.
const MEMORY_STORE_OPTION_NAMES = {
  path: true,
  autosave: true,
  compactAfterBytes: true,
  maxJobBytes: true,
  fieldWeights: true,
  rescoreCandidates: true,
} satisfies Record<keyof MemoryStoreSettings, true>;
const FIELD_WEIGHT_NAMES = {
  title: true,
  skills: true,
  company: true,
  description: true,
  location: true,
} satisfies Record<keyof MemoryStoreFieldWeights, true>;
/** Default BM25 weight of each job field (the rankers' BM25 weighs the job's fields alike). */
const DEFAULT_FIELD_WEIGHTS = Object.freeze({ title: 3, skills: 2, company: 1, description: 1, location: 1 });

/** A job whose record in the store's files cannot be read: see {@link MemoryStore.check}. */
export interface DamagedJob {
  /** The job's id (from the snapshot's index of jobs, or from the record itself). */
  id: string;
  /**
   * What is wrong with its record, naming the job and the record's place (`jobs@offset` in a snapshot, `jobs[i]`,
   * or `line n.jobs[i]` in the journal); for an invalid job its `cause` is the ValidationError naming the fields.
   */
  error: StoreFileError;
}

/** What {@link MemoryStore.check} found. */
export interface MemoryStoreCheck {
  /** Jobs the store holds (the damaged ones included). */
  jobs: number;
  /** Jobs whose record cannot be read; empty when every job can be. */
  damaged: DamagedJob[];
}

interface StoreFile {
  format: typeof FILE_FORMAT;
  version: number;
  savedAt: string;
  /** Journals with a lower generation are already folded into this snapshot (absent in older files: 0). */
  generation?: number;
  jobs: unknown[];
  vectors: Array<{ id: string; vector: string }>;
  /** Cached embeddings by content hash (absent in files from before the cache existed). */
  embeddings?: Array<{ key: string; vector: string }>;
  resumes: unknown[];
  feedback: unknown[];
  matches: Array<{ subjectId: string; createdAt: string; match: unknown }>;
}

/** One journal line: a change, replayed in order on top of the snapshot. */
type JournalEntry =
  | { op: 'jobs'; jobs: unknown[] }
  | { op: 'deleteJob'; id: string }
  | { op: 'vectors'; entries: Array<{ id: string; vector: string }> }
  | { op: 'embeddings'; entries: Array<{ key: string; vector: string }> }
  | { op: 'resume'; resume: unknown }
  | { op: 'deleteResume'; id: string }
  | { op: 'feedback'; feedback: unknown }
  | { op: 'matches'; subjectId: string; createdAt: string; matches: unknown[] };

/**
 * The embedded default Store: in memory, optionally persisted to a binary snapshot written atomically (jobs and
 * float32 vectors of a trusted snapshot are read from it on demand) plus an append-only journal of the changes
 * since (one checksummed, fsync'd line per change).
 */
export class MemoryStore implements Store, EmbeddingCache {
  readonly name = 'memory';
  /** The file this store persists to, if any. */
  readonly path: string | undefined;
  private readonly autosave: boolean;
  private readonly compactAfterBytes: number | undefined;
  private readonly maxJobBytes: number | undefined;
  private readonly jobs = new JobTable();
  private readonly resumes = new Map<string, Resume>();
  private readonly feedback: Feedback[] = [];
  private readonly matches = new Map<string, StoredMatch[]>();
  private readonly vectors: VectorIndex;
  /** Ids by fingerprint, built from the jobs when a fingerprint filter first needs it (then kept up to date). */
  private fingerprints: Map<string, Set<string>> | undefined;
  private readonly embeddings = new Map<string, Float32Array>();
  private lexical: Bm25Index;
  /** BM25 postings restored from the snapshot and still read from its file, if any. */
  private lexicalPostings: VarintPostings | undefined;
  private readonly fieldWeights: Readonly<Record<keyof MemoryStoreFieldWeights, number>>;
  private readonly ready: Promise<void>;
  /** Every file write, one after another, so that the files always change in the order the memory did. */
  private writes: Promise<void> = Promise.resolve();
  /** Changes in memory that the snapshot does not hold (they are in the journal when autosave is on). */
  private dirty = false;
  /** An append failed: the journal may miss a change or end in a torn line, so the next write is a full snapshot. */
  private needsSnapshot = false;
  private compactionQueued = false;
  /** Generation of the snapshot on disk, and the highest one queued. */
  private generation = 0;
  private plannedGeneration = 0;
  private snapshotBytes = 0;
  /** Bytes of the journal, counting lines queued but not yet written. */
  private journalBytes = 0;
  private journal: FileHandle | undefined;
  /** Releases this store's hold on `<path>.lock` (see ./store-lock.ts); undefined while it holds none. */
  private releaseLock: (() => Promise<void>) | undefined;

  constructor(options: MemoryStoreSettings = {}) {
    rejectUnknownKeys('MemoryStoreSettings', options, MEMORY_STORE_OPTION_NAMES);
    rejectUnknownKeys('MemoryStoreSettings.fieldWeights', options.fieldWeights, FIELD_WEIGHT_NAMES);
    this.path = options.path;
    this.autosave = options.autosave ?? options.path !== undefined;
    this.compactAfterBytes = checkNumberSetting('MemoryStoreSettings', 'compactAfterBytes', options.compactAfterBytes, {
      integer: true,
      min: 0,
    });
    this.maxJobBytes = checkNumberSetting('MemoryStoreSettings', 'maxJobBytes', options.maxJobBytes, {
      integer: true,
      min: 1,
    });
    const rescore =
      checkNumberSetting('MemoryStoreSettings', 'rescoreCandidates', options.rescoreCandidates, {
        integer: true,
        min: 1,
      }) ?? DEFAULT_RESCORE_CANDIDATES;
    this.vectors = new VectorIndex(rescore);
    // Every weight, location included: a snapshot written before the job's place was indexed names four weights, so
    // its BM25 postings are not used and the index is built again from the jobs (with their places) on load.
    const weights = options.fieldWeights;
    for (const field of Object.keys(FIELD_WEIGHT_NAMES) as (keyof MemoryStoreFieldWeights)[])
      checkNumberSetting('MemoryStoreSettings', `fieldWeights.${field}`, weights?.[field], {
        min: 0,
        max: MAX_FIELD_WEIGHT,
      });
    // A weight left out or undefined keeps its default (a spread would put undefined over it: BM25's 1 then).
    this.fieldWeights = weights
      ? {
          title: weights.title ?? DEFAULT_FIELD_WEIGHTS.title,
          skills: weights.skills ?? DEFAULT_FIELD_WEIGHTS.skills,
          company: weights.company ?? DEFAULT_FIELD_WEIGHTS.company,
          description: weights.description ?? DEFAULT_FIELD_WEIGHTS.description,
          location: weights.location ?? DEFAULT_FIELD_WEIGHTS.location,
        }
      : DEFAULT_FIELD_WEIGHTS;
    this.lexical = createBm25Index({ fieldWeights: this.fieldWeights });
    this.ready = this.path ? this.load(this.path) : Promise.resolve();
    // A store nobody awaits yet must not crash the process with an unhandled rejection: the error is kept in
    // `ready` and every later call (open() included) rejects with it.
    this.ready.catch(() => undefined);
  }

  /** Resolves once the file (if any) is loaded; rejects with StoreFileError if it cannot be read. */
  async open(): Promise<this> {
    await this.ready;
    return this;
  }

  async upsertJobs(inputs: readonly JobInput[]): Promise<UpsertResult> {
    await this.ready;
    // A list of the wrong kind was "Cannot read properties of undefined (reading 'map')" (round 17).
    checkStoreJobInputs(inputs);
    // Validate all first so a bad item leaves the store unchanged.
    const jobs = inputs.map((input, index) => parseWith(jobSchema, `Job at index ${index}`, input));
    const result: UpsertResult & { failed: UpsertFailure[] } = { inserted: 0, updated: 0, failed: [] };
    // What reads the store's files goes first, so that a damaged file fails the batch before any of its jobs is in
    // memory: the old records (parsed and kept, as putJob would), and the float32 rows that dropping the vectors of
    // jobs whose text changes moves (a row that is not finite or cannot be read throws here, not half-way).
    const dropped = new Set<string>();
    for (const job of jobs) {
      if (!this.vectors.has(job.id)) continue;
      if (embeddingOutdated(this.jobs.tryGet(job.id), job)) dropped.add(job.id);
    }
    this.vectors.prepareDelete(dropped);
    const accepted: Job[] = [];
    for (const [index, job] of jobs.entries()) {
      const bytes = this.maxJobBytes === undefined ? 0 : Buffer.byteLength(JSON.stringify(job));
      if (this.maxJobBytes !== undefined && bytes > this.maxJobBytes) {
        result.failed.push({
          id: job.id,
          type: 'too_large',
          reason: `job is ${bytes} bytes of JSON, over this store's maxJobBytes of ${this.maxJobBytes}`,
        });
        continue;
      }
      const existed = this.jobs.has(job.id);
      try {
        this.putJob(job);
      } catch (error) {
        // Not checked above: BM25 postings of a crafted file, read to replace a damaged record (before the index
        // changes, so nothing of this job changed). Without jobs put before it nothing did; otherwise those are
        // journaled (memory and files agree) and the error says which were written and which were not.
        if (!accepted.length) throw error;
        await this.changed({ op: 'jobs', jobs: accepted });
        const reason = `not written: the batch stopped at job ${job.id} (${error instanceof Error ? error.message : String(error)})`;
        throw new StoreWriteError(
          `upsertJobs wrote ${accepted.length} of ${jobs.length} jobs, then failed at job ${job.id}`,
          { ...result, failed: [...result.failed, ...jobs.slice(index).map(({ id }) => ({ id, reason }))] },
          { cause: error },
        );
      }
      if (existed) result.updated += 1;
      else result.inserted += 1;
      accepted.push(job);
    }
    if (accepted.length) await this.changed({ op: 'jobs', jobs: accepted });
    return result;
  }

  async getJob(id: string): Promise<Job | undefined> {
    checkStoreId('getJob', 'id', id);
    await this.ready;
    return this.jobs.get(id);
  }

  async deleteJob(id: string): Promise<boolean> {
    checkStoreId('deleteJob', 'id', id);
    await this.ready;
    // The float32 rows the removal moves are read first: a row of the file that is not finite fails here, unchanged.
    this.vectors.prepareDelete([id]);
    const existed = this.removeJob(id);
    if (existed) await this.changed({ op: 'deleteJob', id });
    return existed;
  }

  async listJobs(filter?: JobFilter, page: PageOptions = {}): Promise<Job[]> {
    await this.ready;
    // Read afresh, and the copy used (round 19): ids of a string were "filter.ids.map is not a function" before the
    // filter was checked, and a filter changed since an earlier call was read as it had been.
    const wanted = checkStoreFilter('listJobs', 'filter', filter);
    const candidates = this.candidates(wanted);
    const jobs = (
      restricts(wanted) ? candidates.filter((job) => matchesCheckedJobFilter(job, wanted)) : candidates
    ).sort(newestFirst);
    return paginate(jobs, page);
  }

  async countJobs(filter?: JobFilter): Promise<number> {
    await this.ready;
    const wanted = checkStoreFilter('countJobs', 'filter', filter);
    if (!restricts(wanted)) return this.jobs.size;
    return this.candidates(wanted).filter((job) => matchesCheckedJobFilter(job, wanted)).length;
  }

  async latestCrawledAt(source: string): Promise<Date | undefined> {
    checkStoreId('latestCrawledAt', 'source', source);
    await this.ready;
    let latest: Date | undefined;
    for (const job of this.jobs.values())
      if (job.source === source && job.crawledAt && (!latest || job.crawledAt > latest)) latest = job.crawledAt;
    return latest;
  }

  async searchJobs(
    query: string,
    options: { filter?: JobFilter | undefined; limit?: number | undefined } = {},
  ): Promise<ScoredJob[]> {
    await this.ready;
    // A query that is no string was "(reading 'indexOf')" from the tokenizer, options of null "(reading 'limit')".
    const read = checkStoreSearch('searchJobs', query, options);
    const limit = checkPageNumber('SearchOptions', 'limit', read.limit);
    const checked = checkStoreFilter('searchJobs', 'options.filter', read.filter);
    // A depth of 0 never grows (0 × 8): the loop below would never end.
    if (limit === 0) return [];
    const filter = restricts(checked) ? checked : undefined;
    // Without a filter the index keeps only the top `limit`. With one, the index is asked for a few times more hits
    // than wanted, and for more (×8 each round) while too few of them pass and the index had more.
    for (let depth = limit === undefined || !filter ? limit : Math.max(64, limit * 4); ; depth = depth! * 8) {
      const hits = this.lexical.search(query, depth === undefined ? {} : { limit: depth });
      const results: ScoredJob[] = [];
      for (const hit of hits) {
        const job = this.jobs.get(hit.id);
        if (!job || (filter && !matchesCheckedJobFilter(job, filter))) continue;
        results.push({ job, score: hit.score });
        if (limit !== undefined && results.length >= limit) return results;
      }
      if (depth === undefined || hits.length < depth) return results;
    }
  }

  /** BM25 statistics of every stored job, read from the search index (document frequencies read live). */
  async corpusStatistics(): Promise<CorpusStatistics> {
    await this.ready;
    return this.lexical.statistics();
  }

  async upsertJobVectors(entries: ReadonlyArray<{ id: string; vector: Float32Array }>): Promise<void> {
    await this.ready;
    checkVectorEntries('Store.upsertJobVectors', entries, true);
    for (const [index, entry] of entries.entries())
      if (!this.jobs.has(entry.id))
        throw invalidArgument(
          'Store.upsertJobVectors',
          `entries.${index}.id`,
          `names unknown job ${entry.id}; upsert the job first`,
        );
    // Checked before any vector is set, so that a failure leaves the store unchanged (nothing in memory that the
    // journal misses): one length for all (the store's, or the first's in an empty store), and the rows of the file
    // that the batch changes readable and finite.
    const dimension = this.vectors.size ? this.vectors.dimension! : entries[0]?.vector.length;
    for (const entry of entries)
      if (entry.vector.length !== dimension) throw new VectorDimensionError(dimension!, entry.vector.length, entry.id);
    this.vectors.prepareSet(entries.map((entry) => entry.id));
    for (const entry of entries) this.vectors.set(entry.id, entry.vector);
    if (entries.length)
      await this.changed({
        op: 'vectors',
        entries: entries.map((entry) => ({ id: entry.id, vector: encodeVector(entry.vector) })),
      });
  }

  async searchJobsByVector(
    vector: Float32Array,
    options: { filter?: JobFilter | undefined; limit?: number | undefined } = {},
  ): Promise<ScoredJob[]> {
    await this.ready;
    // Checked as ElasticStore checks them (round 18): options of null were "(reading 'filter')".
    checkStoreQueryVector('searchJobsByVector', vector);
    const read = checkStoreSearchOptions('searchJobsByVector', options);
    const checked = checkStoreFilter('searchJobsByVector', 'options.filter', read.filter);
    const filter = restricts(checked) ? checked : undefined;
    // Without a filter no job is read during the scan (a job still in the snapshot file would be parsed for nothing).
    const hits = this.vectors.search(
      vector,
      checkPageNumber('SearchOptions', 'limit', read.limit) ?? 10,
      filter
        ? (id) => {
            const job = this.jobs.get(id);
            return job !== undefined && matchesCheckedJobFilter(job, filter);
          }
        : (id) => this.jobs.has(id),
    );
    return hits.map((hit) => ({ job: this.jobs.get(hit.id)!, score: hit.score }));
  }

  async upsertResume(input: ResumeInput): Promise<Resume> {
    await this.ready;
    const resume = parseResume(input);
    this.resumes.set(resume.id, resume);
    await this.changed({ op: 'resume', resume });
    return resume;
  }

  async getResume(id: string): Promise<Resume | undefined> {
    checkStoreId('getResume', 'id', id);
    await this.ready;
    return this.resumes.get(id);
  }

  async deleteResume(id: string): Promise<boolean> {
    checkStoreId('deleteResume', 'id', id);
    await this.ready;
    const existed = this.resumes.delete(id);
    if (existed) await this.changed({ op: 'deleteResume', id });
    return existed;
  }

  async listResumes(page: PageOptions = {}): Promise<Resume[]> {
    await this.ready;
    return paginate([...this.resumes.values()], page);
  }

  async addFeedback(input: FeedbackInput): Promise<Feedback> {
    await this.ready;
    checkStoreFeedbackInput(input);
    const feedback = parseFeedback({ ...input, id: input.id ?? randomUUID() });
    this.putFeedback(feedback);
    await this.changed({ op: 'feedback', feedback });
    return feedback;
  }

  async listFeedback(query: { subjectId?: string | undefined; jobId?: string | undefined } = {}): Promise<Feedback[]> {
    await this.ready;
    // A query of null was "(reading 'subjectId')" once any feedback was stored (round 18).
    const { subjectId, jobId } = checkStoreFeedbackQuery(query);
    return this.feedback.filter(
      (item) =>
        (subjectId === undefined || item.subjectId === subjectId) && (jobId === undefined || item.jobId === jobId),
    );
  }

  async addMatches(subjectId: string, matches: readonly MatchInput[]): Promise<void> {
    await this.ready;
    checkStoreMatches(subjectId, matches);
    const createdAt = new Date();
    const validated = matches.map((match, index) => parseWith(matchSchema, `Match at index ${index}`, match));
    if (!validated.length) return;
    this.putMatches(subjectId, createdAt, validated);
    await this.changed({ op: 'matches', subjectId, createdAt: createdAt.toISOString(), matches: validated });
  }

  async listMatches(subjectId: string, page: PageOptions = {}): Promise<StoredMatch[]> {
    checkStoreId('listMatches', 'subjectId', subjectId);
    await this.ready;
    const history = [...(this.matches.get(subjectId) ?? [])].reverse(); // newest first
    return paginate(history, page);
  }

  async getEmbeddings(keys: readonly string[]): Promise<Array<Float32Array | undefined>> {
    await this.ready;
    checkStoreEmbeddingKeys(keys);
    return keys.map((key) => this.embeddings.get(key));
  }

  async putEmbeddings(entries: ReadonlyArray<{ key: string; vector: Float32Array }>): Promise<void> {
    await this.ready;
    checkVectorEntries('Store.putEmbeddings', entries, false);
    for (const entry of entries) this.embeddings.set(entry.key, entry.vector);
    if (entries.length)
      await this.changed({
        op: 'embeddings',
        entries: entries.map((entry) => ({ key: entry.key, vector: encodeVector(entry.vector) })),
      });
  }

  /**
   * Reads every job not read yet (each is validated; about 10 µs a job) without keeping it, and lists the jobs whose
   * record in the store's files is damaged or invalid. Such a job makes every read that reaches it throw its
   * StoreFileError, and saves keep its record as it is; `deleteJob` removes it and `upsertJobs` replaces it, without
   * reading the old record.
   */
  async check(): Promise<MemoryStoreCheck> {
    await this.ready;
    const { every, damaged } = this.jobs.check();
    return { jobs: every, damaged };
  }

  /**
   * Makes every change so far durable. With autosave the changes already are (in the journal): this waits for the
   * writes in flight. Without it, it saves a snapshot.
   */
  async flush(): Promise<void> {
    await this.ready;
    if (!this.path) return;
    if (this.needsSnapshot || (!this.autosave && this.dirty)) return this.snapshot();
    await this.writes;
  }

  /** Folds the journal into the snapshot (one full, atomic write) and releases the journal file. */
  async close(): Promise<void> {
    await this.ready;
    if (!this.path) return;
    try {
      if (this.needsSnapshot || this.dirty || this.journalBytes > 0) await this.snapshot();
      else await this.writes;
    } finally {
      // Also when the snapshot failed (a crafted section it reads, a full disk): every journal line was synced as it
      // was written, so nothing is lost, and a write after close() opens the journal and takes the lock again.
      await this.enqueue(async () => {
        try {
          await this.closeJournal();
        } finally {
          // Another process may open the store now.
          await this.unlock();
        }
      });
      // Jobs, vectors and BM25 postings not read yet stay in the snapshot: its file is opened again if one is asked
      // for after close().
      this.closeFiles();
    }
  }

  /** Closes the snapshot files jobs, vector rows and BM25 postings are read from (a later read opens them again). */
  private closeFiles(): void {
    this.jobs.closeFiles();
    this.vectors.closeFiles();
    this.lexicalPostings?.close();
  }

  private candidates(filter: JobFilter | undefined): Job[] {
    // Id and fingerprint lookups (the dedupe path) avoid a scan of every job.
    if (filter?.ids) return filter.ids.map((id) => this.jobs.get(id)).filter((job): job is Job => job !== undefined);
    if (filter?.fingerprints)
      return [
        ...new Set(filter.fingerprints.flatMap((fingerprint) => [...(this.fingerprintIndex().get(fingerprint) ?? [])])),
      ].map((id) => this.jobs.get(id)!);
    return [...this.jobs.values()];
  }

  private putJob(job: Job): void {
    // A job whose record cannot be read (damaged) is replaced all the same: nothing below needs its contents.
    const previous = this.jobs.tryGet(job.id);
    // First, before the map changes: a BM25 index restored from a snapshot reads the old job's text to remove it (or,
    // for a damaged record, finds its terms in the postings, which may fail on a crafted file before any change).
    this.lexical.add(job.id, lexicalDocument(job));
    // A changed text invalidates the job's old embedding (as does an old text that cannot be read); the rows this
    // moves were read by upsertJobs before the batch changed anything.
    if (embeddingOutdated(previous, job)) this.vectors.delete(job.id);
    if (this.fingerprints) {
      // The old fingerprint as the index knows it (the snapshot's index of jobs, for a job not read yet).
      const old = previous === undefined ? undefined : this.jobs.fingerprintOf(job.id);
      if (old) this.fingerprints.get(old)?.delete(job.id);
      if (job.fingerprint) addFingerprint(this.fingerprints, job.fingerprint, job.id);
    }
    this.jobs.set(job.id, job);
  }

  /** Puts a job read from one of the store's files: a valid one as {@link putJob} does, a damaged record under its id. */
  private putStoredJob({ id, value }: { id: string; value: Job | DamagedRecord }): void {
    if (!(value instanceof DamagedRecord)) {
      this.putJob(value);
      return;
    }
    // Whatever held the id before is replaced by a record that cannot be read: nothing is indexed for it.
    this.removeJob(id);
    if (this.fingerprints && value.fingerprint) addFingerprint(this.fingerprints, value.fingerprint, id);
    this.jobs.set(id, value);
  }

  /** Lets go of restored BM25 postings that are not used (or of the file they were read from). */
  private closeLexicalPostings(): void {
    this.lexicalPostings?.close();
    this.lexicalPostings = undefined;
  }

  /** Ids by fingerprint (built from the jobs the first time). */
  private fingerprintIndex(): Map<string, Set<string>> {
    if (!this.fingerprints) {
      this.fingerprints = new Map();
      for (const [id, fingerprint] of this.jobs.index())
        if (fingerprint) addFingerprint(this.fingerprints, fingerprint, id);
    }
    return this.fingerprints;
  }

  /** Removes a job and everything naming it; its record is not read (a damaged one is removed as well). */
  private removeJob(id: string): boolean {
    const fingerprint = this.fingerprints && this.jobs.fingerprintOf(id);
    if (fingerprint) this.fingerprints!.get(fingerprint)?.delete(id);
    // A BM25 index restored from a snapshot reads the job's text to remove it, or finds its terms in the postings.
    this.lexical.remove(id);
    // The job goes last: where a removal above fails (a row of a crafted file that is not finite), the vectors and
    // BM25 documents still name only jobs the store holds, so it can still be saved.
    this.vectors.delete(id);
    return this.jobs.delete(id);
  }

  private putFeedback(feedback: Feedback): void {
    const existing = this.feedback.findIndex((item) => item.id === feedback.id);
    if (existing >= 0) this.feedback[existing] = feedback;
    else this.feedback.push(feedback);
  }

  private putMatches(
    subjectId: string,
    createdAt: Date,
    matches: ReadonlyArray<Omit<StoredMatch, 'subjectId' | 'createdAt'>>,
  ): void {
    const history = this.matches.get(subjectId) ?? [];
    for (const match of matches) history.push({ ...match, subjectId, createdAt });
    this.matches.set(subjectId, history);
  }

  /**
   * Records a change already made in memory. Must be called in the same synchronous step as the change, so that
   * the journal and snapshots follow the order of the changes exactly.
   */
  private changed(entry: JournalEntry): Promise<void> {
    this.dirty = true;
    if (!this.path || !this.autosave) return Promise.resolve();
    if (this.needsSnapshot) return this.snapshot();
    const line = journalLine(entry);
    this.journalBytes += Buffer.byteLength(line);
    const appended = this.enqueue(() => this.append(line));
    if (
      !this.compactionQueued &&
      this.journalBytes > (this.compactAfterBytes ?? Math.max(DEFAULT_COMPACT_AFTER_BYTES, this.snapshotBytes))
    ) {
      // The change is acknowledged once its line is durable; the compaction after it only shortens the journal.
      this.compactionQueued = true;
      this.snapshot().catch(() => undefined);
    }
    return appended;
  }

  /** Runs file writes one after another, each after the previous one settled. */
  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.writes.then(task, task);
    this.writes = run.catch(() => undefined);
    return run;
  }

  private journalPath(): string {
    return `${this.path!}.journal`;
  }

  /** Takes the store's lock again for a write after close() (open() took it first). */
  private async lock(): Promise<void> {
    this.releaseLock ??= await acquireStoreLock(this.path!);
  }

  private async unlock(): Promise<void> {
    const release = this.releaseLock;
    this.releaseLock = undefined;
    await release?.();
  }

  private async append(line: string): Promise<void> {
    await this.lock();
    try {
      if (!this.journal) {
        const handle = await open(this.journalPath(), 'a+', 0o600);
        this.journal = handle;
        const { size } = await handle.stat();
        // A journal left from an older generation (its removal after a snapshot failed) is already in the snapshot:
        // start it afresh rather than add to lines the next load would rightly skip.
        if (size > 0 && (await journalGeneration(handle)) !== this.generation) await handle.truncate(0);
        if (size === 0 || (await handle.stat()).size === 0) {
          line = `${journalHeader(this.generation)}${line}`;
          await handle.write(line);
          await handle.sync();
          await syncDirectory(dirname(this.journalPath()));
          return;
        }
      }
      await this.journal.write(line);
      await this.journal.datasync();
    } catch (error) {
      // The journal may now miss this change or end in a torn line: stop appending until a snapshot holds everything.
      this.needsSnapshot = true;
      await this.closeJournal().catch(() => undefined);
      throw error;
    }
  }

  private async closeJournal(): Promise<void> {
    const handle = this.journal;
    this.journal = undefined;
    await handle?.close();
  }

  /** Queues a full snapshot of the memory as it is now, then removes the journal it makes redundant. */
  private snapshot(): Promise<void> {
    const path = this.path!;
    const generation = ++this.plannedGeneration;
    const plan = this.serialize(generation);
    const journalBytes = this.journalBytes;
    this.dirty = false;
    const saved = this.enqueue(async () => {
      try {
        await this.lock();
        await writeFileAtomicWith(path, plan.write);
        // Jobs unchanged since are read from the new file from now on (and the old one is let go).
        this.snapshotBytes = plan.written();
        this.generation = generation;
        this.needsSnapshot = false;
        // A crash from here on leaves a journal of a lower generation, which the next load ignores.
        await this.closeJournal();
        await unlink(this.journalPath()).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
        });
        this.journalBytes -= journalBytes;
      } catch (error) {
        this.dirty = true;
        throw error;
      } finally {
        plan.release();
        this.compactionQueued = false;
      }
    });
    return saved;
  }

  /**
   * The binary snapshot of the memory as it is now (see ./snapshot.ts): jobs as JSON records, vectors and cached
   * embeddings as float32 (plus the int8 copy and scales), the BM25 postings as varints. What can change is captured
   * now (jobs by reference: a stored job is never changed in place, a new one replaces it); `write` streams the file
   * later, copying jobs and float32 rows still in the last snapshot from it. `written` returns the file's size.
   */
  private serialize(generation: number): {
    write: (handle: FileHandle) => Promise<void>;
    written: () => number;
    release: () => void;
  } {
    const jobs = this.jobs.capture();
    const resumes = JSON.stringify([...this.resumes.values()]);
    const feedback = JSON.stringify(this.feedback);
    const matches = JSON.stringify(
      [...this.matches.values()]
        .flat()
        .map(({ subjectId, createdAt, ...match }) => ({ subjectId, createdAt: createdAt.toISOString(), match })),
    );
    const vectors = this.vectors.snapshotParts();
    // The files this snapshot copies from stay open until it is written, even if an earlier one replaces them.
    const sources = new Set<SnapshotFile | RowFile>();
    if (jobs.block) sources.add(jobs.block.file);
    for (const part of vectors.float32) if (!(part instanceof Uint8Array)) sources.add(part.file);
    for (const source of sources) source.hold();
    const release = () => {
      for (const source of sources) source.release();
    };
    const embeddingKeys: Array<[string, number]> = [];
    const embeddingValues: Uint8Array[] = [];
    for (const [key, vector] of this.embeddings) {
      embeddingKeys.push([key, vector.length]);
      embeddingValues.push(new Uint8Array(vector.buffer, vector.byteOffset, vector.byteLength).slice());
    }
    const bm25 = exportBm25State(this.lexical);
    const postings = encodePostings(bm25.termOffsets, bm25.postingDocuments, bm25.postingFrequencies);
    const header = {
      format: FILE_FORMAT,
      version: SNAPSHOT_VERSION,
      savedAt: new Date().toISOString(),
      generation,
      jobs: this.jobs.size,
      vectors: { count: vectors.ids.length, dimension: vectors.dimension, stride: vectors.stride },
      bm25: {
        fieldWeights: this.fieldWeights,
        tokenizer: this.tokenizerFingerprint(),
        frequencyBytes: bm25.postingFrequencies.BYTES_PER_ELEMENT,
        ...(postings ? { postings: 'varint', postingCount: bm25.postingDocuments.length } : {}),
      },
    };
    let places: { offsets: number[]; lengths: number[]; checksums: number[] } | undefined;
    let jobsAt = 0;
    let vectorsAt = 0;
    let size = 0;
    const write = async (handle: FileHandle) => {
      const writer = new SnapshotStreamWriter(handle);
      await writer.begin('jobs');
      places = await this.jobs.writeRecords(jobs, writer);
      writer.end();
      // Each job's id and fingerprint, and its record's place in the jobs section and crc32: a load indexes the jobs
      // without reading them. Jobs are numbered in record order; the vectors and BM25 documents name them by number.
      await writer.json('jobKeys', { ids: jobs.ids, fingerprints: jobs.fingerprints.map((value) => value ?? null) });
      await writer.section('jobPlaces', [
        bytesOf(Float64Array.from(places.offsets)),
        bytesOf(Uint32Array.from(places.lengths)),
        bytesOf(Uint32Array.from(places.checksums)),
      ]);
      const numberOf = new Map<string, number>();
      for (const [index, id] of jobs.ids.entries()) numberOf.set(id, index);
      await writer.section('resumes', [Buffer.from(resumes)]);
      await writer.section('feedback', [Buffer.from(feedback)]);
      await writer.section('matches', [Buffer.from(matches)]);
      await writer.section('vectorJobs', [bytesOf(jobNumbers(vectors.ids, numberOf))]);
      await writer.begin('vectorsFloat32');
      for (const part of vectors.float32) {
        if (part instanceof Uint8Array) await writer.write(part);
        else await writer.copy(part.file, part.offset, part.length);
      }
      writer.end();
      await writer.section('vectorsInt8', [vectors.int8]);
      await writer.section('vectorScales', [vectors.scales]);
      await writer.json('embeddingKeys', embeddingKeys);
      await writer.section('embeddingValues', embeddingValues);
      await writer.json('bm25', { terms: bm25.terms });
      await writer.section('bm25Jobs', [bytesOf(jobNumbers(bm25.ids, numberOf))]);
      await writer.section('bm25Lengths', [bytesOf(bm25.lengths)]);
      await writer.section('bm25TermOffsets', [bytesOf(bm25.termOffsets)]);
      if (postings) await writer.section('bm25Postings', [postings]);
      else {
        await writer.section('bm25Documents', [bytesOf(bm25.postingDocuments)]);
        await writer.section('bm25Frequencies', [bytesOf(bm25.postingFrequencies)]);
      }
      await writer.finish(header);
      size = writer.size;
      jobsAt = writer.fileOffset('jobs');
      vectorsAt = writer.fileOffset('vectorsFloat32');
    };
    const path = this.path!;
    const written = (): number => {
      let file: SnapshotFile | undefined;
      try {
        file = new SnapshotFile(path);
        this.vectors.rebase(new SnapshotFile(path), vectorsAt, vectors.backed);
      } catch {
        file?.close();
        return size; // the jobs and vectors keep reading from the files they came from
      }
      this.jobs.wrote(
        file,
        jobs,
        places!.offsets.map((offset) => jobsAt + offset),
        places!.lengths,
        places!.checksums,
      );
      return size;
    };
    return { write, written, release };
  }

  /** Identifies how this store tokenises (the field weights and the tokens of a probe text). */
  private tokenizerFingerprint(): string {
    const probe = createBm25Index({ fieldWeights: this.fieldWeights });
    probe.add('probe', TOKENIZER_PROBE);
    return exportBm25State(probe).terms.join(' ');
  }

  private async load(path: string): Promise<void> {
    // A store in a folder that does not exist is refused here, at open, before any job is taken in: its first write
    // failed with a bare ENOENT after the batch was already in memory, ahead of the file.
    await stat(dirname(path)).catch((missing: unknown) => {
      throw new StoreFileError(path, `cannot be created: its folder ${dirname(path)} does not exist`, {
        cause: missing,
      });
    });
    // The files are read and written by one process at a time: another that has the store open is refused here.
    this.releaseLock = await acquireStoreLock(path).catch((error: unknown) => {
      throw error instanceof StoreFileError ? error : unreadable(path, error);
    });
    try {
      await this.loadFiles(path);
    } catch (error) {
      // A store that failed to load is never used: the snapshot files a partial load opened (jobs, vector rows, BM25
      // postings; a journal replay fails after they are open) are closed here, as nothing else would close them.
      this.jobs.clear();
      this.vectors.closeFiles();
      this.closeLexicalPostings();
      await this.unlock();
      throw error;
    }
  }

  private async loadFiles(path: string): Promise<void> {
    // An interrupted save leaves only a temp file; the main file is the last complete save.
    await removeStaleTemporaryFiles(path);
    let handle: FileHandle | undefined;
    try {
      handle = await open(path, 'r');
    } catch (error) {
      // No snapshot yet: a new store, or one whose changes are all still in the journal.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw unreadable(path, error);
    }
    if (handle) {
      try {
        const magic = new Uint8Array(8);
        await handle.read(magic, 0, magic.length, 0);
        if (isBinarySnapshot(magic)) await this.loadBinarySnapshot(path, handle);
        else {
          this.loadSnapshot(path, await handle.readFile('utf8'));
          // A JSON snapshot of an earlier version: the next compaction (or close) writes the binary one.
          this.dirty = true;
        }
      } catch (error) {
        // The snapshot files a partial load opened are let go by load().
        if (error instanceof StoreFileError) throw error;
        throw unreadable(path, error);
      } finally {
        await handle.close();
      }
    }
    const migrating = this.dirty;
    await this.replayJournal(path);
    this.dirty ||= migrating;
  }

  /**
   * Format 2–3: the job index (JSON, `[id, fingerprint, offset, length, crc32]` per job). When it matches its checksum
   * the jobs are left in the file (returns their ids); otherwise undefined.
   */
  private async loadJobIndex(path: string, reader: SnapshotReader): Promise<string[] | undefined> {
    const jobIndex = reader.has('jobIndex') ? await reader.json('jobIndex') : undefined;
    const entries =
      jobIndex?.intact && Array.isArray(jobIndex.value)
        ? (jobIndex.value as Array<[string, string | null, number, number, number]>)
        : undefined;
    if (
      !entries ||
      entries.length !== reader.header.jobs ||
      !entries.every((entry) => Array.isArray(entry) && entry.length === 5)
    )
      return undefined;
    const base = reader.offsetOf('jobs');
    const count = entries.length;
    const ids: string[] = new Array(count);
    const offsets = new Float64Array(count);
    const lengths = new Uint32Array(count);
    const checksums = new Uint32Array(count);
    const fingerprints: Array<string | undefined> = new Array(count);
    for (let index = 0; index < count; index += 1) {
      const [id, fingerprint, offset, length, checksum] = entries[index]!;
      if (typeof id !== 'string' || !(typeof fingerprint === 'string' || fingerprint === null)) return undefined;
      ids[index] = id;
      fingerprints[index] = fingerprint ?? undefined;
      offsets[index] = base + offset;
      lengths[index] = length;
      checksums[index] = checksum;
      if (lengths[index] !== length) offsets[index] = Number.NaN; // not a uint32: refused below
    }
    checkRecordPlaces(path, 'jobIndex', offsets, lengths, base, reader.sizeOf('jobs'));
    const block = new RecordBlock(new SnapshotFile(path), offsets, lengths, checksums, fingerprints);
    return this.jobs.load(ids, block) ? ids : undefined;
  }

  /**
   * Format 4: the jobs' ids and fingerprints (JSON `{ ids, fingerprints }`), and their records' places (float64
   * offsets, then uint32 lengths, then uint32 crc32s). When both match their checksums the jobs are left in the file
   * (returns their ids, in record order); otherwise undefined.
   */
  private async loadJobTable(path: string, reader: SnapshotReader): Promise<string[] | undefined> {
    const keys = await reader.json('jobKeys');
    const places = await reader.bytes('jobPlaces');
    const { ids, fingerprints } = (isRecord(keys.value) ? keys.value : {}) as { ids?: unknown; fingerprints?: unknown };
    const count = reader.header.jobs;
    if (
      !(keys.intact && places.intact) ||
      typeof count !== 'number' ||
      !Array.isArray(ids) ||
      !Array.isArray(fingerprints) ||
      ids.length !== count ||
      fingerprints.length !== count ||
      places.bytes.byteLength !== count * 16
    )
      return undefined;
    const buffer = places.bytes.buffer;
    const offsets = new Float64Array(buffer, 0, count);
    const base = reader.offsetOf('jobs');
    const known: Array<string | undefined> = new Array(count);
    for (let index = 0; index < count; index += 1) {
      const fingerprint = fingerprints[index];
      // Keys a crafted file got wrong (with a recomputed crc32): every record is read and validated instead.
      if (typeof ids[index] !== 'string' || !(typeof fingerprint === 'string' || fingerprint === null))
        return undefined;
      offsets[index]! += base;
      known[index] = fingerprint ?? undefined;
    }
    const lengths = new Uint32Array(buffer, count * 8, count);
    checkRecordPlaces(path, 'jobPlaces', offsets, lengths, base, reader.sizeOf('jobs'));
    const block = new RecordBlock(
      new SnapshotFile(path),
      offsets,
      lengths,
      new Uint32Array(buffer, count * 12, count),
      known,
    );
    return this.jobs.load(ids as string[], block) ? (ids as string[]) : undefined;
  }

  /**
   * Loads a binary snapshot. Sections whose checksum matches are taken as written (jobs get their dates back, the
   * BM25 postings and int8 vectors are used as they are); a section that does not match is validated record by
   * record, and the BM25 index is rebuilt from the jobs.
   */
  private async loadBinarySnapshot(path: string, handle: FileHandle): Promise<void> {
    const reader = await SnapshotReader.open(path, handle);
    const header = reader.header;
    if (header.format !== FILE_FORMAT) throw new StoreFileError(path, 'is not a Rolefit memory store file');
    const generation = header.generation;
    if (typeof generation !== 'number' || !Number.isSafeInteger(generation) || generation < 0)
      throw new StoreFileError(path, `must be a whole number of at least 0, got ${describe(generation)}`, {
        section: 'generation',
      });
    this.generation = this.plannedGeneration = generation;
    this.snapshotBytes = reader.size;

    // Jobs: when the job index matches its checksum, each job stays in the file until first read, when its record
    // is checked against its own crc32 (and validated only if that fails); otherwise every record is validated now.
    // Format 4 numbers the jobs in the order of their records (the BM25 documents and vectors name jobs by number).
    const numbered = header.version >= 4;
    const trusted = numbered ? await this.loadJobTable(path, reader) : await this.loadJobIndex(path, reader);
    const jobsIntact = trusted !== undefined;
    let jobIds: string[] = trusted ?? [];
    if (!jobsIntact) {
      this.jobs.clear();
      const recordIds: string[] = [];
      await reader.records('jobs', (json, index) => {
        let raw: unknown;
        try {
          raw = JSON.parse(json);
        } catch (error) {
          throw new StoreFileError(path, `is not valid JSON (${(error as Error).message})`, {
            section: `jobs[${index}]`,
            cause: error,
          });
        }
        const { id, value } = readStoredJob(path, `jobs[${index}]`, raw, json);
        // The writer writes each job once; a repeated id would make two job numbers name one job.
        if (this.jobs.has(id)) throw new StoreFileError(path, `repeats job ${id}`, { section: `jobs[${index}]` });
        this.jobs.set(id, value);
        recordIds.push(id);
      });
      jobIds = recordIds;
    }
    // The fingerprint index is built from the jobs when first needed.
    this.fingerprints = undefined;

    // The BM25 postings, unless they are damaged, were made with other weights or another tokenizer, or miss a job.
    const bm25Header = header.bm25 as
      | {
          fieldWeights?: unknown;
          tokenizer?: unknown;
          frequencyBytes?: unknown;
          postings?: unknown;
          postingCount?: unknown;
        }
      | undefined;
    let restored = false;
    if (
      jobsIntact &&
      bm25Header &&
      JSON.stringify(bm25Header.fieldWeights) === JSON.stringify(this.fieldWeights) &&
      bm25Header.tokenizer === this.tokenizerFingerprint()
    ) {
      const meta = await reader.json('bm25');
      const lengths = await reader.bytes('bm25Lengths');
      const offsets = await reader.bytes('bm25TermOffsets');
      // Sizes a crafted file got wrong (with recomputed checksums) make the index be rebuilt from the jobs.
      const termOffsets = new Uint32Array(offsets.bytes.buffer, 0, offsets.bytes.byteLength >> 2);
      const { terms, ...named } = (meta.value ?? {}) as { ids?: unknown; terms?: unknown };
      // Format 4: each document's job number (a uint32 array, each job once); before: the ids (JSON, beside the terms).
      const documents = numbered ? await reader.bytes('bm25Jobs') : { bytes: undefined, intact: true };
      const ids = documents.bytes ? idsOfNumbers(documents.bytes, jobIds, true) : named.ids;
      const sized =
        offsets.bytes.byteLength % 4 === 0 &&
        Array.isArray(terms) &&
        terms.length === termOffsets.length - 1 &&
        Array.isArray(ids) &&
        lengths.bytes.byteLength === ids.length * 8 &&
        new Float64Array(lengths.bytes.buffer).every((length) => length >= 0 && length < Number.POSITIVE_INFINITY);
      // Versions 3 and 4: varint postings, decoded term by term when a search first needs them (one pass here finds where
      // each term starts and checks the bytes); version 2, or weights that are not whole numbers: typed arrays.
      let postings: { intact: boolean; postings: RestoredPostings } | undefined;
      if (bm25Header.postings === 'varint') {
        // Read through a small window (checksum, and where each term starts); the bytes stay in the file.
        const count = bm25Header.postingCount;
        const indexer = typeof count === 'number' ? new PostingsIndexer(termOffsets, count) : undefined;
        const intact =
          sized && indexer !== undefined && (await reader.checksum('bm25Postings', (part) => indexer.push(part)));
        const starts = intact ? indexer.finish() : undefined;
        if (starts) {
          this.lexicalPostings = new VarintPostings(
            { file: new SnapshotFile(path), offset: reader.offsetOf('bm25Postings') },
            termOffsets,
            starts,
            (ids as unknown[]).length,
            path,
          );
          postings = { intact: true, postings: this.lexicalPostings };
        }
      } else {
        const documents = await reader.bytes('bm25Documents');
        const frequencies = await reader.bytes('bm25Frequencies');
        const frequencyBytes = bm25Header.frequencyBytes === 8 ? 8 : 4;
        const whole = documents.bytes.byteLength % 4 === 0 && frequencies.bytes.byteLength % frequencyBytes === 0;
        const postingDocuments = new Uint32Array(documents.bytes.buffer, 0, documents.bytes.byteLength >> 2);
        const postingFrequencies =
          frequencyBytes === 8
            ? new Float64Array(frequencies.bytes.buffer, 0, frequencies.bytes.byteLength >> 3)
            : new Float32Array(frequencies.bytes.buffer, 0, frequencies.bytes.byteLength >> 2);
        postings = {
          intact: sized && whole && documents.intact && frequencies.intact,
          postings: {
            termOffsets,
            term: (termId) => {
              const from = termOffsets[termId]!;
              const to = termOffsets[termId + 1]!;
              return {
                documents: postingDocuments.subarray(from, to),
                frequencies: postingFrequencies.subarray(from, to),
              };
            },
          },
        };
      }
      if (
        sized &&
        postings?.intact &&
        [meta, lengths, offsets, documents].every((part) => part.intact) &&
        Array.isArray(ids) &&
        Array.isArray(terms) &&
        ids.length === this.jobs.size &&
        everyKnownJob(ids, this.jobs)
      ) {
        this.lexical = createBm25IndexFromPostings(
          { fieldWeights: this.fieldWeights },
          {
            ids: ids as string[],
            terms: terms as string[],
            lengths: new Float64Array(lengths.bytes.buffer, 0, (ids as unknown[]).length),
            postings: postings.postings,
          },
          // Undefined for a damaged record: the index then finds the job's terms in its postings.
          (id) => {
            const job = this.jobs.tryGet(id);
            return job === undefined || job instanceof StoreFileError ? undefined : lexicalDocument(job);
          },
        );
        restored = true;
      }
    }
    if (!restored) {
      this.closeLexicalPostings();
      // A job whose record is damaged is left out of the index rather than failing the load: it stays in the store,
      // listed by check(), until deleteJob or upsertJobs repairs it (every load rebuilds the index until then).
      for (const [id] of this.jobs.index()) {
        const job = this.jobs.tryGet(id);
        if (job && !(job instanceof StoreFileError)) this.lexical.add(id, lexicalDocument(job));
      }
    }

    // Vectors: float32 rows, their int8 copy and scales read in place.
    const vectorHeader = header.vectors as { count?: unknown; dimension?: unknown } | undefined;
    // Format 4: each row's job number (a uint32 array); before: the ids (JSON).
    let vectorIds: { value: unknown; intact: boolean };
    if (numbered) {
      const numbers = await reader.bytes('vectorJobs');
      const value = idsOfNumbers(numbers.bytes, jobIds, true);
      if (!value)
        throw new StoreFileError(path, 'must be uint32 job numbers below the number of jobs, each once', {
          section: 'vectorJobs',
        });
      vectorIds = { value, intact: numbers.intact };
    } else vectorIds = await reader.json('vectorIds');
    if (!Array.isArray(vectorIds.value))
      throw new StoreFileError(path, `must be an array, got ${describe(vectorIds.value)}`, { section: 'vectorIds' });
    const ids = vectorIds.value as unknown[];
    for (let index = 0; index < ids.length; index += 1) {
      const id = ids[index];
      if (typeof id !== 'string')
        throw new StoreFileError(path, `must be a string, got ${describe(id)}`, { section: `vectorIds[${index}]` });
      if (!this.jobs.has(id))
        throw new StoreFileError(path, `names job ${id}, which the file does not hold`, {
          section: `vectorIds[${index}]`,
        });
    }
    if (!numbered && new Set(ids).size !== ids.length)
      throw new StoreFileError(path, 'names a job twice', { section: 'vectorIds' });
    if (ids.length) {
      const dimension = vectorHeader?.dimension;
      if (typeof dimension !== 'number' || !Number.isSafeInteger(dimension) || dimension < 1)
        throw new StoreFileError(path, `must be a whole number of at least 1, got ${describe(dimension)}`, {
          section: 'vectors.dimension',
        });
      // The rows' size before anything is allocated for them: a crafted dimension (2^31) is refused here.
      if (reader.sizeOf('vectorsFloat32') !== ids.length * dimension * 4)
        throw new StoreFileError(
          path,
          `holds ${reader.sizeOf('vectorsFloat32')} bytes, not ${ids.length} rows of ${dimension} float32s`,
          { section: 'vectorsFloat32' },
        );
      // Trusted float32 rows stay in the file (read for the re-score, or brought in when their chunk changes);
      // the int8 copy and scales, which every search scans, are read into memory.
      let restored = false;
      if (vectorIds.intact && (await reader.checksum('vectorsFloat32'))) {
        const targets = this.vectors.beginRestore(ids as string[], dimension, {
          file: new SnapshotFile(path),
          offset: reader.offsetOf('vectorsFloat32'),
        });
        restored =
          (await reader.readInto('vectorsInt8', [targets.int8])) &&
          (await reader.readInto('vectorScales', [targets.scales])) &&
          // Scales a crafted file made NaN or negative would hide rows from every search: quantised again instead.
          new Float32Array(targets.scales.buffer, targets.scales.byteOffset, ids.length).every(
            (scale) => scale >= 0 && scale < Number.POSITIVE_INFINITY,
          );
        if (restored) this.vectors.finishRestore(true);
      }
      if (!restored) {
        // A section that fails its checksum: every float32 row is read, checked, normalised and quantised again.
        const targets = this.vectors.beginRestore(ids as string[], dimension);
        await reader.readInto('vectorsFloat32', targets.float32);
        const bad = this.vectors.finishRestore(false);
        if (bad !== undefined)
          throw new StoreFileError(path, `has a non-finite value in the vector of ${String(ids[bad])}`, {
            section: `vectorsFloat32[${bad}]`,
          });
      }
    }

    // Cached embeddings: keys with lengths, then the float32 values one after another.
    const keys = await reader.json('embeddingKeys');
    const values = await reader.bytes('embeddingValues');
    if (!Array.isArray(keys.value))
      throw new StoreFileError(path, `must be an array, got ${describe(keys.value)}`, { section: 'embeddingKeys' });
    let at = 0;
    const floats = new Float32Array(values.bytes.buffer, 0, Math.floor(values.bytes.byteLength / 4));
    for (const [index, entry] of (keys.value as unknown[]).entries()) {
      const [key, length] = Array.isArray(entry) ? entry : [];
      if (
        typeof key !== 'string' ||
        typeof length !== 'number' ||
        !Number.isSafeInteger(length) ||
        length < 0 ||
        at + length > floats.length
      )
        throw new StoreFileError(path, 'must be a [key, length] pair within the values', {
          section: `embeddingKeys[${index}]`,
        });
      const vector = floats.subarray(at, at + length);
      // Checked even when the checksums match (a crafted file recomputes them): a cache hit must be finite.
      if (!vector.every(Number.isFinite))
        throw new StoreFileError(path, 'has a non-finite value', { section: `embeddingValues[${index}]` });
      this.embeddings.set(key, vector);
      at += length;
    }

    // Resumes, feedback and matches are always validated (a checksum a crafted file recomputes proves nothing).
    const array = async (name: string): Promise<{ value: unknown[]; intact: boolean }> => {
      const { value, intact } = await reader.json(name);
      if (!Array.isArray(value))
        throw new StoreFileError(path, `must be an array, got ${describe(value)}`, { section: name });
      return { value, intact };
    };
    for (const [index, raw] of (await array('resumes')).value.entries()) {
      const resume = parseSection(path, `resumes[${index}]`, () =>
        parseWith(resumeSchema, `${path}: resumes[${index}]`, raw),
      );
      this.resumes.set(resume.id, resume);
    }
    for (const [index, raw] of (await array('feedback')).value.entries())
      this.putFeedback(
        parseSection(path, `feedback[${index}]`, () => parseWith(feedbackSchema, `${path}: feedback[${index}]`, raw)),
      );
    const matches = await array('matches');
    for (const [index, entry] of matches.value.entries()) {
      const where = `matches[${index}]`;
      if (!isRecord(entry))
        throw new StoreFileError(path, `must be an object, got ${describe(entry)}`, { section: where });
      const subjectId = requireString(path, `${where}.subjectId`, entry.subjectId);
      const createdAt = requireDate(path, `${where}.createdAt`, entry.createdAt);
      // Validated even when the section's checksum matches: a crafted file recomputes it.
      const match = parseSection(path, `${where}.match`, () =>
        parseWith(matchSchema, `${path}: ${where}.match`, entry.match),
      );
      this.putMatches(subjectId, createdAt, [match]);
    }
  }

  private loadSnapshot(path: string, content: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(content);
    } catch (error) {
      throw new StoreFileError(path, `is not valid JSON (${(error as Error).message})`, { cause: error });
    }
    if (!isRecord(parsed) || parsed.format !== FILE_FORMAT)
      throw new StoreFileError(path, `is not a Rolefit memory store file`);
    const file = parsed as Partial<Record<keyof StoreFile, unknown>>;
    if (file.version !== FILE_VERSION)
      throw new StoreFileError(path, `has format version ${String(file.version)}; this version reads ${FILE_VERSION}`);
    const generation = file.generation ?? 0;
    if (typeof generation !== 'number' || !Number.isSafeInteger(generation) || generation < 0)
      throw new StoreFileError(path, `must be a whole number of at least 0, got ${describe(generation)}`, {
        section: 'generation',
      });
    this.generation = this.plannedGeneration = generation;
    this.snapshotBytes = Buffer.byteLength(content);
    const section = (name: keyof StoreFile, optional = false): unknown[] => {
      const value = file[name];
      if (value === undefined && optional) return [];
      if (!Array.isArray(value))
        throw new StoreFileError(path, `must be an array, got ${describe(value)}`, { section: name });
      return value;
    };
    const jobs = section('jobs');
    const vectors = section('vectors');
    const embeddings = section('embeddings', true);
    const resumes = section('resumes');
    const feedback = section('feedback');
    const matches = section('matches');
    for (const [index, raw] of jobs.entries()) this.putStoredJob(readStoredJob(path, `jobs[${index}]`, raw));
    this.loadVectors(path, 'vectors', vectors);
    this.loadEmbeddings(path, 'embeddings', embeddings);
    for (const [index, raw] of resumes.entries()) {
      const resume = parseSection(path, `resumes[${index}]`, () =>
        parseWith(resumeSchema, `${path}: resumes[${index}]`, raw),
      );
      this.resumes.set(resume.id, resume);
    }
    for (const [index, raw] of feedback.entries())
      this.putFeedback(
        parseSection(path, `feedback[${index}]`, () => parseWith(feedbackSchema, `${path}: feedback[${index}]`, raw)),
      );
    for (const [index, entry] of matches.entries()) {
      const where = `matches[${index}]`;
      if (!isRecord(entry))
        throw new StoreFileError(path, `must be an object, got ${describe(entry)}`, { section: where });
      const subjectId = requireString(path, `${where}.subjectId`, entry.subjectId);
      const createdAt = requireDate(path, `${where}.createdAt`, entry.createdAt);
      const match = parseSection(path, `${where}.match`, () =>
        parseWith(matchSchema, `${path}: ${where}.match`, entry.match),
      );
      this.putMatches(subjectId, createdAt, [match]);
    }
  }

  /** Sets job vectors read from a file, checking each: a known job, base64 of whole Float32 values, finite, one length. */
  private loadVectors(path: string, where: string, entries: unknown[]): void {
    for (const [index, entry] of entries.entries()) {
      const at = `${where}[${index}]`;
      if (!isRecord(entry))
        throw new StoreFileError(path, `must be an object, got ${describe(entry)}`, { section: at });
      const id = requireString(path, `${at}.id`, entry.id);
      if (!this.jobs.has(id))
        throw new StoreFileError(path, `names job ${id}, which the file does not hold`, { section: `${at}.id` });
      const vector = readVector(path, `${at}.vector`, entry.vector, false);
      try {
        this.vectors.set(id, vector);
      } catch (error) {
        if (error instanceof VectorDimensionError)
          throw new StoreFileError(path, error.message, { section: `${at}.vector`, cause: error });
        throw error;
      }
    }
  }

  private loadEmbeddings(path: string, where: string, entries: unknown[]): void {
    for (const [index, entry] of entries.entries()) {
      const at = `${where}[${index}]`;
      if (!isRecord(entry))
        throw new StoreFileError(path, `must be an object, got ${describe(entry)}`, { section: at });
      this.embeddings.set(
        requireString(path, `${at}.key`, entry.key),
        readVector(path, `${at}.vector`, entry.vector, true),
      );
    }
  }

  /** Replays the journal's changes on top of the snapshot; a torn last line (a crash mid-append) is cut off. */
  private async replayJournal(path: string): Promise<void> {
    const journalPath = `${path}.journal`;
    let text: string;
    try {
      text = await readFile(journalPath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw unreadable(journalPath, error);
    }
    const { header, entries, validBytes, totalBytes } = parseJournal(journalPath, text);
    if (header === undefined) {
      // Nothing acknowledged was ever written to it (a crash while creating it).
      await unlink(journalPath).catch(() => undefined);
      return;
    }
    if (!isRecord(header) || header.format !== JOURNAL_FORMAT || typeof header.generation !== 'number')
      throw new StoreFileError(journalPath, 'is not a Rolefit memory store journal', { section: 'line 1' });
    if (header.generation < this.generation) {
      // Already folded into the snapshot (a crash between writing the snapshot and removing the journal).
      await unlink(journalPath).catch(() => undefined);
      return;
    }
    if (header.generation > this.generation)
      throw new StoreFileError(
        journalPath,
        `has generation ${header.generation} but the snapshot has ${this.generation}: the snapshot is older than its journal`,
        { section: 'line 1' },
      );
    for (const { line, entry } of entries) this.applyJournalEntry(journalPath, `line ${line}`, entry);
    if (validBytes < totalBytes) await truncate(journalPath, validBytes);
    this.journalBytes = validBytes;
    // Changes replayed from the journal are not in the snapshot yet.
    this.dirty = entries.length > 0;
  }

  private applyJournalEntry(path: string, where: string, entry: unknown): void {
    if (!isRecord(entry))
      throw new StoreFileError(path, `must be an object, got ${describe(entry)}`, { section: where });
    const list = (key: string): unknown[] => {
      const value = entry[key];
      if (!Array.isArray(value))
        throw new StoreFileError(path, `must be an array, got ${describe(value)}`, { section: `${where}.${key}` });
      return value;
    };
    switch (entry.op) {
      case 'jobs':
        for (const [index, raw] of list('jobs').entries())
          this.putStoredJob(readStoredJob(path, `${where}.jobs[${index}]`, raw));
        return;
      case 'deleteJob':
        this.removeJob(requireString(path, `${where}.id`, entry.id));
        return;
      case 'vectors':
        this.loadVectors(path, `${where}.entries`, list('entries'));
        return;
      case 'embeddings':
        this.loadEmbeddings(path, `${where}.entries`, list('entries'));
        return;
      case 'resume': {
        const resume = parseSection(path, `${where}.resume`, () =>
          parseWith(resumeSchema, `${path}: ${where}.resume`, entry.resume),
        );
        this.resumes.set(resume.id, resume);
        return;
      }
      case 'deleteResume':
        this.resumes.delete(requireString(path, `${where}.id`, entry.id));
        return;
      case 'feedback':
        this.putFeedback(
          parseSection(path, `${where}.feedback`, () =>
            parseWith(feedbackSchema, `${path}: ${where}.feedback`, entry.feedback),
          ),
        );
        return;
      case 'matches': {
        const subjectId = requireString(path, `${where}.subjectId`, entry.subjectId);
        const createdAt = requireDate(path, `${where}.createdAt`, entry.createdAt);
        const matches = list('matches').map((raw, index) =>
          parseSection(path, `${where}.matches[${index}]`, () =>
            parseWith(matchSchema, `${path}: ${where}.matches[${index}]`, raw),
          ),
        );
        this.putMatches(subjectId, createdAt, matches);
        return;
      }
      default:
        throw new StoreFileError(path, `has an unknown change ${describe(entry.op)}`, { section: `${where}.op` });
    }
  }
}

/** Creates the embedded default store; with `path` it loads that file and saves to it atomically. */
export function createMemoryStore(options: MemoryStoreSettings = {}): MemoryStore {
  return new MemoryStore(options);
}

function encodeVector(vector: Float32Array): string {
  return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).toString('base64');
}

/** The generation in a journal's header line, or undefined when the first line is not a journal header. */
async function journalGeneration(handle: FileHandle): Promise<number | undefined> {
  const buffer = Buffer.alloc(256);
  const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
  return headerGeneration(buffer.subarray(0, bytesRead).toString('utf8').split('\n')[0]!);
}

function addFingerprint(index: Map<string, Set<string>>, fingerprint: string, id: string): void {
  const ids = index.get(fingerprint);
  if (ids) ids.add(id);
  else index.set(fingerprint, new Set([id]));
}

/**
 * Refuses job record places (file offsets from `base`, the jobs section's start, and lengths) that are not whole
 * numbers with room for their length prefix, or reach past the section: a crafted index would otherwise make a first
 * read allocate what a length says (up to 4 GiB) or read another section. One comparison a job, at load.
 */
function checkRecordPlaces(
  path: string,
  section: string,
  offsets: Float64Array,
  lengths: Uint32Array,
  base: number,
  size: number,
): void {
  const end = base + size;
  for (let index = 0; index < offsets.length; index += 1) {
    const offset = offsets[index]!;
    if (!(offset >= base + 4 && offset + lengths[index]! <= end && Number.isInteger(offset)))
      throw new StoreFileError(path, `places job record ${index} outside the jobs section`, { section });
  }
}

/** The numbers of jobs by id (every id is a job of the same snapshot: vectors and BM25 documents follow the jobs). */
function jobNumbers(ids: readonly string[], numberOf: ReadonlyMap<string, number>): Uint32Array {
  const numbers = new Uint32Array(ids.length);
  for (let index = 0; index < ids.length; index += 1) {
    const number = numberOf.get(ids[index]!);
    if (number === undefined) throw new Error(`snapshot: ${ids[index]} is not among the jobs it saves`);
    numbers[index] = number;
  }
  return numbers;
}

/**
 * The ids of uint32 job numbers, or undefined when the bytes are not whole uint32s, a number has no job, or (with
 * `distinct`) a number comes twice.
 */
function idsOfNumbers(bytes: Uint8Array, jobIds: readonly string[], distinct = false): string[] | undefined {
  if (bytes.byteLength % 4 !== 0) return undefined;
  const numbers = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  if (numbers.length > jobIds.length && distinct) return undefined;
  const seen = distinct ? new Uint8Array(jobIds.length) : undefined;
  const ids: string[] = new Array(numbers.length);
  for (let index = 0; index < numbers.length; index += 1) {
    const number = numbers[index]!;
    const id = jobIds[number];
    if (id === undefined) return undefined;
    if (seen) {
      if (seen[number]) return undefined;
      seen[number] = 1;
    }
    ids[index] = id;
  }
  return ids;
}

/** True when every id is a string naming a job of `jobs`. */
function everyKnownJob(ids: readonly unknown[], jobs: { has(id: string): boolean }): boolean {
  for (let index = 0; index < ids.length; index += 1) {
    const id = ids[index];
    if (typeof id !== 'string' || !jobs.has(id)) return false;
  }
  return true;
}

/** The text BM25 indexes for a job: its text fields and its place (city, region, country). */
function lexicalDocument(job: Job): Bm25Document {
  return {
    title: job.title,
    skills: job.skills,
    company: job.company,
    description: job.description,
    location: jobPlaceText(job),
  };
}

function bytesOf(array: Float64Array | Float32Array | Uint32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** A vector from a file: base64 of whole little-endian Float32 values, all finite (and at least one for a job vector). */
function readVector(path: string, section: string, encoded: unknown, allowEmpty: boolean): Float32Array {
  if (typeof encoded !== 'string')
    throw new StoreFileError(path, `must be a base64 string, got ${describe(encoded)}`, { section });
  if (!BASE64.test(encoded)) throw new StoreFileError(path, 'is not valid base64', { section });
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.byteLength % 4 !== 0)
    throw new StoreFileError(path, `holds ${bytes.byteLength} bytes, not a whole number of 4-byte floats`, { section });
  if (bytes.byteLength === 0 && !allowEmpty) throw new StoreFileError(path, 'is empty', { section });
  const vector = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const bad = vector.findIndex((value) => !Number.isFinite(value));
  if (bad >= 0)
    throw new StoreFileError(path, `has a non-finite value (${vector[bad]}) at position ${bad}`, { section });
  return vector;
}

/** True when `filter` has a condition a job can fail (`{}`, or `strict` alone, lets every job through). */
function restricts(filter: JobFilter | undefined): filter is JobFilter {
  if (!filter) return false;
  const checked = checkJobFilter(filter);
  return Object.entries(checked).some(([key, value]) => key !== 'strict' && value !== undefined);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The StoreFileError for a file the system would not read. Node's message ends with the file ("ENOTDIR: not a
 * directory, open '/data/jobs.store'"), which the StoreFileError names first already: that ending is left out.
 */
function unreadable(path: string, error: unknown): StoreFileError {
  const { message, path: named } = (error ?? {}) as Partial<NodeJS.ErrnoException>;
  const text =
    typeof message !== 'string'
      ? String(error)
      : typeof named === 'string'
        ? message.replace(` '${named}'`, '')
        : message;
  return new StoreFileError(path, `cannot be read (${text})`, { cause: error });
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string'
    ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
    : typeof value === 'object'
      ? 'an object'
      : `${typeof value} ${String(value)}`;
}

function requireString(path: string, section: string, value: unknown): string {
  if (typeof value !== 'string')
    throw new StoreFileError(path, `must be a string, got ${describe(value)}`, { section });
  return value;
}

function requireDate(path: string, section: string, value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime()))
    throw new StoreFileError(path, `must be an ISO date string, got ${describe(value)}`, { section });
  return date;
}

/**
 * Whether replacing `previous` (the stored job, its damaged record's error, or undefined) with `job` invalidates the
 * job's embedding: a changed title or description, or an old text that cannot be read.
 */
function embeddingOutdated(previous: Job | StoreFileError | undefined, job: Job): boolean {
  return (
    previous instanceof StoreFileError ||
    (previous !== undefined && (previous.title !== job.title || previous.description !== job.description))
  );
}

/**
 * A job read from one of the store's files: the job, or, when the record has an id but is not a valid job (a value an
 * earlier version accepted and this one refuses, a crafted record), a DamagedRecord that keeps it as written (`json`,
 * or the record written out again) so that the store still opens and the job can be found with check(), deleted or
 * replaced. A record without an id cannot be kept under one: its StoreFileError is thrown.
 */
function readStoredJob(
  path: string,
  section: string,
  raw: unknown,
  json?: string,
): { id: string; value: Job | DamagedRecord } {
  try {
    const job = parseSection(path, section, () => parseStoredJob(`${path}: ${section}`, raw));
    return { id: job.id, value: job };
  } catch (error) {
    const id = isRecord(raw) && typeof raw.id === 'string' && raw.id.trim() !== '' ? raw.id : undefined;
    if (!(error instanceof StoreFileError) || id === undefined) throw error;
    let text = json;
    try {
      text ??= JSON.stringify(raw);
    } catch {
      throw error; // nested too deep to write back
    }
    const fingerprint = isRecord(raw) && typeof raw.fingerprint === 'string' ? raw.fingerprint : undefined;
    return { id, value: new DamagedRecord(text, error, fingerprint) };
  }
}

/** Runs a schema parse for one record of a file, turning its ValidationError into a StoreFileError naming the record. */
function parseSection<T>(path: string, section: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof StoreFileError) throw error;
    throw new StoreFileError(path, `is invalid: ${(error as Error).message}`, { section, cause: error });
  }
}

function newestFirst(left: Job, right: Job): number {
  const leftTime = left.postedAt?.getTime() ?? -Infinity;
  const rightTime = right.postedAt?.getTime() ?? -Infinity;
  return rightTime - leftTime || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0);
}

// Limits and offsets are core's checkPageNumber: NaN and negative limits made `searchJobs` loop for ever (each round
// asked the index for `limit * 8` hits, and a depth that never grows never has enough), -1 made `listJobs` drop the
// last job, and a fraction under 1 reached the index (RangeError 'Invalid array length'): a fraction is its whole part.
function paginate<T>(items: T[], page: PageOptions): T[] {
  // Page options of null were "Cannot read properties of null (reading 'limit')" (round 17).
  const { limit: wanted, offset: skipped } = checkStorePage(page);
  const limit = checkPageNumber('PageOptions', 'limit', wanted);
  const offset = checkPageNumber('PageOptions', 'offset', skipped) ?? 0;
  return items.slice(offset, limit === undefined ? undefined : offset + limit);
}
