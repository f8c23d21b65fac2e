// The file crawler reads what a job's description states and its record does not give (skills, seniority, years, pay),
// with the same step as the API crawlers (mapping's fieldsFromJobText): a hand-written JobSpy export (fixtures/README.md),
// then hostile descriptions.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_JOB_DESCRIPTION_LENGTH, parseJob, type CrawlProgressEvent, type Job } from '@rolefit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withFieldsFromText } from '../mapping/index.js';
import { DESCRIPTIONS } from './adversarial-inputs.js';
import { createFileCrawler } from './index.js';

const fixture = fileURLToPath(new URL('fixtures/jobspy-linkedin.jsonl', import.meta.url));

async function crawl(path: string): Promise<{ jobs: Job[]; errors: Error[] }> {
  const jobs: Job[] = [];
  const errors: Error[] = [];
  const onProgress = (event: CrawlProgressEvent) => {
    if (event.type === 'error') errors.push(event.error);
  };
  for await (const job of createFileCrawler({ path }).crawl({ onProgress })) jobs.push(job);
  return { jobs, errors };
}

describe('createFileCrawler reads what a description states', () => {
  it('gives a JobSpy record the pay, skills, years and seniority its description states', async () => {
    const { jobs, errors } = await crawl(fixture);
    expect(errors).toEqual([]);
    expect(jobs.map((job) => job.id)).toEqual([
      'li-4000000001',
      'li-4000000002',
      'li-4000000003',
      'li-4000000004',
      'li-4000000005',
    ]);
    const [stated] = jobs;
    expect(stated?.salary).toMatchObject({
      min: 120000,
      max: 140000,
      currency: 'USD',
      period: 'year',
      annualMin: 120000,
      annualMax: 140000,
    });
    // Canonical names of core's taxonomy, from the title and the description.
    expect(stated?.skills).toEqual([
      'Data Engineering',
      'Python',
      'SQL',
      'Apache Spark',
      'Amazon Web Services',
      'Apache Airflow',
      'Docker',
    ]);
    expect(stated?.experienceYears).toEqual({ min: 5 });
    expect(stated?.experienceLevel).toBe('mid-senior');
    // The description is kept as it was.
    expect(stated?.description).toContain('$120,000 - $140,000 a year');
  });

  it('keeps a record’s own pay and skills over its description’s', async () => {
    const { jobs } = await crawl(fixture);
    const [, ownPay, ownSkills, plain, empty] = jobs;
    // JobSpy's min_amount/max_amount are the record's pay: the $120,000 - $140,000 of its description is not read.
    expect(ownPay?.salary).toMatchObject({ min: 150000, max: 170000, currency: 'USD', period: 'year' });
    expect(ownPay?.skills).toEqual(expect.arrayContaining(['Python', 'SQL']));
    // Its own skills win: the Python of its description is not added.
    expect(ownSkills?.skills).toEqual(['Kotlin', 'Swift']);
    expect(ownSkills?.experienceYears).toEqual({ min: 3 });
    expect(ownSkills?.salary).toBeUndefined();
    // A text that states nothing adds nothing; with no description, only the title is read.
    expect(plain).toMatchObject({ skills: [], description: 'Keep the office running for a team of forty.' });
    expect(plain?.salary).toBeUndefined();
    expect(plain?.experienceYears).toBeUndefined();
    expect(empty).toMatchObject({ skills: ['Back-End Development'], description: '' });
    expect(empty?.salary).toBeUndefined();
  });

  it('never lets the text override a record’s own seniority or years', () => {
    const job = parseJob({
      id: 'x-1',
      source: 'file',
      title: 'Senior Data Engineer',
      experienceLevel: 'entry',
      experienceYears: { min: 2 },
      skills: ['Go'],
      description: '5+ years of experience with Python. $120,000 - $140,000 a year.',
    });
    const read = withFieldsFromText(job);
    expect(read).toMatchObject({ experienceLevel: 'entry', experienceYears: { min: 2 }, skills: ['Go'] });
    expect(read.salary).toMatchObject({ min: 120000, max: 140000 });
  });

  it('takes no pay from a description’s amount that names no currency', () => {
    // From the real files (see mapping/fields.ts): core's parseSalary reads these as 30 a day and 4-6 a week.
    for (const description of [
      '**Day 30**: you know the roadmap. Hours Per Week: 37.5',
      'Host 4-6 weekly virtual meetings for families',
    ]) {
      const job = withFieldsFromText(parseJob({ id: 'x-2', source: 'file', title: 'Program Lead', description }));
      expect(job.salary).toBeUndefined();
    }
    const stated = withFieldsFromText(
      parseJob({ id: 'x-3', source: 'file', title: 'Line Cook', description: 'Pay: 45 ₪ per hour' }),
    );
    expect(stated.salary).toMatchObject({ min: 45, max: 45, currency: 'ILS', period: 'hour' });
  });

  it('takes no pay from a bonus, a fee per unit of work or a retirement match, and keeps the pay beside them', () => {
    // Lines from the real LinkedIn postings and JobSpy files (see core's salary tests): core's parseSalary used to read
    // each as the job's pay.
    for (const description of [
      'Referral programme — earn up to €2,000 per successful referral',
      'Competitive flat fee split on commissions, offering $1500 per transaction.',
      "401(k) program with Erie matching $0.50 for every $1.00 up to the first 5% of the employee's biweekly salary.",
    ]) {
      const job = withFieldsFromText(parseJob({ id: 'x-4', source: 'file', title: 'Broker', description }));
      expect(job.salary).toBeUndefined();
    }
    const description =
      'For full time, we are offering a $6000 sign on bonus! Pay Range: $ 60, 000 - $90, 000. 401K with Match.';
    const job = withFieldsFromText(parseJob({ id: 'x-5', source: 'file', title: 'Fleet Manager', description }));
    expect(job.salary).toMatchObject({ min: 60_000, max: 90_000, currency: 'USD', period: 'year' });
  });

  describe('on hostile descriptions', () => {
    let directory: string;
    beforeEach(async () => {
      directory = await mkdtemp(join(tmpdir(), 'rolefit-description-fields-'));
    });
    afterEach(async () => {
      await rm(directory, { recursive: true, force: true });
    });

    it('reads a 5 MB description only as far as the job keeps it', async () => {
      const path = join(directory, 'huge.jsonl');
      const description = `Python and SQL, $120,000 - $140,000 a year. ${'$1, Python, 5+ years '.repeat(250_000)}`;
      expect(description.length).toBeGreaterThan(5_000_000);
      await writeFile(path, `${JSON.stringify({ id: 'huge-1', title: 'Data Engineer', description })}\n`);
      const { jobs, errors } = await crawl(path);
      expect(errors).toEqual([]);
      expect(jobs[0]?.description.length).toBeLessThanOrEqual(MAX_JOB_DESCRIPTION_LENGTH);
      expect(jobs[0]?.notes?.[0]).toMatch(/^description cut from \d+ to \d+ characters/);
      expect(jobs[0]?.skills).toEqual(expect.arrayContaining(['Python', 'SQL']));
      expect(jobs[0]?.salary).toBeDefined();
    });

    // A record as the crawler handles it once read: validated (which cuts the description), then its text read.
    const readRecord = (description: string) =>
      withFieldsFromText(parseJob({ id: 'hostile-1', source: 'file', title: 'Senior Data Engineer', description }));

    // Its time at 50,000 -> 100,000 characters (and 200,000), within the 200,000 a job keeps, is measured by `pnpm bench
    // --only adversarial` (no timings in tests).
    it.each(DESCRIPTIONS)(
      'reads a 100,000-character description of %s into a valid job that keeps it',
      (name, make) => {
        const description = make(100_000);
        const job = readRecord(description);
        expect(job.description).toBe(description);
        expect(parseJob(job)).toEqual(job);
        if (name === 'a listed skill') expect(job.skills).toContain('Python');
      },
    );
  });
});
