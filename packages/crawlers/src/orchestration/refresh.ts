import { jobFingerprint, StoreWriteError, rejectUnknownKeys, type Crawler, type Job, type Store, type UpsertResult } from '@rolefit/core';
import { crawlAll, type CrawlAllOptions, type SourceCrawlStats } from './crawl-all.js';

/** Settings for {@link createRefreshScheduler}. */
export interface RefreshSchedulerSettings {
  store: Store;
  crawlers: readonly Crawler<Job>[];
  /** A source whose newest stored job was crawled longer ago than this is re-crawled (default 24 h). */
  ttlMs?: number;
  /** The clock (default `new Date()`); tests pass a fixed one. */
  now?: () => Date;
  /** Passed to {@link crawlAll}: blacklist, per-source limit, concurrency, progress. */
  crawl?: Pick<CrawlAllOptions, 'blacklist' | 'limitPerSource' | 'concurrency' | 'onProgress' | 'signal'>;
  /** Called when a scheduled refresh fails (default: ignored, the next tick tries again). */
  onError?: (error: unknown) => void;
}

/** What one refresh did for one source. */
export interface SourceRefresh {
  source: string;
  /** `never-crawled`: no stored jobs; `stale`: the newest is older than the TTL. */
  reason: 'never-crawled' | 'stale';
  /** The newest `crawledAt` among the source's stored jobs before the refresh. */
  lastCrawledAt?: Date;
  stats: SourceCrawlStats;
  inserted: number;
  updated: number;
  /** Jobs left out because the store already holds the same posting under another id. */
  storedDuplicates: number;
  /** Jobs the store refused (per item, or because a write stopped part-way), with the reason: not stored, never dropped silently. */
  failed: Array<{ jobId: string; reason: string }>;
}

/** What {@link RefreshScheduler.refreshStale} did. */
export interface RefreshResult {
  at: Date;
  refreshed: SourceRefresh[];
  /** Sources still fresh, with the newest `crawledAt` of their stored jobs. */
  skipped: Array<{ source: string; lastCrawledAt: Date }>;
}

/** Re-crawls sources whose stored jobs have gone stale. */
export interface RefreshScheduler {
  /** Crawls every stale or never-crawled source once and stores the jobs; concurrent calls share one run. */
  refreshStale(): Promise<RefreshResult>;
  /** Calls `refreshStale` every `intervalMs`, on a timer that never keeps the process alive. */
  start(intervalMs: number): void;
  /** Stops the timer; a refresh in progress finishes. */
  stop(): void;
}

const DAY_MS = 24 * 60 * 60 * 1000;

async function newestCrawledAt(store: Store, source: string): Promise<Date | undefined> {
  let newest: Date | undefined;
  for (const job of await store.listJobs({ sources: [source] })) {
    if (job.crawledAt && (!newest || job.crawledAt > newest)) newest = job.crawledAt;
  }
  return newest;
}

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const REFRESH_SCHEDULER_SETTINGS_NAMES = { store: true, crawlers: true, ttlMs: true, now: true, crawl: true, onError: true } satisfies Record<keyof RefreshSchedulerSettings, true>;

/** Creates a scheduler that keeps each source's stored jobs younger than `ttlMs` by re-crawling it. */
export function createRefreshScheduler(settings: RefreshSchedulerSettings): RefreshScheduler {
  rejectUnknownKeys('RefreshSchedulerSettings', settings, REFRESH_SCHEDULER_SETTINGS_NAMES);
  const { store, crawlers } = settings;
  const ttlMs = settings.ttlMs ?? DAY_MS;
  const now = settings.now ?? (() => new Date());
  let inFlight: Promise<RefreshResult> | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;

  async function refresh(): Promise<RefreshResult> {
    const at = now();
    const result: RefreshResult = { at, refreshed: [], skipped: [] };
    const due: Crawler<Job>[] = [];
    const last = new Map<string, Date | undefined>();
    for (const name of new Set(crawlers.map((crawler) => crawler.name))) {
      const newest = await newestCrawledAt(store, name);
      last.set(name, newest);
      if (newest && at.getTime() - newest.getTime() < ttlMs) result.skipped.push({ source: name, lastCrawledAt: newest });
    }
    for (const crawler of crawlers) {
      const newest = last.get(crawler.name);
      if (!newest || at.getTime() - newest.getTime() >= ttlMs) due.push(crawler);
    }
    if (!due.length) return result;
    type Counts = Pick<SourceRefresh, 'inserted' | 'updated' | 'storedDuplicates' | 'failed'>;
    const emptyCounts = (): Counts => ({ inserted: 0, updated: 0, storedDuplicates: 0, failed: [] });
    const counts = new Map<string, Counts>();
    const run = crawlAll({ ...settings.crawl, crawlers: due });
    let batch: Job[] = [];
    const flush = async () => {
      const jobs = batch;
      batch = [];
      // Postings stored earlier under another id (from a source not refreshed now) stay as they are, as in the pipeline.
      const stored = await store.listJobs({ fingerprints: [...new Set(jobs.map((job) => job.fingerprint!))] });
      const owners = new Map<string, Set<string>>();
      for (const job of stored) owners.set(job.fingerprint!, (owners.get(job.fingerprint!) ?? new Set()).add(job.id));
      const fresh = jobs.filter((job) => {
        const ids = owners.get(job.fingerprint!);
        if (ids === undefined || ids.has(job.id)) return true;
        const row = counts.get(job.source) ?? emptyCounts();
        row.storedDuplicates += 1;
        counts.set(job.source, row);
        return false;
      });
      for (const source of new Set(fresh.map((job) => job.source))) {
        let result: UpsertResult;
        try {
          result = await store.upsertJobs(fresh.filter((job) => job.source === source));
        } catch (error) {
          // A write that stopped part-way says what it wrote and what it did not.
          if (!(error instanceof StoreWriteError)) throw error;
          result = error.result;
        }
        const row = counts.get(source) ?? emptyCounts();
        row.inserted += result.inserted;
        row.updated += result.updated;
        for (const failure of result.failed ?? []) row.failed.push({ jobId: failure.id, reason: failure.reason || failure.type || 'refused by the store' });
        counts.set(source, row);
      }
    };
    for await (const job of run) {
      // The refresh time, not each crawler's own clock, is what the next staleness check compares against.
      batch.push({ ...job, crawledAt: at, fingerprint: job.fingerprint ?? jobFingerprint(job) });
      if (batch.length >= 200) await flush();
    }
    if (batch.length) await flush();
    await store.flush();
    const summary = await run.summary;
    for (const [source, stats] of Object.entries(summary.perSource)) {
      const newest = last.get(source);
      result.refreshed.push({
        source,
        reason: newest ? 'stale' : 'never-crawled',
        ...(newest && { lastCrawledAt: newest }),
        stats,
        ...(counts.get(source) ?? emptyCounts()),
      });
    }
    return result;
  }

  const scheduler: RefreshScheduler = {
    refreshStale() {
      inFlight ??= refresh().finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
    start(intervalMs) {
      if (timer) clearInterval(timer);
      timer = setInterval(() => {
        scheduler.refreshStale().catch((error: unknown) => settings.onError?.(error));
      }, intervalMs);
      timer.unref(); // a scheduler alone must never keep the process running
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
  return scheduler;
}
