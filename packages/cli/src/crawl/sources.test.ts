import { describe, expect, it } from 'vitest';
import { UsageError } from '../shared/io.js';
import { createSourceCrawler, CRAWL_SOURCES, isLoopbackUrl } from './sources.js';

const env = {};
const usageMessage = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('no UsageError');
};

describe('createSourceCrawler', () => {
  it('makes a crawler for each source from its own filters, named as the source', () => {
    const filters: Record<string, Record<string, string | string[] | boolean>> = {
      hh: { text: 'analyst', area: ['1'], host: 'hh.ru' },
      greenhouse: { board: 'acme', company: ['Acme'] },
      lever: { company: ['acme'] },
      themuse: { category: ['Data Science'] },
      linkedin: { keywords: 'analyst' },
      dice: { query: 'analyst' },
      'json-ld': { url: ['https://example.com/job'] },
      file: { path: 'jobs.jsonl' },
    };
    for (const source of CRAWL_SOURCES) {
      const crawler = createSourceCrawler(
        source,
        { 'no-cache': true, ...filters[source] },
        { env: { ROLEFIT_DICE_API_KEY: 'key' } },
      );
      expect(crawler.name, source).toMatch(
        source === 'json-ld'
          ? /json-?ld|schema/i
          : source === 'themuse'
            ? /muse/
            : source === 'file'
              ? /\S/
              : new RegExp(source),
      );
    }
  });

  it("refuses another source's filter, a missing required one, a bad host, a non-http base URL and Dice without a key", () => {
    expect(usageMessage(() => createSourceCrawler('hh', { text: 'x', board: 'acme' }, { env }))).toMatch(
      /^--board is not a filter of hh \(its filters: --text, --area, --host, --only-with-salary\)/,
    );
    expect(usageMessage(() => createSourceCrawler('greenhouse', {}, { env }))).toBe(
      'crawl greenhouse needs --board TOKEN',
    );
    expect(usageMessage(() => createSourceCrawler('hh', { text: 'x', host: 'hh.kz' }, { env }))).toBe(
      '--host must be hh.ru or hh.uz, got "hh.kz"',
    );
    expect(usageMessage(() => createSourceCrawler('hh', { text: 'x', 'base-url': 'file:///etc' }, { env }))).toMatch(
      /^--base-url must be an http\(s\) URL/,
    );
    expect(usageMessage(() => createSourceCrawler('dice', {}, { env }))).toMatch(/ROLEFIT_DICE_API_KEY/);
    expect(usageMessage(() => createSourceCrawler('file', { path: 'jobs.csv', delimiter: ';;' }, { env }))).toBe(
      '--delimiter must be one character other than a quote (or "tab"), got ";;"',
    );
    expect(usageMessage(() => createSourceCrawler('file', { path: 'jobs.csv', delimiter: '"' }, { env }))).toMatch(
      /^--delimiter must be one character/,
    );
    for (const delimiter of [';', 'tab', '\\t', '~'])
      expect(createSourceCrawler('file', { path: 'jobs.csv', delimiter }, { env }).name).toBe('file');
    // A JSON file has none: it was passed over without a word.
    expect(usageMessage(() => createSourceCrawler('file', { path: 'jobs.jsonl', delimiter: ';' }, { env }))).toBe(
      '--delimiter is read for CSV and TSV files only; "jobs.jsonl" is read as JSON Lines (by its name)',
    );
    // --format names what the name does not say (/dev/stdin, a process substitution's /dev/fd/N).
    expect(usageMessage(() => createSourceCrawler('file', { path: '/dev/stdin', format: 'xml' }, { env }))).toBe(
      '--format must be json, jsonl, csv or tsv, got "xml"',
    );
    expect(
      usageMessage(() => createSourceCrawler('file', { path: '/dev/stdin', format: 'jsonl', delimiter: ';' }, { env })),
    ).toBe('--delimiter is read for CSV and TSV files only; "/dev/stdin" is read as JSON Lines (format)');
    for (const format of ['json', 'JSONL', 'ndjson', 'csv', 'tsv'])
      expect(createSourceCrawler('file', { path: '/dev/stdin', format }, { env }).name).toBe('file');
    expect(usageMessage(() => createSourceCrawler('file', { path: 'jobs.xlsx' }, { env }))).toBe(
      '--path "jobs.xlsx" is a spreadsheet workbook, which is not read: save it as CSV (UTF-8) and read that',
    );
  });
});

describe('isLoopbackUrl', () => {
  it('accepts 127.0.0.0/8, ::1 and localhost only', () => {
    expect(
      ['http://127.0.0.1:8080', 'http://127.1.2.3/', 'http://[::1]:9/', 'http://localhost/'].map(isLoopbackUrl),
    ).toEqual([true, true, true, true]);
    expect(
      ['http://10.0.0.1/', 'https://api.hh.ru', 'http://127.0.0.1.example.com/', 'not a url'].map(isLoopbackUrl),
    ).toEqual([false, false, false, false]);
  });
});
