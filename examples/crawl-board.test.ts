import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const examples = fileURLToPath(new URL('./', import.meta.url));
const built = ['core', 'crawlers', 'rankers'].every((name) =>
  existsSync(new URL(`../packages/${name}/dist/index.js`, import.meta.url)),
);
const dataDirectory = process.env.ROLEFIT_DATA ?? resolve(examples, '../../shared/data');
const recorded = join(dataDirectory, 'hh-ru-api-search-response', 'hh_vacancies_search_page.json');
const directory = mkdtempSync(join(tmpdir(), 'rolefit-crawl-board-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

interface CrawlOutput {
  board: string;
  pages: string;
  store: string;
  crawl: { received: number; inserted: number; updated: number; duplicates: number; invalid: number; errors: string[] };
  jobs: Array<{ id: string; source: string; title: string; salary?: { currency: string } }>;
}

async function crawl(store: string, args: string[], environment: Record<string, string> = {}): Promise<CrawlOutput> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['crawl-board.mjs', '--json', '--limit', '100', '--store', join(directory, store), ...args],
    {
      cwd: examples,
      encoding: 'utf8',
      env: { ...process.env, ...environment },
      timeout: 120_000,
    },
  );
  return JSON.parse(stdout) as CrawlOutput;
}

/** Ids of the jobs saved in a memory-store file (a binary snapshot: read back through the store itself). */
async function storedIds(store: string): Promise<string[]> {
  const { createMemoryStore } = await import('@rolefit/core');
  const saved = await createMemoryStore({ path: join(directory, store), autosave: false }).open();
  try {
    return (await saved.listJobs()).map((job) => job.id);
  } finally {
    // Closed, so that the example's next crawl (another process) may open the store.
    await saved.close();
  }
}

// The example crawls over real HTTP on 127.0.0.1 with the built packages; `pnpm test` builds them first.
describe.skipIf(!built)('crawl-board example', () => {
  it.skipIf(!existsSync(recorded))(
    'crawls the recorded hh.ru page into the store, every vacancy of it, and updates them on a second crawl',
    { timeout: 240_000 },
    async () => {
      const page = JSON.parse(readFileSync(recorded, 'utf8')) as { items: Array<{ id: string; name: string }> };
      const first = await crawl('hh.json', []);
      expect(first.pages).toMatch(/real hh\.ru search page recorded/);
      expect(first.crawl).toMatchObject({
        received: page.items.length,
        inserted: page.items.length,
        updated: 0,
        errors: [],
      });
      expect(first.jobs.map((job) => job.id).sort()).toEqual(page.items.map((item) => `hh:${item.id}`).sort());
      expect(first.jobs.map((job) => job.title).sort()).toEqual(page.items.map((item) => item.name.trim()).sort());
      expect(first.jobs.some((job) => job.salary?.currency === 'RUB')).toBe(true);
      expect((await storedIds('hh.json')).sort()).toEqual(page.items.map((item) => `hh:${item.id}`).sort());
      // The store is a file: a second crawl finds every vacancy already there.
      const second = await crawl('hh.json', []);
      expect(second.crawl).toMatchObject({ received: page.items.length, inserted: 0, updated: page.items.length });
    },
  );

  it('crawls the hand-written hh pages when the recorded one is absent, and reports the malformed vacancy', {
    timeout: 240_000,
  }, async () => {
    const output = await crawl('hh-fixtures.json', [], { ROLEFIT_DATA: join(directory, 'no-data-here') });
    expect(output.pages).toMatch(/written by hand/);
    expect(output.jobs.map((job) => job.id)).toEqual(
      expect.arrayContaining(['hh:110000001', 'hh:110000002', 'hh:110000004', 'hh:110000005']),
    );
    expect(output.jobs).toHaveLength(4);
    expect(output.crawl.errors).toEqual([expect.stringMatching(/110000003.*min must not exceed max/)]);
  });

  it('crawls a Greenhouse board, skipping the posting without a title', { timeout: 240_000 }, async () => {
    const output = await crawl('greenhouse.json', ['--board', 'greenhouse']);
    expect(output.jobs.map((job) => job.title).sort()).toEqual([
      'Product Designer',
      'Senior Backend Engineer',
      'Software Engineering Intern',
    ]);
    expect(output.crawl.errors).toEqual([expect.stringMatching(/title: must not be empty/)]);
  });

  it('prints progress per page on stderr and a readable list on stdout', { timeout: 240_000 }, async () => {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['crawl-board.mjs', '--board', 'greenhouse', '--store', join(directory, 'text.json')],
      { cwd: examples, encoding: 'utf8', timeout: 120_000 },
    );
    expect(stderr).toMatch(/crawl-board: greenhouse: page 1, 4 postings/);
    expect(stdout).toMatch(/^Crawled greenhouse from a board written by hand/);
    expect(stdout).toMatch(/- Senior Backend Engineer — Acme Robotics, San Francisco — \$150,000–\$180,000 per year/);
  });

  it('refuses an unknown board with a clear message', { timeout: 120_000 }, async () => {
    await expect(
      promisify(execFile)(
        process.execPath,
        ['crawl-board.mjs', '--board', 'monster', '--store', join(directory, 'x.json')],
        { cwd: examples, encoding: 'utf8' },
      ),
    ).rejects.toMatchObject({
      stderr: expect.stringMatching(/--board must be hh or greenhouse, got monster/),
    });
  });
});
