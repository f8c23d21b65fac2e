import { describe, expect, it } from 'vitest';
import { jobFingerprint } from '../pipeline/index.js';
import { parseJob, parseProfile, parseResume } from '../schemas/index.js';
import { sampleJobs, sampleResumes } from './index.js';

describe('sample data', () => {
  const jobs = sampleJobs.map((job) => parseJob(job));

  it('has about 60 valid jobs with unique ids across trades and countries', () => {
    expect(jobs.length).toBeGreaterThanOrEqual(60);
    expect(new Set(jobs.map((job) => job.id)).size).toBe(jobs.length);
    expect(new Set(jobs.map((job) => job.location?.country)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(jobs.map((job) => job.employmentType)).size).toBe(6);
  });

  it('has exactly one cross-source duplicate pair', () => {
    const byFingerprint = new Map<string, string[]>();
    for (const job of jobs)
      byFingerprint.set(jobFingerprint(job), [...(byFingerprint.get(jobFingerprint(job)) ?? []), job.id]);
    expect([...byFingerprint.values()].filter((ids) => ids.length > 1)).toEqual([['sample-010', 'sample-011']]);
  });

  it('has five valid resumes, each with a valid profile', () => {
    expect(sampleResumes).toHaveLength(5);
    for (const sample of sampleResumes) {
      const resume = parseResume(sample);
      expect(resume.experience.length, resume.id).toBeGreaterThan(0);
      expect(resume.text?.length, resume.id).toBeGreaterThan(300);
      expect(parseProfile(sample.profile).desiredTitles.length, resume.id).toBeGreaterThan(0);
    }
  });
});
