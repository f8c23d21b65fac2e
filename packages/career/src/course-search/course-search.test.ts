import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { ValidationError } from '@rolefit/core';
import { createCourseraCrawler, createHttpClient } from '@rolefit/crawlers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseSearchFor, fetchCourseSearches } from './course-search.js';

// A Coursera stand-in on 127.0.0.1 answering every catalogue search with a hand-written page (see fixtures/README.md).
const page = readFileSync(new URL('./fixtures/coursera-search.json', import.meta.url), 'utf8');
const queries: string[] = [];
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/api/courses.v1') {
      response.writeHead(404).end();
      return;
    }
    queries.push(url.searchParams.get('query') ?? '');
    response.writeHead(200, { 'content-type': 'application/json' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('courseSearchFor', () => {
  it("builds Coursera's search page for a specialisation's role title, without fetching anything", () => {
    expect(courseSearchFor('Data  Analyst ')).toEqual({
      query: 'Data Analyst',
      url: 'https://www.coursera.org/search?query=Data+Analyst',
    });
    expect(courseSearchFor('C# & .NET Developer').url).toBe(
      'https://www.coursera.org/search?query=C%23+%26+.NET+Developer',
    );
  });
});

describe('fetchCourseSearches', () => {
  const http = () => createHttpClient({ allowPrivateNetworks: 'loopback', cacheDirectory: false, minIntervalMs: 1 });

  it("runs each specialisation's search through the Coursera crawler and keeps `limit` courses", async () => {
    const specialisations = [
      { id: 'data-analyst', courseSearch: courseSearchFor('Data Analyst') },
      { id: 'journeyman-electrician', courseSearch: courseSearchFor('Journeyman Electrician') },
    ];
    const client = http();
    const results = await fetchCourseSearches(specialisations, {
      crawlerFor: (query) => createCourseraCrawler({ query, baseUrl: origin, http: client }),
      limit: 2,
    });
    expect(queries).toEqual(['Data Analyst', 'Journeyman Electrician']);
    expect(results.map((result) => [result.specialisationId, result.search.query, result.courses.length])).toEqual([
      ['data-analyst', 'Data Analyst', 2],
      ['journeyman-electrician', 'Journeyman Electrician', 2],
    ]);
    expect(results[0]?.courses[0]).toMatchObject({
      id: 'coursera:handWrittenDataAnalyst01',
      provider: 'Coursera',
      durationHours: 20,
    });
  });

  it('refuses a mistyped setting and a bad limit before fetching', async () => {
    const before = queries.length;
    await expect(
      fetchCourseSearches([], { crawlerFor: () => createCourseraCrawler({ query: 'x' }), limt: 2 } as never),
    ).rejects.toThrow(/unknown key 'limt' \(did you mean 'limit'\?\)/);
    await expect(
      fetchCourseSearches([{ id: 'a', courseSearch: courseSearchFor('A') }], {
        crawlerFor: () => createCourseraCrawler({ query: 'x' }),
        limit: 0,
      }),
    ).rejects.toThrow(ValidationError);
    expect(queries.length).toBe(before);
  });
});
