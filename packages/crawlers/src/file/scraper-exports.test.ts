// The file crawler on the exports of a common scraper, JobSpy: hand-written records in the format of JobSpy's output,
// then the real JobSpy files of ../shared/data (ROLEFIT_DATA_DIR; skipped where they are absent).
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isValidationError, type CrawlProgressEvent, type Job } from '@rolefit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileCrawler, FileRecordError } from './index.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'rolefit-scraper-exports-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function crawl(path: string): Promise<{ jobs: Job[]; errors: FileRecordError[] }> {
  const jobs: Job[] = [];
  const errors: FileRecordError[] = [];
  const onProgress = (event: CrawlProgressEvent) => {
    if (event.type === 'error') errors.push(event.error as FileRecordError);
  };
  for await (const job of createFileCrawler({ path }).crawl({ onProgress })) jobs.push(job);
  return { jobs, errors };
}

// Hand-written in the format of JobSpy's output (scrape_jobs' DataFrame written with to_json(orient='records'): every
// column present, null where the site gave nothing, the location as display text, job types joined with ", ").
const jobSpy = (fields: Record<string, unknown>) => ({
  id: 'gd-1000000001',
  site: 'glassdoor',
  job_url: 'https://www.glassdoor.com/job-listing/j?jl=1000000001',
  apply_url: null,
  job_url_direct: null,
  title: 'Data Analyst',
  company: 'Example Ltd',
  location: 'Tel Aviv, Israel',
  date_posted: '2026-06-10T00:00:00.000',
  applications_count: null,
  job_type: null,
  salary_source: null,
  interval: null,
  min_amount: null,
  max_amount: null,
  currency: null,
  is_remote: false,
  job_level: null,
  job_function: null,
  listing_type: 'sponsored',
  emails: null,
  description: 'SQL and Python for reporting.',
  company_industry: null,
  company_url: null,
  company_logo: null,
  skills: null,
  experience_range: null,
  company_rating: null,
  vacancy_count: null,
  work_from_home_type: null,
  ...fields,
});

describe('createFileCrawler on scraper exports', () => {
  it('takes JobSpy records: a location as text, null fields as absent, its field names as the Job’s', async () => {
    const path = join(directory, 'jobspy.json');
    await writeFile(
      path,
      JSON.stringify([
        jobSpy({}),
        jobSpy({ id: 'gd-1000000002', location: null, is_remote: true, company: '' }),
        jobSpy({
          id: 'li-1000000003',
          site: 'linkedin',
          job_type: 'fulltime',
          interval: 'monthly',
          min_amount: 25000,
          max_amount: 30000,
          currency: 'ILS',
          location: 'Herzliya, Tel Aviv District, Israel',
        }),
        // Greenhouse records of JobSpy carry no description at all.
        (({ description: _, ...rest }) => rest)(jobSpy({ id: 'gh-1000000004', site: 'greenhouse' })),
      ]),
    );
    const { jobs, errors } = await crawl(path);
    expect(errors).toEqual([]);
    expect(jobs.map((job) => [job.id, job.source, job.location, job.company])).toEqual([
      ['gd-1000000001', 'glassdoor', { city: 'Tel Aviv', country: 'Israel' }, 'Example Ltd'],
      ['gd-1000000002', 'glassdoor', { workplace: 'remote' }, undefined],
      [
        'li-1000000003',
        'linkedin',
        { city: 'Herzliya', region: 'Tel Aviv District', country: 'Israel' },
        'Example Ltd',
      ],
      ['gh-1000000004', 'greenhouse', { city: 'Tel Aviv', country: 'Israel' }, 'Example Ltd'],
    ]);
    expect(jobs[0]).toMatchObject({
      url: 'https://www.glassdoor.com/job-listing/j?jl=1000000001',
      description: 'SQL and Python for reporting.',
      // Read from the title and description, as the API crawlers read them.
      skills: ['Data Analysis', 'SQL', 'Python'],
    });
    expect(jobs[0]?.postedAt?.toISOString()).toBe('2026-06-10T00:00:00.000Z');
    expect(jobs[2]).toMatchObject({
      employmentType: 'full-time',
      salary: { min: 25000, max: 30000, currency: 'ILS', period: 'month', annualMin: 300000, annualMax: 360000 },
    });
    expect(jobs[3]?.description).toBe('');
    // No null became the text "null", and the fields Rolefit does not know were dropped.
    expect(JSON.stringify(jobs)).not.toContain('null');
    expect(jobs.every((job) => !('listing_type' in job) && job.salary?.currency !== 'null')).toBe(true);
  });

  it('refuses a JobSpy record still invalid with a FileRecordError naming the field, and goes on', async () => {
    const path = join(directory, 'jobspy.jsonl');
    await writeFile(
      path,
      [
        jobSpy({ title: null }),
        jobSpy({ id: 'gd-2', job_url: 'javascript:alert(1)' }),
        jobSpy({ id: 'gd-3', min_amount: 'competitive', interval: 'yearly' }),
        jobSpy({ id: 'gd-4' }),
      ]
        .map((record) => JSON.stringify(record))
        .join('\n'),
    );
    const { jobs, errors } = await crawl(path);
    expect(jobs.map((job) => job.id)).toEqual(['gd-4']);
    expect(errors.map((error) => error.position)).toEqual([1, 2, 3]);
    for (const error of errors) {
      expect(error).toBeInstanceOf(FileRecordError);
      expect(isValidationError(error.cause)).toBe(true);
    }
    expect(errors.map((error) => (isValidationError(error.cause) ? error.cause.issues[0]?.path : ''))).toEqual([
      'title',
      'url',
      'salary.min',
    ]);
    expect(errors[0]?.message).toBe(
      `${path} line 1: Invalid Job: title: Invalid input: expected string, received undefined`,
    );
  });
});

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const dataDirectory = process.env.ROLEFIT_DATA_DIR ?? process.env.ROLEFIT_DATA ?? resolve(root, '../shared/data');
const jobSpyDirectory = resolve(dataDirectory, 'jobspy-scraped-postings-israel-2026');
const jobSpyFiles = ['apple', 'glassdoor', 'google_careers', 'greenhouse', 'linkedin'].map((site) =>
  resolve(jobSpyDirectory, `${site}_jobs.json`),
);

describe('createFileCrawler on the real JobSpy files', () => {
  // yshauly/JobSpy @ c67825c2 (see ../shared/data/SOURCES.md): developer-only data, not shipped; skipped where absent.
  it.skipIf(!jobSpyFiles.every((file) => existsSync(file)))(
    'accepts every record of the five files (none was accepted before)',
    async () => {
      const accepted: Record<string, string> = {};
      for (const file of jobSpyFiles) {
        const records = JSON.parse(readFileSync(file, 'utf8')) as Array<Record<string, unknown>>;
        const { jobs, errors } = await crawl(file);
        accepted[file.slice(jobSpyDirectory.length + 1)] = `${jobs.length} of ${records.length}`;
        expect(errors.map((error) => error.message)).toEqual([]);
        // Each job is its record: the same id, source (`site`), URL and title, a location wherever the record gave
        // one, and never the text "null".
        expect(jobs.map((job) => [job.id, job.source, job.url, job.title])).toEqual(
          records.map((record) => [record.id, record.site, record.job_url, String(record.title).trim()]),
        );
        records.forEach((record, index) => {
          if (typeof record.location === 'string') expect(jobs[index]?.location).toBeDefined();
        });
        expect(JSON.stringify(jobs)).not.toMatch(/"null"/);
      }
      expect(accepted).toEqual({
        'apple_jobs.json': '144 of 144',
        'glassdoor_jobs.json': '692 of 692',
        'google_careers_jobs.json': '61 of 61',
        'greenhouse_jobs.json': '79 of 79',
        'linkedin_jobs.json': '28 of 28',
      });
    },
  );
});
