import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StoreFileError } from '@rolefit/core';
import { openJobFeatures } from '@rolefit/rankers';
import { afterAll, describe, expect, it } from 'vitest';
import { sendJson, startTestServer } from '../../../crawlers/src/testing/index.js';
import { runInProcess } from '../testing/run-in-process.js';

// `rolefit crawl file` in-process on files written here: a jobs file that cannot be read fails with one line naming
// the file and why, says nothing was stored, and leaves no store or readings file behind.
const directory = mkdtempSync(join(tmpdir(), 'rolefit-crawl-'));
const versionSixFeatures = fileURLToPath(
  new URL('../../../rankers/src/job-features/fixtures/version-6.features', import.meta.url),
);
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('rolefit crawl file', () => {
  it('names a missing jobs file, stores nothing and writes no files', async () => {
    const store = join(directory, 'missing-store.json');
    const missing = join(directory, 'missing.jsonl');
    const run = await runInProcess(['crawl', 'file', '--path', missing, '--store', store]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      'file: 0 jobs read, 0 new, 0 updated, 0 duplicates dropped, 0 refused, 1 error; nothing stored\n',
    );
    expect(run.stderr).toContain(`rolefit: crawl file failed: FileSourceError: jobs file ${missing}: no such file\n`);
    expect(existsSync(store)).toBe(false);
    expect(existsSync(`${store}.features`)).toBe(false);
  });

  it('stores the jobs of a JSON Lines file and says where', { timeout: 60_000 }, async () => {
    const store = join(directory, 'jobs.json');
    const path = join(directory, 'jobs.jsonl');
    writeFileSync(path, `${JSON.stringify({ id: 'a', source: 'x', title: 'Teacher', description: 'Teach maths' })}\n`);
    const run = await runInProcess(['crawl', 'file', '--path', path, '--store', store]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      `file: 1 job read, 1 new, 0 updated, 0 duplicates dropped, 0 refused, 0 errors; stored in ${store}\n`,
    );
    expect(existsSync(store)).toBe(true);
    expect(existsSync(`${store}.features`)).toBe(true);
  });

  it('reads a file whose name says no format as the --format given', { timeout: 60_000 }, async () => {
    const store = join(directory, 'format-jobs.json');
    // No extension: read as a JSON array by its name, one job a line is "not valid JSON" without --format.
    const path = join(directory, 'jobs-export');
    const job = (id: string, title: string) => JSON.stringify({ id, source: 'x', title, description: 'Teach' });
    writeFileSync(path, `${job('a', 'Maths Teacher')}\n${job('b', 'Music Teacher')}\n`);
    const run = await runInProcess(['crawl', 'file', '--path', path, '--format', 'jsonl', '--store', store]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      `file: 2 jobs read, 2 new, 0 updated, 0 duplicates dropped, 0 refused, 0 errors; stored in ${store}\n`,
    );
  });

  it('rewrites a readings file it cannot use (another features version, damaged) even when nothing new was stored', {
    timeout: 120_000,
  }, async () => {
    const store = join(directory, 'stale-jobs.json');
    const path = join(directory, 'stale-jobs.jsonl');
    writeFileSync(
      path,
      `${JSON.stringify({ id: 'a', source: 'x', title: 'Data Engineer', description: 'Spark', postedAt: '2026-01-05' })}\n`,
    );
    const first = await runInProcess(['crawl', 'file', '--path', path, '--store', store]);
    // Later crawls store nothing: the job was posted before --since.
    const nothingNew = ['crawl', 'file', '--path', path, '--store', store, '--since', '2026-02-01'];
    expect(first.code, first.stderr).toBe(0);
    const features = `${store}.features`;
    const current = readFileSync(features);
    // A file of features version 6, written by the build of d76ab18 (see packages/rankers/src/job-features/fixtures),
    // and the current file with a byte of its index changed.
    const damaged = Buffer.from(current);
    damaged[damaged.length - 30] = damaged[damaged.length - 30]! ^ 0xff;
    for (const unusable of [readFileSync(versionSixFeatures), damaged]) {
      writeFileSync(features, unusable);
      expect(() => openJobFeatures(features)).toThrow(StoreFileError);
      const again = await runInProcess(nothingNew);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain('0 new, 0 updated');
      expect(readFileSync(features).equals(current)).toBe(true);
    }
    // A usable file is left as it is when nothing new was stored.
    const before = statSync(features).mtimeMs;
    const unchanged = await runInProcess(nothingNew);
    expect(unchanged.stdout).toContain('0 new, 0 updated');
    expect(statSync(features).mtimeMs).toBe(before);
  });

  it('stores the jobs of a CSV file (a JobSpy export) and counts a ragged row as an error', {
    timeout: 60_000,
  }, async () => {
    const store = join(directory, 'csv-jobs.json');
    const path = join(directory, 'jobs.csv');
    writeFileSync(
      path,
      '\uFEFFid,site,title,company,location,description,min_amount,interval,currency\r\n' +
        'li-1,linkedin,Data Engineer,Acme,"Austin, TX, US","Python, SQL\r\nand ""Spark""",120000.0,yearly,USD\r\n' +
        'li-2,linkedin,Ragged\r\n',
    );
    const run = await runInProcess(['crawl', 'file', '--path', path, '--store', store]);
    // The bad record (its line counts the line break quoted in the record before it) is reported; the rest is stored.
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      `file: 1 job read, 1 new, 0 updated, 0 duplicates dropped, 0 refused, 1 error; stored in ${store}\n`,
    );
    expect(run.stderr).toContain(`${path} line 4: the record has 3 fields, the header 9 (skipped)`);
    expect(existsSync(store)).toBe(true);
  });

  it('keeps two files whose rows are numbered alike apart with --id-prefix', { timeout: 60_000 }, async () => {
    // Hand-written: two dumps that number their rows from 1, as a spreadsheet export does.
    const store = join(directory, 'prefixed-jobs.json');
    const nurses = join(directory, 'nurses.csv');
    const drivers = join(directory, 'drivers.csv');
    writeFileSync(nurses, 'id,title,company\n1,Staff Nurse,St Mary\n2,Ward Nurse,St Mary\n');
    writeFileSync(drivers, 'id,title,company\n1,Truck Driver,Haulage Ltd\n2,Van Driver,Haulage Ltd\n');
    const first = await runInProcess(['crawl', 'file', '--path', nurses, '--store', store, '--id-prefix', 'nurses:']);
    expect(first.code, first.stderr).toBe(0);
    const second = await runInProcess([
      'crawl',
      'file',
      '--path',
      drivers,
      '--store',
      store,
      '--id-prefix',
      'drivers:',
    ]);
    expect(second.code, second.stderr).toBe(0);
    // Without the prefixes the second file's jobs 1 and 2 would replace the first's ("0 new, 2 updated").
    expect(second.stdout).toBe(
      `file: 2 jobs read, 2 new, 0 updated, 0 duplicates dropped, 0 refused, 0 errors; stored in ${store}\n`,
    );
    const empty = await runInProcess(['crawl', 'file', '--path', drivers, '--store', store, '--id-prefix', '']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('--id-prefix must not be empty');
  });

  it('prints a hostile line of a jobs file without its terminal escape sequences', async () => {
    // Written here: a line of ESC ] 0 ; … BEL (set the window title) and ESC [ 2 J (clear the screen), which
    // JSON.parse's error quotes; the progress line and the failure line printed them raw.
    const store = join(directory, 'escapes-store.json');
    const path = join(directory, 'escapes.jsonl');
    writeFileSync(path, '\x1b]0;PWNED\x07\x1b[2J\x1b[31mred\n');
    const run = await runInProcess(['crawl', 'file', '--path', path, '--store', store]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('\uFFFD]0;PWNED\uFFFD');
    expect(run.stderr).not.toMatch(/[\u001B\u0007\u009B]/);
  });
});

describe('rolefit crawl lever', () => {
  it('reads at most --max-pages pages, as for the other sources that page', { timeout: 60_000 }, async () => {
    // A real server on 127.0.0.1 holding three pages of the default 100 postings (postings written here); --max-pages
    // was passed to hh, The Muse, LinkedIn and Dice but not to Lever, which read every page.
    const posting = (index: number) => ({
      id: `posting-${index}`,
      text: `Data Analyst ${index}`,
      hostedUrl: `https://jobs.lever.co/acme/posting-${index}`,
      categories: { location: 'Austin, TX', commitment: 'Full-time' },
      createdAt: 1764000000000,
      descriptionPlain: 'SQL and Python dashboards.',
    });
    const server = await startTestServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const skip = Number(url.searchParams.get('skip'));
      if (url.pathname !== '/v0/postings/acme') return void response.writeHead(404).end();
      sendJson(
        response,
        Array.from({ length: Math.max(0, Math.min(100, 250 - skip)) }, (_, index) => posting(skip + index)),
      );
    });
    try {
      const store = join(directory, 'lever-store.json');
      const crawl = (extra: string[]) =>
        runInProcess([
          'crawl',
          'lever',
          '--company',
          'acme',
          '--base-url',
          server.origin,
          '--no-cache',
          '--store',
          store,
          '--json',
          ...extra,
        ]);
      const pagesRead = async (extra: string[]) => {
        const run = await crawl(extra);
        expect(run.code, run.stderr).toBe(0);
        const summary = JSON.parse(run.stdout) as { received: number; perSource: { lever: { pages: number } } };
        return [summary.perSource.lever.pages, summary.received];
      };
      expect(await pagesRead(['--max-pages', '1'])).toEqual([1, 100]);
      expect(await pagesRead(['--max-pages', '2'])).toEqual([2, 200]);
      // Without it, every page up to the first empty one.
      expect(await pagesRead([])).toEqual([4, 250]);
    } finally {
      await server.close();
    }
  });
});
