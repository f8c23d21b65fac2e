import { describe, expect, it } from 'vitest';
import type { Crawler, CrawlOptions, Ranker } from '../interfaces/index.js';
import { parseJob, type JobInput } from '../schemas/index.js';
import { createMemoryStore } from '../store/index.js';
import { crawlAll, createIngestion, createPipeline, MAX_KEPT_CRAWL_ERRORS, type IngestProgressEvent } from './index.js';

// Crawlers written here as plain async generators: the Crawler interface is all the pipeline sees.
function crawlerOf(
  name: string,
  items: Array<Omit<JobInput, 'source'>>,
  settings: {
    failAfter?: number;
    delayMs?: number;
    seen?: CrawlOptions[];
    running?: { now: number; max: number };
  } = {},
): Crawler {
  return {
    name,
    async *crawl(options = {}) {
      settings.seen?.push(options);
      if (settings.running) settings.running.max = Math.max(settings.running.max, ++settings.running.now);
      try {
        let count = 0;
        for (const item of items) {
          if (settings.delayMs) await new Promise((resolve) => setTimeout(resolve, settings.delayMs));
          options.signal?.throwIfAborted();
          if (settings.failAfter !== undefined && count === settings.failAfter) throw new Error(`${name} went down`);
          if (options.limit !== undefined && count >= options.limit) return;
          options.onProgress?.({ type: 'page', source: name, page: count, items: 1 });
          yield parseJob({ company: 'Acme', location: { city: 'Austin', country: 'US' }, ...item, source: name });
          count += 1;
        }
      } finally {
        if (settings.running) settings.running.now -= 1;
      }
    },
  };
}

const ranker: Ranker = { name: 'none', rank: async () => [] };

describe('pipeline.crawl: the one ingestion path, with crawlAll semantics', () => {
  it('applies the blacklists, dedupes across sources and against the store, and counts per source', async () => {
    const store = createMemoryStore();
    // Stored as the pipeline stores it, with its fingerprint.
    await createIngestion({ store }).ingest([
      { id: 'old-1', source: 'older', title: 'Welder', company: 'Acme', location: { city: 'Austin', country: 'US' } },
    ]);
    const events: IngestProgressEvent[] = [];
    const pipeline = createPipeline({
      store,
      ranker,
      blacklist: { companies: ['Evil Corp'] },
      crawlers: [
        crawlerOf('one', [
          { id: 'a', title: 'Plumber' },
          { id: 'b', title: 'Crypto Trader' },
          { id: 'c', title: 'Driver', company: 'EVIL CORP' },
        ]),
        crawlerOf('two', [
          { id: 'd', title: 'plumber' },
          { id: 'e', title: 'Welder' },
          { id: 'f', title: 'Nurse' },
        ]),
      ],
    });
    const summary = await pipeline.crawl({
      blacklist: { keywords: ['crypto'] },
      concurrency: 1,
      onProgress: (event) => events.push(event),
    });
    expect(summary.perSource.one).toMatchObject({
      items: 3,
      pages: 3,
      blacklisted: 2,
      inserted: 1,
      duplicates: 0,
      errors: 0,
    });
    expect(summary.perSource.two).toMatchObject({ items: 3, pages: 3, blacklisted: 0, inserted: 1, duplicates: 2 });
    expect((await store.listJobs()).map((job) => job.id).sort()).toEqual(['a', 'f', 'old-1']);
    expect(
      events
        .filter((event) => event.type === 'blacklisted')
        .map((event) => event.type === 'blacklisted' && event.reason),
    ).toEqual(['keyword', 'company']);
    expect(
      events
        .filter((event) => event.type === 'duplicate')
        .map((event) => event.type === 'duplicate' && [event.id, event.keptId]),
    ).toEqual([
      ['d', 'a'],
      ['e', 'old-1'],
    ]);
    expect(events.filter((event) => event.type === 'source-done').map((event) => event.source)).toEqual(['one', 'two']);
  });

  it('runs at most `concurrency` crawlers at once, passes since and limitPerSource, and stamps crawledAt', async () => {
    const store = createMemoryStore();
    const running = { now: 0, max: 0 };
    const seen: CrawlOptions[] = [];
    const crawlers = ['a', 'b', 'c'].map((name) =>
      crawlerOf(
        name,
        [
          { id: `${name}1`, title: `${name} one` },
          { id: `${name}2`, title: `${name} two` },
        ],
        { delayMs: 5, running, seen },
      ),
    );
    const since = new Date('2026-01-01T00:00:00Z');
    const crawledAt = new Date('2026-06-01T12:00:00Z');
    const summary = await createIngestion({ store, crawlers }).crawl({
      concurrency: 2,
      since,
      limitPerSource: 1,
      crawledAt,
    });
    expect(running.max).toBe(2);
    expect(seen.every((options) => options.since === since && options.limit === 1)).toBe(true);
    expect(summary.inserted).toBe(3);
    expect((await store.listJobs()).every((job) => job.crawledAt?.getTime() === crawledAt.getTime())).toBe(true);
    expect(await store.latestCrawledAt('b')).toEqual(crawledAt);
  });

  it('keeps the first MAX_KEPT_CRAWL_ERRORS errors and the latest, and counts them all (3,000,000 bad records held 4.2 GB)', async () => {
    const bad = 250_000;
    const noisy: Crawler = {
      name: 'noisy',
      // biome-ignore lint/correctness/useYield: the crawler only reports bad records, then fails
      async *crawl(options = {}) {
        for (let index = 0; index < bad; index++)
          options.onProgress?.({ type: 'error', source: 'noisy', error: new Error(`record ${index} is bad`) });
        throw new Error('noisy went down');
      },
    };
    const summary = await createPipeline({ store: createMemoryStore(), ranker, crawlers: [noisy] }).crawl();
    expect(summary.errorCount).toBe(bad + 1);
    expect(summary.errors).toHaveLength(MAX_KEPT_CRAWL_ERRORS);
    expect(summary.errors[0]?.error.message).toBe('record 0 is bad');
    expect(summary.errors.at(-2)?.error.message).toBe(`record ${MAX_KEPT_CRAWL_ERRORS - 2} is bad`);
    expect(summary.errors.at(-1)?.error.message).toBe('noisy went down');
  });

  it('keeps going when a source fails, and stops every crawler when the signal aborts (what was stored stays)', async () => {
    const store = createMemoryStore();
    const pipeline = createPipeline({
      store,
      ranker,
      batchSize: 1,
      crawlers: [
        crawlerOf(
          'flaky',
          [
            { id: 'x', title: 'Nurse' },
            { id: 'y', title: 'Chef' },
          ],
          { failAfter: 1 },
        ),
        crawlerOf('good', [{ id: 'g', title: 'Cook' }]),
      ],
    });
    const summary = await pipeline.crawl();
    expect(summary.perSource.flaky).toMatchObject({ items: 1, errors: 1, inserted: 1 });
    expect(summary.perSource.flaky?.failure?.message).toBe('flaky went down');
    expect(summary.errors.map((error) => error.source)).toEqual(['flaky']);

    const controller = new AbortController();
    const slow = crawlerOf(
      'slow',
      Array.from({ length: 50 }, (_, index) => ({ id: `s${index}`, title: `Role ${index}` })),
      { delayMs: 2 },
    );
    const stopping = createIngestion({ store, crawlers: [slow], batchSize: 1 }).crawl({
      signal: controller.signal,
      onProgress: (event) => event.type === 'page' && event.page === 3 && controller.abort(new Error('enough')),
    });
    await expect(stopping).rejects.toThrow('enough');
    const stored = await store.countJobs({ sources: ['slow'] });
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(50);
  });

  it('crawlAll yields the same deduped, blacklisted stream without storing', async () => {
    const run = crawlAll({
      crawlers: [
        crawlerOf('one', [{ id: 'a', title: 'Plumber' }]),
        crawlerOf('two', [
          { id: 'd', title: 'Plumber' },
          { id: 'e', title: 'Spam Job' },
        ]),
      ],
      blacklist: { keywords: ['spam'] },
      concurrency: 1,
    });
    const jobs = [];
    for await (const job of run) jobs.push(job.id);
    expect(jobs).toEqual(['a']);
    expect((await run.summary).perSource.two).toMatchObject({ items: 2, duplicates: 1, blacklisted: 1, kept: 0 });
  });
});

describe('ingestion: a record met twice in one run', () => {
  it('counts a job whose id was already written in this run as a duplicate, not as an update', async () => {
    const store = createMemoryStore();
    // Stored before this run: its update below is a real update.
    await createIngestion({ store }).ingest([{ id: 'kept', source: 'file', title: 'Welder', description: 'Old text' }]);
    const events: IngestProgressEvent[] = [];
    const twice = { id: 'row-1', source: 'file', title: 'Budget Analyst', description: 'Plans budgets' };
    const summary = await createIngestion({
      store,
      batchSize: 2,
      crawlers: [crawlerOf('file', [twice, { id: 'kept', title: 'Welder', description: 'New text' }, twice, twice])],
    }).crawl({ onProgress: (event) => events.push(event) });
    expect({ inserted: summary.inserted, updated: summary.updated, duplicates: summary.duplicates }).toEqual({
      inserted: 1,
      updated: 1,
      duplicates: 2,
    });
    expect(summary.storedIds).toEqual(['row-1', 'kept']);
    expect(events.filter((event) => event.type === 'duplicate')).toEqual([
      { type: 'duplicate', source: 'file', id: 'row-1', keptId: 'row-1' },
      { type: 'duplicate', source: 'file', id: 'row-1', keptId: 'row-1' },
    ]);
    expect((await store.getJob('kept'))?.description).toBe('New text');
  });
});

describe('createIngestion settings', () => {
  it('refuses a missing store with a ValidationError naming it (a TypeError at the first ingest)', () => {
    for (const store of [undefined, null, {}, []])
      expect(() => createIngestion({ store } as never), String(store)).toThrow(
        expect.objectContaining({ name: 'ValidationError', setting: 'store' }),
      );
  });
});
