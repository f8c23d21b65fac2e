import { readFileSync } from 'node:fs';
import type { CrawlProgressEvent, Job } from '@rolefit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../http/index.js';
import { SourceRecordError } from '../mapping/index.js';
import { sendJson, startTestServer, type TestServer } from '../testing/index.js';
import { createLeverCrawler } from './index.js';

// Recorded in the public postings API format (GET /v0/postings/{company}?mode=json&skip=N&limit=M).
const page = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as unknown[];
const pages: Record<string, unknown[]> = { '0': page('page-0.json'), '2': page('page-2.json') };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (
      url.pathname === '/v0/postings/leverdemo' &&
      url.searchParams.get('mode') === 'json' &&
      url.searchParams.get('limit') === '2'
    ) {
      sendJson(response, pages[url.searchParams.get('skip') ?? ''] ?? []);
    } else if (url.pathname === '/v0/postings/quiet') sendJson(response, []);
    // A hostile server: the same page of postings without ids, whatever skip is asked for.
    else if (url.pathname === '/v0/postings/idless') sendJson(response, [{ text: 'No id' }, { text: 'No id either' }]);
  });
});
afterAll(() => server.close());

const crawler = () =>
  createLeverCrawler({
    company: 'leverdemo',
    baseUrl: server.origin,
    pageSize: 2,
    companyName: 'Lever Demo',
    http: createHttpClient({ allowPrivateNetworks: 'loopback', cacheDirectory: false, minIntervalMs: 0 }),
  });

async function collect(iterable: AsyncIterable<Job>): Promise<Job[]> {
  const jobs: Job[] = [];
  for await (const job of iterable) jobs.push(job);
  return jobs;
}

describe('createLeverCrawler', () => {
  it('pages with skip/limit until an empty page, reporting the malformed posting', async () => {
    const before = server.received.length;
    const events: CrawlProgressEvent[] = [];
    const jobs = await collect(crawler().crawl({ onProgress: (event) => events.push(event) }));
    expect(jobs.map((job) => job.id)).toEqual([
      'lever:leverdemo:5ac21346-8e0c-4494-8e7a-3eb92ff77902',
      'lever:leverdemo:0b7b1d1e-2d71-4e0f-9f5c-1e2a3b4c5d6e',
      'lever:leverdemo:9f8e7d6c-5b4a-4321-8765-0fedcba98765',
    ]);
    expect(
      server.received
        .slice(before)
        .map((request) => request.path)
        .filter((path) => path.startsWith('/v0')),
    ).toEqual([
      '/v0/postings/leverdemo?mode=json&skip=0&limit=2',
      '/v0/postings/leverdemo?mode=json&skip=2&limit=2',
      '/v0/postings/leverdemo?mode=json&skip=4&limit=2',
    ]);
    const errors = events.flatMap((event) => (event.type === 'error' ? [event.error] : []));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(SourceRecordError);
    expect(errors[0]).toMatchObject({ source: 'lever', recordId: 'broken-1' });
    expect(
      events.filter((event) => event.type === 'page').map((event) => (event.type === 'page' ? event.items : -1)),
    ).toEqual([2, 2, 0]);
    expect(events.at(-1)).toEqual({ type: 'done', source: 'lever', pages: 3, items: 3, errors: 1 });
  });

  it('maps one posting field by field', async () => {
    const [job] = await collect(crawler().crawl({ limit: 1 }));
    expect({ ...job, crawledAt: undefined, raw: undefined }).toEqual({
      id: 'lever:leverdemo:5ac21346-8e0c-4494-8e7a-3eb92ff77902',
      source: 'lever',
      url: 'https://jobs.lever.co/leverdemo/5ac21346-8e0c-4494-8e7a-3eb92ff77902',
      title: 'Senior Platform Engineer',
      company: 'Lever Demo',
      location: { city: 'Toronto', region: 'ON', workplace: 'hybrid' },
      employmentType: 'full-time',
      experienceLevel: 'mid-senior',
      experienceYears: { min: 3, max: 5 },
      salary: { min: 140000, max: 170000, currency: 'CAD', period: 'year', annualMin: 140000, annualMax: 170000 },
      description:
        'Leverdemo builds hiring software. You will own our Go services and AWS infrastructure.\n\nRequirements\n3-5 years of experience with Go\nTerraform and AWS\n\nNice to have\ngRPC\n\nWe offer equity and health insurance.',
      skills: ['Platform Engineering', 'Go', 'Amazon Web Services', 'Terraform', 'gRPC'],
      postedAt: new Date(1741000000000),
      crawledAt: undefined,
      raw: undefined,
    });
    expect(job?.raw).toEqual(pages['0']?.[0]);
  });

  it('reads pay from the text when there is no salaryRange, and maps remote part-time work', async () => {
    const jobs = await collect(crawler().crawl({ limit: 2 }));
    expect(jobs[1]).toMatchObject({
      employmentType: 'part-time',
      location: { workplace: 'remote' },
      salary: { min: 25, max: 30, currency: 'USD', period: 'hour' },
    });
  });

  it('skips postings older than since and stops paging at limit', async () => {
    const recent = await collect(crawler().crawl({ since: new Date(1735000000000) }));
    expect(recent.map((job) => job.title)).toEqual(['Senior Platform Engineer', 'Customer Support Specialist']);
    const before = server.received.length;
    expect(await collect(crawler().crawl({ limit: 1 }))).toHaveLength(1);
    expect(server.received.slice(before).filter((request) => request.path.startsWith('/v0'))).toHaveLength(1);
  });

  it('reads at most maxPages pages', async () => {
    const before = server.received.length;
    const events: CrawlProgressEvent[] = [];
    const onePage = createLeverCrawler({
      company: 'leverdemo',
      baseUrl: server.origin,
      pageSize: 2,
      maxPages: 1,
      http: createHttpClient({ allowPrivateNetworks: 'loopback', cacheDirectory: false, minIntervalMs: 0 }),
    });
    const jobs = await collect(onePage.crawl({ onProgress: (event) => events.push(event) }));
    expect(jobs.map((job) => job.title)).toEqual(['Senior Platform Engineer', 'Customer Support Specialist']);
    expect(
      server.received
        .slice(before)
        .map((request) => request.path)
        .filter((path) => path.startsWith('/v0')),
    ).toEqual(['/v0/postings/leverdemo?mode=json&skip=0&limit=2']);
    expect(events.at(-1)).toMatchObject({ type: 'done', pages: 1, items: 2 });
    expect(() => createLeverCrawler({ company: 'leverdemo', maxPages: 0 })).toThrow(/maxPages/);
  });

  it('ends at once on an empty first page', async () => {
    const events: CrawlProgressEvent[] = [];
    const quiet = createLeverCrawler({
      company: 'quiet',
      baseUrl: server.origin,
      http: createHttpClient({ allowPrivateNetworks: 'loopback', cacheDirectory: false, minIntervalMs: 0 }),
    });
    expect(await collect(quiet.crawl({ onProgress: (event) => events.push(event) }))).toEqual([]);
    expect(events.at(-1)).toEqual({ type: 'done', source: 'lever', pages: 1, items: 0, errors: 0 });
  });

  it('ends after a page of postings without ids, reporting each, though the server repeats it for ever', async () => {
    // It paged for ever: 11,336 pages in 30 s, each posting reported again on every page.
    const events: CrawlProgressEvent[] = [];
    const idless = createLeverCrawler({
      company: 'idless',
      baseUrl: server.origin,
      http: createHttpClient({ allowPrivateNetworks: 'loopback', cacheDirectory: false, minIntervalMs: 0 }),
    });
    const jobs = await collect(
      idless.crawl({ onProgress: (event) => events.push(event), signal: AbortSignal.timeout(20_000) }),
    );
    expect(jobs).toEqual([]);
    expect(events.at(-1)).toEqual({ type: 'done', source: 'lever', pages: 1, items: 0, errors: 2 });
  });
});

// Opt-in live smoke test against Lever's public demo site: ROLEFIT_LIVE=1 pnpm exec vitest run packages/crawlers/src/lever
describe.skipIf(process.env.ROLEFIT_LIVE !== '1')('createLeverCrawler (live)', () => {
  it('reads a few postings from leverdemo', async () => {
    const jobs = await collect(
      createLeverCrawler({ company: 'leverdemo', http: createHttpClient({ cacheDirectory: false }) }).crawl({
        limit: 3,
      }),
    );
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs[0]?.id).toMatch(/^lever:leverdemo:/);
  });
});
