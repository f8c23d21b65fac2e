// The file crawler on CSV files delimited otherwise than by commas: the delimiter read from the header row, or set.
// Files hand-written in the format of the Google job skills dump (`;`, quoted multi-line fields) and the Wuzzuf dump
// (`~`, "-1" for no pay); the real dumps are read in job-board-dumps.test.ts.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isValidationError } from '@rolefit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUTO_DELIMITER, csvRecords, excelSeparator, headerDelimiter } from './csv-records.js';
import { createFileCrawler } from './index.js';
import { crawlFile as crawl } from './crawl-file.testing.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'rolefit-csv-delimiters-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('headerDelimiter', () => {
  it('is the delimiter the header row holds most often outside quotes, a comma on a tie or none', () => {
    const of = (text: string) => headerDelimiter(Buffer.from(text));
    expect(of('id,title,company\n1;2;3;4;5\n')).toBe(',');
    expect(of('Company;Title;"Minimum, Qualifications"\r\n')).toBe(';');
    expect(of('job_title~company_name~job_description\n')).toBe('~');
    expect(of('id|title|company')).toBe('|');
    expect(of('id\ttitle\n')).toBe('\t');
    expect(of('"a;b;c",d\n')).toBe(',');
    expect(of('title\n')).toBe(',');
    expect(of('a,b;c\n')).toBe(',');
    expect(of('\uFEFFid;title\n')).toBe(';');
  });
});

describe('headerDelimiter and excelSeparator where the header is not the first line', () => {
  it('reads the header after empty lines and a BOM, and the delimiter an Excel sep= line names', () => {
    const of = (text: string) => headerDelimiter(Buffer.from(text));
    // Before, the empty first line was read as the header: no delimiter in it, so a comma.
    expect(of('\r\n\r\ntitle;company;id\r\nWelder;Acme, Inc;1\r\n')).toBe(';');
    expect(of('\uFEFF\ntitle|company\n')).toBe('|');
    expect(of('\n\n')).toBe(',');
    const sep = (text: string) => excelSeparator(Buffer.from(text));
    expect(sep('sep=;\r\ntitle;id\r\n')).toBe(';');
    expect(sep('\uFEFFSEP=\t\ntitle\tid\n')).toBe('\t');
    expect(sep('sep=|\rtitle|id')).toBe('|');
    expect([sep('sep=;;\n'), sep('sep="\n'), sep('sep=\n'), sep('title,sep=;\n'), sep('sep=;')]).toEqual(
      Array(5).fill(undefined),
    );
  });

  it("reads a file that starts with empty lines or with Excel's sep= line", async () => {
    const blank = join(directory, 'blank.csv');
    await writeFile(blank, '\r\n\r\ntitle;company;id\r\nWelder;Acme, Inc;1\r\n');
    const sepped = join(directory, 'sep.csv');
    await writeFile(sepped, '\uFEFFsep=;\r\ntitle;company;id\r\nWelder;Acme, Inc;1\r\n\r\nPlumber;Pipe Co;2;x\r\n');
    // Before: 'the record has 2 fields, the header 1' and 'the record has 3 fields, the header 2' (the sep= line).
    expect(await crawl({ path: blank })).toEqual({
      jobs: [expect.objectContaining({ id: '1', title: 'Welder', company: 'Acme, Inc' })],
      errors: [],
    });
    expect(await crawl({ path: sepped })).toEqual({
      jobs: [expect.objectContaining({ id: '1', title: 'Welder', company: 'Acme, Inc' })],
      errors: [`${sepped} line 5: the record has 4 fields, the header 3 (skipped)`],
    });
    // A delimiter set wins over the line, which is still no header.
    expect((await crawl({ path: sepped, delimiter: ';' })).jobs).toHaveLength(1);
    await writeFile(sepped, 'sep=,\ntitle;company;id\nWelder;Acme;1\n');
    expect((await crawl({ path: sepped, delimiter: ';' })).jobs.map((job) => job.company)).toEqual(['Acme']);
  });
});

// Round 14: a FIFO or a pipe (`rolefit crawl file /dev/stdin --format csv`) hands over what its writer wrote at a
// time; the delimiter and the sep= line were read from the first chunk alone, so a BOM written by itself, or a header
// written in pieces, made a `;` file one read with commas: every record a bad one, no job.
describe('csvRecords on a file whose first line comes in pieces', () => {
  const recordsOf = async (pieces: readonly string[]) => {
    async function* chunks() {
      for (const piece of pieces) yield Buffer.from(piece);
    }
    const seen = [];
    for await (const record of csvRecords(chunks(), AUTO_DELIMITER)) seen.push(record);
    return seen;
  };
  const welder = [{ line: 2, value: { id: '1', title: 'Welder', company: 'Acme, Inc' } }];

  it('reads the delimiter from the whole header row, after a BOM or a sep= line written alone', async () => {
    const rows = 'id;title;company\n1;Welder;Acme, Inc\n';
    expect(await recordsOf(['\uFEFF', rows])).toEqual(welder);
    expect(await recordsOf(['\uFEFF', '\n', rows])).toEqual([{ ...welder[0], line: 3 }]);
    expect(await recordsOf(['id', ';title', ';company\n', '1;Welder;Acme, Inc\n'])).toEqual(welder);
    expect(await recordsOf([...'id;title;company\n1;Welder;Acme, Inc\n'])).toEqual(welder);
    expect(await recordsOf(['se', 'p=;\n', rows])).toEqual([{ ...welder[0], line: 3 }]);
    // A first line that never ends is read as before: one chunk of it all.
    expect(await recordsOf(['id;', 'title'])).toEqual([]);
  });
});

describe('createFileCrawler on CSV files of other delimiters', () => {
  it('reads a semicolon-delimited dump, its text columns under their headings in the description', async () => {
    const path = join(directory, 'google.csv');
    await writeFile(
      path,
      'Company;Title;Category;Location;Responsibilities;Minimum Qualifications;Preferred Qualifications\n' +
        'Google;Program Manager;Program Management;Singapore;"Shape programs.\nReport metrics; plan.";' +
        '"BA/BS degree or equivalent practical experience.";"Experience with SQL."\n',
    );
    const { jobs, errors } = await crawl({ path });
    expect(errors).toEqual([]);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ title: 'Program Manager', company: 'Google', location: { country: 'Singapore' } });
    expect(jobs[0]?.description).toBe(
      'Responsibilities:\nShape programs.\nReport metrics; plan.\n\n' +
        'Minimum Qualifications:\nBA/BS degree or equivalent practical experience.\n\n' +
        'Preferred Qualifications:\nExperience with SQL.',
    );
  });

  it('reads a tilde-delimited dump, where "-1" is no pay', async () => {
    const path = join(directory, 'wuzzuf.csv');
    await writeFile(
      path,
      'job_title~experience_needed~min_salary~max_salary~job_description~job_requirements~company_name~Location_Part1~Location_Part2\n' +
        'DLP Engineer~-1~-1~-1~Operate DLP.~Three years with Symantec DLP~Help AG~Riyadh~Saudi Arabia\n' +
        'Accountant~2~5000~8000~Books and VAT.~~Example Co~Maadi~Cairo\n',
    );
    const { jobs, errors } = await crawl({ path });
    expect(errors).toEqual([]);
    expect(jobs.map((job) => [job.title, job.company])).toEqual([
      ['DLP Engineer', 'Help AG'],
      ['Accountant', 'Example Co'],
    ]);
    expect(jobs[0]).not.toHaveProperty('salary');
    expect(jobs[0]?.description).toBe('Operate DLP.\n\njob_requirements:\nThree years with Symantec DLP');
    expect(jobs[1]?.salary).toMatchObject({ min: 5000, max: 8000 });
    // The place in two columns, narrowest first.
    expect(jobs.map((job) => job.location)).toEqual([
      { city: 'Riyadh', country: 'Saudi Arabia' },
      expect.objectContaining({ city: 'Maadi' }),
    ]);
  });

  it('takes the delimiter set, and refuses one that is no single character with a typed error', async () => {
    const path = join(directory, 'pipes.csv');
    // As many commas as pipes in the header (a tie is a comma): only the setting reads it right.
    await writeFile(path, 'id|title|note, as posted, in short\n1|Welder|"a, b"\n');
    expect((await crawl({ path })).errors).toHaveLength(1);
    expect((await crawl({ path, delimiter: '|' })).jobs.map((job) => [job.id, job.title])).toEqual([['1', 'Welder']]);
    for (const delimiter of ['', '||', '"', '\n'])
      expect(() => createFileCrawler({ path, delimiter })).toThrow(
        expect.objectContaining({
          code: 'ROLEFIT_VALIDATION',
          message: expect.stringMatching(/delimiter: must be one character/),
        }),
      );
    let refusal: unknown;
    try {
      createFileCrawler({ path, delimiter: 7 as unknown as string });
    } catch (error) {
      refusal = error;
    }
    expect(isValidationError(refusal) && refusal.issues[0]?.path).toBe('delimiter');
    // Only CSV and TSV have one: set for a JSON file it was passed over without a word.
    for (const other of ['jobs.json', 'jobs.jsonl'])
      expect(() => createFileCrawler({ path: join(directory, other), delimiter: ';' })).toThrow(
        expect.objectContaining({
          code: 'ROLEFIT_VALIDATION',
          message: expect.stringMatching(/delimiter: is read for CSV and TSV files only/),
        }),
      );
    expect((await crawl({ path, format: 'csv', delimiter: '|' })).jobs).toHaveLength(1);
  });

  it('names the delimiter read with when the header came out one column under records of several', async () => {
    // The Wuzzuf dump's format, its `~` overridden with a comma: every record was refused as "16 fields, the header 1".
    const path = join(directory, 'tilde.csv');
    await writeFile(path, 'job_title~company_name~job_description\r\nWelder~Nile Works~Weld, grind and fit~\r\n');
    const { jobs, errors } = await crawl({ path, delimiter: ',' });
    expect(jobs).toEqual([]);
    expect(errors).toEqual([
      `${path} line 2: the record has 2 fields, the header 1 (skipped; the header was read as one column with the delimiter ",": set the file's delimiter)`,
    ]);
    // Records of one field under it are no sign of a wrong delimiter (a blank line is none at all).
    await writeFile(path, 'title\nWelder\n\nPlumber\n');
    expect((await crawl({ path, delimiter: ',' })).errors).toEqual([]);
  });
});
