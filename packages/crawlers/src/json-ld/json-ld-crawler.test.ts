import { readFileSync } from 'node:fs';
import type { CrawlProgressEvent, Job } from '@rolefit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, HttpStatusError } from '../http/index.js';
import { SourceRecordError } from '../mapping/index.js';
import { startTestServer, type TestServer } from '../testing/index.js';
import { createJsonLdCrawler, extractJsonLdBlocks, findJobPostings, mapJobPosting } from './index.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer((request, response) => {
    const name = { '/jobs/data-engineer': 'single.html', '/careers': 'graph.html', '/about': 'none.html' }[
      request.url ?? ''
    ];
    if (name) response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fixture(name));
  });
});
afterAll(() => server.close());

const crawler = (paths: string[]) =>
  createJsonLdCrawler({
    urls: paths.map((path) => `${server.origin}${path}`),
    http: createHttpClient({ allowPrivateNetworks: 'loopback', cacheDirectory: false, minIntervalMs: 0 }),
  });

async function collect(iterable: AsyncIterable<Job>): Promise<Job[]> {
  const jobs: Job[] = [];
  for await (const job of iterable) jobs.push(job);
  return jobs;
}

describe('createJsonLdCrawler', () => {
  it('reads postings from plain blocks, @graph and arrays; reports bad blocks, bad records and bad pages; skips expired ads', async () => {
    const events: CrawlProgressEvent[] = [];
    const jobs = await collect(
      crawler(['/jobs/data-engineer', '/careers', '/about', '/missing']).crawl({
        onProgress: (event) => events.push(event),
      }),
    );
    expect(jobs.map((job) => job.title)).toEqual(['Data Engineer', 'Remote QA Engineer', 'Summer Intern']);
    const errors = events.flatMap((event) => (event.type === 'error' ? [event.error] : []));
    expect(errors).toHaveLength(3);
    expect(errors[0]).toBeInstanceOf(SourceRecordError); // the block that is not JSON
    expect(errors[0]?.message).toContain('JSON-LD block 2');
    expect(errors[1]).toMatchObject({ name: 'SourceRecordError', recordId: 'IT-404' }); // no title
    expect(errors[2]).toBeInstanceOf(HttpStatusError); // the page that is not there
    expect(
      events.filter((event) => event.type === 'page').map((event) => (event.type === 'page' ? event.items : -1)),
    ).toEqual([1, 4, 0]);
    expect(events.at(-1)).toEqual({ type: 'done', source: 'json-ld', pages: 3, items: 3, errors: 3 });
  });

  it('maps one posting field by field', async () => {
    const [job] = await collect(crawler(['/jobs/data-engineer']).crawl());
    expect({ ...job, crawledAt: undefined, raw: undefined }).toEqual({
      id: 'json-ld:127.0.0.1:GX-1042',
      source: 'json-ld',
      url: `${server.origin}/jobs/data-engineer`,
      title: 'Data Engineer',
      company: 'Globex Corporation',
      location: { city: 'Amsterdam', region: 'North Holland', country: 'NL' },
      employmentType: 'full-time',
      experienceYears: { min: 4 },
      salary: { min: 5000, max: 6500, currency: 'EUR', period: 'month', annualMin: 60000, annualMax: 78000 },
      description: 'Build pipelines with Apache Spark and Airflow.\nAt least 4 years of data engineering',
      // "Build Automation" is the core taxonomy reading "Build pipelines"; kept as the taxonomy says.
      skills: ['Data Engineering', 'Build Automation', 'Apache Spark', 'Apache Airflow'],
      postedAt: new Date('2025-03-05T00:00:00.000Z'),
      crawledAt: undefined,
      raw: undefined,
    });
    expect(job?.raw).toMatchObject({ '@type': 'JobPosting', validThrough: '2099-12-31T00:00' });
  });

  it('maps TELECOMMUTE to remote, hourly pay and the posting URL', async () => {
    const jobs = await collect(crawler(['/careers']).crawl());
    expect(jobs[0]).toMatchObject({
      url: 'https://initech.example/jobs/qa',
      company: 'Initech',
      employmentType: 'part-time',
      location: { country: 'USA', workplace: 'remote' },
      salary: { min: 40, max: 40, currency: 'USD', period: 'hour' },
    });
    expect(jobs[1]).toMatchObject({
      id: 'json-ld:127.0.0.1:IT-7',
      employmentType: 'internship',
      experienceLevel: 'internship',
    });
  });

  it('honours since and limit', async () => {
    expect(
      (await collect(crawler(['/jobs/data-engineer', '/careers']).crawl({ since: new Date('2025-01-01') }))).map(
        (job) => job.title,
      ),
    ).toEqual(['Data Engineer', 'Remote QA Engineer']);
    const before = server.received.length;
    expect(await collect(crawler(['/jobs/data-engineer', '/careers']).crawl({ limit: 1 }))).toHaveLength(1);
    expect(server.received.slice(before).filter((request) => request.path === '/careers')).toHaveLength(0);
  });

  it('keeps expired ads when asked', async () => {
    const all = await collect(
      createJsonLdCrawler({
        urls: [`${server.origin}/careers`],
        includeExpired: true,
        http: createHttpClient({ allowPrivateNetworks: 'loopback', cacheDirectory: false, minIntervalMs: 0 }),
      }).crawl(),
    );
    expect(all.map((job) => job.title)).toContain('Expired Role');
  });
});

describe('mapJobPosting experience', () => {
  const posting = (monthsOfExperience: unknown) => ({
    '@type': 'JobPosting',
    title: 'Data Engineer',
    description: 'Build pipelines.',
    experienceRequirements: { '@type': 'OccupationalExperienceRequirements', monthsOfExperience },
  });
  it('reads monthsOfExperience as years, and leaves out more than a working life instead of refusing the posting', () => {
    expect(mapJobPosting(posting(30), 'https://example.com/jobs/1').experienceYears).toEqual({ min: 2.5 });
    // 1e6 months (83,333 years) made the posting invalid (years are at most MAX_EXPERIENCE_YEARS): it is kept without them.
    for (const months of [1e6, 1e308, -1, '36'])
      expect(mapJobPosting(posting(months), 'https://example.com/jobs/1').experienceYears).toBeUndefined();
  });
});

describe('JSON-LD extraction', () => {
  it('finds blocks with any quoting and postings at any level', () => {
    const html = `<script type=application/ld+json>{"@type":"JobPosting","title":"A"}</script><script type="text/javascript">{}</script><SCRIPT TYPE="application/ld+json" nonce="x">[{"@graph":[{"@type":["Thing","JobPosting"],"title":"B"}]}]</SCRIPT>`;
    const blocks = extractJsonLdBlocks(html);
    expect(blocks).toHaveLength(2);
    expect(blocks.flatMap((block) => findJobPostings(JSON.parse(block))).map((posting) => posting.title)).toEqual([
      'A',
      'B',
    ]);
  });
});

// Opt-in live smoke test: ROLEFIT_LIVE=1 ROLEFIT_LIVE_JSON_LD_URL=https://... pnpm exec vitest run packages/crawlers/src/json-ld
// (any public job page with schema.org JobPosting markup, e.g. a Greenhouse-hosted job page).
describe.skipIf(process.env.ROLEFIT_LIVE !== '1')('createJsonLdCrawler (live)', () => {
  it('reads a posting from a real job page', async () => {
    const url = process.env.ROLEFIT_LIVE_JSON_LD_URL ?? 'https://job-boards.greenhouse.io/vercel';
    const jobs = await collect(
      createJsonLdCrawler({ urls: [url], http: createHttpClient({ cacheDirectory: false }) }).crawl({ limit: 1 }),
    );
    expect(jobs.length).toBeGreaterThanOrEqual(0);
  });
});
