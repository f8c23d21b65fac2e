import { isValidationError, jobSchema, parseJob, pickKnownKeys, type Job, type ValidationError } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { jobInputFromExport } from './export-fields.js';

// Hand-written in the format of JobSpy's output (its `scrape_jobs` DataFrame written with `to_json(orient='records')`:
// every column present, null where the site gave nothing, `job_type` and `skills` joined with ", ").
const jobSpyRecord = {
  id: 'li-4000000001',
  site: 'linkedin',
  job_url: 'https://www.linkedin.com/jobs/view/4000000001',
  job_url_direct: null,
  title: 'Backend Engineer',
  company: 'Example Ltd',
  location: 'Tel Aviv, Israel',
  date_posted: '2026-06-12T00:00:00.000',
  job_type: 'fulltime, contract',
  salary_source: 'direct_data',
  interval: 'yearly',
  min_amount: 300000,
  max_amount: 400000,
  currency: 'ILS',
  is_remote: true,
  job_level: 'mid-senior level',
  emails: null,
  description: 'We build APIs in Go and PostgreSQL.',
  company_url: null,
  skills: 'Go, PostgreSQL, ',
  experience_range: null,
  work_from_home_type: null,
};

// As the file crawler reads a record: the fields a Job does not have are dropped before validation.
const toJob = (record: Record<string, unknown>): Job => parseJob(pickKnownKeys(jobSchema, jobInputFromExport(record)));

describe('jobInputFromExport', () => {
  it("reads a JobSpy record's fields as the Job's", () => {
    const job = toJob(jobSpyRecord);
    expect(job).toMatchObject({
      id: 'li-4000000001',
      source: 'linkedin',
      url: 'https://www.linkedin.com/jobs/view/4000000001',
      title: 'Backend Engineer',
      company: 'Example Ltd',
      location: { city: 'Tel Aviv', country: 'Israel', workplace: 'remote' },
      employmentType: 'full-time',
      salary: { min: 300000, max: 400000, currency: 'ILS', period: 'year' },
      description: 'We build APIs in Go and PostgreSQL.',
      skills: ['Go', 'PostgreSQL'],
    });
    expect(job.postedAt?.toISOString()).toBe('2026-06-12T00:00:00.000Z');
  });

  it('treats null and blank optional fields as absent, never as the text "null"', () => {
    const job = toJob({
      ...jobSpyRecord,
      job_url: null,
      location: null,
      company: '  ',
      description: null,
      skills: null,
      job_type: null,
      min_amount: null,
      max_amount: null,
      is_remote: false,
    });
    expect(job.url).toBeUndefined();
    expect(job).not.toHaveProperty('location');
    expect(job).not.toHaveProperty('company');
    expect(job).not.toHaveProperty('salary');
    expect(job).not.toHaveProperty('employmentType');
    expect(job.description).toBe('');
    expect(job.skills).toEqual([]);
    expect(JSON.stringify(job)).not.toContain('null');
  });

  it("prefers the record's own Job fields to the aliases, and the first alias with a value", () => {
    const input = jobInputFromExport({
      ...jobSpyRecord,
      url: 'https://example.com/own',
      source: 'my-export',
      job_url: null,
      job_url_direct: 'https://example.com/direct',
      location: { city: 'Haifa', region: null },
    });
    expect(input).toMatchObject({
      url: 'https://example.com/own',
      source: 'my-export',
      location: { city: 'Haifa', workplace: 'remote' },
    });
    expect(
      jobInputFromExport({ ...jobSpyRecord, job_url: null, job_url_direct: 'https://example.com/direct' }).url,
    ).toBe('https://example.com/direct');
  });

  it('reads amounts written as text, an hourly interval, and a workplace label', () => {
    const job = toJob({
      ...jobSpyRecord,
      min_amount: '40',
      max_amount: '55.5',
      interval: 'hourly',
      currency: 'USD',
      location: 'Austin, TX',
      is_remote: null,
      work_from_home_type: 'Hybrid',
    });
    expect(job).toMatchObject({
      salary: { min: 40, max: 55.5, period: 'hour', currency: 'USD', annualMin: 83200 },
      location: { city: 'Austin', region: 'TX', workplace: 'hybrid' },
    });
  });

  it('leaves what it cannot read for validation, which names the field', () => {
    const refusal = (record: Record<string, unknown>): ValidationError => {
      try {
        toJob(record);
      } catch (error) {
        if (isValidationError(error)) return error;
        throw error;
      }
      throw new Error('accepted');
    };
    expect(refusal({ ...jobSpyRecord, title: null }).issues.map((issue) => issue.path)).toEqual(['title']);
    expect(refusal({ ...jobSpyRecord, id: '  ' }).issues.map((issue) => issue.path)).toEqual(['id']);
    expect(refusal({ ...jobSpyRecord, min_amount: 'about 300k' }).issues.map((issue) => issue.path)).toEqual([
      'salary.min',
    ]);
    expect(refusal({ ...jobSpyRecord, interval: 'per project' }).issues.map((issue) => issue.path)).toEqual([
      'salary.period',
    ]);
    expect(refusal({ ...jobSpyRecord, location: 42 }).issues.map((issue) => issue.path)).toEqual(['location']);
  });

  it('keeps a blank raw as it is, and leaves a label that maps to no employment type out', () => {
    expect(jobInputFromExport({ ...jobSpyRecord, raw: '' }).raw).toBe('');
    expect(jobInputFromExport({ ...jobSpyRecord, raw: null })).not.toHaveProperty('raw');
    expect(jobInputFromExport({ ...jobSpyRecord, job_type: 'nights' })).not.toHaveProperty('employmentType');
  });
});

describe('jobInputFromExport on job-board dumps', () => {
  // Hand-written in the format of the Kaggle "LinkedIn Job Postings 2023-2024" postings.csv as pandas writes it (every
  // cell text, numbers with ".0", epoch milliseconds); the columns are the real file's (../shared/data/SOURCES.md).
  const linkedInRow = {
    job_id: '3884428798',
    company_name: 'Example Health',
    title: 'Registered Nurse',
    description: 'Night shifts on a surgical ward.',
    max_salary: '45.0',
    pay_period: 'HOURLY',
    location: 'Princeton, NJ',
    company_id: '1234.0',
    views: '20.0',
    med_salary: '',
    min_salary: '38.0',
    formatted_work_type: 'Full-time',
    applies: '',
    original_listed_time: '1713397508000.0',
    remote_allowed: '1.0',
    job_posting_url: 'https://www.linkedin.com/jobs/view/3884428798/',
    listed_time: '1713397508000.0',
    formatted_experience_level: 'Mid-Senior level',
    currency: 'USD',
    compensation_type: 'BASE_SALARY',
  };

  it("reads LinkedIn's columns: id, company, address, date in epoch milliseconds, pay, work type, remote", () => {
    expect(toJob({ ...linkedInRow, source: 'linkedin' })).toMatchObject({
      id: '3884428798',
      title: 'Registered Nurse',
      company: 'Example Health',
      url: 'https://www.linkedin.com/jobs/view/3884428798/',
      postedAt: new Date(1713397508000),
      employmentType: 'full-time',
      salary: { min: 38, max: 45, currency: 'USD', period: 'hour' },
      location: { city: 'Princeton', region: 'NJ', workplace: 'remote' },
      // The stated level, not the title's reading (a nurse's title says none).
      experienceLevel: 'mid-senior',
    });
    // A single (median) figure is the range's both ends when there is no minimum nor maximum.
    const median = toJob({ ...linkedInRow, source: 'linkedin', min_salary: '', max_salary: '', med_salary: '4200.0' });
    expect(median.salary).toMatchObject({ min: 4200, max: 4200, period: 'hour' });
  });

  // Hand-written in the format of the Glassdoor data-science dump (glassdoor_jobs.csv: a nameless pandas index, no id,
  // the company's rating under its name, the pay as an estimate text).
  const glassdoorRow = {
    '': '0',
    'Job Title': 'Data Scientist',
    'Salary Estimate': '$53K-$91K (Glassdoor est.)',
    'Job Description': 'Python and SQL for forecasting.',
    Rating: '3.8',
    'Company Name': 'Example Research\n3.8',
    Location: 'Albuquerque, NM',
  };

  it("reads Glassdoor's titled columns, the pay estimate, and gives a record with no id a stable one", () => {
    const job = toJob({ ...glassdoorRow, source: 'glassdoor' });
    expect(job).toMatchObject({
      title: 'Data Scientist',
      company: 'Example Research',
      description: 'Python and SQL for forecasting.',
      location: { city: 'Albuquerque', region: 'NM' },
      salary: { min: 53000, max: 91000, currency: 'USD', period: 'year' },
    });
    expect(job.id).toMatch(/^[0-9a-f]{24}$/);
    // The same row read again (another index) has the same id; another description gives another.
    expect(toJob({ ...glassdoorRow, '': '7', source: 'glassdoor' }).id).toBe(job.id);
    expect(toJob({ ...glassdoorRow, 'Job Description': 'R.', source: 'glassdoor' }).id).not.toBe(job.id);
    // "-1" (the dump's "no estimate") names no pay: left out, the job kept.
    expect(toJob({ ...glassdoorRow, 'Salary Estimate': '-1', source: 'glassdoor' })).not.toHaveProperty('salary');
  });

  it('reads a place in parts and pay with no period column by its size (USAJOBS columns)', () => {
    const job = toJob({
      source: 'usajobs',
      role: 'data analyst',
      title: 'IT Specialist (Data Management)',
      city: 'Arlington',
      state: 'Virginia',
      description: 'Federal data work.',
      posted_date: '2026-06-11',
      salary_min: '70623.0',
      salary_max: '158322.0',
      employment_type: 'Full-time',
      is_remote: 'False',
    });
    expect(job).toMatchObject({
      location: { city: 'Arlington', region: 'Virginia' },
      salary: { min: 70623, max: 158322, period: 'year' },
      employmentType: 'full-time',
      postedAt: new Date('2026-06-11'),
    });
    expect(job.location?.workplace).toBeUndefined();
    // JobSpy's amounts with a null interval: the period from their size, as core's parseSalary reads bare amounts.
    expect(toJob({ ...jobSpyRecord, interval: null }).salary).toMatchObject({ min: 300000, period: 'year' });
  });

  it('reads a cell of "-1", the dumps\' "none", as absent in any column, passing on to the next alias', () => {
    // Wuzzuf's columns (../shared/data/SOURCES.md: "-1 means missing"). Before, company was "-1", the place
    // { city: '1', region: 'Cairo' } from "-1, Cairo", and the description "-1".
    const job = toJob({
      source: 'wuzzuf',
      job_title: 'Welder',
      company_name: '-1',
      employer: 'Nile Works',
      Location_Part1: '-1',
      Location_Part2: 'Cairo',
      job_description: ' -1.0 ',
      job_requirements: '-1',
      skills: '-1',
      min_salary: '-1',
      max_salary: '-1',
    });
    expect(job.company).toBe('Nile Works');
    expect(job.location).toEqual({ city: 'Cairo' });
    expect(job.description).toBe('');
    expect(job.skills).toEqual([]);
    expect(job).not.toHaveProperty('salary');
    const glassdoor = toJob({ source: 'glassdoor', 'Job Title': 'Welder', Location: '-1', 'Company Name': '-1' });
    expect(glassdoor).not.toHaveProperty('location');
    expect(glassdoor).not.toHaveProperty('company');
    // A required field is kept as written (an id of "-1" is an id).
    expect(toJob({ id: '-1', source: 'x', title: 'Welder' }).id).toBe('-1');
  });

  it('matches columns whatever their case and separators, and passes over an alias it cannot read', () => {
    const job = toJob({
      'Job ID': 17,
      jobTitle: 'Welder',
      'COMPANY NAME': 'Acme',
      'Date Posted': 'soon',
      'Job Type': 'nights',
      'Employment Type': 'Part-time',
      source: 'export',
    });
    expect(job).toMatchObject({ id: '17', title: 'Welder', company: 'Acme', employmentType: 'part-time' });
    expect(job.postedAt).toBeUndefined();
    // An own field is never replaced by an alias, and a record with neither id nor title is still refused naming both.
    expect(jobInputFromExport({ title: 'Own', job_title: 'Alias' }).title).toBe('Own');
    expect(() => toJob({ source: 'export', description: 'no title' })).toThrow(/id: .*title: /);
  });

  it('reads epoch seconds and milliseconds as dates, and leaves other numbers for validation', () => {
    expect(toJob({ ...jobSpyRecord, date_posted: '1713397508' }).postedAt).toEqual(new Date(1713397508000));
    expect(toJob({ ...jobSpyRecord, date_posted: 1713397508000 }).postedAt).toEqual(new Date(1713397508000));
    expect(jobInputFromExport({ ...jobSpyRecord, postedAt: '1713397508000.0' }).postedAt).toBe(1713397508000);
  });
});
