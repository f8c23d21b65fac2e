// The file crawler on the real job-board dumps of ../shared/data (ROLEFIT_DATA_DIR; developer-only data, not shipped;
// skipped where absent; see its SOURCES.md): the Kaggle LinkedIn postings, the Glassdoor data-science postings and the
// USAJOBS postings, each a CSV with its own column names. Before the column aliases, every row of all three was
// refused ("id: expected string, received undefined").
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { crawlFile as crawl } from './crawl-file.testing.js';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const dataDirectory = process.env.ROLEFIT_DATA_DIR ?? process.env.ROLEFIT_DATA ?? resolve(root, '../shared/data');
const dumps = {
  linkedIn: resolve(dataDirectory, 'linkedin-postings-2023-24-head1000/postings_head1000.csv'),
  glassdoor: resolve(dataDirectory, 'glassdoor-ds-jobs-2020/glassdoor_jobs.csv'),
  usaJobs: resolve(dataDirectory, 'usajobs-data-roles-2026/job_skills.csv'),
  googleSkills: resolve(dataDirectory, 'google-job-skills/job_skills.csv'),
  wuzzuf: resolve(dataDirectory, 'wuzzuf-postings-with-skills/job_postings_data_final.csv'),
};

/** The rows of a CSV file, each by its header's names. */
const rowsOf = (path: string, delimiter = ','): Array<Record<string, string>> =>
  parse(readFileSync(path), { columns: true, bom: true, relax_column_count: true, delimiter });

describe('createFileCrawler on real job-board dumps', () => {
  it.skipIf(!Object.values(dumps).every((path) => existsSync(path)))(
    'reads every row of the three comma-separated dumps as its job: title, company, place, pay and date from their own columns',
    async () => {
      const linkedIn = await crawl(dumps.linkedIn);
      const linkedInRows = rowsOf(dumps.linkedIn);
      expect(linkedIn.errors).toEqual([]);
      expect(linkedIn.jobs.map((job) => [job.id, job.title])).toEqual(
        linkedInRows.map((row) => [row.job_id, row.title?.trim()]),
      );
      linkedIn.jobs.forEach((job, index) => {
        const row = linkedInRows[index] ?? {};
        if (row.company_name) expect(job.company).toBe(row.company_name.trim());
        expect(job.url).toBe(row.job_posting_url);
        expect(job.postedAt?.getTime()).toBe(Number(row.listed_time));
        // A row with a minimum and a maximum and a period: that pay, per that period.
        if (row.min_salary && row.max_salary && row.pay_period === 'YEARLY')
          expect(job.salary).toMatchObject({
            min: Number(row.min_salary),
            max: Number(row.max_salary),
            period: 'year',
          });
      });

      const glassdoor = await crawl(dumps.glassdoor);
      const glassdoorRows = rowsOf(dumps.glassdoor);
      expect(glassdoor.errors).toEqual([]);
      expect(glassdoor.jobs.map((job) => job.title)).toEqual(glassdoorRows.map((row) => row['Job Title']?.trim()));
      // No id column: the id is the content's, so identical rows (the dump repeats postings) share one, others do not.
      const contents = glassdoorRows.map((row) =>
        JSON.stringify([row['Job Title'], row['Company Name'], row.Location, row['Job Description']]),
      );
      expect(new Set(glassdoor.jobs.map((job) => job.id)).size).toBe(new Set(contents).size);
      glassdoor.jobs.forEach((job, index) => {
        const row = glassdoorRows[index] ?? {};
        expect(job.company).toBe(row['Company Name']?.split('\n')[0]?.trim());
        if (row['Salary Estimate'] !== '-1') expect(job.salary?.currency).toBe('USD');
      });

      const usaJobs = await crawl(dumps.usaJobs);
      const usaJobsRows = rowsOf(dumps.usaJobs);
      expect(usaJobs.errors).toEqual([]);
      expect(usaJobs.jobs).toHaveLength(usaJobsRows.length);
      usaJobs.jobs.forEach((job, index) => {
        const row = usaJobsRows[index] ?? {};
        // Core reads the first of several places ("Naval Air Station/JRB Fort Worth" is "Naval Air Station").
        if (row.city?.trim()) expect(row.city).toContain(job.location?.city);
        if (row.salary_min && Number(row.salary_min) >= 20000)
          expect(job.salary).toMatchObject({ min: Number(row.salary_min), period: 'year' });
      });
    },
  );

  it.skipIf(!existsSync(dumps.googleSkills) || !existsSync(dumps.wuzzuf))(
    'reads the semicolon- and tilde-delimited dumps, their requirement columns into the description',
    async () => {
      // Before: one column named "Company;Title;…", so every row was refused.
      const google = await crawl(dumps.googleSkills);
      const googleRows = rowsOf(dumps.googleSkills, ';');
      expect(google.errors).toEqual([]);
      expect(google.jobs.map((job) => [job.company, job.title])).toEqual(
        googleRows.map((row) => [row.Company?.trim(), row.Title?.trim()]),
      );
      google.jobs.forEach((job, index) => {
        const minimum = googleRows[index]?.['Minimum Qualifications']?.trim();
        if (minimum) expect(job.description).toContain(`Minimum Qualifications:\n${minimum}`);
      });
      const wuzzuf = await crawl(dumps.wuzzuf);
      const wuzzufRows = rowsOf(dumps.wuzzuf, '~');
      expect(wuzzuf.errors).toEqual([]);
      expect(wuzzuf.jobs.map((job) => job.title)).toEqual(wuzzufRows.map((row) => row.job_title?.trim()));
      // The place in two columns ("Maadi", "Cairo"): every row that gives one has a place.
      wuzzuf.jobs.forEach((job, index) => {
        if (wuzzufRows[index]?.Location_Part1?.trim()) expect(job.location).toBeDefined();
      });
      // "-1" is the dump's "none": no job has a pay of -1.
      expect(wuzzuf.jobs.every((job) => job.salary === undefined || (job.salary.min ?? 1) > 0)).toBe(true);
    },
  );
});
