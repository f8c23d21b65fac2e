#!/usr/bin/env node
// Crawl a job board into the embedded store, offline: recorded board pages are served by a real HTTP server on
// 127.0.0.1, and the board's crawler (the same polite HTTP client it uses on the internet: robots.txt, rate limits,
// retries) reads them from there, as it would read the board itself.
//   node examples/crawl-board.mjs [--board hh|greenhouse] [--store FILE] [--limit N] [--json]
//
// Which pages are served (the output says which):
// - hh: the real recorded hh.ru `GET /vacancies` search page (20 vacancies, 2024, Russian) from the developer data
//   (ROLEFIT_DATA or ../shared/data: hh-ru-api-search-response/hh_vacancies_search_page.json, read in place, never
//   copied); where that file is absent, two pages written by hand for Rolefit in hh's format
//   (packages/crawlers/src/hh/fixtures).
// - greenhouse: one board written by hand for Rolefit in the Greenhouse Job Board API format
//   (packages/crawlers/src/greenhouse/fixtures/jobs.json), nothing recorded.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArguments } from './arguments.mjs';
import { createMemoryStore, createPipeline, formatSalary } from '@rolefit/core';
import { createGreenhouseCrawler, createHhCrawler, createHttpClient } from '@rolefit/crawlers';
import { createBm25Ranker } from '@rolefit/rankers';

const repository = fileURLToPath(new URL('..', import.meta.url));
const dataDirectory = process.env.ROLEFIT_DATA ?? resolve(repository, '../shared/data');
const usage = 'Usage: node examples/crawl-board.mjs [--board hh|greenhouse] [--store FILE] [--limit N] [--json]';

const { values } = readArguments({
  options: {
    board: { type: 'string', default: 'hh' },
    store: { type: 'string', default: '.rolefit-cache/crawl-board-store.json' },
    limit: { type: 'string', default: '10' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const progress = (line) => process.stderr.write(`crawl-board: ${line}\n`);
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/**
 * The pages of a board: what the local server answers for each path, the crawler that reads them, and where the
 * pages come from.
 */
function boardPages(board, origin, http) {
  if (board === 'hh') {
    const recorded = join(dataDirectory, 'hh-ru-api-search-response', 'hh_vacancies_search_page.json');
    const pages = existsSync(recorded)
      ? { provenance: `the real hh.ru search page recorded in ${recorded}`, list: [readJson(recorded)] }
      : {
          provenance:
            'two pages written by hand for Rolefit in the hh.ru API format (packages/crawlers/src/hh/fixtures; the recorded page is not in ROLEFIT_DATA)',
          list: ['page-0.json', 'page-1.json'].map((name) =>
            readJson(join(repository, 'packages/crawlers/src/hh/fixtures', name)),
          ),
        };
    return {
      provenance: pages.provenance,
      answer: (url) =>
        url.pathname === '/vacancies' ? pages.list[Number(url.searchParams.get('page') ?? 0)] : undefined,
      // One recorded page says the search has 100; only the pages we have are read.
      crawler: createHhCrawler({
        text: 'any',
        baseUrl: origin,
        http,
        maxPages: pages.list.length,
        perPage: pages.list[0].per_page,
      }),
    };
  }
  if (board === 'greenhouse') {
    const jobs = readJson(join(repository, 'packages/crawlers/src/greenhouse/fixtures/jobs.json'));
    return {
      provenance:
        'a board written by hand for Rolefit in the Greenhouse Job Board API format (packages/crawlers/src/greenhouse/fixtures/jobs.json)',
      answer: (url) => (url.pathname === '/v1/boards/acme/jobs' ? jobs : undefined),
      crawler: createGreenhouseCrawler({ board: 'acme', company: 'Acme', baseUrl: origin, http }),
    };
  }
  throw new Error(`--board must be hh or greenhouse, got ${board}`);
}

/** Starts an HTTP server on 127.0.0.1 (any free port) that answers with `answer(url)` as JSON, or 404. */
async function startBoardServer(answer) {
  const server = createServer((request, response) => {
    const body = answer(new URL(request.url ?? '/', 'http://127.0.0.1'));
    if (body === undefined) return response.writeHead(404).end();
    const text = JSON.stringify(body);
    response
      .writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) })
      .end(text);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    // Idle keep-alive connections would hold close() for seconds.
    close: () => new Promise((done) => (server.close(done), server.closeAllConnections())),
  };
}

async function main() {
  const limit = Number.parseInt(values.limit, 10);
  if (!Number.isInteger(limit) || limit < 1 || String(limit) !== values.limit.trim())
    throw new Error(`--limit must be a positive whole number, got ${values.limit}`);
  let board;
  const server = await startBoardServer((url) => board.answer(url));
  try {
    // A crawler may only reach private addresses when told to: here, loopback only. No disk cache, no pause between pages.
    const http = createHttpClient({ allowPrivateNetworks: 'loopback', cacheDirectory: false, minIntervalMs: 0 });
    board = boardPages(values.board, server.origin, http);
    progress(`serving ${board.provenance} on ${server.origin}`);

    await mkdir(dirname(resolve(values.store)), { recursive: true });
    const store = createMemoryStore({ path: values.store });
    const pipeline = createPipeline({ store, ranker: createBm25Ranker(), crawlers: [board.crawler] });
    const summary = await pipeline.crawl({
      onProgress: (event) => {
        if (event.type === 'page') progress(`${event.source}: page ${event.page}, ${event.items} postings`);
        if (event.type === 'error')
          progress(`${event.source}: skipped a record: ${event.error.message.split('\n')[0]}`);
      },
    });
    const jobs = (await store.listJobs(undefined, { limit: 10_000 })).filter(
      (job) => job.source === board.crawler.name,
    );
    await store.close();

    const result = {
      board: values.board,
      pages: board.provenance,
      store: values.store,
      crawl: {
        received: summary.received,
        inserted: summary.inserted,
        updated: summary.updated,
        duplicates: summary.duplicates,
        invalid: summary.invalidCount,
        errors: summary.errors.map(({ source, error }) => `${source}: ${error.message.split('\n')[0]}`),
      },
      jobs: jobs.slice(0, limit),
    };
    if (values.json) return console.log(JSON.stringify(result, null, 2));
    console.log(`Crawled ${values.board} from ${board.provenance}`);
    console.log(
      `${summary.received} postings: ${summary.inserted} new, ${summary.updated} updated, ${summary.duplicates} duplicates, ${summary.invalidCount + summary.errorCount} errors; ${jobs.length} ${values.board} jobs now in ${values.store}`,
    );
    console.log('');
    for (const job of jobs.slice(0, limit))
      console.log(
        `- ${job.title} — ${job.company ?? '?'}, ${[job.location?.city, job.location?.country, job.location?.workplace].filter(Boolean).join(', ') || '?'}${job.salary ? ` — ${formatSalary(job.salary)}` : ''}`,
      );
    if (jobs.length > limit) console.log(`… and ${jobs.length - limit} more (--limit N shows more)`);
  } finally {
    await server.close();
  }
}

main().catch((error) => {
  console.error(`crawl-board failed: ${error.message}`);
  process.exit(1);
});
