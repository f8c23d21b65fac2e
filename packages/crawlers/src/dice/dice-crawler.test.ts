import { readFileSync } from 'node:fs';
import type { CrawlProgressEvent, Job } from '@rolefit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../http/index.js';
import { SourceRecordError } from '../mapping/index.js';
import { sendJson, startTestServer, type TestServer } from '../testing/index.js';
import { createDiceCrawler, mapDiceJob, type DiceCrawlerSettings } from './index.js';

// Written in the shape of Dice's search API as observed (GET /v1/dice/jobs/search?...&page=N, header x-api-key).
const page = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as { data: unknown[] };
const pages: Record<string, unknown> = { '1': page('page-1.json'), '2': page('page-2.json') };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== '/v1/dice/jobs/search') return;
    if (request.headers['x-api-key'] !== 'test-key') sendJson(response, { message: 'Forbidden' }, 403);
    else if (url.searchParams.get('q') === 'nothing')
      sendJson(response, { data: [], meta: { currentPage: 1, pageCount: 0, pageSize: 3, totalResults: 0 } });
    // A hostile server: page 1 whatever page is asked for, with no pageCount.
    else if (url.searchParams.get('q') === 'repeat')
      sendJson(response, { data: (pages['1'] as { data: unknown[] }).data, meta: { currentPage: 1 } });
    else
      sendJson(
        response,
        pages[url.searchParams.get('page') ?? ''] ?? {
          data: [],
          meta: { currentPage: 3, pageCount: 2, pageSize: 3, totalResults: 5 },
        },
      );
  });
});
afterAll(() => server.close());

const crawler = (settings: Partial<DiceCrawlerSettings> = {}) =>
  createDiceCrawler({
    apiKey: 'test-key',
    query: 'engineer',
    pageSize: 3,
    baseUrl: server.origin,
    http: createHttpClient({
      allowPrivateNetworks: 'loopback',
      cacheDirectory: false,
      minIntervalMs: 0,
      maxRetries: 0,
    }),
    ...settings,
  });

async function collect(iterable: AsyncIterable<Job>): Promise<Job[]> {
  const jobs: Job[] = [];
  for await (const job of iterable) jobs.push(job);
  return jobs;
}

const apiRequests = (from: number) => server.received.slice(from).filter((request) => request.path.startsWith('/v1/'));

describe('createDiceCrawler', () => {
  it('pages to meta.pageCount with the key, skipping repeats and reporting the malformed job', async () => {
    const before = server.received.length;
    const events: CrawlProgressEvent[] = [];
    const jobs = await collect(crawler().crawl({ onProgress: (event) => events.push(event) }));
    expect(jobs.map((job) => job.id)).toEqual([
      'dice:3f2b8c1e-6a4d-4e7f-9b2c-1d5e8f3a7b60',
      'dice:7c9d0e1f-2a3b-4c5d-8e9f-0a1b2c3d4e5f',
      'dice:0e1d2c3b-4a59-4687-a7b6-c5d4e3f2a1b0',
      'dice:1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
    ]);
    const requests = apiRequests(before);
    expect(requests.map((request) => request.path)).toEqual([
      '/v1/dice/jobs/search?q=engineer&countryCode2=US&radius=30&radiusUnit=mi&page=1&pageSize=3&language=en',
      '/v1/dice/jobs/search?q=engineer&countryCode2=US&radius=30&radiusUnit=mi&page=2&pageSize=3&language=en',
    ]);
    expect(requests.every((request) => request.headers['x-api-key'] === 'test-key')).toBe(true);
    const errors = events.flatMap((event) => (event.type === 'error' ? [event.error] : []));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(SourceRecordError);
    expect(errors[0]).toMatchObject({ source: 'dice', recordId: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d' });
    expect(errors[0]?.message).toContain('postedAt');
    expect(events.at(-1)).toEqual({ type: 'done', source: 'dice', pages: 2, items: 4, errors: 1 });
  });

  it('maps one posting field by field', async () => {
    const [job] = await collect(crawler().crawl({ limit: 1 }));
    expect(job?.crawledAt).toBeInstanceOf(Date);
    expect({ ...job, crawledAt: undefined, raw: undefined }).toEqual({
      id: 'dice:3f2b8c1e-6a4d-4e7f-9b2c-1d5e8f3a7b60',
      source: 'dice',
      url: 'https://www.dice.com/job-detail/3f2b8c1e-6a4d-4e7f-9b2c-1d5e8f3a7b60',
      title: 'Senior Java Developer',
      company: 'Tailspin Consulting',
      location: { city: 'Austin', region: 'TX', country: 'USA', workplace: 'remote' },
      employmentType: 'contract',
      experienceLevel: 'mid-senior',
      experienceYears: { min: 7 },
      salary: {
        min: 60,
        max: 70,
        currency: 'USD',
        period: 'hour',
        annualMin: 124800,
        annualMax: 145600,
        text: '$60 - $70 per hour',
      },
      description:
        'Build trading services in Java and Spring Boot on AWS. 7+ years of Java experience required. Long-term contract, W2 only.',
      skills: job?.skills,
      postedAt: new Date('2025-03-10T14:03:12Z'),
      crawledAt: undefined,
      raw: undefined,
    });
    expect(job?.skills).toEqual(expect.arrayContaining(['Java', 'Spring Boot', 'Amazon Web Services']));
    expect(job?.raw).toEqual(page('page-1.json').data[0]);
  });

  it('reads yearly pay with a currency code, hybrid and on-site work, and pay it cannot read', async () => {
    const jobs = await collect(crawler().crawl());
    expect(jobs[1]).toMatchObject({
      employmentType: 'full-time',
      location: { city: 'Charlotte', region: 'NC', workplace: 'hybrid' },
    });
    expect(jobs[1]?.salary).toMatchObject({ min: 120000, max: 150000, currency: 'USD', period: 'year' });
    expect(jobs[2]).toMatchObject({ employmentType: 'part-time', location: { workplace: 'onsite' } });
    expect(jobs[2]?.salary).toBeUndefined();
    expect(jobs[3]?.salary).toMatchObject({ min: 55, currency: 'USD', period: 'hour' });
  });

  it('skips postings older than since, asks for a posted-date window, and stops at limit', async () => {
    let before = server.received.length;
    const recent = await collect(crawler().crawl({ since: new Date('2025-03-08T00:00:00Z') }));
    expect(recent.map((job) => job.title)).toEqual(['Senior Java Developer', 'Data Engineer']);
    before = server.received.length;
    const now = Date.now();
    await collect(crawler({ maxPages: 1 }).crawl({ since: new Date(now - 2 * 24 * 60 * 60 * 1000) }));
    expect(
      new URL(apiRequests(before)[0]?.path ?? '/', 'http://localhost').searchParams.get('filters.postedDate'),
    ).toBe('THREE');
    before = server.received.length;
    expect(await collect(crawler().crawl({ limit: 2 }))).toHaveLength(2);
    expect(apiRequests(before)).toHaveLength(1);
  });

  it('sends the filters it is given', async () => {
    const before = server.received.length;
    await collect(
      crawler({
        location: 'Austin, TX',
        radius: 50,
        workplaceTypes: ['Remote', 'Hybrid'],
        employmentTypes: ['CONTRACTS', 'FULLTIME'],
        postedWithin: 'SEVEN',
        maxPages: 1,
      }).crawl(),
    );
    const query = new URL(apiRequests(before)[0]?.path ?? '/', 'http://localhost').searchParams;
    expect(Object.fromEntries(query)).toMatchObject({
      location: 'Austin, TX',
      radius: '50',
      'filters.workplaceTypes': 'Remote|Hybrid',
      'filters.employmentType': 'CONTRACTS|FULLTIME',
      'filters.postedDate': 'SEVEN',
    });
  });

  it('ends at once on an empty first page, and fails loudly on a wrong key', async () => {
    const events: CrawlProgressEvent[] = [];
    expect(await collect(crawler({ query: 'nothing' }).crawl({ onProgress: (event) => events.push(event) }))).toEqual(
      [],
    );
    expect(events.at(-1)).toEqual({ type: 'done', source: 'dice', pages: 1, items: 0, errors: 0 });
    await expect(collect(crawler({ apiKey: 'wrong' }).crawl())).rejects.toMatchObject({ status: 403 });
  });

  it('ends when a page holds no posting it has not seen, though the server never says how many pages there are', async () => {
    const before = server.received.length;
    const events: CrawlProgressEvent[] = [];
    const jobs = await collect(
      crawler({ query: 'repeat' }).crawl({
        onProgress: (event) => events.push(event),
        signal: AbortSignal.timeout(20_000),
      }),
    );
    expect(jobs.length).toBeGreaterThan(0);
    expect(new Set(jobs.map((job) => job.id)).size).toBe(jobs.length);
    expect(apiRequests(before)).toHaveLength(2);
    expect(events.at(-1)).toMatchObject({ type: 'done', pages: 2, items: jobs.length });
  });

  it('throws on a record that is not a job', () => {
    // The mapper's own typed error, naming the mapper and the argument (a plain TypeError before).
    expect(() => mapDiceJob(null)).toThrow(SourceRecordError);
    expect(() => mapDiceJob(null)).toThrow('mapDiceJob: record: must be an object, got null');
    expect(() => mapDiceJob({ title: 'No id' })).toThrow(SourceRecordError);
    expect(() => mapDiceJob({ title: 'No id' })).toThrow('record: has no guid or id');
  });
});

// Opt-in live smoke test against Dice's search API; needs the key its search page sends:
// ROLEFIT_LIVE=1 ROLEFIT_DICE_API_KEY=... pnpm exec vitest run packages/crawlers/src/dice
describe.skipIf(process.env.ROLEFIT_LIVE !== '1')('createDiceCrawler (live)', () => {
  it('reads a few jobs', async () => {
    const apiKey = process.env.ROLEFIT_DICE_API_KEY ?? '';
    const jobs = await collect(
      createDiceCrawler({
        apiKey,
        query: 'typescript',
        pageSize: 5,
        maxPages: 1,
        http: createHttpClient({ cacheDirectory: false }),
      }).crawl({ limit: 3 }),
    );
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs[0]?.id).toMatch(/^dice:/);
  });
});
