// The file crawler on CSV and TSV files: a JobSpy export written as CSV gives the jobs its JSON Lines give (the
// hand-written fixtures of ./fixtures), quoting, BOM and CRLF, bad records with their line, and the caps.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CrawlProgressEvent, Job } from '@rolefit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_CSV_FIELDS, MAX_CSV_RECORD_BYTES } from './csv-records.js';
import { createFileCrawler, FileRecordError, FileSourceError, type FileCrawlerSettings } from './index.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'rolefit-csv-files-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function crawl(
  settings: FileCrawlerSettings,
): Promise<{ jobs: Job[]; errors: FileRecordError[]; done: CrawlProgressEvent | undefined }> {
  const jobs: Job[] = [];
  const errors: FileRecordError[] = [];
  let done: CrawlProgressEvent | undefined;
  const onProgress = (event: CrawlProgressEvent) => {
    if (event.type === 'error') errors.push(event.error as FileRecordError);
    if (event.type === 'done') done = event;
  };
  for await (const job of createFileCrawler(settings).crawl({ onProgress })) jobs.push(job);
  return { jobs, errors, done };
}

/**
 * Rows written as Python's csv module writes them for pandas' `to_csv` (QUOTE_MINIMAL: a field is quoted when it holds
 * the delimiter, a quote or a line break, and its quotes are doubled), with `eol` between rows only.
 */
function writeRows(rows: readonly (readonly string[])[], delimiter: string, eol: string): string {
  const quote = (field: string) =>
    field.includes(delimiter) || /["\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
  return rows.map((row) => row.map(quote).join(delimiter) + eol).join('');
}

/** JobSpy records as pandas writes them to CSV: a header of the columns, null as empty, booleans as True/False. */
function pandasRows(records: readonly Record<string, unknown>[]): string[][] {
  const columns = Object.keys(records[0] ?? {});
  const cell = (value: unknown) =>
    value === null ? '' : typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value);
  return [columns, ...records.map((record) => columns.map((column) => cell(record[column])))];
}

/** The records of the JSON Lines fixture as pandas writes them to CSV. */
async function fixtureRows(): Promise<string[][]> {
  const records = (await readFile(join(fixtures, 'jobspy-linkedin.jsonl'), 'utf8'))
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return pandasRows(records);
}

describe('createFileCrawler on CSV files', () => {
  it('reads a JobSpy export written as CSV to the jobs its JSON Lines give', async () => {
    const fromJsonLines = await crawl({ path: join(fixtures, 'jobspy-linkedin.jsonl') });
    const fromCsv = await crawl({ path: join(fixtures, 'jobspy-linkedin.csv') });
    expect(fromJsonLines.jobs).toHaveLength(5);
    expect(fromJsonLines.errors).toEqual([]);
    expect(fromCsv.errors).toEqual([]);
    expect(fromCsv.jobs).toEqual(fromJsonLines.jobs);
    // The CSV's text fields became the same typed fields: pay from min_amount "150000.0", the location from text.
    const paid = fromCsv.jobs.find((job) => job.id === 'li-4000000002');
    expect(paid?.salary).toMatchObject({ min: 150000, max: 170000, currency: 'USD', period: 'year' });
    expect(paid?.location).toMatchObject({ city: 'Austin' });
    expect(fromCsv.done).toEqual({ type: 'done', source: 'file', pages: 1, items: 5, errors: 0 });
  });

  it('reads the same export with a BOM and CRLF rows (pandas on Windows, utf-8-sig), and as TSV', async () => {
    const rows = await fixtureRows();
    const expected = (await crawl({ path: join(fixtures, 'jobspy-linkedin.jsonl') })).jobs;
    const crlf = join(directory, 'jobs.csv');
    await writeFile(crlf, `\uFEFF${writeRows(rows, ',', '\r\n')}`);
    const tsv = join(directory, 'jobs.tsv');
    await writeFile(tsv, writeRows(rows, '\t', '\n'));
    const forced = join(directory, 'jobs.txt');
    await writeFile(forced, writeRows(rows, ',', '\n'));
    for (const settings of [{ path: crlf }, { path: tsv }, { path: forced, format: 'csv' as const }]) {
      const { jobs, errors } = await crawl(settings);
      expect(errors).toEqual([]);
      expect(jobs).toEqual(expected);
    }
  });

  it('reads quoted fields with delimiters, line breaks and doubled quotes, and numbers records by their first line', async () => {
    const path = join(directory, 'quoted.csv');
    await writeFile(
      path,
      [
        'id,title,company,description',
        '1,"Welder, night shift",Acme,"Line one\r\nline two, with ""quotes"""',
        '',
        '2,Plumber,Acme,"a\nb\rc"',
        '3,Ragged,Acme',
        '4,"Electrician",,"says ""hi"""',
        '5,Roofer,Acme,x,extra',
        '6,"Painter",Acme,',
      ].join('\n'),
    );
    const { jobs, errors, done } = await crawl({ path, name: 'export' });
    expect(jobs.map((job) => [job.id, job.title, job.company ?? null, job.description])).toEqual([
      ['1', 'Welder, night shift', 'Acme', 'Line one\r\nline two, with "quotes"'],
      ['2', 'Plumber', 'Acme', 'a\nb\rc'],
      ['4', 'Electrician', null, 'says "hi"'],
      ['6', 'Painter', 'Acme', ''],
    ]);
    // Record 1 spans lines 2-3 (a CRLF inside quotes is one break), line 4 is blank, record 2 spans lines 5-7.
    expect(errors.map((error) => [error.position, error.message])).toEqual([
      [8, `${path} line 8: the record has 3 fields, the header 4 (skipped)`],
      [10, `${path} line 10: the record has 5 fields, the header 4 (skipped)`],
    ]);
    expect(errors[0]).toBeInstanceOf(FileRecordError);
    expect(done).toEqual({ type: 'done', source: 'export', pages: 1, items: 4, errors: 2 });
  });

  it('ends rows at CR alone, LF and CRLF alike, even mixed in one file, counting lines as the JSON Lines reader does', async () => {
    const path = join(directory, 'mixed.csv');
    await writeFile(path, 'id,title\r1,Welder\n2,Plumber\r\n\r3\n4,Roofer');
    const { jobs, errors } = await crawl({ path });
    expect(jobs.map((job) => [job.id, job.title])).toEqual([
      ['1', 'Welder'],
      ['2', 'Plumber'],
      ['4', 'Roofer'],
    ]);
    expect(errors.map((error) => error.position)).toEqual([5]);
  });

  it('drops a nameless column (pandas’ index) and keeps the first of two columns of one name', async () => {
    const path = join(directory, 'index.csv');
    await writeFile(path, ',id,title,title\n0,a1,Welder,Other\n1,a2,Plumber,\n');
    const { jobs } = await crawl({ path });
    expect(jobs.map((job) => [job.id, job.title])).toEqual([
      ['a1', 'Welder'],
      ['a2', 'Plumber'],
    ]);
  });

  it('reports a record over the size cap at its first line and stops there, keeping the jobs before it', async () => {
    const path = join(directory, 'huge-field.csv');
    const huge = 'x'.repeat(MAX_CSV_RECORD_BYTES + 1);
    await writeFile(path, `id,title,description\n1,Welder,ok\n2,Plumber,"${huge}"\n3,Roofer,never read\n`);
    const { jobs, errors, done } = await crawl({ path });
    expect(jobs.map((job) => job.id)).toEqual(['1']);
    expect(errors.map((error) => error.position)).toEqual([3]);
    expect(errors[0]?.message).toBe(
      `${path} line 3: the record cannot be read: it runs over ${MAX_CSV_RECORD_BYTES} bytes (a quote never closed?); the rest of the file is not read`,
    );
    expect(done).toMatchObject({ items: 1, errors: 1 });
  });

  it('reports a quote never closed as a bad record at the line it opens on', async () => {
    const path = join(directory, 'open-quote.csv');
    await writeFile(path, 'id,title\n1,Welder\n"2,Plumber\n3,Roofer\n');
    const { jobs, errors } = await crawl({ path });
    expect(jobs.map((job) => job.id)).toEqual(['1']);
    expect(errors.map((error) => [error.position, error.message])).toEqual([
      [
        3,
        `${path} line 3: the record cannot be read: a quote opened in it is never closed; the rest of the file is not read`,
      ],
    ]);
  });

  it('skips a row of a million empty fields as any ragged row, and refuses a header of too many columns', async () => {
    const row = join(directory, 'wide-row.csv');
    await writeFile(row, `id,title\n1,Welder\n${','.repeat(1_000_000)}\n2,Plumber\n`);
    const { jobs, errors } = await crawl({ path: row });
    expect(jobs.map((job) => job.id)).toEqual(['1', '2']);
    expect(errors.map((error) => [error.position, error.message])).toEqual([
      [3, `${row} line 3: the record has 1000001 fields, the header 2 (skipped)`],
    ]);
    const header = join(directory, 'wide-header.csv');
    await writeFile(header, `${','.repeat(MAX_CSV_FIELDS)}\n1,Welder\n`);
    const failure = await crawl({ path: header }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FileSourceError);
    expect((failure as FileSourceError).message).toBe(
      `jobs file ${header}: the header row names ${MAX_CSV_FIELDS + 1} columns, over the ${MAX_CSV_FIELDS} read`,
    );
  });

  it('stops at a line of empty fields over the size cap, and at an open quote that runs over it', async () => {
    const commas = join(directory, 'commas.csv');
    // Checked after each 64 KiB read: a record may pass the cap by less than that.
    await writeFile(commas, `id,title\n1,Welder\n${','.repeat(MAX_CSV_RECORD_BYTES + 1024 * 1024)}\n2,Plumber\n`);
    const wide = await crawl({ path: commas });
    expect(wide.jobs.map((job) => job.id)).toEqual(['1']);
    expect(wide.errors.map((error) => error.position)).toEqual([3]);
    const open = join(directory, 'open-quote-at-start.csv');
    await writeFile(open, `"id,title\n${'1,Welder\n'.repeat(MAX_CSV_RECORD_BYTES / 8)}`);
    const failure = await crawl({ path: open }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FileSourceError);
    expect((failure as FileSourceError).message).toBe(
      `jobs file ${open}: the header row cannot be read: it runs over ${MAX_CSV_RECORD_BYTES} bytes (a quote never closed?)`,
    );
  });

  it('reports a missing file as a FileSourceError, and an empty one as no jobs', async () => {
    const missing = join(directory, 'missing.csv');
    const failure = await crawl({ path: missing }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FileSourceError);
    expect((failure as FileSourceError).message).toContain(missing);
    const empty = join(directory, 'empty.csv');
    await writeFile(empty, '');
    expect(await crawl({ path: empty })).toMatchObject({ jobs: [], errors: [] });
  });

  it.skipIf(process.platform === 'win32')(
    'stops on abort, and reads /dev/zero only up to the record cap',
    { timeout: 30_000 },
    async () => {
      const path = join(directory, 'five.csv');
      await writeFile(path, `id,title\n${Array.from({ length: 5 }, (_, index) => `${index},Welder`).join('\n')}\n`);
      const controller = new AbortController();
      const seen: string[] = [];
      await expect(
        (async () => {
          for await (const job of createFileCrawler({ path }).crawl({ signal: controller.signal })) {
            seen.push(job.id);
            if (seen.length === 2) controller.abort();
          }
        })(),
      ).rejects.toMatchObject({ name: 'AbortError' });
      expect(seen).toEqual(['0', '1']);
      // One field of NUL bytes that never ends: refused at the cap as the header, not read until memory runs out.
      const zero = join(directory, 'zero.csv');
      await symlink('/dev/zero', zero);
      const failure = await crawl({ path: zero }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(FileSourceError);
      expect((failure as FileSourceError).message).toContain('the header row cannot be read: it runs over');
    },
  );

  it('stops reading at the limit', async () => {
    const path = join(directory, 'many.csv');
    const rows = Array.from({ length: 5000 }, (_, index) => `${index},Welder ${index}`);
    await writeFile(path, `id,title\n${rows.join('\n')}\n`);
    const jobs: Job[] = [];
    for await (const job of createFileCrawler({ path }).crawl({ limit: 3 })) jobs.push(job);
    expect(jobs.map((job) => job.id)).toEqual(['0', '1', '2']);
  });
});

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const dataDirectory = process.env.ROLEFIT_DATA_DIR ?? process.env.ROLEFIT_DATA ?? resolve(root, '../shared/data');
const jobSpyFiles = ['apple', 'glassdoor', 'google_careers', 'greenhouse', 'linkedin'].map((site) =>
  resolve(dataDirectory, 'jobspy-scraped-postings-israel-2026', `${site}_jobs.json`),
);

describe('createFileCrawler on the real JobSpy files written as CSV', () => {
  // yshauly/JobSpy @ c67825c2 (see ../shared/data/SOURCES.md): developer-only data, not shipped; skipped where absent.
  // Each file is written here as pandas' to_csv writes it; its descriptions hold commas, quotes and line breaks.
  it.skipIf(!jobSpyFiles.every((file) => existsSync(file)))('gives the jobs of the JSON file, all 1,004', async () => {
    let count = 0;
    for (const file of jobSpyFiles) {
      const records = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>[];
      const path = join(directory, 'jobs.csv');
      await writeFile(path, writeRows(pandasRows(records), ',', '\n'));
      const fromJson = await crawl({ path: file });
      const fromCsv = await crawl({ path });
      expect(fromCsv.errors).toEqual([]);
      expect(fromCsv.jobs).toEqual(fromJson.jobs);
      count += fromCsv.jobs.length;
    }
    expect(count).toBe(1004);
  });
});
