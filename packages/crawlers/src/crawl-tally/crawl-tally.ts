import type { CrawlOptions, CrawlProgressEvent } from '@rolefit/core';
import {
  checkPageNumber,
  checkRecordArgument,
  checkSignalOption,
  describeValue,
  isValidDate,
  withoutStackTrace,
} from '@rolefit/core/internal';
import { invalidSetting } from '@rolefit/core';

/**
 * One crawl's bookkeeping: counts pages, yielded items and errors, reports each through `onProgress`,
 * and answers the questions every crawl loop asks (is the limit reached, is this posting older than `since`).
 */
export interface CrawlTally {
  /** Pages fetched so far. */
  readonly pages: number;
  /** Items yielded so far. */
  readonly items: number;
  /** Errors reported so far. */
  readonly errors: number;
  /** True once `limit` items have been yielded. */
  readonly full: boolean;
  /** Records a fetched page holding `count` records. */
  page(url: string | undefined, count: number): void;
  /** Records a failure that skips a record or a page; the crawl goes on. */
  error(error: Error, url?: string): void;
  /**
   * The records of a fetched page whose id (`idOf`) no earlier page of this crawl had, in order, and how many ids
   * were new: a server that ignores the page parameter repeats one page for ever (up to a page cap), so a crawl skips
   * what it has seen and stops on a page with nothing new (`newIds === 0`). A record without an id is kept (its mapper
   * reports it) but is nothing new; an id repeated within the page is kept once.
   */
  unseen<Record>(records: readonly Record[], idOf: (record: Record) => string | undefined): UnseenRecords<Record>;
  /** Runs `map` on one record; a throw is reported as `describe(error)` and gives `undefined`. */
  map<Item>(map: () => Item, describe: (error: unknown) => Error, url?: string): Item | undefined;
  /** True when `postedAt` is known and earlier than `since`. */
  olderThanSince(postedAt: Date | undefined): boolean;
  /** Records an item about to be yielded. */
  item(id: string): void;
  /**
   * Maps one page of a newest-first listing and yields its items up to the limit, skipping records that
   * fail (reported) and items older than `since`; returns true when one was older, as later pages then
   * hold only older ones and the crawl can stop.
   */
  newestFirst<Item extends { id: string; postedAt?: Date | undefined }>(
    records: readonly unknown[],
    map: (record: unknown) => Item,
    describe: (record: unknown, error: unknown) => Error,
    url: string,
    signal?: AbortSignal,
  ): Generator<Item, boolean>;
  /** Reports the end of the crawl. */
  done(): void;
}

/** What {@link CrawlTally.unseen} kept of a page. */
export interface UnseenRecords<Record> {
  /** The records not seen on an earlier page (and those without an id), in the page's order. */
  records: Record[];
  /** How many of them had an id not seen before; 0 means the page brought nothing new. */
  newIds: number;
}

/**
 * A crawl's `limit` checked as a page's limit is (core's checkPageNumber, one wording for both): a number ≥ 0 (0
 * yields nothing; Infinity, as the pipeline passes for no limit, none; a fraction counts as its whole part), or a
 * ValidationError naming `limit` (`Invalid CrawlOptions: limit: must be a number ≥ 0, got NaN`). NaN meant no limit
 * and -1 one job in the file crawler.
 */
export function checkCrawlLimit(limit: unknown): number | undefined {
  return checkPageNumber('CrawlOptions', 'limit', limit);
}

/**
 * A crawl's options checked by kind before any request, each bad one a ValidationError naming it: the options an
 * object (`undefined` is none), `limit` ({@link checkCrawlLimit}), `signal` an AbortSignal, `since` a valid Date,
 * `onProgress` a function (`since` and `onProgress` of null are none, as the crawlers read them). `crawl(null)` was "Cannot destructure property 'signal'", `since: 'x'` "since.getTime is not
 * a function" (or, in most crawlers, no filter at all), `onProgress: 42` "onProgress is not a function" at the first page.
 */
export function checkCrawlOptions(options: unknown): CrawlOptions {
  if (options === undefined) return {};
  const { since, onProgress } = checkRecordArgument(
    'crawl',
    'options',
    options,
    'CrawlOptions ({ signal?, since?, limit?, onProgress? })',
  );
  checkCrawlLimit((options as CrawlOptions).limit);
  checkSignalOption('CrawlOptions', (options as CrawlOptions).signal);
  if (since !== undefined && since !== null && !isValidDate(since))
    throw invalidSetting('CrawlOptions', 'since', `must be a valid Date, got ${describeValue(since)}`);
  if (onProgress !== undefined && onProgress !== null && typeof onProgress !== 'function')
    throw invalidSetting('CrawlOptions', 'onProgress', `must be a function, got ${describeValue(onProgress)}`);
  return options as CrawlOptions;
}

/**
 * Starts the tally of one crawl of `source` with the caller's options; their `limit` ({@link checkCrawlLimit}) and
 * `signal`, `since` and `onProgress` ({@link checkCrawlOptions}) are checked first, a ValidationError naming the bad one.
 */
export function createCrawlTally(
  source: string,
  options: Pick<CrawlOptions, 'since' | 'limit' | 'onProgress' | 'signal'>,
): CrawlTally {
  const { since, onProgress } = checkCrawlOptions(options);
  const limit = checkCrawlLimit(options.limit);
  let pages = 0;
  let items = 0;
  let errors = 0;
  const emit = (event: CrawlProgressEvent) => onProgress?.(event);
  const seen = new Set<string>();
  const tally: CrawlTally = {
    get pages() {
      return pages;
    },
    get items() {
      return items;
    },
    get errors() {
      return errors;
    },
    get full() {
      return limit !== undefined && items >= limit;
    },
    page(url, count) {
      pages += 1;
      emit({ type: 'page', source, ...(url === undefined ? {} : { url }), page: pages, items: count });
    },
    error(error, url) {
      errors += 1;
      emit({ type: 'error', source, error, ...(url === undefined ? {} : { url }) });
    },
    unseen(records, idOf) {
      const kept: (typeof records)[number][] = [];
      let newIds = 0;
      for (const record of records) {
        const id = idOf(record);
        if (id !== undefined) {
          if (seen.has(id)) continue;
          seen.add(id);
          newIds += 1;
        }
        kept.push(record);
      }
      return { records: kept, newIds };
    },
    map(map, describe, url) {
      try {
        return map();
      } catch (error) {
        // The report of a bad record gets no stack trace (it would point into this loop; the cause keeps its own):
        // a page of 430,000 invalid postings built as many.
        tally.error(
          withoutStackTrace(() => describe(error)),
          url,
        );
        return undefined;
      }
    },
    olderThanSince(postedAt) {
      return since !== undefined && postedAt !== undefined && postedAt < since;
    },
    item(id) {
      items += 1;
      emit({ type: 'item', source, id });
    },
    *newestFirst(records, map, describe, url, signal) {
      let reachedOlder = false;
      for (const record of records) {
        signal?.throwIfAborted();
        if (tally.full) break;
        const item = tally.map(
          () => map(record),
          (error) => describe(record, error),
          url,
        );
        if (item === undefined) continue;
        // Keep reading the page: an item out of order may still be new enough.
        if (tally.olderThanSince(item.postedAt)) {
          reachedOlder = true;
          continue;
        }
        tally.item(item.id);
        yield item;
      }
      return reachedOlder;
    },
    done() {
      emit({ type: 'done', source, pages, items, errors });
    },
  };
  return tally;
}
