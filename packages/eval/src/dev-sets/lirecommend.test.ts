import { describe, expect, it } from 'vitest';
import { buildLirecommend, linkedInLocation } from './lirecommend.js';
import { buildLirecommendProfile } from './lirecommend-profile.js';
import { expectWellFormed, hasData, realContext } from './test-helpers.js';

describe('linkedInLocation', () => {
  it('reads "city, state", "state, United States" and a bare country', () => {
    expect(linkedInLocation('Seattle, WA')).toEqual({ city: 'Seattle', region: 'WA', country: 'US' });
    expect(linkedInLocation('Ohio, United States')).toEqual({ region: 'Ohio', country: 'US' });
    expect(linkedInLocation('Austin, Texas, United States')).toEqual({
      city: 'Austin',
      region: 'Texas',
      country: 'US',
    });
    expect(linkedInLocation('United States')).toEqual({ country: 'US' });
    expect(linkedInLocation('NA')).toBeUndefined();
  });

  it("reads the place as core's parseLocationText does", () => {
    expect(linkedInLocation('Portland, OR')).toEqual({ city: 'Portland', region: 'OR', country: 'US' });
    expect(linkedInLocation('Greater Boston')).toEqual({ region: 'Greater Boston' });
    expect(linkedInLocation('Cleveland')).toEqual({ city: 'Cleveland' });
    expect(linkedInLocation('Tbilisi, Georgia')).toEqual({ city: 'Tbilisi', country: 'Georgia' });
  });
});

// Built from the real ratings (lirecommend-dev/ratings.jsonl in ../shared/data).
describe.skipIf(!hasData)('lirecommend and lirecommend-profile on the real data', () => {
  const context = realContext();

  it('split the 413 ratings by posting: none on both sides, every grade in both halves, one pseudo-resume', () => {
    for (const set of [buildLirecommend(context), buildLirecommendProfile(context)]) {
      expectWellFormed(set, { oneQuery: true });
      const { train, test } = set.splits;
      expect(train.qrels.length + test.qrels.length).toBe(413);
      const trainJobs = new Set(train.jobs.map((job) => job.id));
      expect(test.jobs.some((job) => trainJobs.has(job.id))).toBe(false);
      expect(train.resumes.map((resume) => resume.id)).toEqual(['lirecommend-rater']);
      expect(set.query).toBe('resume');
      for (const split of [train, test])
        expect(new Set(split.qrels.map((row) => row.grade))).toEqual(new Set([0, 1, 2, 3]));
    }
  });

  it('gives lirecommend an empty pseudo-resume and lirecommend-profile the paraphrase, quoted in its README', () => {
    expect(buildLirecommend(context).splits.train.resumes[0]?.text).toBe('');
    const profile = buildLirecommendProfile(context);
    expect(profile.splits.train.resumes[0]?.text).toMatch(/machine learning/i);
    expect(profile.describe).toMatch(/^> Software engineer with a machine learning focus\.$/m);
  });

  it('annualises salaries in $K and reads the employment type and level from the posting text', () => {
    const jobs = [...buildLirecommend(context).splits.train.jobs, ...buildLirecommend(context).splits.test.jobs];
    const paid = jobs.filter((job) => job.salary);
    expect(paid.length).toBeGreaterThan(0);
    for (const job of paid) {
      expect(job.salary!.min).toBeLessThanOrEqual(job.salary!.max);
      expect(job.salary!.min).toBeGreaterThan(1000);
    }
    expect(jobs.some((job) => job.employmentType === 'full-time')).toBe(true);
  });
});
