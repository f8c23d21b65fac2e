import type { CorpusStatistics } from '../bm25/corpus-statistics.js';
import type { UpsertFailure } from '../errors/index.js';
import type { EmbeddingCache } from './embedder.js';
import type {
  EmploymentType,
  ExperienceLevel,
  Feedback,
  FeedbackInput,
  Job,
  JobInput,
  Match,
  MatchInput,
  MinimumSalary,
  Resume,
  ResumeInput,
  Workplace,
} from '../schemas/index.js';

/**
 * Conditions a job must meet; every set field must hold, and a list means "any of".
 * A job that does not state a filtered field (no salary, no workplace…) passes unless `strict` is set.
 */
export interface JobFilter {
  workplace?: readonly Workplace[] | undefined;
  employmentTypes?: readonly EmploymentType[] | undefined;
  experienceLevels?: readonly ExperienceLevel[] | undefined;
  /** Places such as "Austin, TX", "Germany" or "Remote"; a remote job matches "Remote". */
  locations?: readonly string[] | undefined;
  /** Jobs whose pay may reach this floor (compared per year, in the same currency). */
  minSalary?: MinimumSalary | undefined;
  /** Posted at or after this moment. */
  postedSince?: Date | undefined;
  sources?: readonly string[] | undefined;
  ids?: readonly string[] | undefined;
  /** Jobs whose dedupe fingerprint is one of these. */
  fingerprints?: readonly string[] | undefined;
  excludeCompanies?: readonly string[] | undefined;
  /** Jobs missing a filtered field fail instead of passing (default false). */
  strict?: boolean | undefined;
}

/** A job with a search score (higher is better). */
export interface ScoredJob {
  job: Job;
  score: number;
}

/** Paging for list calls. */
export interface PageOptions {
  /**
   * Most items returned: a number ≥ 0 (Infinity: all; a fraction counts as its whole part). NaN, a negative number or
   * anything but a number is a ValidationError naming `limit`, before the store does any work (every Store: the Store
   * contract).
   */
  limit?: number | undefined;
  /** Items skipped first: a number ≥ 0; NaN, a negative number or anything but a number is a ValidationError naming `offset`. */
  offset?: number | undefined;
}

/** What an upsert did. */
export interface UpsertResult {
  inserted: number;
  updated: number;
  /**
   * Items the store refused while writing the rest (never silently dropped); neither inserted nor updated.
   * Absent or empty when every item was written (optional so that older Store adapters still type-check).
   */
  failed?: UpsertFailure[] | undefined;
}

/** A match kept in history, with when it was made. */
export interface StoredMatch extends Match {
  subjectId: string;
  createdAt: Date;
}

/** Where jobs, resumes, vectors, feedback and match history live; a store may also be an EmbeddingCache. */
export interface Store extends Partial<EmbeddingCache> {
  readonly name: string;
  /** Inserts or replaces jobs by id; each is validated first (a bad one fails the whole batch), and items the backend refuses are listed in `failed`. */
  upsertJobs(jobs: readonly JobInput[]): Promise<UpsertResult>;
  getJob(id: string): Promise<Job | undefined>;
  deleteJob(id: string): Promise<boolean>;
  /** Jobs meeting the filter, newest first. */
  listJobs(filter?: JobFilter, page?: PageOptions): Promise<Job[]>;
  countJobs(filter?: JobFilter): Promise<number>;
  /** The newest `crawledAt` among the stored jobs of one source (undefined when none has one): when it was last crawled. */
  latestCrawledAt(source: string): Promise<Date | undefined>;
  /**
   * Lexical (BM25) search over title, skills, company, description and place (the job's city, region and country).
   * `limit` is as {@link PageOptions.limit}: NaN or a negative one is a ValidationError naming `limit`.
   */
  searchJobs(
    query: string,
    options?: { filter?: JobFilter | undefined; limit?: number | undefined },
  ): Promise<ScoredJob[]>;
  /**
   * Optional: BM25 statistics of every stored job (document count, average length, document frequencies), which
   * recommend hands the ranker with the retrieved candidates so they score as they would among all stored jobs.
   */
  corpusStatistics?(): Promise<CorpusStatistics>;
  /** Stores one embedding per stored job (replacing any earlier one); an unknown job is a ValidationError naming it. */
  upsertJobVectors(entries: ReadonlyArray<{ id: string; vector: Float32Array }>): Promise<void>;
  /** Nearest jobs by cosine similarity; `limit` is as {@link PageOptions.limit} (NaN or a negative one: a ValidationError). */
  searchJobsByVector(
    vector: Float32Array,
    options?: { filter?: JobFilter | undefined; limit?: number | undefined },
  ): Promise<ScoredJob[]>;
  upsertResume(resume: ResumeInput): Promise<Resume>;
  getResume(id: string): Promise<Resume | undefined>;
  deleteResume(id: string): Promise<boolean>;
  listResumes(page?: PageOptions): Promise<Resume[]>;
  addFeedback(feedback: FeedbackInput): Promise<Feedback>;
  listFeedback(query?: { subjectId?: string | undefined; jobId?: string | undefined }): Promise<Feedback[]>;
  /** Appends validated matches to a person's history. */
  addMatches(subjectId: string, matches: readonly MatchInput[]): Promise<void>;
  listMatches(subjectId: string, page?: PageOptions): Promise<StoredMatch[]>;
  /** Writes pending changes to durable storage, where the store has any. */
  flush(): Promise<void>;
  close(): Promise<void>;
}
