import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  crawlAll,
  createKeywordMatcher,
  createMemoryStore,
  createPipeline,
  jobFingerprint,
  type CrawlAllProgressEvent,
  type Job,
  type JobFilter,
  type JobInput,
  type PipelineCrawlOptions,
  type Ranker,
} from '@rolefit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileCrawler } from '../file/index.js';
import { createGreenhouseCrawler } from '../greenhouse/index.js';
import { createHttpClient, HttpStatusError } from '../http/index.js';
import { createLeverCrawler } from '../lever/index.js';
import { createLinkedInCrawler } from '../linkedin/index.js';
import { sendJson, startTestServer, type TestServer } from '../testing/index.js';
import { createRefreshScheduler } from './index.js';

// Real adapters over the loopback server, answering with the adapters' own recorded fixtures.
const text = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const greenhouseJobs = JSON.parse(text('../greenhouse/fixtures/jobs.json')) as unknown;
const leverPages: Record<string, unknown> = {
  '0': JSON.parse(text('../lever/fixtures/page-0.json')),
  '2': JSON.parse(text('../lever/fixtures/page-2.json')),
  '4': [],
};
const linkedInPage = text('./fixtures/linkedin-search.html');

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    // A little latency so that parallel crawlers overlap visibly.
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (url.pathname === '/v1/boards/acme/jobs') sendJson(response, greenhouseJobs);
    else if (url.pathname === '/v0/postings/leverdemo')
      sendJson(response, leverPages[url.searchParams.get('skip') ?? ''] ?? []);
    else if (url.pathname === '/jobs-guest/jobs/api/seeMoreJobPostings/search') {
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(url.searchParams.get('start') === '0' ? linkedInPage : '');
    }
  });
});
afterAll(() => server.close());

// One client per adapter, as separate sources would have; each keeps its own per-host queue.
const http = () => createHttpClient({ allowPrivateNetworks: 'loopback', cacheDirectory: false, minIntervalMs: 1 });
const greenhouse = () => createGreenhouseCrawler({ board: 'acme', baseUrl: server.origin, http: http() });
const linkedIn = () =>
  createLinkedInCrawler({ keywords: 'engineer', fetchDetails: false, baseUrl: server.origin, http: http() });
const lever = (company = 'leverdemo') =>
  createLeverCrawler({ company, pageSize: 2, companyName: 'Lever Demo', baseUrl: server.origin, http: http() });

async function collect(iterable: AsyncIterable<Job>): Promise<Job[]> {
  const jobs: Job[] = [];
  for await (const job of iterable) jobs.push(job);
  return jobs;
}

describe('createKeywordMatcher', () => {
  it('matches whole words and phrases, ignoring case', () => {
    const match = createKeywordMatcher(['crypto', 'night shift', 'c++']);
    expect(match('Senior CRYPTO trader')).toBe('crypto');
    expect(match('Cryptography engineer')).toBeUndefined();
    expect(match('Works the Night  Shift')).toBe('night shift');
    expect(match('Knows C++ well')).toBe('c++');
  });
});

describe('crawlAll', () => {
  it('runs sources in parallel, counts a cross-source duplicate once, applies blacklists and survives a failing source', async () => {
    const events: CrawlAllProgressEvent[] = [];
    const inFlightBefore = server.received.length;
    const run = crawlAll({
      crawlers: [greenhouse(), linkedIn(), lever('gone')],
      blacklist: { companies: ['evil corp'], keywords: ['crypto'] },
      concurrency: 3,
      onProgress: (event) => events.push(event),
    });
    const jobs = await collect(run);
    const summary = await run.summary;
    expect(server.received.length).toBeGreaterThan(inFlightBefore);
    expect(server.maxInFlight()).toBeGreaterThanOrEqual(2);

    // 3 Greenhouse + 5 LinkedIn cards, less one duplicate and two blacklisted.
    expect(jobs).toHaveLength(5);
    expect(new Set(jobs.map((job) => job.fingerprint)).size).toBe(5);
    const interns = jobs.filter((job) => job.title === 'Software Engineering Intern');
    expect(interns).toHaveLength(1);
    expect(jobs.map((job) => job.title)).toContain('Cryptography Engineer');
    expect(jobs.map((job) => job.company)).not.toContain('EVIL CORP');

    const { greenhouse: gh, linkedin: li, lever: lv } = summary.perSource;
    expect(summary.total).toBe(5);
    expect(gh).toMatchObject({ items: 3, pages: 1, errors: 1, blacklisted: 0 });
    expect(li).toMatchObject({ items: 5, pages: 2, errors: 0, blacklisted: 2 });
    expect((gh?.duplicates ?? 0) + (li?.duplicates ?? 0)).toBe(1);
    expect((gh?.kept ?? 0) + (li?.kept ?? 0)).toBe(5);
    expect(lv).toMatchObject({ items: 0, errors: 1, kept: 0 });
    expect(lv?.failure).toBeInstanceOf(HttpStatusError);

    expect(
      events
        .filter((event) => event.type === 'blacklisted')
        .map((event) => (event.type === 'blacklisted' ? [event.reason, event.match] : [])),
    ).toEqual([
      ['keyword', 'crypto'],
      ['company', 'EVIL CORP'],
    ]);
    expect(events.filter((event) => event.type === 'duplicate')).toHaveLength(1);
    expect(
      events
        .filter((event) => event.type === 'source-done')
        .map((event) => event.source)
        .sort(),
    ).toEqual(['greenhouse', 'lever', 'linkedin']);
    expect(
      events.some(
        (event) => event.type === 'error' && event.source === 'lever' && event.error instanceof HttpStatusError,
      ),
    ).toBe(true);
    expect(events.at(-1)).toEqual({ type: 'summary', summary });
  });

  it('keeps the first of two copies in arrival order, passes since and limitPerSource, and runs one source at a time when asked', async () => {
    const run = crawlAll({ crawlers: [greenhouse(), linkedIn()], concurrency: 1, limitPerSource: 3 });
    const jobs = await collect(run);
    const summary = await run.summary;
    expect(jobs.map((job) => job.source)).toEqual(['greenhouse', 'greenhouse', 'greenhouse', 'linkedin', 'linkedin']);
    expect(summary.perSource.linkedin).toMatchObject({ items: 3, duplicates: 1 });
    const recent = await collect(crawlAll({ crawlers: [greenhouse()], since: new Date('2025-02-01T00:00:00Z') }));
    expect(recent.map((job) => job.id)).toEqual(['greenhouse:acme:4012345', 'greenhouse:acme:4012346']);
  });

  it('stops its crawlers when the consumer stops, and ends with the signal', async () => {
    const run = crawlAll({ crawlers: [lever()] });
    for await (const job of run) {
      expect(job.source).toBe('lever');
      break;
    }
    await expect(run.summary).rejects.toThrow(/stopped/);
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(collect(crawlAll({ crawlers: [greenhouse()], signal: controller.signal }))).rejects.toThrow(
      'cancelled',
    );
  });
});

describe('createRefreshScheduler', () => {
  it('re-crawls the stale source and the never-crawled one, and skips the fresh one', async () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const store = createMemoryStore();
    const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
    // Stored as the pipeline stores them: with fingerprints, the LinkedIn copy of the Greenhouse intern ad left out.
    const stored = (jobs: Job[], crawledAt: Date) =>
      jobs.map((job) => ({ ...job, crawledAt, fingerprint: jobFingerprint(job) }));
    await store.upsertJobs(stored(await collect(greenhouse().crawl()), hoursAgo(1)));
    await store.upsertJobs(stored((await collect(linkedIn().crawl())).slice(1, 3), hoursAgo(48)));
    const requestsBefore = server.received.length;
    const scheduler = createRefreshScheduler({ store, crawlers: [greenhouse(), linkedIn(), lever()], now: () => now });

    const result = await scheduler.refreshStale();
    const paths = server.received.slice(requestsBefore).map((request) => request.path);
    expect(paths.some((path) => path.startsWith('/v1/boards/'))).toBe(false);
    expect(paths.some((path) => path.startsWith('/jobs-guest/'))).toBe(true);
    expect(result.skipped).toEqual([{ source: 'greenhouse', lastCrawledAt: hoursAgo(1) }]);
    expect(result.refreshed.map((entry) => [entry.source, entry.reason])).toEqual([
      ['linkedin', 'stale'],
      ['lever', 'never-crawled'],
    ]);
    const linkedInRefresh = result.refreshed.find((entry) => entry.source === 'linkedin');
    // Two cards were stored already (updated); the intern card repeats the stored Greenhouse posting.
    expect(linkedInRefresh).toMatchObject({ lastCrawledAt: hoursAgo(48), updated: 2, inserted: 2, duplicates: 1 });
    expect(result.refreshed.find((entry) => entry.source === 'lever')).toMatchObject({ inserted: 3, updated: 0 });
    const refreshedJobs = await store.listJobs({ sources: ['linkedin', 'lever'] });
    expect(refreshedJobs).toHaveLength(7);
    expect(refreshedJobs.every((job) => job.crawledAt?.getTime() === now.getTime())).toBe(true);
    expect(
      (await store.listJobs({ sources: ['greenhouse'] })).every(
        (job) => job.crawledAt?.getTime() === hoursAgo(1).getTime(),
      ),
    ).toBe(true);

    // Everything is fresh now: a second refresh crawls nothing.
    const again = await scheduler.refreshStale();
    expect(again.refreshed).toEqual([]);
    expect(again.skipped.map((entry) => entry.source)).toEqual(['greenhouse', 'linkedin', 'lever']);
  });

  it('keeps a file whose jobs carry their board as source fresh once read (it was read at every refresh)', async () => {
    // A JobSpy export: the crawler is `file`, its jobs' source is their board (`linkedin`), so the store holds no job
    // of source `file` however often the file is read.
    const path = fileURLToPath(new URL('../file/fixtures/jobspy-linkedin.jsonl', import.meta.url));
    let now = new Date('2026-06-01T12:00:00Z');
    const store = createMemoryStore();
    const scheduler = createRefreshScheduler({ store, crawlers: [createFileCrawler({ path })], now: () => now });

    const first = await scheduler.refreshStale();
    expect(first.refreshed.map((entry) => [entry.source, entry.reason, entry.inserted])).toEqual([
      ['file', 'never-crawled', 5],
    ]);
    expect(await store.latestCrawledAt('file')).toBeUndefined();
    expect(await store.latestCrawledAt('linkedin')).toEqual(now);

    const readAt = now;
    now = new Date(readAt.getTime() + 3_600_000);
    const second = await scheduler.refreshStale();
    expect(second.refreshed).toEqual([]);
    expect(second.skipped).toEqual([{ source: 'file', lastCrawledAt: readAt }]);

    now = new Date(readAt.getTime() + 25 * 3_600_000);
    const third = await scheduler.refreshStale();
    expect(third.refreshed.map((entry) => [entry.source, entry.reason, entry.lastCrawledAt, entry.updated])).toEqual([
      ['file', 'stale', readAt, 5],
    ]);
  });

  it('reports the jobs the store refuses instead of counting them as stored', async () => {
    const memory = createMemoryStore();
    const upsertJobs = memory.upsertJobs.bind(memory);
    // A store that refuses one posting on its own, as Elasticsearch refuses a document it cannot index.
    const store = Object.assign(memory, {
      upsertJobs: async (jobs: readonly JobInput[]) => {
        const refused = jobs.filter((job, index) => index === 0);
        const result = await upsertJobs(jobs.slice(1));
        return { ...result, failed: refused.map((job) => ({ id: String(job.id), reason: 'scripted refusal' })) };
      },
    });
    const result = await createRefreshScheduler({ store, crawlers: [lever()] }).refreshStale();
    const row = result.refreshed[0]!;
    expect(row).toMatchObject({ source: 'lever', inserted: 2, updated: 0 });
    expect(row.failed).toHaveLength(1);
    expect(row.failed[0]).toMatchObject({ reason: 'scripted refusal' });
    expect(await store.getJob(row.failed[0]!.jobId)).toBeUndefined();
  });

  it('goes through the pipeline: its crawl stores the jobs (with its blacklist), and no source is listed to find its newest date', async () => {
    const memory = createMemoryStore();
    const listed: Array<JobFilter | undefined> = [];
    const listJobs = memory.listJobs.bind(memory);
    // The real MemoryStore, with every listJobs call written down.
    const store = Object.assign(memory, {
      listJobs: async (filter?: JobFilter, page?: Parameters<typeof listJobs>[1]) => {
        listed.push(filter);
        return listJobs(filter, page);
      },
    });
    const ranker: Ranker = { name: 'unused', rank: async () => [] };
    const pipeline = createPipeline({ store, ranker, blacklist: { keywords: ['crypto'] } });
    const crawls: PipelineCrawlOptions[] = [];
    const scheduler = createRefreshScheduler({
      store,
      crawlers: [greenhouse(), linkedIn()],
      // The pipeline itself, with each call of its crawl written down.
      pipeline: { crawl: (options) => (crawls.push(options ?? {}), pipeline.crawl(options)) },
      now: () => new Date('2026-06-01T12:00:00Z'),
    });
    const result = await scheduler.refreshStale();
    expect(crawls).toHaveLength(1);
    expect(crawls[0]!.crawlers!.map((crawler) => crawler.name)).toEqual(['greenhouse', 'linkedin']);
    // The pipeline's blacklist applied, and its summary is the refresh's.
    expect(result.crawl?.perSource.linkedin).toMatchObject({ items: 5, blacklisted: 1 });
    expect(result.refreshed.map((entry) => entry.stats)).toEqual([
      result.crawl?.perSource.greenhouse,
      result.crawl?.perSource.linkedin,
    ]);
    expect(await store.countJobs()).toBe(result.crawl!.inserted);
    expect((await store.listJobs()).map((job) => job.title)).not.toContain('Crypto Trader');
    // Only the pipeline's dedupe lookups (by fingerprint) and the line above listed jobs: never every job of a source.
    expect(listed.filter((filter) => filter?.sources)).toEqual([]);
    expect(listed.slice(0, -1).every((filter) => filter?.fingerprints)).toBe(true);

    listed.length = 0;
    const again = await scheduler.refreshStale();
    expect(again.refreshed).toEqual([]);
    expect(crawls).toHaveLength(1);
    expect(listed).toEqual([]);
  });

  it('refuses a missing store or crawler list with a ValidationError naming it (a TypeError at the first refresh)', () => {
    const store = createMemoryStore();
    for (const [settings, setting] of [
      [{ crawlers: [lever()] }, 'store'],
      [{ store: [], crawlers: [lever()] }, 'store'],
      [{ store }, 'crawlers'],
      [{ store, crawlers: lever() }, 'crawlers'],
    ] as const)
      expect(() => createRefreshScheduler(settings as never), setting).toThrow(
        expect.objectContaining({ name: 'ValidationError', setting }),
      );
  });

  it('refreshes on an unref-ed timer until stopped', async () => {
    const store = createMemoryStore();
    const scheduler = createRefreshScheduler({ store, crawlers: [lever()] });
    scheduler.start(10);
    const deadline = Date.now() + 5000;
    while ((await store.countJobs()) === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    scheduler.stop();
    expect(await store.countJobs()).toBe(3);
  });
});
