import type { Job } from '../schemas/index.js';

/** Something a crawler reports while it runs. */
export type CrawlProgressEvent =
  | { type: 'page'; source: string; url?: string | undefined; page: number; items: number }
  | { type: 'item'; source: string; id: string }
  | { type: 'error'; source: string; error: Error; url?: string | undefined }
  | { type: 'done'; source: string; pages: number; items: number; errors: number };

/** Options every crawl accepts. */
export interface CrawlOptions {
  /**
   * Stops the crawl; the iterator then ends with the signal's reason. Anything but an AbortSignal is a ValidationError
   * naming it (the crawlers of `@rolefit/crawlers`).
   */
  signal?: AbortSignal | undefined;
  /** Only items posted at or after this moment (incremental mode). */
  since?: Date | undefined;
  /**
   * Stop after this many items: a number ≥ 0 (Infinity: no limit; a fraction counts as its whole part), else a
   * ValidationError naming it (the crawlers of `@rolefit/crawlers`).
   */
  limit?: number | undefined;
  /** Called for pages fetched, items found and per-item errors. */
  onProgress?: ((event: CrawlProgressEvent) => void) | undefined;
}

/** A source of jobs (or courses): an async iterable of validated items. */
export interface Crawler<Item = Job> {
  /** Short stable name, used as `Job.source` and in progress events. */
  readonly name: string;
  /** Yields validated items; a bad record is reported through `onProgress`, not thrown. */
  crawl(options?: CrawlOptions): AsyncIterable<Item>;
}
