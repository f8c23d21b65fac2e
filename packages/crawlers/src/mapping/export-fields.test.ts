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
    expect(refusal({ ...jobSpyRecord, interval: null }).issues.map((issue) => issue.path)).toEqual(['salary.period']);
    expect(refusal({ ...jobSpyRecord, location: 42 }).issues.map((issue) => issue.path)).toEqual(['location']);
  });

  it('keeps a blank raw as it is, and leaves a label that maps to no employment type out', () => {
    expect(jobInputFromExport({ ...jobSpyRecord, raw: '' }).raw).toBe('');
    expect(jobInputFromExport({ ...jobSpyRecord, raw: null })).not.toHaveProperty('raw');
    expect(jobInputFromExport({ ...jobSpyRecord, job_type: 'nights' })).not.toHaveProperty('employmentType');
  });
});
