import { readFileSync } from 'node:fs';
import type { CrawlProgressEvent, Job } from '@rolefit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, HttpStatusError, PrivateAddressError } from '../http/index.js';
import { SourceRecordError } from '../mapping/index.js';
import { sendJson, startTestServer, type TestServer } from '../testing/index.js';
import { createGreenhouseCrawler } from './index.js';

// Recorded in the public Job Board API format (GET /v1/boards/{board}/jobs?content=true).
const fixture = JSON.parse(readFileSync(new URL('./fixtures/jobs.json', import.meta.url), 'utf8')) as {
  jobs: unknown[];
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer((request, response) => {
    if (request.url === '/v1/boards/acme/jobs?content=true') sendJson(response, fixture);
    else if (request.url === '/v1/boards/empty/jobs?content=true') sendJson(response, { jobs: [], meta: { total: 0 } });
  });
});
afterAll(() => server.close());

const http = () => createHttpClient({ allowPrivateNetworks: 'loopback', cacheDirectory: false, minIntervalMs: 0 });

async function collect(iterable: AsyncIterable<Job>): Promise<Job[]> {
  const jobs: Job[] = [];
  for await (const job of iterable) jobs.push(job);
  return jobs;
}

describe('createGreenhouseCrawler', () => {
  it('refuses, by default, a board URL that points at loopback or a private network, and sends nothing', async () => {
    const before = server.received.length;
    for (const baseUrl of [server.origin, 'http://10.1.2.3:8080']) {
      // The adapter's own default client: no allowPrivateNetworks.
      const crawler = createGreenhouseCrawler({
        board: 'acme',
        baseUrl,
        http: createHttpClient({ cacheDirectory: false }),
      });
      await expect(collect(crawler.crawl())).rejects.toBeInstanceOf(PrivateAddressError);
    }
    expect(server.received.length).toBe(before);
  });

  it('maps every valid job, reports the malformed one and carries on', async () => {
    const events: CrawlProgressEvent[] = [];
    const crawler = createGreenhouseCrawler({ board: 'acme', baseUrl: server.origin, http: http() });
    const jobs = await collect(crawler.crawl({ onProgress: (event) => events.push(event) }));
    expect(crawler.name).toBe('greenhouse');
    expect(jobs.map((job) => job.id)).toEqual([
      'greenhouse:acme:4012345',
      'greenhouse:acme:4012346',
      'greenhouse:acme:4012348',
    ]);
    const errors = events.filter((event) => event.type === 'error');
    expect(errors).toHaveLength(1);
    const error = errors[0]?.type === 'error' ? errors[0].error : undefined;
    expect(error).toBeInstanceOf(SourceRecordError);
    expect(error).toMatchObject({ source: 'greenhouse', recordId: '4012347' });
    expect(error?.message).toContain('title');
    expect(events.at(0)).toMatchObject({ type: 'page', page: 1, items: 4 });
    expect(events.at(-1)).toEqual({ type: 'done', source: 'greenhouse', pages: 1, items: 3, errors: 1 });
  });

  it('maps one posting field by field', async () => {
    const [job] = await collect(
      createGreenhouseCrawler({ board: 'acme', baseUrl: server.origin, http: http() }).crawl({ limit: 1 }),
    );
    expect(job?.crawledAt).toBeInstanceOf(Date);
    expect({ ...job, crawledAt: undefined, raw: undefined }).toEqual({
      id: 'greenhouse:acme:4012345',
      source: 'greenhouse',
      url: 'https://boards.greenhouse.io/acme/jobs/4012345',
      title: 'Senior Backend Engineer',
      company: 'Acme Robotics',
      location: { city: 'San Francisco', region: 'CA' },
      employmentType: 'full-time',
      experienceLevel: 'mid-senior',
      experienceYears: { min: 5 },
      salary: {
        min: 150000,
        max: 180000,
        currency: 'USD',
        period: 'year',
        annualMin: 150000,
        annualMax: 180000,
        text: '$150,000 - $180,000 per year',
      },
      description:
        "Acme builds warehouse robots.\nWhat you'll do\nBuild services in Python and PostgreSQL\nRun them on Kubernetes\nYou have 5+ years of backend experience.",
      skills: ['Back-End Development', 'Python', 'PostgreSQL', 'Kubernetes'],
      postedAt: new Date('2025-03-01T14:30:00.000Z'),
      crawledAt: undefined,
      raw: undefined,
    });
    expect(job?.raw).toEqual(fixture.jobs[0]);
  });

  it('reads remote locations and internships', async () => {
    const jobs = await collect(
      createGreenhouseCrawler({ board: 'acme', baseUrl: server.origin, http: http() }).crawl(),
    );
    expect(jobs[1]?.location).toEqual({ country: 'US', workplace: 'remote' });
    expect(jobs[2]).toMatchObject({
      employmentType: 'internship',
      experienceLevel: 'internship',
      location: { city: 'Austin', region: 'TX' },
    });
  });

  it('skips postings older than since, and stops at limit', async () => {
    const crawler = createGreenhouseCrawler({ board: 'acme', baseUrl: server.origin, http: http() });
    const recent = await collect(crawler.crawl({ since: new Date('2025-02-01T00:00:00Z') }));
    expect(recent.map((job) => job.id)).toEqual(['greenhouse:acme:4012345', 'greenhouse:acme:4012346']);
    expect(await collect(crawler.crawl({ limit: 2 }))).toHaveLength(2);
  });

  it('yields nothing for an empty board and fails loudly for a missing one', async () => {
    const events: CrawlProgressEvent[] = [];
    expect(
      await collect(
        createGreenhouseCrawler({ board: 'empty', baseUrl: server.origin, http: http() }).crawl({
          onProgress: (event) => events.push(event),
        }),
      ),
    ).toEqual([]);
    expect(events.at(-1)).toMatchObject({ type: 'done', items: 0, errors: 0 });
    await expect(
      collect(createGreenhouseCrawler({ board: 'nope', baseUrl: server.origin, http: http() }).crawl()),
    ).rejects.toBeInstanceOf(HttpStatusError);
  });

  it('stops with the signal', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(
      collect(
        createGreenhouseCrawler({ board: 'acme', baseUrl: server.origin, http: http() }).crawl({
          signal: controller.signal,
        }),
      ),
    ).rejects.toThrow('stop');
  });
});

// Opt-in live smoke test against a real public board: ROLEFIT_LIVE=1 pnpm exec vitest run packages/crawlers/src/greenhouse
describe.skipIf(process.env.ROLEFIT_LIVE !== '1')('createGreenhouseCrawler (live)', () => {
  it('reads a few jobs from the public vercel board', async () => {
    const jobs = await collect(
      createGreenhouseCrawler({ board: 'vercel', http: createHttpClient({ cacheDirectory: false }) }).crawl({
        limit: 3,
      }),
    );
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs[0]?.id).toMatch(/^greenhouse:vercel:\d+$/);
  });
});
