// Both rankers against core's sample postings and resumes: each person's best jobs should be in their field.
import { parseJob, parseMatch, parseProfile, parseResume, type Job, type Ranker } from '@rolefit/core';
import { sampleJobs, sampleResumes } from '@rolefit/core/samples';
import { describe, expect, it } from 'vitest';
import { createBm25Ranker } from './bm25/index.js';
import { createMultiFactorRanker } from './multi-factor/index.js';

const NOW = new Date('2026-12-01T00:00:00.000Z');
const jobs: Job[] = sampleJobs.map((job) => parseJob(job));
const titleOf = new Map(jobs.map((job) => [job.id, job.title]));

// What the titles of a person's best jobs should look like.
const FIELDS: Record<string, RegExp> = {
  'resume-software-engineer': /engineer|developer/i,
  'resume-registered-nurse': /nurse/i,
  'resume-electrician': /electric/i,
  'resume-accountant': /financial|fp&a|audit|бухгалтер/i,
  'resume-data-analyst': /analyst/i,
};

const rankers: Array<[string, Ranker]> = [
  ['bm25', createBm25Ranker()],
  ['multi-factor', createMultiFactorRanker({ now: () => NOW })],
  [
    'multi-factor, every factor',
    createMultiFactorRanker({ now: () => NOW, weights: { title: 0.2, location: 0.1, salary: 0.1, recency: 0.05 } }),
  ],
];

describe.each(rankers)('%s on the sample data', (_label, ranker) => {
  it.each(sampleResumes.map((sample) => [sample.id, sample] as const))(
    'puts jobs in the field first for %s',
    async (id, sample) => {
      const { profile, ...resume } = sample;
      const matches = await ranker.rank({ resume: parseResume(resume), profile: parseProfile(profile) }, jobs);
      expect(matches).toHaveLength(jobs.length);
      for (const match of matches) parseMatch(match);
      const topTitles = matches.slice(0, 3).map((match) => titleOf.get(match.jobId) ?? '');
      for (const title of topTitles) expect(title).toMatch(FIELDS[id] ?? /^$/);
    },
  );

  it('ranks with only the plain text of each resume', async () => {
    for (const sample of sampleResumes) {
      const matches = await ranker.rank({ text: sample.text ?? '' }, jobs, { limit: 3 });
      expect(matches).toHaveLength(3);
      for (const match of matches) expect(titleOf.get(match.jobId)).toMatch(FIELDS[sample.id] ?? /^$/);
    }
  });
});
