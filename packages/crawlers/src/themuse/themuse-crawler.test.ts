import { readFileSync } from 'node:fs';
import type { CrawlProgressEvent, Job } from '@rolefit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../http/index.js';
import { SourceRecordError } from '../mapping/index.js';
import { sendJson, startTestServer, type TestServer } from '../testing/index.js';
import { createMuseCrawler, mapMuseJob, type MuseCrawlerSettings } from './index.js';

// Recorded in the public jobs API format (GET /api/public/jobs?page=N&descending=true&...).
const page = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as { results: unknown[] };
const pages: Record<string, unknown> = { '0': page('page-0.json'), '1': page('page-1.json') };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== '/api/public/jobs' || url.searchParams.get('descending') !== 'true') return;
    if (url.searchParams.getAll('category').includes('Nothing'))
      sendJson(response, { page: 0, page_count: 0, items_per_page: 20, total: 0, results: [] });
    // A hostile server: page 0 whatever page is asked for, and a page count it never reaches.
    else if (url.searchParams.getAll('category').includes('Repeat'))
      sendJson(response, { ...(pages['0'] as object), page_count: 1e9 });
    else
      sendJson(
        response,
        pages[url.searchParams.get('page') ?? ''] ?? { page: 9, page_count: 2, total: 6, results: [] },
      );
  });
});
afterAll(() => server.close());

const crawler = (settings: MuseCrawlerSettings = {}) =>
  createMuseCrawler({
    baseUrl: server.origin,
    http: createHttpClient({ allowPrivateNetworks: 'loopback', cacheDirectory: false, minIntervalMs: 0 }),
    ...settings,
  });

async function collect(iterable: AsyncIterable<Job>): Promise<Job[]> {
  const jobs: Job[] = [];
  for await (const job of iterable) jobs.push(job);
  return jobs;
}

const apiRequests = (from: number) => server.received.slice(from).filter((request) => request.path.startsWith('/api/'));

describe('createMuseCrawler', () => {
  it('pages from 0 to page_count, reporting the malformed job and carrying on', async () => {
    const before = server.received.length;
    const events: CrawlProgressEvent[] = [];
    const jobs = await collect(crawler().crawl({ onProgress: (event) => events.push(event) }));
    expect(jobs.map((job) => job.id)).toEqual([
      'themuse:15230011',
      'themuse:15230012',
      'themuse:15230013',
      'themuse:15230014',
      'themuse:15230016',
    ]);
    expect(apiRequests(before).map((request) => request.path)).toEqual([
      '/api/public/jobs?page=0&descending=true',
      '/api/public/jobs?page=1&descending=true',
    ]);
    const errors = events.flatMap((event) => (event.type === 'error' ? [event.error] : []));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(SourceRecordError);
    expect(errors[0]).toMatchObject({ source: 'themuse', recordId: '15230015' });
    expect(errors[0]?.message).toContain('title');
    expect(events.at(-1)).toEqual({ type: 'done', source: 'themuse', pages: 2, items: 5, errors: 1 });
  });

  it('maps one posting field by field', async () => {
    const [job] = await collect(crawler().crawl({ limit: 1 }));
    expect(job?.crawledAt).toBeInstanceOf(Date);
    expect({ ...job, crawledAt: undefined, raw: undefined }).toEqual({
      id: 'themuse:15230011',
      source: 'themuse',
      url: 'https://www.themuse.com/jobs/northwindhealth/backend-engineer-4b1c2d',
      title: 'Backend Engineer',
      company: 'Northwind Health',
      location: { city: 'New York', region: 'NY', workplace: 'remote' },
      experienceLevel: 'associate',
      experienceYears: { min: 4 },
      description:
        "Northwind Health builds software for clinics.\nWhat you'll do\nBuild APIs in TypeScript and Node.js\nOwn our PostgreSQL schema\nYou have 4+ years of backend experience.",
      skills: job?.skills,
      postedAt: new Date('2025-03-10T16:04:21.000Z'),
      crawledAt: undefined,
      raw: undefined,
    });
    expect(job?.skills).toEqual(expect.arrayContaining(['TypeScript', 'Node.js', 'PostgreSQL']));
    expect(job?.raw).toEqual(page('page-0.json').results[0]);
  });

  it('maps levels, internships, remote-only postings and pay in the text', async () => {
    const jobs = await collect(crawler().crawl());
    expect(jobs.map((job) => job.experienceLevel)).toEqual([
      'associate',
      'internship',
      'entry',
      'director',
      'associate',
    ]);
    expect(jobs[1]).toMatchObject({ employmentType: 'internship', location: { city: 'Chicago', region: 'IL' } });
    expect(jobs[2]?.location).toEqual({ workplace: 'remote' });
    expect(jobs[2]?.salary).toMatchObject({ min: 22, max: 25, currency: 'USD', period: 'hour' });
    expect(jobs[4]?.location).toEqual({ city: 'London', country: 'United Kingdom' });
  });

  it('stops paging at the first posting older than since, and at limit', async () => {
    let before = server.received.length;
    const recent = await collect(crawler().crawl({ since: new Date('2025-03-06T00:00:00Z') }));
    expect(recent.map((job) => job.id)).toEqual(['themuse:15230011', 'themuse:15230012']);
    expect(apiRequests(before)).toHaveLength(1);
    before = server.received.length;
    expect(await collect(crawler().crawl({ limit: 4 }))).toHaveLength(4);
    expect(apiRequests(before)).toHaveLength(2);
  });

  it('sends filters and the key, keeps the key out of events, and stops at maxPages', async () => {
    const before = server.received.length;
    const events: CrawlProgressEvent[] = [];
    const settings = {
      categories: ['Software Engineering', 'Data and Analytics'],
      levels: ['Mid Level'],
      locations: ['Flexible / Remote'],
      company: ['Fabrikam'],
      apiKey: 'secret-key',
      maxPages: 1,
    };
    await collect(crawler(settings).crawl({ onProgress: (event) => events.push(event) }));
    const requests = apiRequests(before);
    expect(requests).toHaveLength(1);
    const query = new URL(requests[0]?.path ?? '/', 'http://localhost').searchParams;
    expect(query.getAll('category')).toEqual(['Software Engineering', 'Data and Analytics']);
    expect([query.get('level'), query.get('location'), query.get('company'), query.get('api_key')]).toEqual([
      'Mid Level',
      'Flexible / Remote',
      'Fabrikam',
      'secret-key',
    ]);
    expect(JSON.stringify(events)).not.toContain('secret-key');
    const pageEvent = events.find((event) => event.type === 'page');
    expect(pageEvent?.type === 'page' ? pageEvent.url : undefined).toContain('api_key=***');
  });

  it('ends at once on an empty first page', async () => {
    const events: CrawlProgressEvent[] = [];
    expect(
      await collect(crawler({ categories: ['Nothing'] }).crawl({ onProgress: (event) => events.push(event) })),
    ).toEqual([]);
    expect(events.at(-1)).toEqual({ type: 'done', source: 'themuse', pages: 1, items: 0, errors: 0 });
  });

  it('ends when a page holds no posting it has not seen, however many pages the server claims', async () => {
    const before = server.received.length;
    const events: CrawlProgressEvent[] = [];
    const jobs = await collect(
      crawler({ categories: ['Repeat'] }).crawl({
        onProgress: (event) => events.push(event),
        signal: AbortSignal.timeout(20_000),
      }),
    );
    // Each posting once (page 0 holds three jobs and one malformed record), then one repeated page, then the end.
    expect(jobs.map((job) => job.id)).toEqual(['themuse:15230011', 'themuse:15230012', 'themuse:15230013']);
    expect(apiRequests(before)).toHaveLength(2);
    expect(events.at(-1)).toMatchObject({ type: 'done', pages: 2, items: 3 });
  });

  it('throws on a record that is not a job', () => {
    // The mapper's own typed error, naming the mapper and the argument (a plain TypeError before).
    expect(() => mapMuseJob('nope')).toThrow(SourceRecordError);
    expect(() => mapMuseJob('nope')).toThrow('mapMuseJob: record: must be an object, got a string');
    expect(() => mapMuseJob({ name: 'No id' })).toThrow(SourceRecordError);
    expect(() => mapMuseJob({ name: 'No id' })).toThrow('record: has no id');
  });
});

// Opt-in live smoke test against the public API: ROLEFIT_LIVE=1 pnpm exec vitest run packages/crawlers/src/themuse
describe.skipIf(process.env.ROLEFIT_LIVE !== '1')('createMuseCrawler (live)', () => {
  it('reads a few jobs from the public API', async () => {
    const jobs = await collect(
      createMuseCrawler({ maxPages: 1, http: createHttpClient({ cacheDirectory: false }) }).crawl({ limit: 3 }),
    );
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs[0]?.id).toMatch(/^themuse:\d+$/);
  });
});
