import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMemoryStore } from '@rolefit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJson, startTestServer, type TestServer } from '../../../crawlers/src/testing/index.js';

// The main job from the command line, through the built program (packages/cli/dist/rolefit.js; `pnpm test` builds it
// first, and the suite is skipped without a build): `rolefit crawl` fills a store in a temp folder from a real HTTP
// server on 127.0.0.1 that replays job-board pages, `rolefit recommend` ranks them for a PDF resume, and `rolefit
// dismiss` / `rate` / `apply` record feedback that the next recommend honours.
//
// What the server replays:
// - hh: the real hh.ru `GET /vacancies` search page recorded in the developer data (ROLEFIT_DATA or ../shared/data,
//   hh-ru-api-search-response/hh_vacancies_search_page.json: 20 vacancies, 2024, Russian; read in place, never copied),
//   or, where that file is absent, the two pages written by hand in hh's format in packages/crawlers/src/hh/fixtures;
// - greenhouse: one board written by hand for Rolefit in the Greenhouse Job Board API format
//   (packages/crawlers/src/greenhouse/fixtures/jobs.json), nothing recorded.
// The resume is 01-maya-okafor.pdf, an invented backend engineer's resume rendered to PDF by LibreOffice for the ATS
// parser's labelled set (packages/ats/src/parse/fixtures/labelled, see its README).
const repository = fileURLToPath(new URL('../../../../', import.meta.url));
const program = join(repository, 'packages/cli/dist/rolefit.js');
const built = existsSync(program) && existsSync(join(repository, 'packages/ats/dist/extract-worker.js'));
const dataDirectory = process.env.ROLEFIT_DATA ?? resolve(repository, '../shared/data');
const recordedHh = join(dataDirectory, 'hh-ru-api-search-response', 'hh_vacancies_search_page.json');
const resumePdf = join(repository, 'packages/ats/src/parse/fixtures/labelled/01-maya-okafor.pdf');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const hhPages = existsSync(recordedHh)
  ? [readJson(recordedHh)]
  : ['page-0.json', 'page-1.json'].map((name) => readJson(join(repository, 'packages/crawlers/src/hh/fixtures', name)));
const hhItems = hhPages.reduce((sum, page) => sum + (page.items as unknown[]).length, 0);
const greenhouseBoard = readJson(join(repository, 'packages/crawlers/src/greenhouse/fixtures/jobs.json'));

interface Output {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built program to its end (asynchronously: the server answering it lives in this process). */
function rolefit(...args: string[]): Promise<Output> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [program, ...args],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });
}

interface Recommended {
  person: string;
  recommendations: Array<{
    rank: number;
    job: { id: string; title: string; source: string };
    match: { score: number; explanation?: string };
  }>;
}

let server: TestServer;
let directory = '';
let store = '';

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'rolefit-main-job-'));
  store = join(directory, 'jobs.json');
  server = await startTestServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/vacancies')
      sendJson(
        response,
        hhPages[Number(url.searchParams.get('page') ?? 0)] ?? { items: [], found: 0, pages: 0, page: 0, per_page: 20 },
      );
    else if (url.pathname === '/v1/boards/acme/jobs') sendJson(response, greenhouseBoard);
  });
});
afterAll(async () => {
  await server?.close();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

describe.skipIf(!built)('rolefit crawl → recommend → dismiss / rate / apply', () => {
  it('crawls hh and a Greenhouse board from 127.0.0.1 into the store, one plain progress line per page', {
    timeout: 180_000,
  }, async () => {
    const hh = await rolefit(
      'crawl',
      'hh',
      '--text',
      'developer',
      '--max-pages',
      String(hhPages.length),
      '--base-url',
      server.origin,
      '--no-cache',
      '--store',
      store,
    );
    expect(hh.code, hh.stderr).toBe(0);
    expect(hh.stdout).toMatch(new RegExp(`^hh: ${hhItems} jobs read, \\d+ new`));
    expect(hh.stderr).toMatch(/^rolefit crawl: hh: page 1: \d+ jobs$/m);
    const greenhouse = await rolefit(
      'crawl',
      'greenhouse',
      '--board',
      'acme',
      '--company',
      'Acme',
      '--base-url',
      server.origin,
      '--no-cache',
      '--store',
      store,
      '--json',
    );
    expect(greenhouse.code, greenhouse.stderr).toBe(0);
    const summary = JSON.parse(greenhouse.stdout) as { inserted: number; invalid: unknown[] };
    expect(summary.inserted).toBeGreaterThanOrEqual(3);
    expect(server.received.some((request) => request.path.startsWith('/vacancies?text=developer'))).toBe(true);
  });

  it('recommends the stored jobs for a PDF resume as a table, and as JSON', { timeout: 180_000 }, async () => {
    const table = await rolefit('recommend', '--resume', resumePdf, '--store', store, '--limit', '5');
    expect(table.code, table.stderr).toBe(0);
    const lines = table.stdout.split('\n');
    const header = lines.find((line) => line.startsWith('#  '));
    expect(header?.split(/\s{2,}/)).toEqual(['#', 'id', 'score', 'title', 'company', 'place', 'pay', 'link', 'why']);
    const rows = lines.filter((line) => /^\d+\s{2}/.test(line));
    expect(rows).toHaveLength(5);
    // A backend engineer's resume: the hand-written board's Senior Backend Engineer comes first.
    expect(rows[0]).toMatch(/Senior Backend Engineer/);
    expect(table.stdout).toMatch(/Maya Okafor/);

    const json = await rolefit('recommend', '--resume', resumePdf, '--store', store, '--limit', '5', '--json');
    expect(json.code, json.stderr).toBe(0);
    const output = JSON.parse(json.stdout) as Recommended;
    const scores = output.recommendations.map((item) => item.match.score);
    expect(scores).toEqual([...scores].sort((left, right) => right - left));
    expect(output.recommendations[0]?.job.title).toBe('Senior Backend Engineer');
    expect(
      output.recommendations.every(
        (item) => typeof item.match.explanation === 'string' && item.match.explanation.length > 0,
      ),
    ).toBe(true);
  });

  it("reads the default ranker's readings that crawl saved beside the store: the same JSON with them, without them, and with a damaged file", {
    timeout: 180_000,
  }, async () => {
    const features = `${store}.features`;
    expect(existsSync(features)).toBe(true);
    const recommend = async () => {
      const output = await rolefit('recommend', '--resume', resumePdf, '--store', store, '--limit', '8', '--json');
      expect(output.code, output.stderr).toBe(0);
      return { stderr: output.stderr, recommendations: (JSON.parse(output.stdout) as Recommended).recommendations };
    };
    const saved = readFileSync(features);
    try {
      const withFile = await recommend();
      rmSync(features);
      const without = await recommend();
      expect(withFile.recommendations).toEqual(without.recommendations);
      // A damaged index: a note on stderr, the jobs read afresh, the same answer.
      const damaged = Buffer.from(saved);
      damaged[damaged.length - 30] = damaged[damaged.length - 30]! ^ 0xff;
      writeFileSync(features, damaged);
      const afterDamage = await recommend();
      expect(afterDamage.stderr).toMatch(/^note: .*\.features.*reading the jobs afresh$/m);
      expect(afterDamage.recommendations).toEqual(without.recommendations);
    } finally {
      writeFileSync(features, saved);
    }
  });

  it('drops a dismissed job from the next recommend, and stores a rating and an application under the person', {
    timeout: 180_000,
  }, async () => {
    const before = JSON.parse(
      (await rolefit('recommend', '--resume', resumePdf, '--store', store, '--limit', '5', '--json')).stdout,
    ) as Recommended;
    const [top, second, third] = before.recommendations.map((item) => item.job.id);
    const dismissed = await rolefit('dismiss', top!, '--store', store);
    expect(dismissed.code, dismissed.stderr).toBe(0);
    expect(dismissed.stdout).toMatch(/^Dismissed Senior Backend Engineer at Acme/);
    expect(dismissed.stdout).toContain(`(${top}) for person ${before.person}`);
    const after = JSON.parse(
      (await rolefit('recommend', '--resume', resumePdf, '--store', store, '--limit', '5', '--json')).stdout,
    ) as Recommended;
    expect(after.recommendations.map((item) => item.job.id)).not.toContain(top);
    expect(after.recommendations[0]?.job.id).toBe(second);
    // --all brings it back.
    const all = JSON.parse(
      (await rolefit('recommend', '--resume', resumePdf, '--store', store, '--limit', '5', '--all', '--json')).stdout,
    ) as Recommended;
    expect(all.recommendations.map((item) => item.job.id)).toContain(top);

    const rated = await rolefit('rate', second!, '3', '--store', store, '--resume', resumePdf);
    expect(rated.code, rated.stderr).toBe(0);
    const applied = await rolefit('apply', third!, '--store', store, '--person', before.person);
    expect(applied.code, applied.stderr).toBe(0);
    const opened = await createMemoryStore({ path: store }).open();
    try {
      const feedback = await opened.listFeedback({ subjectId: before.person });
      expect(feedback.map(({ jobId, rating, action }) => ({ jobId, rating, action }))).toEqual(
        expect.arrayContaining([
          { jobId: top, rating: undefined, action: 'dismiss' },
          { jobId: second, rating: 3, action: undefined },
          { jobId: third, rating: undefined, action: 'apply' },
        ]),
      );
    } finally {
      await opened.close();
    }
  });

  it('answers bad feedback with exit 2 (usage) or 1 (one line), and a missing store with 1', {
    timeout: 180_000,
  }, async () => {
    const badRating = await rolefit('rate', 'greenhouse:1', '5', '--store', store);
    expect(badRating.code).toBe(2);
    expect(badRating.stderr).toMatch(/^rolefit: the rating must be 0, 1, 2 or 3, got "5"\n\nUsage: rolefit rate/);
    const unknownJob = await rolefit('dismiss', 'nope:1', '--store', store);
    expect(unknownJob.code).toBe(1);
    expect(unknownJob.stderr.trim()).toMatch(/^rolefit: job nope:1 is not in .*jobs\.json/);
    expect(unknownJob.stderr.trim().split('\n')).toHaveLength(1);
    const missing = await rolefit('recommend', '--resume', resumePdf, '--store', join(directory, 'none.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toMatch(/^rolefit: .*none\.json: no such store/);
    const noSource = await rolefit('crawl', 'hh', '--store', store);
    expect(noSource.code).toBe(2);
    expect(noSource.stderr).toMatch(/^rolefit: crawl hh needs --text WORDS/);
  });
});
