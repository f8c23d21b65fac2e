import { parseJob, ValidationError, type Job } from '@rolefit/core';
import { sampleJobs } from '@rolefit/core/samples';
import { describe, expect, it } from 'vitest';
import { clusterJobs, clusterVectors, postingKey } from './cluster.js';
import { normalizeRoleTitle, roleTitle } from './titles.js';

const jobs: Job[] = sampleJobs.map((job) => parseJob(job));
const NURSING = ['sample-020', 'sample-021', 'sample-022', 'sample-023', 'sample-024'];
const SOFTWARE = ['sample-001', 'sample-002', 'sample-003', 'sample-004', 'sample-005'];

function clusterOf(clusters: ReturnType<typeof clusterJobs>, id: string): string[] {
  return clusters.find((cluster) => cluster.jobs.some((job) => job.id === id))?.jobs.map((job) => job.id) ?? [];
}

describe('roleTitle', () => {
  it.each([
    ['Senior Backend Engineer (Node.js)', 'Backend Engineer'],
    ['Backend Engineer (Node.js / AWS) – 6-Month Contract', 'Backend Engineer'],
    ['Senior Software Engineer, Platform', 'Software Engineer'],
    ['Senior Staff Nurse – Critical Care (Band 6)', 'Nurse'],
    ['Sales Associate', 'Sales Associate'],
    ['Entry Level Lab Technician', 'Lab Technician'],
    ['Junior Data Analyst', 'Data Analyst'],
    ['Software Engineer II', 'Software Engineer'],
    ['Lead', 'Lead'],
  ])('%s → %s', (title, expected) => {
    expect(roleTitle(title)).toBe(expected);
  });

  it('compares titles whatever their case and spacing', () => {
    expect(normalizeRoleTitle('Senior  data engineer')).toBe(normalizeRoleTitle('Senior Data Engineer'));
  });
});

describe('clusterJobs on the sample postings', () => {
  const clusters = clusterJobs(jobs);

  it('puts every posting in exactly one cluster', () => {
    const ids = clusters.flatMap((cluster) => cluster.jobs.map((job) => job.id));
    expect(ids).toHaveLength(jobs.length);
    expect(new Set(ids).size).toBe(jobs.length);
  });

  it('groups the nursing postings together and the software postings apart from them', () => {
    const nursing = clusterOf(clusters, 'sample-020');
    for (const id of NURSING) expect(nursing).toContain(id);
    const software = clusterOf(clusters, 'sample-001');
    for (const id of SOFTWARE) expect(software).toContain(id);
    for (const id of NURSING) expect(software).not.toContain(id);
    // Unrelated trades stay out of both.
    for (const id of ['sample-034', 'sample-051', 'sample-038']) {
      expect(nursing).not.toContain(id);
      expect(software).not.toContain(id);
    }
  });

  it('is deterministic whatever the input order', () => {
    const reversed = clusterJobs([...jobs].reverse());
    const shuffled = clusterJobs([...jobs].sort((left, right) => (left.title.length % 7) - (right.title.length % 7)));
    const shape = (result: ReturnType<typeof clusterJobs>) =>
      result.map((cluster) => cluster.jobs.map((job) => job.id));
    expect(shape(reversed)).toEqual(shape(clusters));
    expect(shape(shuffled)).toEqual(shape(clusters));
  });

  it('lists clusters biggest first and a higher threshold splits more', () => {
    const sizes = clusters.map((cluster) => cluster.jobs.length);
    expect(sizes).toEqual([...sizes].sort((left, right) => right - left));
    expect(clusterJobs(jobs, { threshold: 0.6 }).length).toBeGreaterThan(clusters.length);
    expect(clusterJobs(jobs, { threshold: 1 }).length).toBeGreaterThanOrEqual(jobs.length - 1);
  });

  it('rejects a threshold outside (0, 1]', () => {
    expect(() => clusterVectors([], 0)).toThrow(ValidationError);
    expect(() => clusterVectors([], 1.5)).toThrow(ValidationError);
  });

  it('gives the two board copies of one posting the same key', () => {
    const byId = new Map(jobs.map((job) => [job.id, job]));
    expect(postingKey(byId.get('sample-010') as Job)).toBe(postingKey(byId.get('sample-011') as Job));
    expect(postingKey(byId.get('sample-001') as Job)).not.toBe(postingKey(byId.get('sample-002') as Job));
  });
});

describe('clusterJobs on a job read from JSON without parseJob (fuzz round 10)', () => {
  it('names a field of another type instead of failing inside', () => {
    // bench/fuzz-inputs.mjs, career target, seed 1 #42: 'TypeError: job.skills is not iterable' from postingFeatures.
    const [first, second] = sampleJobs.map((sample) => parseJob(sample));
    const broken = { ...second!, skills: 'python' } as unknown as Job;
    expect(() => clusterJobs([first!, broken])).toThrow(ValidationError);
    expect(() => clusterJobs([first!, broken])).toThrow('jobs.1.skills: must be a list of strings');
  });

  it('reads a job without skills or description as one with none', () => {
    // bench/fuzz-inputs.mjs, career target, seed 1 #448: a job whose skills were deleted threw 'job.skills is not iterable'.
    const jobs = sampleJobs.slice(0, 4).map((sample) => parseJob(sample));
    const { skills: _skills, description: _description, ...bare } = jobs[1]!;
    const clusters = clusterJobs([jobs[0]!, bare as Job, jobs[2]!, jobs[3]!]);
    expect(clusters.flatMap((cluster) => cluster.jobs.map((job) => job.id)).sort()).toEqual(
      jobs.map((job) => job.id).sort(),
    );
  });
});

describe('clusterVectors past maxClustered', () => {
  // Hand-made sparse vectors: three kinds of postings, ten of each, sharing their kind's two features.
  const kinds = ['nurse', 'welder', 'analyst'];
  const vector = (features: Record<string, number>) => new Map(Object.entries(features));
  const corpus = Array.from({ length: 30 }, (_, index) =>
    vector({ [kinds[index % 3]!]: 1, [`${kinds[index % 3]}-skill`]: 0.5 + (index % 5) / 10 }),
  );

  it('clusters an evenly spaced sample and joins the rest to its groups: the groups of a clear corpus stay', () => {
    const whole = clusterVectors(corpus, 0.25);
    expect(whole).toHaveLength(3);
    expect(clusterVectors(corpus, 0.25, 6)).toEqual(whole);
    expect(clusterJobs(jobs, { maxClustered: 10 }).flatMap((cluster) => cluster.jobs)).toHaveLength(jobs.length);
  });

  it('leaves alone a posting like no sampled group, even where it is like another one left out', () => {
    // 0 and 2 are sampled (maxClustered 2 of 4: positions 0 and 2); 1 and 3 are alike but unlike both.
    const vectors = [vector({ nurse: 1 }), vector({ welder: 1 }), vector({ analyst: 1 }), vector({ welder: 1 })];
    expect(clusterVectors(vectors, 0.25)).toEqual([[0], [1, 3], [2]]);
    expect(clusterVectors(vectors, 0.25, 2)).toEqual([[0], [1], [2], [3]]);
    expect(clusterVectors([...vectors, vector({ nurse: 1 })], 0.25, 2)).toEqual([[0, 4], [1], [2], [3]]);
  });

  it('refuses a maxClustered that is not a whole number of at least 1, naming it', () => {
    expect(() => clusterVectors(corpus, 0.25, 0)).toThrow(/maxClustered: must be a whole number ≥ 1, got 0/);
    expect(() => clusterJobs(jobs, { maxClustered: 1.5 })).toThrow(/maxClustered: must be a whole number ≥ 1, got 1.5/);
  });
});
