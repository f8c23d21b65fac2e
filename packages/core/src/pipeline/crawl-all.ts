import { checkListArgument, checkRecordArgument, describeValue, invalidArgument } from '../errors/argument.js';
import { checkNumberSetting, checkPageNumber } from '../errors/number-setting.js';
import { checkSignalOption } from '../errors/signal-option.js';
import { matchesJobFilter } from '../filter/index.js';
import type { Crawler, CrawlProgressEvent, JobFilter } from '../interfaces/index.js';
import type { Job } from '../schemas/index.js';
import { jobFingerprint } from './dedupe.js';
import { escapeRegExp } from '../text/regexp.js';
import { invalidSetting } from '../errors/validation-error.js';

/** Jobs to leave out of a crawl. */
export interface CrawlBlacklist {
  /** Company names, compared after normalisation ("ACME" matches "Acme"). */
  companies?: readonly string[] | undefined;
  /** Words or phrases matched case-insensitively as whole words in the title or description. */
  keywords?: readonly string[] | undefined;
}

/** Counts for one source of a {@link crawlAll} run. */
export interface SourceCrawlStats {
  /** Jobs the source yielded, before dedupe and blacklists. */
  items: number;
  /** Pages the source reported fetching. */
  pages: number;
  /** Records it reported as bad, plus one when the source itself failed. */
  errors: number;
  /** Jobs dropped as the same posting already yielded from this or another source. */
  duplicates: number;
  /** Jobs dropped by the company or keyword blacklist. */
  blacklisted: number;
  /** Jobs this source contributed to the output. */
  kept: number;
  /** Why the source stopped early, when it failed. */
  failure?: Error | undefined;
}

/** What a {@link crawlAll} run did. */
export interface CrawlAllSummary {
  perSource: Record<string, SourceCrawlStats>;
  /** Jobs yielded, after dedupe and blacklists. */
  total: number;
}

/** Progress of a {@link crawlAll} run: every adapter event, plus dedupe, blacklist, per-source and final events. */
export type CrawlAllProgressEvent =
  | CrawlProgressEvent
  | { type: 'duplicate'; source: string; id: string; keptId: string }
  | { type: 'blacklisted'; source: string; id: string; reason: 'company' | 'keyword'; match: string }
  | { type: 'source-done'; source: string; stats: SourceCrawlStats }
  | { type: 'summary'; summary: CrawlAllSummary };

/** Settings for {@link crawlAll}. */
export interface CrawlAllOptions {
  crawlers: readonly Crawler<Job>[];
  /** Stops every crawler; iteration then ends with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** Passed to every crawler: only jobs posted at or after this moment. */
  since?: Date | undefined;
  /** Passed to every crawler as its `limit`: a number ≥ 0, or Infinity. */
  limitPerSource?: number | undefined;
  blacklist?: CrawlBlacklist | undefined;
  /** Crawlers run at once: a whole number ≥ 1 (default 4). */
  concurrency?: number | undefined;
  onProgress?: ((event: CrawlAllProgressEvent) => void) | undefined;
}

/** A running crawl: iterate it for deduped jobs; `summary` resolves when the iteration has finished. */
export interface CrawlAllRun extends AsyncIterable<Job> {
  /** Resolves after the last job (or rejects with the signal's reason); counts so far are in {@link CrawlAllRun.stats}. */
  readonly summary: Promise<CrawlAllSummary>;
  /** Live counts, updated as jobs arrive. */
  readonly stats: CrawlAllSummary;
}

/** Builds the whole-word, case-insensitive keyword matcher; returns the keyword a text contains, or undefined. */
export function createKeywordMatcher(keywords: readonly string[]): (text: string) => string | undefined {
  // A list that is no array, or a keyword that is no string, was a TypeError from inside (keywords.map, keyword.trim).
  checkKeywords('createKeywordMatcher', 'keywords', keywords);
  const patterns = keywords
    .map((keyword) => keyword.trim())
    .filter(Boolean)
    // Letters and digits on either side mean the keyword is part of a longer word ("java" in "javascript").
    .map((keyword) => ({
      keyword,
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}])${escapeRegExp(keyword).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`,
        'iu',
      ),
    }));
  return (text) => patterns.find(({ pattern }) => pattern.test(text))?.keyword;
}

// One filter per blacklist's list of companies, so that it is checked, and its companies normalised, once rather than
// per job (a 5,000-company blacklist was parsed and normalised again for every job crawled).
const companyFilters = new WeakMap<readonly string[], JobFilter>();
const companyFilter = (companies: readonly string[]): JobFilter => {
  let filter = companyFilters.get(companies);
  if (filter === undefined) companyFilters.set(companies, (filter = { excludeCompanies: companies }));
  return filter;
};

/** Why a job is blacklisted, or undefined when it is not. */
export function blacklistReason(
  job: Job,
  blacklist: CrawlBlacklist,
  matchKeyword?: (text: string) => string | undefined,
): { reason: 'company' | 'keyword'; match: string } | undefined {
  // A job or blacklist of the wrong kind was a TypeError from inside ("reading 'keywords'", "reading 'title'").
  checkRecordArgument('blacklistReason', 'job', job, 'a Job');
  checkBlacklist('blacklistReason', 'blacklist', blacklist);
  if (matchKeyword !== undefined && typeof matchKeyword !== 'function')
    throw invalidArgument('blacklistReason', 'matchKeyword', `must be a function, got ${describeValue(matchKeyword)}`);
  return blacklistReasonOf(job, blacklist, matchKeyword ?? createKeywordMatcher(blacklist.keywords ?? []));
}

/** {@link blacklistReason} for a job and blacklist already checked (every job of a crawl). */
function blacklistReasonOf(
  job: Job,
  blacklist: CrawlBlacklist,
  matchKeyword: (text: string) => string | undefined,
): { reason: 'company' | 'keyword'; match: string } | undefined {
  if (blacklist.companies?.length && job.company && !matchesJobFilter(job, companyFilter(blacklist.companies)))
    return { reason: 'company', match: job.company };
  const keyword = matchKeyword(`${job.title}\n${job.description}`);
  return keyword === undefined ? undefined : { reason: 'keyword', match: keyword };
}

/** Checks a keyword list: an array of strings (the first that is not one named, `keywords.3`). */
function checkKeywords(fn: string, argument: string, keywords: unknown): void {
  const list = checkListArgument(fn, argument, keywords, 'a list of strings');
  const index = list.findIndex((keyword) => typeof keyword !== 'string');
  if (index !== -1)
    throw invalidArgument(fn, `${argument}.${index}`, `must be a string, got ${describeValue(list[index])}`);
}

/**
 * Checks a {@link CrawlBlacklist}'s kind: an object whose `companies` and `keywords`, when given, are lists (their
 * items are checked where they are read: the keywords by {@link createKeywordMatcher}, the companies by the job filter).
 */
function checkBlacklist(fn: string, argument: string, blacklist: unknown): void {
  const { companies, keywords } = checkRecordArgument(
    fn,
    argument,
    blacklist,
    'a CrawlBlacklist ({ companies?, keywords? })',
  );
  if (companies !== undefined && companies !== null)
    checkListArgument(fn, `${argument}.companies`, companies, 'a list of strings');
  if (keywords !== undefined && keywords !== null)
    checkListArgument(fn, `${argument}.keywords`, keywords, 'a list of strings');
}

/**
 * Checks what {@link crawlAll} and {@link mergeCrawls} read of their options before any is read: an object, `crawlers`
 * a list of Crawlers (a string `name` and a `crawl` function), `blacklist` a {@link CrawlBlacklist}, `onProgress` a
 * function. `crawlAll(null)` was "Cannot destructure property 'crawlers'", `crawlAll({})` "crawlers is not iterable".
 */
function checkCrawlAllOptions(options: unknown): void {
  const { crawlers, blacklist, onProgress } = checkRecordArgument(
    'crawlAll',
    'options',
    options,
    'CrawlAllOptions ({ crawlers, blacklist?, … })',
  );
  if (!Array.isArray(crawlers))
    throw invalidSetting('CrawlAllOptions', 'crawlers', `must be a list of Crawlers, got ${describeValue(crawlers)}`);
  crawlers.forEach((crawler: unknown, index) => {
    const { name, crawl } = (typeof crawler === 'object' && crawler !== null ? crawler : {}) as Record<string, unknown>;
    if (typeof name !== 'string' || typeof crawl !== 'function')
      throw invalidSetting(
        'CrawlAllOptions',
        `crawlers.${index}`,
        `must be a Crawler (an object with a string name and crawl()), got ${describeValue(crawler)}`,
      );
  });
  if (blacklist !== undefined) checkBlacklist('CrawlAllOptions', 'blacklist', blacklist);
  if (onProgress !== undefined && typeof onProgress !== 'function')
    throw invalidSetting('CrawlAllOptions', 'onProgress', `must be a function, got ${describeValue(onProgress)}`);
}

const emptyStats = (): SourceCrawlStats => ({ items: 0, pages: 0, errors: 0, duplicates: 0, blacklisted: 0, kept: 0 });

/** One job of a merged crawl with the name of the crawler that yielded it. */
export interface SourcedJob {
  /** The crawler's name (the row of counts it belongs to). */
  source: string;
  job: Job;
}

/** Settings of {@link mergeCrawls}: those of {@link crawlAll}, and whether to drop copies of one posting. */
export interface MergeCrawlsOptions extends CrawlAllOptions {
  /** Drop the second and later copies of a posting (equal fingerprint) in this run (default true). */
  dedupe?: boolean;
}

/** A running merged crawl: iterate it once for jobs with their crawler's name. */
export interface MergedCrawl extends AsyncIterable<SourcedJob> {
  readonly summary: Promise<CrawlAllSummary>;
  readonly stats: CrawlAllSummary;
}

/**
 * The machinery under {@link crawlAll} and the pipeline's crawl: crawlers in parallel (at most `concurrency`),
 * blacklists, optional in-run dedupe, per-source counts and progress, back-pressure, and stopping every crawler
 * when the consumer stops or the signal aborts.
 */
export function mergeCrawls(options: MergeCrawlsOptions): MergedCrawl {
  checkCrawlAllOptions(options);
  const { crawlers, blacklist = {}, onProgress } = options;
  const dedupe = options.dedupe ?? true;
  // NaN started no crawler and the crawl never ended; 0 and fractions are refused with it.
  const concurrency =
    checkNumberSetting('CrawlAllOptions', 'concurrency', options.concurrency, { integer: true, min: 1 }) ?? 4;
  // Handed to every crawler as its limit (NaN read as no limit, a negative one as none or one job): ≥ 0, or Infinity.
  checkPageNumber('CrawlAllOptions', 'limitPerSource', options.limitPerSource);
  checkSignalOption('CrawlAllOptions', options.signal);
  const matchKeyword = createKeywordMatcher(blacklist.keywords ?? []);
  const stats: CrawlAllSummary = { perSource: {}, total: 0 };
  // Several crawlers may share a name (two LinkedIn searches); they share one row of counts.
  for (const crawler of crawlers) stats.perSource[crawler.name] ??= emptyStats();
  let resolveSummary!: (summary: CrawlAllSummary) => void;
  let rejectSummary!: (error: unknown) => void;
  const summary = new Promise<CrawlAllSummary>((resolve, reject) => {
    resolveSummary = resolve;
    rejectSummary = reject;
  });
  summary.catch(() => undefined); // a caller that only iterates must not see an unhandled rejection
  let started = false;

  async function* run(): AsyncGenerator<SourcedJob> {
    if (started) throw new Error('crawlAll runs once; call crawlAll again for another crawl');
    started = true;
    const stop = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
    const seen = new Map<string, string>();
    const ready: SourcedJob[] = [];
    let wake: (() => void) | undefined;
    let running = 0;
    let next = 0;
    const notify = () => {
      wake?.();
      wake = undefined;
    };

    // Dedupe and blacklists run as each job arrives; JavaScript's single thread makes the check-then-set atomic.
    const accept = (source: string, job: Job) => {
      const counts = stats.perSource[source]!;
      counts.items += 1;
      const banned = blacklistReasonOf(job, blacklist, matchKeyword);
      if (banned) {
        counts.blacklisted += 1;
        onProgress?.({ type: 'blacklisted', source, id: job.id, ...banned });
        return;
      }
      const fingerprint = job.fingerprint ?? jobFingerprint(job);
      const keptId = seen.get(fingerprint);
      if (dedupe && keptId !== undefined) {
        counts.duplicates += 1;
        onProgress?.({ type: 'duplicate', source, id: job.id, keptId });
        return;
      }
      seen.set(fingerprint, job.id);
      counts.kept += 1;
      stats.total += 1;
      ready.push({ source, job: { ...job, fingerprint } });
      notify();
    };

    const crawlOne = async (crawler: Crawler<Job>) => {
      const counts = stats.perSource[crawler.name]!;
      const forward = (event: CrawlProgressEvent) => {
        if (event.type === 'page') counts.pages += 1;
        if (event.type === 'error') counts.errors += 1;
        onProgress?.(event);
      };
      try {
        for await (const job of crawler.crawl({
          signal,
          since: options.since,
          limit: options.limitPerSource,
          onProgress: forward,
        })) {
          accept(crawler.name, job);
          // Let the consumer catch up before crawling further, so a slow consumer does not buffer whole boards.
          while (ready.length >= 100 && !signal.aborted) await new Promise<void>((resolve) => setTimeout(resolve, 5));
        }
      } catch (error) {
        if (signal.aborted) return; // stopping is not a source failure
        counts.errors += 1;
        counts.failure = error as Error;
        onProgress?.({ type: 'error', source: crawler.name, error: error as Error });
      }
      onProgress?.({ type: 'source-done', source: crawler.name, stats: { ...counts } });
    };

    const launch = () => {
      while (running < concurrency && next < crawlers.length) {
        const crawler = crawlers[next]!;
        next += 1;
        running += 1;
        void crawlOne(crawler).finally(() => {
          running -= 1;
          launch();
          notify();
        });
      }
    };

    const onAbort = () => notify();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      launch();
      while (true) {
        if (ready.length) {
          yield ready.shift()!;
          continue;
        }
        options.signal?.throwIfAborted();
        if (running === 0 && next >= crawlers.length) break;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
      onProgress?.({ type: 'summary', summary: stats });
      resolveSummary(stats);
    } catch (error) {
      rejectSummary(error);
      throw error;
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
      // Reached on break/return too: stop crawlers nobody is reading any more.
      stop.abort(new Error('crawlAll stopped'));
      rejectSummary(new Error('crawlAll stopped before its crawlers finished'));
    }
  }

  return { summary, stats, [Symbol.asyncIterator]: () => run() };
}

/**
 * Runs several crawlers in parallel (at most `concurrency` at once) and yields one stream of jobs: blacklisted jobs are
 * dropped, and the same posting from several sources (equal `jobFingerprint`) is yielded once, the first to arrive,
 * with `fingerprint` set. One failing crawler is counted and reported; the others go on. The crawl starts when iteration
 * starts, runs once, and stops its crawlers when the consumer stops early. It stores nothing: `pipeline.crawl` stores.
 */
export function crawlAll(options: CrawlAllOptions): CrawlAllRun {
  const merged = mergeCrawls(options);
  async function* jobs(): AsyncGenerator<Job> {
    for await (const item of merged) yield item.job;
  }
  return { summary: merged.summary, stats: merged.stats, [Symbol.asyncIterator]: () => jobs() };
}
