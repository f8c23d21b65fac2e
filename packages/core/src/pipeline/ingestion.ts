import { invalidSetting, StoreWriteError, type UpsertFailure } from '../errors/index.js';
import { checkNumberSetting, checkPageNumber } from '../errors/number-setting.js';
import { checkSignalOption } from '../errors/signal-option.js';
import type { Crawler, Store } from '../interfaces/index.js';
import { jobSchema, parseWith, type Job, type JobInput } from '../schemas/index.js';
import { rejectUnknownKeys } from '../schemas/strict.js';
import { mergeCrawls, type CrawlAllProgressEvent, type CrawlBlacklist, type SourcedJob } from './crawl-all.js';
import { jobFingerprint } from './dedupe.js';

/** What ingesting jobs did. */
export interface IngestSummary {
  received: number;
  inserted: number;
  updated: number;
  /**
   * Same posting as one already stored or seen in this run under another id, or a job whose id was already written
   * in this run (a file that lists a record twice, pages that overlap).
   */
  duplicates: number;
  /**
   * Records that failed validation, with the reason: the first {@link MAX_KEPT_INGEST_PROBLEMS} − 1 and the latest
   * (`invalidCount` counts them all).
   */
  invalid: Array<{ index: number; error: Error }>;
  /** How many records failed validation in all. */
  invalidCount: number;
  /**
   * Valid jobs the store refused (per item, or because a write stopped part-way), with the reason: the first
   * {@link MAX_KEPT_INGEST_PROBLEMS} − 1 and the latest (`failedCount` counts them all). Their fingerprints are not
   * recorded, so a copy of the same posting from another source is still stored.
   */
  failed: Array<{ jobId: string; source: string; reason: string }>;
  /** How many valid jobs the store refused in all. */
  failedCount: number;
  /** Ids of the jobs written (inserted or updated) in this run, in order: what `watch` ranks for each person. */
  storedIds: string[];
}

/** Counts for one source of a crawl into the store. */
export interface SourceIngestStats {
  /** Jobs the source yielded. */
  items: number;
  /** Pages the source reported fetching. */
  pages: number;
  /** Records it reported as bad, plus one when the source itself failed. */
  errors: number;
  /** Jobs dropped by the company or keyword blacklist. */
  blacklisted: number;
  /** Jobs that failed validation. */
  invalid: number;
  /** Same posting as one already stored or met in this run under another id. */
  duplicates: number;
  inserted: number;
  updated: number;
  /** Jobs the store refused. */
  failed: number;
  /** Why the source stopped early, when it failed. */
  failure?: Error | undefined;
}

/**
 * Most crawler errors a {@link CrawlSummary} keeps: the first ones, with the last place always holding the latest
 * (a source's own failure comes last); `errorCount` counts them all. Every error was kept: a JSON Lines file of
 * 3,000,000 lines of `{}` held 4.2 GB of them by the end of `rolefit crawl file`.
 */
export const MAX_KEPT_CRAWL_ERRORS = 1_000;

/**
 * Most invalid records and most refused jobs an {@link IngestSummary} keeps (each): the first ones, with the last
 * place always holding the latest; `invalidCount` and `failedCount` count them all. Every one was kept: 300,000
 * invalid records handed to `ingest` held 300,000 errors, stack traces included, until the summary was dropped.
 */
export const MAX_KEPT_INGEST_PROBLEMS = 1_000;

/** Adds `entry` to a list that keeps at most `kept` entries: the first `kept − 1` and, in the last place, the latest. */
function keepBounded<Entry>(list: Entry[], entry: Entry, kept: number): void {
  if (list.length < kept) list.push(entry);
  else list[kept - 1] = entry;
}

/** What a crawl did, in total and per source (keyed by crawler name). */
export interface CrawlSummary extends IngestSummary {
  perSource: Record<string, SourceIngestStats>;
  /** The errors the crawlers reported: the first {@link MAX_KEPT_CRAWL_ERRORS} − 1 and the latest. */
  errors: Array<{ source: string; error: Error }>;
  /** How many errors the crawlers reported in all. */
  errorCount: number;
}

/** Progress of a crawl into the store: every crawler event, blacklist and duplicate events, and each source's end. */
export type IngestProgressEvent = Exclude<CrawlAllProgressEvent, { type: 'summary' }>;

/** What to crawl: every crawler of the pipeline unless `crawlers` names others. */
export interface PipelineCrawlOptions {
  /** Crawlers to run instead of the pipeline's own (the refresh scheduler passes the stale ones). */
  crawlers?: readonly Crawler[] | undefined;
  /** Stops every crawler; the crawl then rejects with the signal's reason (what was stored stays stored). */
  signal?: AbortSignal | undefined;
  /** Passed to every crawler: only jobs posted at or after this moment. */
  since?: Date | undefined;
  /** Passed to every crawler as its `limit`: a number ≥ 0, or Infinity. */
  limitPerSource?: number | undefined;
  /** Leaves these companies and keywords out (added to the pipeline's own blacklist). */
  blacklist?: CrawlBlacklist | undefined;
  /** Crawlers run at once: a whole number ≥ 1 (default 4). */
  concurrency?: number | undefined;
  /** Stamped on every job as `crawledAt`; default: the job's own, else when this crawl started. */
  crawledAt?: Date | undefined;
  onProgress?: ((event: IngestProgressEvent) => void) | undefined;
}

/** Settings for {@link createIngestion}. */
export interface IngestionSettings {
  store: Store;
  crawlers?: readonly Crawler[] | undefined;
  /** Jobs are stored in batches of this size (default 200). */
  batchSize?: number | undefined;
  blacklist?: CrawlBlacklist | undefined;
}

const INGESTION_SETTING_NAMES = {
  store: true,
  crawlers: true,
  batchSize: true,
  blacklist: true,
} satisfies Record<keyof IngestionSettings, true>;

/** The one ingestion path: crawl → validate → dedupe (in the run and against the store) → store. */
export interface Ingestion {
  /** Runs the crawlers in parallel and ingests what they yield. */
  crawl(options?: PipelineCrawlOptions): Promise<CrawlSummary>;
  /** Validates, dedupes and stores jobs from any source. */
  ingest(jobs: Iterable<JobInput> | AsyncIterable<JobInput>): Promise<IngestSummary>;
}

const emptyIngestSummary = (): IngestSummary => ({
  received: 0,
  inserted: 0,
  updated: 0,
  duplicates: 0,
  invalid: [],
  invalidCount: 0,
  failed: [],
  failedCount: 0,
  storedIds: [],
});
const emptySourceStats = (): SourceIngestStats => ({
  items: 0,
  pages: 0,
  errors: 0,
  blacklisted: 0,
  invalid: 0,
  duplicates: 0,
  inserted: 0,
  updated: 0,
  failed: 0,
});

function mergeBlacklists(...lists: Array<CrawlBlacklist | undefined>): CrawlBlacklist {
  return {
    companies: lists.flatMap((list) => list?.companies ?? []),
    keywords: lists.flatMap((list) => list?.keywords ?? []),
  };
}

/** A job on its way to the store, with the row of counts (crawler name or job source) it belongs to. */
interface Pending extends SourcedJob {
  job: Job & { fingerprint: string };
}

/** What one ingestion run has met: each fingerprint's kept id, and the ids written (or being written). */
interface RunState {
  seen: Map<string, string>;
  written: Set<string>;
}

function newRunState(): RunState {
  return { seen: new Map(), written: new Set() };
}

/** Creates the ingestion path the pipeline (and the refresh scheduler, and watch) store crawled jobs through. */
export function createIngestion(settings: IngestionSettings): Ingestion {
  rejectUnknownKeys('IngestionSettings', settings, INGESTION_SETTING_NAMES, { required: true });
  const { store } = settings;
  // Checked here, as createPipeline does: a missing store was a TypeError at the first ingest ("reading 'flush'").
  if (typeof (store as Partial<Store> | undefined)?.upsertJobs !== 'function')
    throw invalidSetting('IngestionSettings', 'store', 'must be a Store (such as createMemoryStore())');
  const batchSize =
    checkNumberSetting('IngestionSettings', 'batchSize', settings.batchSize, { integer: true, min: 1 }) ?? 200;

  /** Stores one batch; `seen` maps fingerprints met in this run to the id kept, `written` holds the ids written. */
  async function storeBatch(
    batch: Pending[],
    { seen, written }: RunState,
    summary: IngestSummary,
    perSource?: Record<string, SourceIngestStats>,
    onProgress?: (event: IngestProgressEvent) => void,
  ): Promise<void> {
    const row = (source: string) => (perSource ? (perSource[source] ??= emptySourceStats()) : undefined);
    let fresh: Pending[] = [];
    // Copies dropped in favour of a job of this batch, by fingerprint: if that job is refused, the next copy is tried.
    const droppedFor = new Map<string, Pending[]>();
    const unknown = batch.filter((item) => !seen.has(item.job.fingerprint));
    const stored = unknown.length
      ? await store.listJobs({ fingerprints: [...new Set(unknown.map((item) => item.job.fingerprint))] })
      : [];
    const alreadyStored = new Set<string>();
    for (const job of stored) {
      if (!job.fingerprint) continue;
      alreadyStored.add(job.fingerprint);
      if (!seen.has(job.fingerprint)) seen.set(job.fingerprint, job.id);
    }
    for (const item of batch) {
      const keptId = written.has(item.job.id) ? item.job.id : seen.get(item.job.fingerprint);
      if (keptId !== undefined && (keptId !== item.job.id || written.has(item.job.id))) {
        summary.duplicates += 1;
        const counts = row(item.source);
        if (counts) counts.duplicates += 1;
        onProgress?.({ type: 'duplicate', source: item.source, id: item.job.id, keptId });
        const copies = droppedFor.get(item.job.fingerprint) ?? [];
        copies.push(item);
        droppedFor.set(item.job.fingerprint, copies);
        continue;
      }
      seen.set(item.job.fingerprint, item.job.id);
      written.add(item.job.id);
      fresh.push(item);
    }
    while (fresh.length) {
      const retry: Pending[] = [];
      // One write per source, so that each source's inserts and updates are known.
      for (const source of new Set(fresh.map((item) => item.source))) {
        const group = fresh.filter((item) => item.source === source);
        let result: { inserted: number; updated: number; failed?: UpsertFailure[] };
        try {
          result = await store.upsertJobs(group.map((item) => item.job));
        } catch (error) {
          // A write that stopped part-way says what it wrote and what it did not: report both and go on.
          if (!(error instanceof StoreWriteError)) throw error;
          result = error.result;
        }
        summary.inserted += result.inserted;
        summary.updated += result.updated;
        const counts = row(source);
        if (counts) {
          counts.inserted += result.inserted;
          counts.updated += result.updated;
          counts.failed += result.failed?.length ?? 0;
        }
        const refused = new Set((result.failed ?? []).map((failure) => failure.id));
        for (const item of group) if (!refused.has(item.job.id)) summary.storedIds.push(item.job.id);
        const byId = new Map(group.map((item) => [item.job.id, item]));
        for (const failure of result.failed ?? []) {
          const item = byId.get(failure.id);
          summary.failedCount += 1;
          keepBounded(
            summary.failed,
            {
              jobId: failure.id,
              source: item?.source ?? source,
              reason: failure.reason || failure.type || 'refused by the store',
            },
            MAX_KEPT_INGEST_PROBLEMS,
          );
          if (!item) continue;
          written.delete(item.job.id);
          const fingerprint = item.job.fingerprint;
          // Not stored: forget its fingerprint unless another stored job already carries it.
          if (seen.get(fingerprint) !== item.job.id || alreadyStored.has(fingerprint)) continue;
          const next = droppedFor.get(fingerprint)?.shift();
          if (next) {
            summary.duplicates -= 1;
            const nextCounts = row(next.source);
            if (nextCounts) nextCounts.duplicates -= 1;
            seen.set(fingerprint, next.job.id);
            written.add(next.job.id);
            retry.push(next);
          } else seen.delete(fingerprint);
        }
      }
      fresh = retry;
    }
  }

  /** Validates and stores `items` in batches; `source` names the row of counts of an item. */
  async function ingestInto(
    items: Iterable<{ source?: string; job: JobInput }> | AsyncIterable<{ source?: string; job: JobInput }>,
    summary: IngestSummary,
    run: RunState,
    extra: {
      perSource?: Record<string, SourceIngestStats>;
      crawledAt?: (job: Job) => Date | undefined;
      onProgress?: (event: IngestProgressEvent) => void;
    } = {},
  ): Promise<void> {
    let batch: Pending[] = [];
    for await (const item of items) {
      const index = summary.received;
      summary.received += 1;
      let source = item.source;
      try {
        const job = parseWith(jobSchema, `Job at index ${index}`, item.job);
        source ??= job.source;
        const crawledAt = extra.crawledAt?.(job) ?? job.crawledAt;
        batch.push({
          source,
          job: { ...job, ...(crawledAt && { crawledAt }), fingerprint: job.fingerprint ?? jobFingerprint(job) },
        });
      } catch (error) {
        summary.invalidCount += 1;
        keepBounded(summary.invalid, { index, error: error as Error }, MAX_KEPT_INGEST_PROBLEMS);
        const name =
          source ??
          (typeof (item.job as { source?: unknown }).source === 'string'
            ? (item.job as { source: string }).source
            : undefined);
        if (name && extra.perSource) (extra.perSource[name] ??= emptySourceStats()).invalid += 1;
        continue;
      }
      if (batch.length >= batchSize) {
        await storeBatch(batch, run, summary, extra.perSource, extra.onProgress);
        batch = [];
      }
    }
    if (batch.length) await storeBatch(batch, run, summary, extra.perSource, extra.onProgress);
  }

  async function* wrap(jobs: Iterable<JobInput> | AsyncIterable<JobInput>): AsyncGenerator<{ job: JobInput }> {
    for await (const job of jobs) yield { job };
  }

  return {
    async ingest(jobs) {
      const summary = emptyIngestSummary();
      await ingestInto(wrap(jobs), summary, newRunState());
      await store.flush();
      return summary;
    },

    async crawl(options = {}) {
      checkNumberSetting('PipelineCrawlOptions', 'concurrency', options.concurrency, { integer: true, min: 1 });
      checkPageNumber('PipelineCrawlOptions', 'limitPerSource', options.limitPerSource);
      checkSignalOption('PipelineCrawlOptions', options.signal);
      const crawlers = options.crawlers ?? settings.crawlers ?? [];
      const startedAt = new Date();
      const summary: CrawlSummary = { ...emptyIngestSummary(), perSource: {}, errors: [], errorCount: 0 };
      for (const crawler of crawlers) summary.perSource[crawler.name] ??= emptySourceStats();
      const merged = mergeCrawls({
        crawlers,
        signal: options.signal,
        since: options.since,
        limitPerSource: options.limitPerSource,
        concurrency: options.concurrency,
        blacklist: mergeBlacklists(settings.blacklist, options.blacklist),
        // Copies of one posting are resolved against the store, where a refused copy makes way for the next.
        dedupe: false,
        onProgress(event) {
          if (event.type === 'summary') return;
          if (event.type === 'error') {
            summary.errorCount += 1;
            keepBounded(summary.errors, { source: event.source, error: event.error }, MAX_KEPT_CRAWL_ERRORS);
          }
          if (event.type === 'source-done') {
            const row = (summary.perSource[event.source] ??= emptySourceStats());
            Object.assign(row, {
              items: event.stats.items,
              pages: event.stats.pages,
              errors: event.stats.errors,
              blacklisted: event.stats.blacklisted,
            });
            if (event.stats.failure) row.failure = event.stats.failure;
          }
          options.onProgress?.(event);
        },
      });
      try {
        await ingestInto(merged, summary, newRunState(), {
          perSource: summary.perSource,
          crawledAt: (job) => options.crawledAt ?? job.crawledAt ?? startedAt,
          onProgress: options.onProgress,
        });
      } finally {
        // What was stored before a stop stays stored, and durable.
        await store.flush();
      }
      // Sources that never reached 'source-done' (none, unless stopped) still get their crawl counts.
      for (const [source, stats] of Object.entries(merged.stats.perSource)) {
        const row = (summary.perSource[source] ??= emptySourceStats());
        Object.assign(row, {
          items: stats.items,
          pages: stats.pages,
          errors: stats.errors,
          blacklisted: stats.blacklisted,
        });
        if (stats.failure) row.failure = stats.failure;
      }
      return summary;
    },
  };
}
