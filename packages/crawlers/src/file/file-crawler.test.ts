import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isValidationError, type CrawlProgressEvent, type Job } from '@rolefit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileCrawler, FileRecordError, FileSourceError } from './index.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'rolefit-file-crawler-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function collect(iterable: AsyncIterable<Job>): Promise<Job[]> {
  const jobs: Job[] = [];
  for await (const job of iterable) jobs.push(job);
  return jobs;
}

const line = (value: unknown) => JSON.stringify(value);

describe('createFileCrawler', () => {
  it('reads JSON Lines, skips bad records with a typed error each, and keeps going', async () => {
    const path = join(directory, 'jobs.jsonl');
    await writeFile(
      path,
      [
        line({ id: '1', title: 'Welder', postedAt: '2026-11-01' }),
        '',
        '{not json',
        line({ id: '2', title: '' }),
        line({ id: '3', source: 'export', title: 'Plumber' }),
      ].join('\n'),
    );
    const events: CrawlProgressEvent[] = [];
    const jobs = await collect(
      createFileCrawler({ path, name: 'my-export' }).crawl({ onProgress: (event) => events.push(event) }),
    );
    expect(jobs.map((job) => [job.id, job.source])).toEqual([
      ['1', 'my-export'],
      ['3', 'export'],
    ]);
    const errors = events.filter(
      (event): event is Extract<CrawlProgressEvent, { type: 'error' }> => event.type === 'error',
    );
    expect(errors.map((event) => (event.error as FileRecordError).position)).toEqual([3, 4]);
    expect(errors[0]?.error).toBeInstanceOf(FileRecordError);
    expect(errors[1]?.error.message).toContain('title');
    // The message says where: the line of a JSON Lines file.
    expect(errors.map((event) => event.error.message.slice(0, event.error.message.indexOf(':')))).toEqual([
      `${path} line 3`,
      `${path} line 4`,
    ]);
    expect(events.at(-1)).toEqual({ type: 'done', source: 'my-export', pages: 1, items: 2, errors: 2 });
  });

  it('reports a bad record without stack traces (they were half the cost of a line of {}), the cause a ValidationError', async () => {
    const path = join(directory, 'empty-records.jsonl');
    await writeFile(path, '{}\n'.repeat(3));
    const errors: Error[] = [];
    const jobs = await collect(
      createFileCrawler({ path }).crawl({
        onProgress: (event) => {
          if (event.type === 'error') errors.push(event.error);
        },
      }),
    );
    expect(jobs).toEqual([]);
    expect(errors).toHaveLength(3);
    for (const error of errors) {
      expect(error).toBeInstanceOf(FileRecordError);
      expect(error.stack?.split('\n')).toHaveLength(1);
      expect(isValidationError(error.cause)).toBe(true);
      expect((error.cause as Error).stack?.split('\n')).toHaveLength(1);
    }
    expect(new Error('after the crawl').stack?.split('\n').length).toBeGreaterThan(1);
  });

  it('skips a line over 8 MiB as a bad record without holding it, and splits lines at CRLF, LF and CR', async () => {
    // Node's readline held a line whole: /dev/zero, or a file of one endless line, grew to 630 MB and failed with
    // V8's 'Invalid string length'. Written here: 9,000,000 characters between two jobs, and each kind of line break.
    const path = join(directory, 'jobs.jsonl');
    await writeFile(
      path,
      `${line({ id: '1', title: 'Welder' })}\r\n${'x'.repeat(9_000_000)}\n${line({ id: '2', title: 'Plumber' })}\r{not json\n${line({ id: '3', title: 'Baker' })}`,
    );
    const events: CrawlProgressEvent[] = [];
    const jobs = await collect(createFileCrawler({ path }).crawl({ onProgress: (event) => events.push(event) }));
    expect(jobs.map((job) => job.id)).toEqual(['1', '2', '3']);
    const errors = events.flatMap((event) => (event.type === 'error' ? [event.error as FileRecordError] : []));
    expect(errors.map((error) => error.position)).toEqual([2, 4]);
    expect(errors[0]?.message).toBe(
      `${path} line 2: the line is 9000000 characters long, over the 8388608 read (skipped)`,
    );
  });

  // /dev/zero under a .json and a .jsonl name: a .json path was read whole until V8's string limit (632 MB, 'Invalid
  // string length'); a .jsonl one crashed the process from inside readline (662 MB, an uncaught RangeError).
  it.skipIf(process.platform === 'win32')(
    'refuses a .json file past 64 MiB, and reads an endless line in bounded memory until aborted',
    { timeout: 30_000 },
    async () => {
      const json = join(directory, 'zero.json');
      const jsonl = join(directory, 'zero.jsonl');
      await symlink('/dev/zero', json);
      await symlink('/dev/zero', jsonl);
      const failure = await collect(createFileCrawler({ path: json }).crawl()).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(FileSourceError);
      expect((failure as FileSourceError).message).toBe(
        `jobs file ${json} holds more than 67108864 bytes; a larger export belongs in a .jsonl file, one job per line`,
      );
      const events: CrawlProgressEvent[] = [];
      const endless = collect(
        createFileCrawler({ path: jsonl }).crawl({
          signal: AbortSignal.timeout(1_000),
          onProgress: (event) => events.push(event),
        }),
      );
      await expect(endless).rejects.toMatchObject({ name: 'TimeoutError' });
      expect(events).toEqual([]);
    },
  );

  it('reads a JSON array, honours since and limit, and maps foreign fields', async () => {
    const path = join(directory, 'jobs.json');
    await writeFile(
      path,
      JSON.stringify([
        { job_id: 'a', job_title: 'Old', posted: '2026-01-01' },
        { job_id: 'b', job_title: 'New', posted: '2026-11-01' },
        { job_id: 'c', job_title: 'Newer', posted: '2026-11-02' },
      ]),
    );
    const crawler = createFileCrawler({
      path,
      map: (record) => ({ id: record.job_id, title: record.job_title, postedAt: record.posted }),
    });
    const jobs = await collect(crawler.crawl({ since: new Date('2026-06-01'), limit: 1 }));
    expect(jobs.map((job) => job.title)).toEqual(['New']);
    // A bad item is named by its array index, as in the file: [1] is the second.
    await writeFile(
      path,
      JSON.stringify([
        { id: 'a', title: 'Fine' },
        { id: 'b', title: '' },
      ]),
    );
    const errors: string[] = [];
    await collect(
      createFileCrawler({ path }).crawl({
        onProgress: (event) => (event.type === 'error' ? errors.push(event.error.message) : undefined),
      }),
    );
    expect(errors).toEqual([expect.stringMatching(/^\S+jobs\.json \[1\]: Invalid Job: title/)]);
  });

  it('fails clearly on a JSON file that is not an array, and stops on abort', async () => {
    const path = join(directory, 'jobs.json');
    await writeFile(path, '{"jobs": []}');
    await expect(collect(createFileCrawler({ path }).crawl())).rejects.toThrow(/JSON array/);
    await expect(collect(createFileCrawler({ path }).crawl())).rejects.toBeInstanceOf(FileSourceError);
    const listPath = join(directory, 'many.jsonl');
    await writeFile(
      listPath,
      Array.from({ length: 5 }, (_, index) => line({ id: String(index), title: 'T' })).join('\n'),
    );
    const controller = new AbortController();
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const job of createFileCrawler({ path: listPath }).crawl({ signal: controller.signal })) {
          seen.push(job.id);
          if (seen.length === 2) controller.abort();
        }
      })(),
    ).rejects.toThrow();
    expect(seen).toEqual(['0', '1']);
  });

  it('names the file, the setting and the reason when the file cannot be read or is not JSON', async () => {
    const failure = async (path: string) => {
      try {
        await collect(createFileCrawler({ path }).crawl());
      } catch (error) {
        return error as FileSourceError;
      }
      throw new Error('the crawl did not fail');
    };
    for (const name of ['missing.jsonl', 'missing.json']) {
      const path = join(directory, name);
      const error = await failure(path);
      expect(error).toBeInstanceOf(FileSourceError);
      expect(error).toMatchObject({ code: 'ROLEFIT_FILE_SOURCE', setting: 'path', path });
      expect(error.message).toBe(`jobs file ${path}: no such file`);
      expect((error.cause as { code?: string }).code).toBe('ENOENT');
    }
    const folder = await failure(directory);
    expect(folder.message).toMatch(/: is a directory$/);
    // A folder named as a JSON Lines or CSV file opens, and fails its first read: was a bare EISDIR Error.
    for (const name of ['jobs.jsonl', 'jobs.csv', 'jobs.tsv']) {
      const path = join(directory, name);
      await mkdir(path);
      const error = await failure(path);
      expect(error).toBeInstanceOf(FileSourceError);
      expect(error.message).toBe(`jobs file ${path}: is a directory`);
    }
    const notJson = join(directory, 'jobs.json');
    await writeFile(notJson, '{"id": "1"}\n{"id": "2"}\n');
    const error = await failure(notJson);
    expect(error).toBeInstanceOf(FileSourceError);
    expect(error.message).toMatch(
      /^jobs file .*jobs\.json: not valid JSON \(.*\); a \.jsonl file holds one job per line$/,
    );
  });
});

describe('createFileCrawler limit', () => {
  it('yields no job for a limit of 0 and refuses a limit that is no number >= 0, naming it', async () => {
    const path = join(directory, 'jobs.jsonl');
    const job = (id: string) => line({ id, title: `Nurse ${id}`, company: 'Acme', description: 'Care' });
    await writeFile(path, `${job('a')}\n${job('b')}\n`);
    // The limit was checked after each yield: 0 and -1 gave one job, NaN every job.
    expect(await collect(createFileCrawler({ path }).crawl({ limit: 0 }))).toEqual([]);
    expect((await collect(createFileCrawler({ path }).crawl({ limit: 1 }))).map((read) => read.id)).toEqual(['a']);
    for (const limit of [-1, Number.NaN]) {
      const failure = await collect(createFileCrawler({ path }).crawl({ limit })).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(isValidationError(failure), String(limit)).toBe(true);
      expect((failure as Error).message).toMatch(/limit/);
    }
  });
});

describe('createFileCrawler byte-order mark', () => {
  it('reads a JSON Lines or JSON file that opens with a UTF-8 byte-order mark (Notepad, PowerShell)', async () => {
    const job = { id: 'a1', title: 'Nurse', company: 'Acme', description: 'Care', url: 'https://example.com/a1' };
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const lines = join(directory, 'bom.jsonl');
    await writeFile(lines, Buffer.concat([bom, Buffer.from(`${line(job)}\n${line({ ...job, id: 'a2' })}\n`)]));
    const array = join(directory, 'bom.json');
    await writeFile(array, Buffer.concat([bom, Buffer.from(line([job]))]));
    // The mark made the first line invalid JSON (its job a bad record) and the whole JSON file "not valid JSON".
    expect((await collect(createFileCrawler({ path: lines }).crawl())).map((read) => read.id)).toEqual(['a1', 'a2']);
    expect((await collect(createFileCrawler({ path: array }).crawl())).map((read) => read.title)).toEqual(['Nurse']);
  });
});

describe('createFileCrawler path', () => {
  it('refuses a workbook by its name, saying to save it as CSV, and a path that is no string', () => {
    // Before, it fell to the JSON reader: 'not valid JSON (Unexpected token 'P', "PK…" is not valid JSON)'.
    for (const name of ['jobs.xlsx', 'Jobs.XLS', 'jobs.ods', 'jobs.numbers'])
      expect(() => createFileCrawler({ path: join(directory, name) })).toThrow(
        expect.objectContaining({
          code: 'ROLEFIT_VALIDATION',
          setting: 'path',
          message: expect.stringContaining('is a spreadsheet workbook, which is not read: save it as CSV (UTF-8)'),
        }),
      );
    // A path that is no string was only met at the first read, as Node's argument error in a FileSourceError.
    for (const [path, got] of [
      [7, 'number'],
      [undefined, 'undefined'],
      [null, 'null'],
      [' ', 'an empty string'],
    ] as const)
      expect(() => createFileCrawler({ path: path as unknown as string })).toThrow(
        expect.objectContaining({
          setting: 'path',
          message: expect.stringContaining(`path: must be a file's path, got ${got}`),
        }),
      );
    // A format set says how to read it, whatever its name.
    expect(createFileCrawler({ path: join(directory, 'jobs.xlsx'), format: 'csv' }).name).toBe('file');
  });
});

describe('createFileCrawler idPrefix', () => {
  // Two dumps that number their rows alike: a store keeps one job per id, so the second file's job replaced the first's
  // (a nurse's posting gone, counted as "updated"). With a prefix per file both are kept.
  it('puts the prefix before every id, given or made from the content, so two files cannot overwrite each other', async () => {
    const first = join(directory, 'a.csv');
    const second = join(directory, 'b.csv');
    await writeFile(first, 'id,title,company\n1,Nurse,Ward Hospital\n');
    await writeFile(second, 'id,title,company\n1,Welder,Steel Works\n,Electrician,Volt Ltd\n');
    expect((await collect(createFileCrawler({ path: first }).crawl())).map((job) => job.id)).toEqual(['1']);
    const a = await collect(createFileCrawler({ path: first, name: 'a', idPrefix: 'a:' }).crawl());
    const b = await collect(createFileCrawler({ path: second, name: 'b', idPrefix: 'b:' }).crawl());
    expect(a.map((job) => job.id)).toEqual(['a:1']);
    expect(b.map((job) => job.id)).toEqual(['b:1', expect.stringMatching(/^b:[0-9a-f]{24}$/)]);
    expect(() => createFileCrawler({ path: first, idPrefix: 7 as never })).toThrow(
      expect.objectContaining({ name: 'ValidationError', setting: 'idPrefix' }),
    );
  });
});
