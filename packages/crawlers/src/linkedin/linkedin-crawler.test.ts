import { existsSync, readFileSync } from 'node:fs';
import type { CrawlProgressEvent, Job } from '@rolefit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, RobotsDisallowedError } from '../http/index.js';
import { SourceRecordError } from '../mapping/index.js';
import { startTestServer, type TestServer } from '../testing/index.js';
import {
  createLinkedInCrawler,
  createLinkedInPostingCrawler,
  extractLinkedInCards,
  fetchLinkedInPosting,
  linkedInJobId,
  parseLinkedInPosting,
  parseLinkedInSearchPage,
  parseLinkedInTimeAgo,
} from './index.js';

// Recorded in the guest endpoints' format: search pages of job cards (`start` = 0, 3, then an empty body) and posting pages.
const fixtureUrl = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const fixture = (name: string) => readFileSync(fixtureUrl(name), 'utf8');
const SEARCH_PATH = '/jobs-guest/jobs/api/seeMoreJobPostings/search';
const POSTING_PATH = '/jobs-guest/jobs/api/jobPosting/';

function answer(request: { url?: string }, response: import('node:http').ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const html = (name: string) =>
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fixture(name));
  if (url.pathname === SEARCH_PATH)
    html({ '0': 'search-0.html', '3': 'search-3.html' }[url.searchParams.get('start') ?? ''] ?? 'search-empty.html');
  else if (url.pathname.startsWith(POSTING_PATH)) {
    const name = `posting-${url.pathname.slice(POSTING_PATH.length)}.html`;
    if (/^posting-\d+\.html$/.test(name) && existsSync(fixtureUrl(name))) html(name);
  }
}

let server: TestServer;
let guarded: TestServer;
beforeAll(async () => {
  server = await startTestServer((request, response) => answer(request, response));
  // A second origin whose robots.txt keeps generic bots off the guest endpoints, as LinkedIn's may.
  guarded = await startTestServer((request, response) => {
    if (request.url === '/robots.txt')
      response.writeHead(200, { 'content-type': 'text/plain' }).end(fixture('robots-disallow.txt'));
    else answer(request, response);
  });
});
afterAll(async () => {
  await server.close();
  await guarded.close();
});

const http = (settings: { respectRobots?: boolean } = {}) =>
  createHttpClient({ allowPrivateNetworks: 'loopback', cacheDirectory: false, minIntervalMs: 1, ...settings });

async function collect(iterable: AsyncIterable<Job>): Promise<Job[]> {
  const jobs: Job[] = [];
  for await (const job of iterable) jobs.push(job);
  return jobs;
}

const searchQueries = (target: TestServer) =>
  target.received
    .filter((request) => request.path.startsWith(SEARCH_PATH))
    .map((request) => new URL(request.path, 'http://localhost').searchParams);

describe('LinkedIn markup helpers', () => {
  it('finds job ids in view URLs, URNs and search links', () => {
    expect(
      linkedInJobId(
        'https://www.linkedin.com/jobs/view/senior-backend-engineer-at-acme-robotics-4012345678?position=1',
      ),
    ).toBe('4012345678');
    expect(linkedInJobId('https://www.linkedin.com/jobs/view/4012345681/')).toBe('4012345681');
    expect(linkedInJobId('urn:li:jobPosting:42')).toBe('42');
    expect(linkedInJobId('https://www.linkedin.com/jobs/search/?currentJobId=77&keywords=x')).toBe('77');
    expect(linkedInJobId('https://www.linkedin.com/company/acme')).toBeUndefined();
  });

  it('reads cards, decoding entities and both list-date classes', () => {
    const cards = extractLinkedInCards(fixture('search-3.html'));
    expect(cards).toHaveLength(2);
    expect(cards[0]).toMatchObject({ jobId: '4012345681', title: undefined, company: 'Umbrella Corp' });
    expect(cards[1]).toMatchObject({
      jobId: '4012345682',
      title: 'Machine Learning Engineer & Researcher',
      postedDate: '2026-11-22',
      salaryText: '$90/hr - $110/hr',
    });
    expect(extractLinkedInCards('')).toEqual([]);
  });

  it('reads relative posting times', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    expect(parseLinkedInTimeAgo('2 days ago', now)).toEqual(new Date('2026-11-20T12:00:00Z'));
    expect(parseLinkedInTimeAgo('1 week ago', now)).toEqual(new Date('2026-11-15T12:00:00Z'));
    expect(parseLinkedInTimeAgo('Reposted', now)).toBeUndefined();
  });

  it('maps a recorded search page without the network, a bad card becoming an error', () => {
    const page = parseLinkedInSearchPage(fixture('search-3.html'));
    expect(page.cards).toBe(2);
    expect(page.jobs.map((job) => job.id)).toEqual(['linkedin:4012345682']);
    expect(page.errors[0]).toMatchObject({ name: 'SourceRecordError', recordId: '4012345681' });
  });
});

describe('createLinkedInCrawler', () => {
  it('pages with start until an empty body, reports the card without a title and carries on', async () => {
    const events: CrawlProgressEvent[] = [];
    const crawler = createLinkedInCrawler({
      keywords: 'engineer',
      baseUrl: server.origin,
      http: http(),
      fetchDetails: false,
    });
    const jobs = await collect(crawler.crawl({ onProgress: (event) => events.push(event) }));
    expect(crawler.name).toBe('linkedin');
    expect(jobs.map((job) => job.id)).toEqual([
      'linkedin:4012345678',
      'linkedin:4012345679',
      'linkedin:4012345680',
      'linkedin:4012345682',
    ]);
    expect(
      events.filter((event) => event.type === 'page').map((event) => (event.type === 'page' ? event.items : -1)),
    ).toEqual([3, 2, 0]);
    const errors = events.flatMap((event) => (event.type === 'error' ? [event.error] : []));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(SourceRecordError);
    expect(errors[0]).toMatchObject({ source: 'linkedin', recordId: '4012345681' });
    expect(errors[0]?.message).toContain('title');
    expect(events.at(-1)).toEqual({ type: 'done', source: 'linkedin', pages: 3, items: 4, errors: 1 });
    expect(jobs[3]).toMatchObject({
      title: 'Machine Learning Engineer & Researcher',
      url: 'https://www.linkedin.com/jobs/view/machine-learning-engineer-at-hooli-4012345682',
      salary: { min: 90, max: 110, period: 'hour', currency: 'USD' },
    });
  });

  it('puts every filter in the query string the server receives', async () => {
    const before = searchQueries(server).length;
    const crawler = createLinkedInCrawler({
      keywords: 'data engineer',
      location: 'Austin, Texas, United States',
      experienceLevels: [2, 4],
      workplace: ['remote', 'hybrid'],
      jobTypes: ['F', 'C'],
      postedWithinSeconds: 86_400,
      maxPages: 1,
      fetchDetails: false,
      baseUrl: server.origin,
      http: http(),
    });
    await collect(crawler.crawl());
    const queries = searchQueries(server).slice(before);
    expect(queries).toHaveLength(1);
    expect(Object.fromEntries(queries[0]!)).toEqual({
      keywords: 'data engineer',
      location: 'Austin, Texas, United States',
      f_E: '2,4',
      f_WT: '2,3',
      f_JT: 'F,C',
      f_TPR: 'r86400',
      start: '0',
    });
  });

  it('turns since into f_TPR and drops older cards; stops at limit without fetching more pages', async () => {
    const since = new Date(Date.now() - 3 * 86_400_000);
    const before = searchQueries(server).length;
    const crawler = createLinkedInCrawler({
      keywords: 'engineer',
      baseUrl: server.origin,
      http: http(),
      fetchDetails: false,
    });
    // The fixtures are dated late 2026; a `since` between their dates keeps the newer ones.
    const recent = await collect(crawler.crawl({ since: new Date('2026-11-19T00:00:00Z') }));
    expect(recent.map((job) => job.id)).toEqual(['linkedin:4012345678', 'linkedin:4012345682']);
    await collect(crawler.crawl({ since }));
    const windows = searchQueries(server)
      .slice(before)
      .map((query) => Number(query.get('f_TPR')?.slice(1)));
    expect(windows.every((seconds) => seconds > 0)).toBe(true);
    expect(windows.at(-1)).toBeGreaterThanOrEqual(3 * 86_400);
    expect(windows.at(-1)).toBeLessThan(3 * 86_400 + 60);
    const pagesBefore = searchQueries(server).length;
    expect(await collect(crawler.crawl({ limit: 2 }))).toHaveLength(2);
    expect(searchQueries(server).length - pagesBefore).toBe(1);
  });

  it('stops at maxPages and marks jobs with the single workplace and level searched for', async () => {
    const jobs = await collect(
      createLinkedInCrawler({
        keywords: 'x',
        workplace: ['remote'],
        experienceLevels: [3],
        jobTypes: ['T'],
        maxPages: 1,
        fetchDetails: false,
        baseUrl: server.origin,
        http: http(),
      }).crawl(),
    );
    expect(jobs).toHaveLength(3);
    expect(jobs[2]).toMatchObject({
      location: { city: 'Denver', region: 'CO', workplace: 'remote' },
      experienceLevel: 'associate',
      employmentType: 'temporary',
    });
  });

  it('merges each card with its posting page; a missing posting is reported and the card still counts', async () => {
    const events: CrawlProgressEvent[] = [];
    const jobs = await collect(
      createLinkedInCrawler({ keywords: 'engineer', maxPages: 1, baseUrl: server.origin, http: http() }).crawl({
        onProgress: (event) => events.push(event),
      }),
    );
    expect(jobs.map((job) => job.experienceLevel)).toEqual(['mid-senior', 'internship', undefined]);
    expect(jobs[0]).toMatchObject({
      employmentType: 'full-time',
      skills: expect.arrayContaining(['Python', 'PostgreSQL', 'Kubernetes']) as unknown,
    });
    expect(jobs[0]?.salary).toMatchObject({ min: 120_000, max: 150_000, period: 'year', currency: 'USD' });
    expect(jobs[1]?.employmentType).toBe('internship');
    const errors = events.flatMap((event) => (event.type === 'error' ? [event] : []));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.url).toBe(`${server.origin}${POSTING_PATH}4012345680`);
  });

  it('honours a robots.txt that disallows the guest endpoints unless the user turns robots off', async () => {
    const settings = { keywords: 'engineer', maxPages: 1, fetchDetails: false, baseUrl: guarded.origin };
    await expect(collect(createLinkedInCrawler({ ...settings, http: http() }).crawl())).rejects.toBeInstanceOf(
      RobotsDisallowedError,
    );
    expect(
      await collect(createLinkedInCrawler({ ...settings, http: http({ respectRobots: false }) }).crawl()),
    ).toHaveLength(3);
  });

  it('stops with the signal', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(
      collect(
        createLinkedInCrawler({ keywords: 'x', baseUrl: server.origin, http: http() }).crawl({
          signal: controller.signal,
        }),
      ),
    ).rejects.toThrow('stop');
  });
});

describe('LinkedIn single postings', () => {
  it('maps one posting field by field', async () => {
    const url = 'https://www.linkedin.com/jobs/view/senior-backend-engineer-at-acme-robotics-4012345678';
    const job = await fetchLinkedInPosting(`${url}?trk=share`, { http: http(), baseUrl: server.origin });
    expect(job.crawledAt).toBeInstanceOf(Date);
    expect(job.postedAt).toBeInstanceOf(Date);
    expect(Math.abs(job.crawledAt!.getTime() - 2 * 86_400_000 - job.postedAt!.getTime())).toBeLessThan(1000); // "2 days ago"
    expect({ ...job, crawledAt: undefined, postedAt: undefined, raw: undefined }).toEqual({
      id: 'linkedin:4012345678',
      source: 'linkedin',
      url,
      title: 'Senior Backend Engineer',
      company: 'Acme Robotics',
      location: { city: 'Austin', region: 'TX' },
      employmentType: 'full-time',
      experienceLevel: 'mid-senior',
      experienceYears: { min: 5 },
      salary: {
        min: 120000,
        max: 150000,
        currency: 'USD',
        period: 'year',
        annualMin: 120000,
        annualMax: 150000,
        text: '$120,000.00/yr - $150,000.00/yr',
      },
      description:
        "About Acme\nAcme builds warehouse robots & the software that runs them.\nWhat you'll do\nBuild services in Python and PostgreSQL\nRun them on Kubernetes\nYou have 5+ years of backend experience.",
      skills: ['Back-End Development', 'Python', 'PostgreSQL', 'Kubernetes'],
      crawledAt: undefined,
      postedAt: undefined,
      raw: undefined,
    });
    expect(job.raw).toMatchObject({
      details: {
        criteria: { 'Job function': 'Engineering and Information Technology', Industries: 'Robotics Engineering' },
      },
    });
  });

  it('crawls a list of posting URLs, reporting the bad ones', async () => {
    const events: CrawlProgressEvent[] = [];
    const crawler = createLinkedInPostingCrawler({
      urls: [
        'https://www.linkedin.com/jobs/view/data-analyst-intern-at-globex-corporation-4012345679',
        'https://www.linkedin.com/company/acme',
        'https://www.linkedin.com/jobs/view/gone-4099999999',
        'https://www.linkedin.com/jobs/view/senior-backend-engineer-at-acme-robotics-4012345678',
      ],
      baseUrl: server.origin,
      http: http(),
    });
    const jobs = await collect(crawler.crawl({ onProgress: (event) => events.push(event) }));
    expect(jobs.map((job) => job.id)).toEqual(['linkedin:4012345679', 'linkedin:4012345678']);
    expect(jobs[0]).toMatchObject({
      company: 'Globex Corporation',
      experienceLevel: 'internship',
      employmentType: 'internship',
      skills: expect.arrayContaining(['SQL', 'Tableau']) as unknown,
    });
    expect(events.at(-1)).toEqual({ type: 'done', source: 'linkedin', pages: 2, items: 2, errors: 2 });
    expect(await collect(crawler.crawl({ limit: 1 }))).toHaveLength(1);
    expect(await collect(crawler.crawl({ since: new Date(Date.now() - 3 * 86_400_000) }))).toHaveLength(1); // the intern ad is 4 days old
  });

  it('parses a recorded posting page without the network', () => {
    const job = parseLinkedInPosting(
      fixture('posting-4012345679.html'),
      'https://www.linkedin.com/jobs/view/4012345679',
    );
    expect(job).toMatchObject({
      id: 'linkedin:4012345679',
      title: 'Data Analyst Intern',
      location: { city: 'New York', region: 'NY' },
    });
    expect(() => parseLinkedInPosting('<html></html>', 'https://www.linkedin.com/jobs/view/1')).toThrow(/title/);
  });
});

// Opt-in live smoke test: LinkedIn's guest endpoints are unofficial, and its robots.txt may refuse them for generic bots,
// so this ignores robots.txt only because a person asked for it: ROLEFIT_LIVE=1 pnpm exec vitest run packages/crawlers/src/linkedin
describe.skipIf(process.env.ROLEFIT_LIVE !== '1')('createLinkedInCrawler (live)', () => {
  it('reads a few cards from the guest search', async () => {
    const jobs = await collect(
      createLinkedInCrawler({
        keywords: 'software engineer',
        location: 'United States',
        maxPages: 1,
        fetchDetails: false,
        http: createHttpClient({ cacheDirectory: false, respectRobots: false }),
      }).crawl({ limit: 3 }),
    );
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs[0]?.id).toMatch(/^linkedin:\d+$/);
  });
});
