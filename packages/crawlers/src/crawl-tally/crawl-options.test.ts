// Every crawler's crawl() refuses options of the wrong kind with a ValidationError naming them, before any request
// (checkCrawlOptions; round 18 of ADVERSARIAL.md). They were TypeErrors from inside: crawl(null) "Cannot destructure
// property 'signal'", `since: 'x'` "since.getTime is not a function" (dice, linkedin) or "date.toISOString is not a
// function" (hh), an invalid Date "Invalid time value" (hh), `onProgress: 42` "onProgress is not a function" at the
// first page; crawl(42) and a `since` of another kind elsewhere were taken as no options and no `since` at all.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Crawler, ValidationError } from '@rolefit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCourseraCrawler } from '../coursera/index.js';
import { checkCrawlOptions } from './crawl-tally.js';
import { createDiceCrawler } from '../dice/index.js';
import { createFileCrawler } from '../file/index.js';
import { createGreenhouseCrawler } from '../greenhouse/index.js';
import { createHhCrawler } from '../hh/index.js';
import { createHttpClient } from '../http/index.js';
import { createJsonLdCrawler } from '../json-ld/index.js';
import { createLeverCrawler } from '../lever/index.js';
import { createLinkedInCrawler, createLinkedInPostingCrawler } from '../linkedin/index.js';
import { startTestServer, type TestServer } from '../testing/index.js';
import { createMuseCrawler } from '../themuse/index.js';

let server: TestServer;
let folder: string;
let crawlers: Array<[string, Crawler<unknown>]>;

beforeAll(async () => {
  // Answers every request with an empty listing; a refused call asks for nothing.
  server = await startTestServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"jobs":[]}');
  });
  folder = await mkdtemp(join(tmpdir(), 'rolefit-crawl-options-'));
  const path = join(folder, 'jobs.jsonl');
  await writeFile(path, '{"id":"a","source":"file","title":"Analyst"}\n');
  const http = () => createHttpClient({ allowPrivateNetworks: 'loopback', cacheDirectory: false, minIntervalMs: 0 });
  const baseUrl = server.origin;
  crawlers = [
    ['greenhouse', createGreenhouseCrawler({ board: 'b', baseUrl, http: http() })],
    ['lever', createLeverCrawler({ company: 'b', baseUrl, http: http() })],
    ['json-ld', createJsonLdCrawler({ urls: [`${baseUrl}/page`], http: http() })],
    ['themuse', createMuseCrawler({ baseUrl, http: http() })],
    ['dice', createDiceCrawler({ apiKey: 'k', baseUrl, http: http() })],
    ['hh', createHhCrawler({ text: 'x', baseUrl, http: http() })],
    ['linkedin', createLinkedInCrawler({ keywords: 'x', baseUrl, http: http() })],
    ['linkedin posting', createLinkedInPostingCrawler({ urls: [`${baseUrl}/jobs/view/1`], http: http() })],
    ['coursera', createCourseraCrawler({ query: 'x', baseUrl, http: http() })],
    ['file', createFileCrawler({ path })],
  ];
});

afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

async function firstItem(crawler: Crawler<unknown>, options: unknown): Promise<void> {
  const iterator = crawler.crawl(options as never)[Symbol.asyncIterator]();
  await iterator.next();
  await iterator.return?.();
}

// [options, what the ValidationError says]
const cases: Array<[unknown, string]> = [
  [null, 'Invalid crawl: options: must be CrawlOptions ({ signal?, since?, limit?, onProgress? }), got null'],
  [42, 'Invalid crawl: options: must be CrawlOptions ({ signal?, since?, limit?, onProgress? }), got a number (42)'],
  ['x', 'Invalid crawl: options: must be CrawlOptions'],
  [[], 'Invalid crawl: options: must be CrawlOptions ({ signal?, since?, limit?, onProgress? }), got an array'],
  [{ since: 'yesterday' }, 'Invalid CrawlOptions: since: must be a valid Date, got a string'],
  [{ since: 42 }, 'Invalid CrawlOptions: since: must be a valid Date, got a number (42)'],
  [{ since: new Date(Number.NaN) }, 'Invalid CrawlOptions: since: must be a valid Date, got an object'],
  [{ onProgress: 42 }, 'Invalid CrawlOptions: onProgress: must be a function, got a number (42)'],
  [{ onProgress: 'log' }, 'Invalid CrawlOptions: onProgress: must be a function, got a string'],
];

describe('crawl(options) with options of the wrong kind', () => {
  for (const [options, message] of cases)
    it(`${JSON.stringify(options) ?? String(options)}: ${message}, for every crawler, before any request`, async () => {
      for (const [name, crawler] of crawlers) {
        const before = server.received.length;
        const refused = await firstItem(crawler, options).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(refused, name).toBeInstanceOf(ValidationError);
        expect((refused as Error).message, name).toContain(message);
        expect(server.received.length, name).toBe(before);
      }
    });

  it('good options crawl as before (no options, null since and onProgress, a valid since)', async () => {
    const file = crawlers.find(([name]) => name === 'file')![1];
    const items: unknown[] = [];
    for await (const item of file.crawl({ since: null as never, onProgress: null as never })) items.push(item);
    for await (const item of file.crawl({ since: new Date(0) })) items.push(item);
    for await (const item of file.crawl()) items.push(item);
    expect(items.length).toBe(3);
  });

  it('a Date look-alike as since (Date.prototype, no time inside) is named, not a TypeError from reading its time', () => {
    expect(() => checkCrawlOptions({ since: Object.create(Date.prototype) })).toThrow(
      'Invalid CrawlOptions: since: must be a valid Date',
    );
  });
});
