import { createMemoryStore, parseJob, ValidationError, type Job } from '@rolefit/core';
import { sampleJobs, sampleResumes, type SampleResume } from '@rolefit/core/samples';
import { describe, expect, it } from 'vitest';
import {
  annualMidpoint,
  normalizeSpecialisationWeights,
  payPercentile,
  recommendSpecialisations,
} from './specialisations.js';

const jobs: Job[] = sampleJobs.map((job) => parseJob(job));
const byId = new Map(jobs.map((job) => [job.id, job]));

function person(id: string): Omit<SampleResume, 'profile'> & { profile: SampleResume['profile'] } {
  const sample = sampleResumes.find((resume) => resume.id === id);
  if (!sample) throw new Error(`no sample resume ${id}`);
  return sample;
}

async function forPerson(id: string, limit = 3) {
  const { profile, ...resume } = person(id);
  return recommendSpecialisations({ jobs, resume, profile, limit });
}

describe('recommendSpecialisations on the sample corpus', () => {
  it('ranks a nursing specialisation first for the nurse', async () => {
    const [first] = (await forPerson('resume-registered-nurse')).specialisations;
    expect(first?.name).toMatch(/nurse/i);
    for (const id of ['sample-020', 'sample-021', 'sample-022', 'sample-023', 'sample-024'])
      expect(first?.evidence.postingIds).toContain(id);
    expect(first?.evidence.medianSalary.map((entry) => entry.currency)).toEqual(['GBP']);
  });

  it('never lifts a field the person does not fit above one they do, however big its demand', async () => {
    // The resume alone: the nurse's profile (work style, workplace, preferences) gives every field some fit.
    const { profile: _profile, ...resume } = person('resume-registered-nurse');
    const { specialisations } = await recommendSpecialisations({ jobs, resume, limit: 50 });
    const firstZero = specialisations.findIndex((item) => item.scores.fit === 0);
    expect(firstZero).toBeGreaterThan(0);
    for (const item of specialisations.slice(firstZero)) expect(item.scores.score).toBe(0);
    for (const item of specialisations.slice(0, firstZero)) expect(item.scores.fit).toBeGreaterThan(0);
  });

  it('ranks a software specialisation first for the software engineer', async () => {
    const [first] = (await forPerson('resume-software-engineer')).specialisations;
    expect(first?.name).toMatch(/engineer/i);
    for (const id of ['sample-001', 'sample-002', 'sample-003', 'sample-004', 'sample-005'])
      expect(first?.evidence.postingIds).toContain(id);
    expect(first?.evidence.postingIds).not.toContain('sample-020');
  });

  it('ranks an analyst specialisation first for the data analyst and the accountant', async () => {
    expect((await forPerson('resume-data-analyst')).specialisations[0]?.evidence.postingIds).toContain('sample-014');
    expect((await forPerson('resume-accountant')).specialisations[0]?.evidence.postingIds).toContain('sample-042');
  });

  it('has evidence whose counts add up', async () => {
    const { profile, ...resume } = person('resume-data-analyst');
    const report = await recommendSpecialisations({ jobs, resume, profile, limit: Infinity });
    expect(report.specialisations).toHaveLength(report.clusterCount);
    // 62 postings, one posted on two boards.
    expect(report.duplicateCount).toBe(1);
    expect(report.postingCount).toBe(61);
    expect(report.specialisations.reduce((sum, item) => sum + item.evidence.postingCount, 0)).toBe(report.postingCount);
    const ids = report.specialisations.flatMap((item) => item.evidence.postingIds);
    expect(new Set(ids).size).toBe(report.postingCount);
    expect(ids).not.toContain('sample-011');
    for (const item of report.specialisations) {
      const { evidence } = item;
      expect(evidence.postingIds).toHaveLength(evidence.postingCount);
      expect(item.titles.reduce((sum, title) => sum + title.count, 0)).toBe(evidence.postingCount);
      expect(item.name).toBe(item.titles[0]?.title);
      for (const sample of evidence.samplePostings) expect(evidence.postingIds).toContain(sample.id);
      expect(evidence.medianSalary.reduce((sum, entry) => sum + entry.postings, 0)).toBe(
        evidence.postingIds.filter((id) => byId.get(id)?.salary).length,
      );
      expect([...evidence.matchedSkills, ...evidence.missingSkills].sort()).toEqual(
        item.topSkills.map((skill) => skill.skill).sort(),
      );
      for (const skill of item.topSkills) expect(skill.postings).toBeLessThanOrEqual(evidence.postingCount);
      const newest = evidence.postingIds
        .map((id) => byId.get(id)?.postedAt?.toISOString() ?? '')
        .sort()
        .at(-1);
      expect(evidence.newestPostedAt).toBe(newest);
      for (const value of Object.values(item.scores)) expect(value).toBeGreaterThanOrEqual(0);
      for (const value of Object.values(item.scores)) expect(value).toBeLessThanOrEqual(1);
    }
    expect(report.specialisations.map((item) => item.rank)).toEqual(
      report.specialisations.map((_item, index) => index + 1),
    );
    const scores = report.specialisations.map((item) => item.scores.score);
    expect(scores).toEqual([...scores].sort((left, right) => right - left));
  });

  it('reports the median annual pay per currency of the postings', async () => {
    const [first] = (await forPerson('resume-registered-nurse')).specialisations;
    const pays = (first?.evidence.postingIds ?? [])
      .map((id) => annualMidpoint(byId.get(id) as Job))
      .filter((pay): pay is number => pay !== undefined);
    pays.sort((left, right) => left - right);
    const middle =
      pays.length % 2
        ? (pays[(pays.length - 1) / 2] ?? 0)
        : ((pays[pays.length / 2 - 1] ?? 0) + (pays[pays.length / 2] ?? 0)) / 2;
    expect(first?.evidence.medianSalary[0]).toEqual({
      currency: 'GBP',
      annualMedian: Math.round(middle),
      postings: pays.length,
    });
  });

  it('reads a store as it reads an array, and is deterministic', async () => {
    const store = createMemoryStore();
    await store.upsertJobs(sampleJobs);
    const { profile, ...resume } = person('resume-electrician');
    const fromStore = await recommendSpecialisations({ store, resume, profile, limit: 5 });
    const fromArray = await recommendSpecialisations({ jobs: [...sampleJobs].reverse(), resume, profile, limit: 5 });
    expect(fromStore).toEqual(fromArray);
    expect(fromStore.specialisations[0]?.name).toMatch(/electric/i);
    await store.close();
  });

  it('ranks by demand alone without a person', async () => {
    const report = await recommendSpecialisations({ jobs, limit: Infinity });
    for (const item of report.specialisations) {
      expect(item.scores.fit).toBe(0);
      expect(item.scores.score).toBeCloseTo(item.scores.demand, 12);
      expect(item.evidence.matchedSkills).toEqual([]);
    }
    // Posting count carries half of demand: a big cluster leads and a lone posting comes last.
    expect(report.specialisations[0]?.evidence.postingCount).toBeGreaterThanOrEqual(5);
    expect(report.specialisations.at(-1)?.evidence.postingCount).toBe(1);
  });

  it('scales weights and rejects bad ones', () => {
    expect(normalizeSpecialisationWeights({ fit: 1, demand: 1 })).toMatchObject({
      fit: 0.5,
      demand: 0.5,
      similarity: 0.25,
      skills: 0.25,
      workStyle: 0.2,
      workplace: 0.1,
      interests: 0.2,
      count: 0.5,
    });
    expect(normalizeSpecialisationWeights({ workStyle: 0, workplace: 0, interests: 0 })).toMatchObject({
      similarity: 0.5,
      skills: 0.5,
      workStyle: 0,
    });
    expect(() => normalizeSpecialisationWeights({ fit: 0, demand: 0 })).toThrow(ValidationError);
    expect(() => normalizeSpecialisationWeights({ salary: -1 })).toThrow(ValidationError);
  });

  it('needs a store or jobs', async () => {
    // The type asks for one (public-api.test-d.ts); a JavaScript caller without either is refused.
    await expect(recommendSpecialisations({} as never)).rejects.toThrow(/store or jobs/);
  });
});

describe('payPercentile', () => {
  // Hand-made pay lists. Each posting's percentile scanned its currency's whole list (quadratic in the postings of one
  // currency, with the lists copied per posting); it now searches the list sorted once.
  const scan = (value: number, values: readonly number[]) => {
    const below = values.filter((other) => other < value).length;
    const equal = values.filter((other) => other === value).length;
    return values.length <= 1 ? 0.5 : (below + (equal - 1) / 2) / (values.length - 1);
  };

  it('gives the share below a pay, ties counting half, as a scan of the list would', () => {
    const values = [40_000, 50_000, 50_000, 50_000, 65_000, 80_000, 80_000, 120_000].sort(
      (left, right) => left - right,
    );
    for (const value of new Set(values)) expect(payPercentile(value, values), String(value)).toBe(scan(value, values));
    expect(payPercentile(120_000, values)).toBe(1);
    expect(payPercentile(40_000, values)).toBe(0);
    expect(payPercentile(70_000, [70_000])).toBe(0.5);
  });

  it('reads a few entries of a long sorted list, not every one', () => {
    const values = Array.from({ length: 100_000 }, (_, index) => 30_000 + Math.floor(index / 3));
    let reads = 0;
    const counted = new Proxy(values, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    expect(payPercentile(45_000, counted)).toBe(scan(45_000, values));
    // Two binary searches over 100,000 entries: at most 2 × 17 reads.
    expect(reads).toBeLessThanOrEqual(34);
  });
});
