import {
  createIngestion,
  invalidSetting,
  rejectUnknownKeys,
  type Crawler,
  type CrawlSummary,
  type Job,
  type Pipeline,
  type PipelineCrawlOptions,
  type SourceIngestStats,
  type Store,
} from '@rolefit/core';
import { checkNumberSetting } from '@rolefit/core/internal';

/** Settings for {@link createRefreshScheduler}. */
export interface RefreshSchedulerSettings {
  /**
   * Asked when each source was last crawled (`Store.latestCrawledAt` of the crawler's name), and stored into unless
   * `pipeline` is given. A crawler whose jobs carry other sources than its name (a file of JobSpy's, whose jobs carry
   * their board) was last crawled when this scheduler last stored a job of it.
   */
  store: Store;
  crawlers: readonly Crawler<Job>[];
  /**
   * The pipeline whose crawl stores the jobs (its blacklist, batch size and dedupe apply); it must write to `store`.
   * Default: core's ingestion path over `store` (`createIngestion`), the same code `pipeline.crawl` runs.
   */
  pipeline?: Pick<Pipeline, 'crawl'> | undefined;
  /** A source whose newest stored job was crawled longer ago than this is re-crawled (default 24 h). */
  ttlMs?: number | undefined;
  /** The clock (default `new Date()`); tests pass a fixed one. */
  now?: (() => Date) | undefined;
  /** Passed to the pipeline's crawl: blacklist, per-source limit, concurrency, progress, signal. */
  crawl?:
    | Pick<PipelineCrawlOptions, 'blacklist' | 'limitPerSource' | 'concurrency' | 'onProgress' | 'signal'>
    | undefined;
  /** Called when a scheduled refresh fails (default: ignored, the next tick tries again). */
  onError?: ((error: unknown) => void) | undefined;
}

/** What one refresh did for one source. */
export interface SourceRefresh {
  source: string;
  /**
   * `never-crawled`: no stored job of the source with a `crawledAt`, nor one this scheduler stored; `stale`: the newest
   * is older than the TTL.
   */
  reason: 'never-crawled' | 'stale';
  /** The newest `crawledAt` among the source's stored jobs before the refresh, or when this scheduler last stored one. */
  lastCrawledAt?: Date | undefined;
  /** The pipeline's counts for the source: items, pages, errors, blacklisted, invalid, duplicates, inserted, updated, failed. */
  stats: SourceIngestStats;
  inserted: number;
  updated: number;
  /** Jobs left out because the store already holds (or this crawl met) the same posting under another id. */
  duplicates: number;
  /** Jobs the store refused (per item, or because a write stopped part-way), with the reason: not stored, never dropped silently. */
  failed: Array<{ jobId: string; reason: string }>;
}

/** What {@link RefreshScheduler.refreshStale} did. */
export interface RefreshResult {
  at: Date;
  refreshed: SourceRefresh[];
  /** Sources still fresh, with the newest `crawledAt` of their stored jobs. */
  skipped: Array<{ source: string; lastCrawledAt: Date }>;
  /** The pipeline's summary of the crawl, when one ran. */
  crawl?: CrawlSummary | undefined;
}

/** Re-crawls sources whose stored jobs have gone stale. */
export interface RefreshScheduler {
  /** Crawls every stale or never-crawled source once through the pipeline; concurrent calls share one run. */
  refreshStale(): Promise<RefreshResult>;
  /** Calls `refreshStale` every `intervalMs`, on a timer that never keeps the process alive. */
  start(intervalMs: number): void;
  /** Stops the timer; a refresh in progress finishes. */
  stop(): void;
}

const DAY_MS = 24 * 60 * 60 * 1000;

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const REFRESH_SCHEDULER_SETTINGS_NAMES = {
  store: true,
  crawlers: true,
  pipeline: true,
  ttlMs: true,
  now: true,
  crawl: true,
  onError: true,
} satisfies Record<keyof RefreshSchedulerSettings, true>;

/** Creates a scheduler that keeps each source's stored jobs younger than `ttlMs` by re-crawling it through the pipeline. */
export function createRefreshScheduler(settings: RefreshSchedulerSettings): RefreshScheduler {
  rejectUnknownKeys('RefreshSchedulerSettings', settings, REFRESH_SCHEDULER_SETTINGS_NAMES, { required: true });
  const { store, crawlers } = settings;
  // Checked here: a missing store or list was a TypeError at the first refresh ("reading 'map'").
  if (typeof (store as Partial<Store> | undefined)?.latestCrawledAt !== 'function')
    throw invalidSetting('RefreshSchedulerSettings', 'store', 'must be a Store (such as createMemoryStore())');
  if (!Array.isArray(crawlers))
    throw invalidSetting('RefreshSchedulerSettings', 'crawlers', 'must be a list of crawlers');
  const pipeline = settings.pipeline ?? createIngestion({ store });
  const ttlMs = checkNumberSetting('RefreshSchedulerSettings', 'ttlMs', settings.ttlMs, { min: 0 }) ?? DAY_MS;
  const now = settings.now ?? (() => new Date());
  let inFlight: Promise<RefreshResult> | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  // When this scheduler last crawled each crawler and stored a job of it. The store is asked by crawler name, which
  // finds nothing for a crawler whose jobs carry other sources (a JobSpy file's jobs carry their board, `glassdoor`):
  // such a crawler was crawled again at every refresh, as never crawled. Kept in memory, so after a restart the first
  // refresh crawls it once more.
  const storedAt = new Map<string, Date>();
  const newest = (stored: Date | undefined, ran: Date | undefined) =>
    stored && ran ? (stored > ran ? stored : ran) : (stored ?? ran);

  async function refresh(): Promise<RefreshResult> {
    const at = now();
    const result: RefreshResult = { at, refreshed: [], skipped: [] };
    const last = new Map<string, Date | undefined>();
    for (const name of new Set(crawlers.map((crawler) => crawler.name))) {
      const latest = newest(await store.latestCrawledAt(name), storedAt.get(name));
      last.set(name, latest);
      if (latest && at.getTime() - latest.getTime() < ttlMs)
        result.skipped.push({ source: name, lastCrawledAt: latest });
    }
    const due = crawlers.filter((crawler) => {
      const newest = last.get(crawler.name);
      return !newest || at.getTime() - newest.getTime() >= ttlMs;
    });
    if (!due.length) return result;
    // The refresh time, not each crawler's own clock, is what the next staleness check compares against.
    const summary = await pipeline.crawl({ ...settings.crawl, crawlers: due, crawledAt: at });
    result.crawl = summary;
    for (const source of new Set(due.map((crawler) => crawler.name))) {
      const stats = summary.perSource[source]!;
      const before = last.get(source);
      // As the store would answer for a crawler whose jobs carry its name: crawled once a job of it is stored.
      if (stats.inserted + stats.updated > 0) storedAt.set(source, at);
      result.refreshed.push({
        source,
        reason: before ? 'stale' : 'never-crawled',
        ...(before && { lastCrawledAt: before }),
        stats,
        inserted: stats.inserted,
        updated: stats.updated,
        duplicates: stats.duplicates,
        failed: summary.failed
          .filter((failure) => failure.source === source)
          .map(({ jobId, reason }) => ({ jobId, reason })),
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
