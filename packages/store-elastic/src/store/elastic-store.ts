import { randomUUID } from 'node:crypto';
import type { Client, estypes } from '@elastic/elasticsearch';
import {
  invalidSetting,
  jobSchema,
  matchSchema,
  parseFeedback,
  parseJob,
  parseResume,
  parseWith,
  rejectUnknownKeys,
  ValidationError,
  VectorDimensionError,
  type EmbeddingCache,
  type Feedback,
  type FeedbackInput,
  type Job,
  type JobFilter,
  type JobInput,
  type MatchInput,
  type PageOptions,
  type Resume,
  type ResumeInput,
  type ScoredJob,
  type Store,
  type StoredMatch,
} from '@rolefit/core';
import {
  checkNumberSetting,
  checkPageNumber,
  checkRecordArgument,
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
  checkVectorEntries,
  describeValue,
  invalidArgument,
  readRecordArgument,
} from '@rolefit/core/internal';
import { checkBulkConcurrency, writeBulk, type BulkWriteResult } from '../bulk/index.js';
import { fuseJobLists } from '../fusion/index.js';
import { checkJobIndexNumbers } from '../mappings/job-mappings.js';
import { JOB_MAPPING_VERSION } from '../mappings/index.js';
import {
  buildCountRequest,
  buildCreateJobIndexRequest,
  buildCreateSideIndexRequest,
  buildLatestCrawledAtRequest,
  buildLexicalSearchRequest,
  buildListJobsRequest,
  buildPopularSkillsRequest,
  buildReindexRequest,
  buildSwapAliasRequest,
  buildTermsSearchRequest,
  buildVectorSearchRequest,
  createIndexNames,
  createVersionedJobIndexName,
  MAX_RESULT_WINDOW,
  type BulkAction,
  type IndexNames,
  type JobIndexOptions,
  type SideIndexKind,
} from '../requests/index.js';
import {
  ElasticBulkError,
  ElasticClientMissingError,
  ElasticMigrationError,
  ElasticPagingError,
  ElasticResponseError,
} from './errors.js';
import { ELASTIC_STORE_SETTING_NAMES, type ElasticStoreSettings } from './settings.js';
import { answerCount, answerList, answerObject, isAnswerObject } from './answers.js';
import {
  boundedHttpConnection,
  checkMaxResponseBytes,
  checkRequestTimeoutMs,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_REQUEST_TIMEOUT_MS,
  limitResponses,
  responseLimitOptions,
} from './response-limit.js';

/** What `upsertJobs` did: core's UpsertResult plus every item Elasticsearch refused. */
export type ElasticUpsertResult = BulkWriteResult;

/** Options for hybrid search. */
export interface HybridSearchOptions {
  filter?: JobFilter | undefined;
  /** Results to return (default 10). */
  limit?: number | undefined;
  /** RRF rank constant, a finite number ≥ 0 (default 60); another is a ValidationError naming it, before any request. */
  rrfK?: number | undefined;
  /** Hits taken from each of the lexical and vector lists before fusing (default 2 × limit, at least 20). */
  candidates?: number | undefined;
}

// The keys of HybridSearchOptions: another is a misspelling, refused naming the nearest (core's checkStoreSearch).
const HYBRID_SEARCH_KEYS = { filter: true, limit: true, rrfK: true, candidates: true } as const satisfies Record<
  keyof HybridSearchOptions,
  true
>;

/** What `migrate()` did. */
export interface MigrationResult {
  /** Indices the alias pointed at before (kept; delete them once satisfied). */
  from: string[];
  /** The new index the alias points at now. */
  to: string;
  /** Documents copied. */
  reindexed: number;
}

/** A skill and how many matching jobs list it. */
export interface SkillCount {
  skill: string;
  count: number;
}

// Reads of a missing document or index answer 404; the store turns that into undefined or false.
const notFound = (): { ignore: number[]; meta: false } => ({ ignore: [404], meta: false });

/** A Store on Elasticsearch 8: jobs behind a versioned alias, plus resume, feedback, match and embedding indices. */
export class ElasticStore implements Store, EmbeddingCache {
  readonly name = 'elastic';
  /** Index and alias names this store uses. */
  readonly indices: IndexNames;
  private readonly client: Client;
  private readonly ownsClient: boolean;
  private readonly settings: ElasticStoreSettings;
  private readonly refresh: estypes.Refresh;
  private ready: Promise<void> | undefined;
  private lastMatchTime = 0;

  constructor(client: Client, settings: ElasticStoreSettings = {}, ownsClient = false) {
    rejectUnknownKeys('ElasticStoreSettings', settings, ELASTIC_STORE_SETTING_NAMES);
    // The numbers are checked here, not on the first write that creates the indices.
    checkJobIndexNumbers('ElasticStoreSettings', settings);
    checkNumberSetting('ElasticStoreSettings', 'bulkChunkSize', settings.bulkChunkSize, { integer: true, min: 1 });
    checkBulkConcurrency(settings.bulkConcurrency);
    checkNumberSetting('ElasticStoreSettings', 'maxRetries', settings.maxRetries, { integer: true, min: 0 });
    checkNumberSetting('ElasticStoreSettings', 'retryBaseDelayMs', settings.retryBaseDelayMs, { min: 0 });
    this.client = limitResponses(
      client,
      checkMaxResponseBytes(settings.maxResponseBytes),
      checkRequestTimeoutMs(settings.requestTimeoutMs) ?? DEFAULT_REQUEST_TIMEOUT_MS,
    );
    this.ownsClient = ownsClient;
    this.settings = settings;
    this.indices = createIndexNames(settings.indexPrefix ?? 'rolefit');
    this.refresh = settings.refresh ?? false;
  }

  /** Creates whatever index or alias is missing; existing ones are left as they are. */
  async ensureIndices(): Promise<void> {
    if (!(await this.client.indices.existsAlias({ name: this.indices.jobs }))) {
      const index = createVersionedJobIndexName(this.indices.jobs, JOB_MAPPING_VERSION);
      await this.client.indices.create(buildCreateJobIndexRequest(index, this.jobIndexOptions(), this.indices.jobs));
    }
    for (const kind of ['resumes', 'feedback', 'matches', 'embeddings'] as const satisfies readonly SideIndexKind[]) {
      const index = this.indices[kind];
      if (!(await this.client.indices.exists({ index })))
        await this.client.indices.create(buildCreateSideIndexRequest(index, kind, this.indexSettings()));
    }
  }

  /** The mapping version recorded on the index behind the jobs alias, or undefined when there is none. */
  async mappingVersion(): Promise<number | undefined> {
    const response = answerObject(
      this.indices.jobs,
      'GET _mapping',
      await this.client.indices.getMapping({ index: this.indices.jobs }, notFound()),
    );
    // An index whose mapping records no version (or a version of another type) has none: undefined, not NaN.
    let lowest: number | undefined;
    for (const entry of Object.values(response)) {
      const mappings = isAnswerObject(entry) ? entry.mappings : undefined;
      const meta = isAnswerObject(mappings) ? mappings._meta : undefined;
      const version = Number(isAnswerObject(meta) ? meta.rolefit_mapping_version : undefined);
      if (!Number.isFinite(version)) return undefined;
      lowest = lowest === undefined ? version : Math.min(lowest, version);
    }
    return lowest;
  }

  /** True when the jobs index was built with older mappings than this package's and needs `migrate()`. */
  async needsMigration(): Promise<boolean> {
    const version = await this.mappingVersion();
    return version === undefined || !(version >= JOB_MAPPING_VERSION);
  }

  /**
   * Builds a new versioned job index with the current mappings, copies every job into it and swaps the alias
   * atomically. When the copy is incomplete (reindex `failures`, or fewer created + updated than `total`) it throws
   * ElasticMigrationError and leaves the alias on the old index.
   */
  async migrate(): Promise<MigrationResult> {
    await this.ensureReady();
    const alias = this.indices.jobs;
    const current = Object.keys(answerObject(alias, 'GET _alias', await this.client.indices.getAlias({ name: alias })));
    const target = createVersionedJobIndexName(alias, JOB_MAPPING_VERSION);
    await this.client.indices.create(buildCreateJobIndexRequest(target, this.jobIndexOptions()));
    // Writes made during the copy land in the old index; pause writers (or replay them) for a lossless switch.
    let copied: estypes.ReindexResponse;
    try {
      copied = await this.client.reindex(buildReindexRequest(alias, target));
    } catch (error) {
      await this.client.indices.delete({ index: target }, notFound()).catch(() => undefined);
      throw error;
    }
    // Counts of another type ('3' + 0 < 3 compared as text) or failures that are no list were read as a whole copy.
    const answer = answerObject(target, 'POST _reindex', copied);
    const counts = {
      total: answerCount(target, 'total', answer.total ?? 0),
      created: answerCount(target, 'created', answer.created ?? 0),
      updated: answerCount(target, 'updated', answer.updated ?? 0),
    };
    const failures = answerList(target, 'failures', answer.failures ?? []);
    if (failures.length > 0 || counts.created + counts.updated < counts.total || copied.timed_out === true) {
      await this.client.indices.delete({ index: target }, notFound()).catch(() => undefined);
      throw new ElasticMigrationError(current, target, counts, failures);
    }
    await this.client.indices.updateAliases(buildSwapAliasRequest(alias, current, target));
    return { from: current, to: target, reindexed: counts.total };
  }

  /** Deletes every index of this store (all versions behind the jobs alias too). */
  async deleteIndices(): Promise<void> {
    const aliases = await this.client.indices.getAlias({ name: this.indices.jobs }, notFound());
    const aliased = Object.keys(isAnswerObject(aliases) ? aliases : {}).filter((name) =>
      name.startsWith(this.indices.jobs),
    );
    const { jobs: _alias, ...side } = this.indices;
    await this.client.indices.delete(
      { index: [...aliased, ...Object.values(side)], ignore_unavailable: true },
      notFound(),
    );
    this.ready = undefined;
  }

  /**
   * Validates every job, then writes them in bulk. Items Elasticsearch refuses are returned in `failed` (never
   * dropped); a request refused for good part-way throws ElasticBulkRequestError (a core StoreWriteError) whose
   * `result` holds what was written and lists every item that was not.
   */
  async upsertJobs(inputs: readonly JobInput[]): Promise<ElasticUpsertResult> {
    // Validate everything before sending anything, so a bad item changes nothing; a list of the wrong kind was
    // "(reading 'map')" (round 18: core's Store checks, one wording with MemoryStore).
    checkStoreJobInputs(inputs);
    const jobs = inputs.map((input, index) =>
      parseWith(jobSchema, `Job at index ${index} (for ${this.indices.jobs})`, input),
    );
    await this.ensureReady();
    return this.bulk(
      this.indices.jobs,
      jobs.map((job) => ({ kind: 'index', id: job.id, document: toDocument(job) })),
    );
  }

  async getJob(id: string): Promise<Job | undefined> {
    checkStoreId('getJob', 'id', id);
    await this.ensureReady();
    const response = await this.client.get<Record<string, unknown>>(
      { index: this.indices.jobs, id, _source_excludes: ['vector'] },
      notFound(),
    );
    const source = response?.found === true ? response._source : undefined;
    return source ? stored(this.indices.jobs, id, 'job', () => fromDocument(source)) : undefined;
  }

  async deleteJob(id: string): Promise<boolean> {
    checkStoreId('deleteJob', 'id', id);
    await this.ensureReady();
    const response = await this.client.delete({ index: this.indices.jobs, id, refresh: this.refresh }, notFound());
    return response?.result === 'deleted';
  }

  /**
   * Jobs meeting the filter, newest first; `offset + limit` may reach 10,000, beyond that use {@link iterateJobs}. A
   * limit or offset that is no number ≥ 0 is a ValidationError naming it, before any request.
   */
  async listJobs(filter?: JobFilter, page: PageOptions = {}): Promise<Job[]> {
    const { limit, offset } = pageOf(page);
    // Read afresh on every call, and the copy sent (round 19): a filter object changed since an earlier call was read
    // as it had been (core's per-object cache).
    const wanted = checkStoreFilter('listJobs', 'filter', filter);
    await this.ensureReady();
    if (limit === Number.POSITIVE_INFINITY) {
      // No limit means every match: walk with search_after, which has no window.
      const jobs: Job[] = [];
      let skipped = 0;
      for await (const job of this.iterateJobs(wanted)) {
        if (skipped < offset) skipped++;
        else jobs.push(job);
      }
      return jobs;
    }
    if (limit === 0) return [];
    if (offset + limit > MAX_RESULT_WINDOW) throw new ElasticPagingError(offset, limit, MAX_RESULT_WINDOW);
    const response = await this.client.search<Record<string, unknown>>(
      buildListJobsRequest(this.indices.jobs, wanted, { size: limit, from: offset }),
    );
    return hitsOf(response, this.indices.jobs).map(hitToJob);
  }

  /**
   * Every job meeting the filter, newest first, fetched page by page with `search_after` (no depth limit); a walk past
   * twice the first page's total plus a page, which a count taken then does not explain, is an ElasticResponseError.
   * `pageSize`: a whole number from 1 to 10,000 (default 500).
   */
  async *iterateJobs(filter?: JobFilter, options: { pageSize?: number | undefined } = {}): AsyncGenerator<Job> {
    // Options of null were "(reading 'pageSize')" (round 18).
    checkRecordArgument('Store.iterateJobs', 'options', options, '{ pageSize? }');
    const wanted = checkStoreFilter('iterateJobs', 'filter', filter);
    await this.ensureReady();
    // NaN went as `size: null` (the cluster's 10) and 0 as no page: either ended the walk after its first page, every
    // other job left out without a word. search_after pages are capped by the index's max_result_window (10,000).
    const size =
      checkNumberSetting('IterateJobsOptions', 'pageSize', options.pageSize, { integer: true, min: 1, max: 10_000 }) ??
      500;
    let searchAfter: estypes.SortResults | undefined;
    // Each page's last sort values, so that an answer that sends a page again (the same page forever, or pages in a
    // cycle) ends in an error rather than a walk, and a listJobs(), that never ends.
    const pagesSeen = new Set<string>();
    // Pages that never end with new sort values each time: the walk is held to what the cluster said it holds. The
    // first page asks for the exact total; the walk may yield twice it plus a page (room for jobs written meanwhile);
    // past that the jobs are counted again, and a count that makes no more room ends the walk. A first page whose total
    // is no exact count ('3', -1, null, relation 'gte': not what was asked) is followed by one count, so that a cluster
    // cannot leave the walk unbounded by the way it writes its total.
    let firstTotal: number | undefined;
    let firstTotalFrom = "the first page's total was";
    let total: number | undefined;
    let yielded = 0;
    for (;;) {
      const request = buildListJobsRequest(this.indices.jobs, wanted, searchAfter ? { size, searchAfter } : { size });
      const response = await this.client.search<Record<string, unknown>>(
        searchAfter ? request : { ...request, track_total_hits: true },
      );
      const hits = hitsOf(response, this.indices.jobs);
      if (!searchAfter) firstTotal = total = exactTotal(response);
      const last = hits[hits.length - 1];
      const more = hits.length >= size && Boolean(last?.sort);
      if (more) {
        const key = JSON.stringify(last!.sort);
        if (pagesSeen.has(key))
          throw new ElasticResponseError(
            this.indices.jobs,
            `search_after paging went back to a page it had read (last sort values ${key.slice(0, 200)}); the answers do not move forward`,
          );
        pagesSeen.add(key);
      }
      if (!searchAfter && more && total === undefined) {
        firstTotal = total = await this.countJobs(wanted);
        firstTotalFrom = 'a count at the start said';
      }
      if (total !== undefined && yielded + hits.length > walkLimit(total, size)) {
        const recount = await this.countJobs(wanted);
        if (yielded + hits.length > walkLimit(recount, size))
          throw new ElasticResponseError(
            this.indices.jobs,
            `search_after paging passed ${yielded + hits.length} jobs, but ${firstTotalFrom} ${firstTotal} and a count now says ${recount}; the answers do not end`,
          );
        total = recount;
      }
      for (const hit of hits) yield hitToJob(hit);
      yielded += hits.length;
      if (!more) return;
      searchAfter = last!.sort;
    }
  }

  async countJobs(filter?: JobFilter): Promise<number> {
    const wanted = checkStoreFilter('countJobs', 'filter', filter);
    await this.ensureReady();
    const response = answerObject(
      this.indices.jobs,
      'a _count',
      await this.client.count(buildCountRequest(this.indices.jobs, wanted)),
    );
    return answerCount(this.indices.jobs, 'count', response.count);
  }

  /** The newest `crawledAt` among one source's jobs, by a max aggregation (no job is listed). */
  async latestCrawledAt(source: string): Promise<Date | undefined> {
    checkStoreId('latestCrawledAt', 'source', source);
    await this.ensureReady();
    const response = await this.client.search(buildLatestCrawledAtRequest(this.indices.jobs, source));
    const value = (response?.aggregations?.latestCrawledAt as estypes.AggregationsMaxAggregate | undefined)?.value;
    if (typeof value !== 'number') return undefined;
    const date = new Date(value);
    if (!Number.isFinite(date.getTime()))
      throw new ElasticResponseError(
        this.indices.jobs,
        `aggregations.latestCrawledAt.value in the answer is ${value}, no time (milliseconds since 1970)`,
      );
    return date;
  }

  /**
   * Lexical search (multi_match over title^3, skills^2, company, description and the job's city, region and country);
   * default limit 10 (Infinity: the 10,000 a search may return). Scores are Elasticsearch's BM25.
   */
  async searchJobs(
    query: string,
    options: { filter?: JobFilter | undefined; limit?: number | undefined } = {},
  ): Promise<ScoredJob[]> {
    // A query that is no string was "(reading 'trim')", options of null "(reading 'limit')" (round 18).
    const read = checkStoreSearch('searchJobs', query, options);
    const limit = searchLimitOf(read.limit as number | undefined);
    const filter = checkStoreFilter('searchJobs', 'options.filter', read.filter);
    await this.ensureReady();
    if (!query.trim() || limit === 0) return [];
    const response = await this.client.search<Record<string, unknown>>(
      buildLexicalSearchRequest(this.indices.jobs, query, { filter, limit }),
    );
    return hitsOf(response, this.indices.jobs).map((hit) => ({ job: hitToJob(hit), score: scoreOf(hit) }));
  }

  /** Stores one vector per job by partial update; the jobs must exist and the vectors must have `dimensions` entries. */
  async upsertJobVectors(entries: ReadonlyArray<{ id: string; vector: Float32Array }>): Promise<void> {
    const dimensions = this.settings.dimensions;
    if (dimensions === undefined)
      throw invalidSetting(
        'ElasticStoreSettings',
        'dimensions',
        'this ElasticStore has no vector field: create it with `dimensions`',
      );
    checkVectorEntries('Store.upsertJobVectors', entries, true);
    for (const entry of entries)
      if (entry.vector.length !== dimensions) throw new VectorDimensionError(dimensions, entry.vector.length, entry.id);
    if (!entries.length) return;
    await this.ensureReady();
    // Check every job exists first, as MemoryStore does, so nothing is written for a bad batch.
    const found = await this.client.mget({
      index: this.indices.jobs,
      ids: [...new Set(entries.map((entry) => entry.id))],
      _source: false,
    });
    const docs = answerList(this.indices.jobs, 'docs', answerObject(this.indices.jobs, 'an _mget', found).docs);
    const missing = docs.find((doc) => !isAnswerObject(doc) || doc.found !== true) as { _id?: unknown } | undefined;
    if (missing) {
      const index = entries.findIndex((entry) => entry.id === missing?._id);
      throw invalidArgument(
        'Store.upsertJobVectors',
        `entries.${index}.id`,
        `names unknown job ${String(missing?._id)}; upsert the job first`,
      );
    }
    if (docs.length < new Set(entries.map((entry) => entry.id)).size)
      throw new ElasticResponseError(this.indices.jobs, `the _mget answer holds ${docs.length} docs for more ids`);
    const result = await this.bulk(
      this.indices.jobs,
      entries.map((entry) => ({ kind: 'update', id: entry.id, partial: { vector: Array.from(entry.vector) } })),
    );
    if (result.failed.length) throw new ElasticBulkError(this.indices.jobs, result.failed);
  }

  /**
   * Nearest jobs by approximate kNN (HNSW); scores are cosine similarity. Without `dimensions` it returns nothing.
   * `limit` as in {@link searchJobs}.
   */
  async searchJobsByVector(
    vector: Float32Array,
    options: { filter?: JobFilter | undefined; limit?: number | undefined } = {},
  ): Promise<ScoredJob[]> {
    // A vector that is none was "(reading 'length')", options of null "(reading 'limit')" (round 18).
    checkStoreQueryVector('searchJobsByVector', vector);
    const read = checkStoreSearchOptions('searchJobsByVector', options);
    const limit = searchLimitOf(read.limit as number | undefined);
    const filter = checkStoreFilter('searchJobsByVector', 'options.filter', read.filter);
    const dimensions = this.settings.dimensions;
    if (dimensions === undefined || limit === 0) return [];
    if (vector.length !== dimensions) throw new VectorDimensionError(dimensions, vector.length);
    await this.ensureReady();
    const response = await this.client.search<Record<string, unknown>>(
      buildVectorSearchRequest(this.indices.jobs, vector, { filter, limit }),
    );
    const similarity = this.settings.similarity ?? 'cosine';
    return hitsOf(response, this.indices.jobs).map((hit) => ({
      job: hitToJob(hit),
      score: toSimilarity(scoreOf(hit), similarity),
    }));
  }

  /** Lexical and vector search fused by reciprocal rank fusion in the SDK (no Elasticsearch licence needed). */
  async searchJobsHybrid(text: string, vector: Float32Array, options: HybridSearchOptions = {}): Promise<ScoredJob[]> {
    // Checked before either search runs: each was a TypeError from inside one of them (round 18).
    const read = checkStoreSearch('searchJobsHybrid', text, options, HYBRID_SEARCH_KEYS) as HybridSearchOptions;
    checkStoreQueryVector('searchJobsHybrid', vector);
    const filter = checkStoreFilter('searchJobsHybrid', 'options.filter', read.filter);
    const limit = checkPageNumber('HybridSearchOptions', 'limit', read.limit) ?? 10;
    const candidates =
      checkPageNumber('HybridSearchOptions', 'candidates', read.candidates) ??
      Math.max(20, Math.min(limit * 2, MAX_RESULT_WINDOW));
    // Checked with the others: core's fusion refused NaN only after both searches had run, as its own `k`.
    const rrfK = checkNumberSetting('HybridSearchOptions', 'rrfK', read.rrfK, { min: 0 });
    const [lexical, semantic] = await Promise.all([
      this.searchJobs(text, { filter, limit: candidates }),
      this.searchJobsByVector(vector, { filter, limit: candidates }),
    ]);
    return fuseJobLists([lexical, semantic], { ...(rrfK === undefined ? {} : { rrfK }), limit });
  }

  /** Most listed skills among jobs meeting the filter, most common first (`size`: 1 to 65,536, default 20). */
  async popularSkills(
    options: { filter?: JobFilter | undefined; size?: number | undefined } = {},
  ): Promise<SkillCount[]> {
    // Options of null were "(reading 'size')" (round 18); the filter read afresh (round 19).
    const read = readRecordArgument(
      'Store.popularSkills',
      'options',
      options,
      'PopularSkillsOptions ({ filter?, size? })',
      {
        filter: true,
        size: true,
      },
    ) as typeof options;
    const wanted = { ...read, filter: checkStoreFilter('popularSkills', 'options.filter', read.filter) };
    // The cluster's terms size: NaN went as null (its 10); past search.max_buckets (65,536 by default) it refuses.
    checkNumberSetting('PopularSkillsOptions', 'size', wanted.size, { integer: true, min: 1, max: 65_536 });
    await this.ensureReady();
    const response = await this.client.search(buildPopularSkillsRequest(this.indices.jobs, wanted));
    const aggregate = response?.aggregations?.skills as estypes.AggregationsStringTermsAggregate | undefined;
    const buckets: unknown[] = Array.isArray(aggregate?.buckets) ? aggregate.buckets : [];
    return buckets.map((bucket, index) => {
      const field = `aggregations.skills.buckets[${index}]`;
      const { key, doc_count: count } = answerObject(this.indices.jobs, `a terms aggregation (${field})`, bucket);
      if (typeof key !== 'string' && typeof key !== 'number')
        throw new ElasticResponseError(this.indices.jobs, `${field}.key in the answer is ${typeof key}, no skill`);
      return { skill: String(key), count: answerCount(this.indices.jobs, `${field}.doc_count`, count) };
    });
  }

  async upsertResume(input: ResumeInput): Promise<Resume> {
    const resume = parseResume(input);
    await this.ensureReady();
    await this.client.index({
      index: this.indices.resumes,
      id: resume.id,
      document: toDocument(resume),
      refresh: this.refresh,
    });
    return resume;
  }

  async getResume(id: string): Promise<Resume | undefined> {
    checkStoreId('getResume', 'id', id);
    await this.ensureReady();
    const response = await this.client.get<Record<string, unknown>>({ index: this.indices.resumes, id }, notFound());
    const source = response?.found === true ? response._source : undefined;
    return source ? stored(this.indices.resumes, id, 'resume', () => parseResume(source)) : undefined;
  }

  async deleteResume(id: string): Promise<boolean> {
    checkStoreId('deleteResume', 'id', id);
    await this.ensureReady();
    return (
      (await this.client.delete({ index: this.indices.resumes, id, refresh: this.refresh }, notFound()))?.result ===
      'deleted'
    );
  }

  /** Resumes by id (MemoryStore lists them in insertion order); offset + limit up to 10,000. */
  async listResumes(page: PageOptions = {}): Promise<Resume[]> {
    const window = windowOf(page);
    await this.ensureReady();
    const response = await this.client.search<Record<string, unknown>>(
      buildTermsSearchRequest(this.indices.resumes, {}, [{ id: 'asc' }], window),
    );
    return hitsOf(response, this.indices.resumes).flatMap((hit) => {
      const source = hit._source;
      return source ? [stored(this.indices.resumes, hit._id ?? '', 'resume', () => parseResume(source))] : [];
    });
  }

  async addFeedback(input: FeedbackInput): Promise<Feedback> {
    checkStoreFeedbackInput(input);
    const feedback = parseFeedback({ ...input, id: input.id ?? randomUUID() });
    await this.ensureReady();
    // The feedback id is the document id, so a repeated id replaces, as in MemoryStore.
    await this.client.index({
      index: this.indices.feedback,
      id: feedback.id,
      document: toDocument(feedback),
      refresh: this.refresh,
    });
    return feedback;
  }

  /** Feedback oldest first (up to 10,000 items). */
  async listFeedback(query: { subjectId?: string | undefined; jobId?: string | undefined } = {}): Promise<Feedback[]> {
    const { subjectId, jobId } = checkStoreFeedbackQuery(query);
    await this.ensureReady();
    const request = buildTermsSearchRequest(this.indices.feedback, { subjectId, jobId }, [
      { timestamp: 'asc' },
      { id: 'asc' },
    ]);
    const response = await this.client.search<Record<string, unknown>>(request);
    return hitsOf(response, this.indices.feedback).flatMap((hit) => {
      const source = hit._source;
      return source ? [stored(this.indices.feedback, hit._id ?? '', 'feedback', () => parseFeedback(source))] : [];
    });
  }

  async addMatches(subjectId: string, matches: readonly MatchInput[]): Promise<void> {
    checkStoreMatches(subjectId, matches);
    const validated = matches.map((match, index) => parseWith(matchSchema, `Match at index ${index}`, match));
    if (!validated.length) return;
    await this.ensureReady();
    // Strictly increasing times keep two batches in the same millisecond in order (newest first on read).
    const time = Math.max(Date.now(), this.lastMatchTime + 1);
    this.lastMatchTime = time;
    const createdAt = new Date(time).toISOString();
    const actions: BulkAction[] = validated.map((match, position) => ({
      kind: 'index',
      id: `${subjectId}:${time}:${position}:${randomUUID()}`,
      document: { ...toDocument(match), subjectId, createdAt, position },
    }));
    const result = await this.bulk(this.indices.matches, actions);
    if (result.failed.length) throw new ElasticBulkError(this.indices.matches, result.failed);
  }

  /** A person's matches, newest first (offset + limit up to 10,000). */
  async listMatches(subjectId: string, page: PageOptions = {}): Promise<StoredMatch[]> {
    checkStoreId('listMatches', 'subjectId', subjectId);
    const window = windowOf(page);
    await this.ensureReady();
    const request = buildTermsSearchRequest(
      this.indices.matches,
      { subjectId },
      [{ createdAt: 'desc' }, { position: 'desc' }],
      window,
    );
    const response = await this.client.search<Record<string, unknown>>(request);
    return hitsOf(response, this.indices.matches).flatMap((hit) => {
      if (!hit._source) return [];
      const { subjectId: owner, createdAt, position: _position, ...match } = hit._source;
      const id = String(hit._id ?? '');
      const created = new Date(String(createdAt));
      // A createdAt that is no time was an Invalid Date handed on; a subjectId of another type, '[object Object]'.
      if (!Number.isFinite(created.getTime()) || typeof owner !== 'string')
        throw new ElasticResponseError(
          this.indices.matches,
          `match ${JSON.stringify(id.slice(0, 200))} has ${typeof owner !== 'string' ? `subjectId ${describeValue(owner)}` : `createdAt ${JSON.stringify(String(createdAt).slice(0, 100))}`}; was it written by another program?`,
        );
      return [
        {
          ...stored(this.indices.matches, id, 'match', () =>
            parseWith(matchSchema, `Match ${id} (from ${this.indices.matches})`, match),
          ),
          subjectId: owner,
          createdAt: created,
        },
      ];
    });
  }

  async getEmbeddings(keys: readonly string[]): Promise<Array<Float32Array | undefined>> {
    checkStoreEmbeddingKeys(keys);
    if (!keys.length) return [];
    await this.ensureReady();
    const response = await this.client.mget<{ vector?: string }>({ index: this.indices.embeddings, ids: [...keys] });
    const index = this.indices.embeddings;
    const byKey = new Map<string, Float32Array>();
    for (const doc of answerList(index, 'docs', answerObject(index, 'an _mget', response).docs)) {
      if (!isAnswerObject(doc) || doc.found !== true || typeof doc._id !== 'string') continue;
      const source = doc._source;
      if (isAnswerObject(source) && typeof source.vector === 'string')
        byKey.set(doc._id, decodeVector(index, doc._id, source.vector));
    }
    return keys.map((key) => byKey.get(key));
  }

  async putEmbeddings(entries: ReadonlyArray<{ key: string; vector: Float32Array }>): Promise<void> {
    checkVectorEntries('Store.putEmbeddings', entries, false);
    if (!entries.length) return;
    await this.ensureReady();
    const actions: BulkAction[] = entries.map((entry) => ({
      kind: 'index',
      id: entry.key,
      document: { key: entry.key, vector: encodeVector(entry.vector), dimensions: entry.vector.length },
    }));
    const result = await this.bulk(this.indices.embeddings, actions);
    if (result.failed.length) throw new ElasticBulkError(this.indices.embeddings, result.failed);
  }

  /** Makes every write so far visible to search (an index refresh). */
  async flush(): Promise<void> {
    await this.ensureReady();
    await this.client.indices.refresh({ index: Object.values(this.indices) });
  }

  /** Closes the client if this store created it. */
  async close(): Promise<void> {
    if (this.ownsClient) await this.client.close();
  }

  private ensureReady(): Promise<void> {
    if (this.settings.createIndices === false) return Promise.resolve();
    // A failed attempt is forgotten so the next call tries again.
    this.ready ??= this.ensureIndices().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  private bulk(index: string, actions: BulkAction[]): Promise<BulkWriteResult> {
    return writeBulk(this.client, actions, {
      index,
      refresh: this.refresh,
      chunkSize: this.settings.bulkChunkSize,
      concurrency: this.settings.bulkConcurrency,
      maxRetries: this.settings.maxRetries,
      retryBaseDelayMs: this.settings.retryBaseDelayMs,
    });
  }

  private jobIndexOptions(): JobIndexOptions {
    const { dimensions, similarity, hnsw } = this.settings;
    const options: JobIndexOptions = { ...this.indexSettings() };
    if (dimensions !== undefined) Object.assign(options, { dimensions, similarity, hnsw });
    return options;
  }

  private indexSettings(): { shards?: number | undefined; replicas?: number | undefined } {
    return { shards: this.settings.shards, replicas: this.settings.replicas };
  }
}

/**
 * Creates an ElasticStore. The client comes from `settings.client`, or is created from `settings.node` with
 * `@elastic/elasticsearch` loaded on demand (ElasticClientMissingError when it is not installed).
 */
export async function createElasticStore(settings: ElasticStoreSettings = {}): Promise<ElasticStore> {
  rejectUnknownKeys('ElasticStoreSettings', settings, ELASTIC_STORE_SETTING_NAMES);
  if (settings.client) return new ElasticStore(settings.client, settings);
  if (!settings.node && !settings.clientOptions)
    throw invalidSetting(
      'ElasticStoreSettings',
      'node',
      'createElasticStore needs `node` (e.g. http://localhost:9200) or `client`',
    );
  const elastic = await loadElasticClient();
  const client = new elastic.Client({
    // Node's http connection: the client's default (undici) one, refusing an answer by its content-length, leaves an
    // unhandled 'error' event that ends the process (@elastic/transport 8.11.0, found in round 8's leftovers). It also
    // bounds a compressed answer once inflated.
    Connection: boundedHttpConnection(elastic),
    ...responseLimitOptions(checkMaxResponseBytes(settings.maxResponseBytes) ?? DEFAULT_MAX_RESPONSE_BYTES),
    // The client's own (idle) timeout no shorter than the store's whole-call deadline, unless clientOptions sets one.
    requestTimeout: checkRequestTimeoutMs(settings.requestTimeoutMs) ?? DEFAULT_REQUEST_TIMEOUT_MS,
    ...settings.clientOptions,
    ...(settings.node ? { node: settings.node } : {}),
  });
  return new ElasticStore(client, settings, true);
}

const ELASTIC_CLIENT: string = '@elastic/elasticsearch';

/** Loads `@elastic/elasticsearch`, turning "not installed" into ElasticClientMissingError. */
export async function loadElasticClient(
  // The specifier in a variable: an app's bundler leaves this optional peer alone instead of failing the build.
  importer: () => Promise<typeof import('@elastic/elasticsearch')> = () =>
    import(ELASTIC_CLIENT) as Promise<typeof import('@elastic/elasticsearch')>,
): Promise<typeof import('@elastic/elasticsearch')> {
  try {
    return await importer();
  } catch (error) {
    const code = (error as { code?: string } | undefined)?.code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND')
      throw new ElasticClientMissingError({ cause: error });
    throw error;
  }
}

/** A value as Elasticsearch stores it: plain JSON, dates as ISO strings, undefined fields left out. */
export function toDocument(value: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

/**
 * The hits of a search answer, or an {@link ElasticResponseError} naming the index when the answer holds no
 * `hits.hits` list (a proxy's empty 200, another service on the port): it was a TypeError ("reading 'hits'").
 */
function hitsOf<Hit>(response: { hits?: { hits?: Hit[] | null } | null } | null | undefined, index: string): Hit[] {
  const hits = response?.hits?.hits;
  if (!Array.isArray(hits))
    throw new ElasticResponseError(
      index,
      'the answer to a search holds no hits.hits list; is the node an Elasticsearch 8 or 9 cluster?',
    );
  // A hit that is no object (null, a number) was a TypeError reading its _source.
  const bad = hits.findIndex((hit) => !isAnswerObject(hit));
  if (bad >= 0)
    throw new ElasticResponseError(index, `hits.hits[${bad}] in the answer is ${describeValue(hits[bad])}, no hit`);
  return hits;
}

/**
 * What `read` makes of a stored document, or an {@link ElasticResponseError} naming the index and document when the
 * parser refuses it (a document written by another program): it was the parser's ValidationError (`Invalid Job:
 * fetchedAt: unknown key`), which named neither, as if the caller's input were wrong.
 */
function stored<Value>(index: string, id: string, what: string, read: () => Value): Value {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ElasticResponseError(
      index,
      `document ${JSON.stringify(id)} is no valid ${what} (${error.message}); was it written by another program?`,
      { cause: error },
    );
  }
}

/** A job back from `_source`: validated with parseJob, so dates are Dates again; a stray `vector` is dropped. */
export function fromDocument(source: Record<string, unknown>): Job {
  const { vector: _vector, ...job } = source;
  return parseJob(job);
}

/** Cosine (or dot product) similarity from a kNN `_score`, which Elasticsearch reports as (1 + similarity) / 2. */
export function toSimilarity(score: number, similarity: 'cosine' | 'dot_product' | 'l2_norm'): number {
  return similarity === 'l2_norm' ? score : 2 * score - 1;
}

function hitToJob(hit: estypes.SearchHit<Record<string, unknown>>): Job {
  if (!hit._source)
    throw new ElasticResponseError(
      hit._index ?? 'the job index',
      `search hit ${hit._id ?? ''} has no _source; is _source disabled on the job index?`,
    );
  const source = hit._source;
  return stored(hit._index ?? 'the job index', hit._id ?? '', 'job', () => fromDocument(source));
}

// A hit's _score: a finite number, 0 when absent (a sorted search); another type ('0.5', an object) or NaN was handed on.
function scoreOf(hit: estypes.SearchHit<Record<string, unknown>>): number {
  const score: unknown = hit._score;
  if (score === undefined || score === null) return 0;
  if (typeof score !== 'number' || !Number.isFinite(score))
    throw new ElasticResponseError(
      hit._index ?? 'the job index',
      `search hit ${String(hit._id ?? '')} has _score ${describeValue(score)}, no finite number`,
    );
  return score;
}

/**
 * A page's limit and offset, checked before any request as MemoryStore does (core's checkPageNumber): a number ≥ 0,
 * its whole part; NaN, a negative number or a non-number is a ValidationError naming it (NaN went to the cluster as
 * `size: null`, -1 as a `from` it refused with a 400). A limit left out or Infinity: every item.
 */
function pageOf(page: PageOptions): { limit: number; offset: number } {
  // Page options of null were "(reading 'limit')" (round 18; MemoryStore's wording).
  const { limit, offset } = checkStorePage(page);
  return {
    limit: checkPageNumber('PageOptions', 'limit', limit) ?? Number.POSITIVE_INFINITY,
    offset: checkPageNumber('PageOptions', 'offset', offset) ?? 0,
  };
}

/** A search's limit, checked (see {@link pageOf}): 10 when left out; Infinity asks for the 10,000 a search may return. */
function searchLimitOf(limit: number | undefined): number {
  const checked = checkPageNumber('SearchOptions', 'limit', limit) ?? 10;
  return checked === Number.POSITIVE_INFINITY ? MAX_RESULT_WINDOW : checked;
}

function windowOf(page: PageOptions): { from: number; size: number } {
  const { limit, offset: from } = pageOf(page);
  const size = limit === Number.POSITIVE_INFINITY ? Math.max(0, MAX_RESULT_WINDOW - from) : limit;
  if (from + size > MAX_RESULT_WINDOW) throw new ElasticPagingError(from, size, MAX_RESULT_WINDOW);
  return { from, size };
}

function encodeVector(vector: Float32Array): string {
  return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).toString('base64');
}

// A stored vector of a length that is no whole number of 32-bit floats was a RangeError from Float32Array; one holding
// NaN or Infinity was handed on.
function decodeVector(index: string, key: string, encoded: string): Float32Array {
  const bytes = Buffer.from(encoded, 'base64');
  const vector =
    bytes.byteLength % 4 === 0
      ? new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
      : undefined;
  if (vector === undefined || !vector.every(Number.isFinite))
    throw new ElasticResponseError(
      index,
      `the vector of ${JSON.stringify(key.slice(0, 200))} is no list of finite 32-bit floats (${bytes.byteLength} bytes); was it written by another program?`,
    );
  return vector;
}

/**
 * A search answer's exact `hits.total` (an object of `value` and `relation: 'eq'`, or a bare number), or undefined when
 * the answer gives none or only a lower bound (`relation: 'gte'`).
 */
function exactTotal(response: unknown): number | undefined {
  const total: unknown = (response as { hits?: { total?: unknown } } | null | undefined)?.hits?.total;
  const value = isAnswerObject(total) ? (total.relation === 'eq' ? total.value : undefined) : total;
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** The most jobs a search_after walk may yield for a total: twice it and a page (jobs written during the walk). */
function walkLimit(total: number, pageSize: number): number {
  return 2 * total + pageSize;
}
