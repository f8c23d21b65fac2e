import { readFileSync } from 'node:fs';
import type { Course, CrawlProgressEvent } from '@rolefit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, CrawlError } from '../http/index.js';
import { SourceRecordError } from '../mapping/index.js';
import { sendJson, startTestServer, type TestServer } from '../testing/index.js';
import {
  COURSERA_FIELDS,
  createCourseraCrawler,
  mapCourseraCourse,
  parseCourseraPage,
  parseCourseraWorkload,
} from './index.js';

// Recorded in the public catalogue API's format (GET /api/courses.v1?q=search&query=...&start=N&limit=M&fields=...).
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as { elements: unknown[] };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== '/api/courses.v1') return;
    const query = url.searchParams.get('query');
    if (query === 'data')
      sendJson(
        response,
        fixture({ '0': 'search-0.json', '3': 'search-3.json' }[url.searchParams.get('start') ?? ''] ?? 'search-3.json'),
      );
    else if (query === 'nothing') sendJson(response, { elements: [], paging: { total: 0 }, linked: {} });
    else if (query === 'broken') sendJson(response, { error: 'not a page' });
  });
});
afterAll(() => server.close());

const http = () => createHttpClient({ allowPrivateNetworks: 'loopback', cacheDirectory: false, minIntervalMs: 1 });

async function collect(iterable: AsyncIterable<Course>): Promise<Course[]> {
  const courses: Course[] = [];
  for await (const course of iterable) courses.push(course);
  return courses;
}

const queries = () =>
  server.received
    .filter((request) => request.path.startsWith('/api/courses.v1'))
    .map((request) => new URL(request.path, 'http://localhost').searchParams);

describe('parseCourseraWorkload', () => {
  it('reads totals, ranges, minutes and weekly effort with a number of weeks', () => {
    expect(parseCourseraWorkload('Approximately 12 hours to complete')).toBe(12);
    expect(parseCourseraWorkload('1-2 hours')).toBe(1.5);
    expect(parseCourseraWorkload('45 minutes')).toBe(0.75);
    expect(parseCourseraWorkload('4-6 hours/week for 4 weeks')).toBe(20);
    expect(parseCourseraWorkload('3 weeks of study, 2-3 hours/week')).toBe(7.5);
    expect(parseCourseraWorkload('3-5 hours/week')).toBeUndefined();
    expect(parseCourseraWorkload('self-paced')).toBeUndefined();
  });
});

describe('createCourseraCrawler', () => {
  it('follows paging.next, reports the malformed element and carries on', async () => {
    const events: CrawlProgressEvent[] = [];
    const crawler = createCourseraCrawler({ query: 'data', limit: 3, baseUrl: server.origin, http: http() });
    const courses = await collect(crawler.crawl({ onProgress: (event) => events.push(event) }));
    expect(crawler.name).toBe('coursera');
    expect(courses.map((course) => course.id)).toEqual([
      'coursera:Gtv4Xb1-EeS-ViIACwYKVQ',
      'coursera:a1Bc2De3EeFgHiJkLmNoPq',
      'coursera:k8sTf9Xy0EeAbCdEfGhIjK',
      'coursera:statsR00EeAbCdEfGhIjK1',
    ]);
    const errors = events.flatMap((event) => (event.type === 'error' ? [event.error] : []));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(SourceRecordError);
    expect(errors[0]).toMatchObject({ source: 'coursera', recordId: 'brokenNoName0000000001' });
    expect(errors[0]?.message).toContain('title');
    expect(events.at(-1)).toEqual({ type: 'done', source: 'coursera', pages: 2, items: 4, errors: 1 });
  });

  it('sends the query, start, page size and fields the API expects', async () => {
    const before = queries().length;
    await collect(createCourseraCrawler({ query: 'data', limit: 3, baseUrl: server.origin, http: http() }).crawl());
    const sent = queries()
      .slice(before)
      .map((query) => Object.fromEntries(query));
    expect(sent).toEqual([
      { q: 'search', query: 'data', start: '0', limit: '3', fields: COURSERA_FIELDS },
      { q: 'search', query: 'data', start: '3', limit: '3', fields: COURSERA_FIELDS },
    ]);
  });

  it('maps one course field by field', async () => {
    const [course] = await collect(
      createCourseraCrawler({ query: 'data', baseUrl: server.origin, http: http() }).crawl({ limit: 1 }),
    );
    expect(course?.crawledAt).toBeInstanceOf(Date);
    expect({ ...course, crawledAt: undefined, raw: undefined }).toEqual({
      id: 'coursera:Gtv4Xb1-EeS-ViIACwYKVQ',
      source: 'coursera',
      url: 'https://www.coursera.org/learn/machine-learning-foundations',
      title: 'Machine Learning Foundations',
      provider: 'Coursera',
      description:
        'Learn the fundamentals of machine learning with Python and scikit-learn: supervised learning, regression and classification.',
      skills: expect.arrayContaining(['Machine Learning', 'Python', 'scikit-learn']) as unknown,
      durationHours: 12,
      crawledAt: undefined,
      raw: undefined,
    });
    expect(course?.raw).toEqual(fixture('search-0.json').elements[0]);
  });

  it('stops at limit without asking for the next page, and applies since to start dates', async () => {
    const before = queries().length;
    expect(
      await collect(
        createCourseraCrawler({ query: 'data', limit: 3, baseUrl: server.origin, http: http() }).crawl({ limit: 2 }),
      ),
    ).toHaveLength(2);
    expect(queries().length - before).toBe(1);
    const recent = await collect(
      createCourseraCrawler({ query: 'data', baseUrl: server.origin, http: http() }).crawl({
        since: new Date('2025-01-01T00:00:00Z'),
      }),
    );
    // The 2015 session is dropped; courses without a start date are kept.
    expect(recent.map((course) => course.title)).toEqual([
      'Machine Learning Foundations',
      'Cloud Infrastructure with Kubernetes & Terraform',
      'Statistics with R',
    ]);
  });

  it('yields nothing for an empty result and fails loudly on a response of the wrong shape', async () => {
    const events: CrawlProgressEvent[] = [];
    expect(
      await collect(
        createCourseraCrawler({ query: 'nothing', baseUrl: server.origin, http: http() }).crawl({
          onProgress: (event) => events.push(event),
        }),
      ),
    ).toEqual([]);
    expect(events.at(-1)).toMatchObject({ type: 'done', pages: 1, items: 0, errors: 0 });
    await expect(
      collect(createCourseraCrawler({ query: 'broken', baseUrl: server.origin, http: http() }).crawl()),
    ).rejects.toBeInstanceOf(CrawlError);
  });

  it('maps a recorded page without the network', () => {
    const page = parseCourseraPage(fixture('search-0.json'));
    expect(page).toMatchObject({ elements: 3, next: '3', total: 5 });
    expect(page.courses).toHaveLength(2);
    expect(page.errors[0]?.recordId).toBe('brokenNoName0000000001');
    expect(mapCourseraCourse(fixture('search-3.json').elements[1])).toMatchObject({
      description: 'Statistics with R for social scientists.',
      durationHours: undefined,
    });
    expect(() => mapCourseraCourse({ name: 'No id' })).toThrow(/no id/);
  });
});

// Opt-in live smoke test against the public catalogue: ROLEFIT_LIVE=1 pnpm exec vitest run packages/crawlers/src/coursera
describe.skipIf(process.env.ROLEFIT_LIVE !== '1')('createCourseraCrawler (live)', () => {
  it('finds a few courses for a skill', async () => {
    const courses = await collect(
      createCourseraCrawler({
        query: 'machine learning',
        limit: 5,
        http: createHttpClient({ cacheDirectory: false }),
      }).crawl({ limit: 3 }),
    );
    expect(courses.length).toBeGreaterThan(0);
    expect(courses[0]?.url).toMatch(/^https:\/\/www\.coursera\.org\/learn\//);
  });
});
