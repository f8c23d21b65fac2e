import { parseJob, ValidationError, type Job } from '@rolefit/core';
import { sampleJobs } from '@rolefit/core/samples';
import { cosine, type SparseVector } from '@rolefit/rankers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../core/src/testing/scaling.js';
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

  it('reads a title of a million brackets that never close (the bracket regex retried from each one)', () => {
    // `/\[[^\]]*\]/g` scanned to the end of the title from each '[': about 5·10¹¹ steps here, minutes; now one pass.
    expect(roleTitle(`Senior Welder [${'['.repeat(1_000_000)}`)).toBe(`Welder [${'['.repeat(1_000_000)}`);
    expect(roleTitle(`Senior Welder [${'['.repeat(1_000_000)}] (Night shift)`)).toBe('Welder');
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

/**
 * The scan of every pair that clusterVectors made before it kept each row's best (7d3ccae's clusterPairwise, copied
 * unchanged but for its name): the reference the faster merging must agree with, ties included.
 */
function referenceClusterPairwise(vectors: readonly SparseVector[], threshold: number): number[][] {
  const count = vectors.length;
  const similarity = new Float64Array(count * count);
  for (let row = 0; row < count; row += 1) {
    for (let column = row + 1; column < count; column += 1) {
      const value = cosine(vectors[row] ?? new Map(), vectors[column] ?? new Map());
      similarity[row * count + column] = value;
      similarity[column * count + row] = value;
    }
  }
  const members: Array<number[] | undefined> = vectors.map((_vector, index) => [index]);
  for (;;) {
    let best = -1;
    let bestRow = -1;
    let bestColumn = -1;
    for (let row = 0; row < count; row += 1) {
      if (members[row] === undefined) continue;
      for (let column = row + 1; column < count; column += 1) {
        if (members[column] === undefined) continue;
        const value = similarity[row * count + column] ?? 0;
        if (value > best) {
          best = value;
          bestRow = row;
          bestColumn = column;
        }
      }
    }
    if (bestRow < 0 || best < threshold) break;
    const kept = members[bestRow] ?? [];
    const merged = members[bestColumn] ?? [];
    for (let other = 0; other < count; other += 1) {
      if (other === bestRow || other === bestColumn || members[other] === undefined) continue;
      const value =
        (kept.length * (similarity[bestRow * count + other] ?? 0) +
          merged.length * (similarity[bestColumn * count + other] ?? 0)) /
        (kept.length + merged.length);
      similarity[bestRow * count + other] = value;
      similarity[other * count + bestRow] = value;
    }
    members[bestRow] = [...kept, ...merged].sort((left, right) => left - right);
    members[bestColumn] = undefined;
  }
  return members.filter((group): group is number[] => group !== undefined);
}

describe('clusterVectors merges as the scan of every pair did', () => {
  const vector2 = (features: Record<string, number>): SparseVector => new Map(Object.entries(features));
  // Generated vectors over five features, their weights mostly 1: equal similarities are common (duplicates have
  // exactly 1, and a vector with two features is as like one with either), as among postings copied across boards.
  const weight = fc.oneof(
    { weight: 8, arbitrary: fc.constant(1) },
    { weight: 3, arbitrary: fc.constantFrom(2, 0.5, 3) },
    { weight: 1, arbitrary: fc.double({ min: -1, max: 3, noNaN: true }) },
  );
  const vector = fc
    .dictionary(fc.constantFrom('t:nurse', 't:engineer', 's:python', 's:sql', 's:care'), weight, { maxKeys: 3 })
    .map((features) => new Map(Object.entries(features)));
  // Vectors drawn from a small pool in any order: many exact duplicates.
  const corpus = fc
    .tuple(fc.array(vector, { minLength: 1, maxLength: 12 }), fc.array(fc.nat(), { maxLength: 45 }))
    .map(([pool, picks]) => picks.map((pick) => pool[pick % pool.length]!));
  const threshold = fc.oneof(
    fc.constantFrom(1, 0.5, 0.25, 1 / 3, 0.2, 0.75, 0.8),
    fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true }),
  );

  it('gives the same groups on vectors with many duplicates and ties, at any threshold', () => {
    fc.assert(
      fc.property(corpus, threshold, (vectors, limit) => {
        expect(clusterVectors(vectors, limit)).toEqual(referenceClusterPairwise(vectors, limit));
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('merges two vectors at a threshold of exactly their cosine and not one step above: the same value to the bit', () => {
    const weights = fc.dictionary(
      fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'),
      fc.double({ min: 1e-3, max: 10, noNaN: true }),
      { minKeys: 1 },
    );
    fc.assert(
      fc.property(weights, weights, (left, right) => {
        const vectors = [new Map(Object.entries(left)), new Map(Object.entries(right))];
        const value = cosine(vectors[0]!, vectors[1]!);
        fc.pre(value > 0 && value < 1);
        expect(clusterVectors(vectors, value)).toEqual([[0, 1]]);
        // The next double above: a similarity one step off the cosine's would merge at both or at neither.
        const above = new Float64Array([value]);
        new BigInt64Array(above.buffer)[0]! += 1n;
        expect(clusterVectors(vectors, above[0]!)).toEqual([[0], [1]]);
      }),
      { numRuns: propertyRuns() },
    );
  });

  // Two ties the generated corpora seldom reach: a row's similarity to a merged group equal to its best one.
  it('leaves a row its earlier best column when its similarity to a later merged group comes out equal', () => {
    // 2 and 3 merge first (1); row 0 is 1/√2 like 1, 2 and 3, so it ties 1 and 2 and must pick 1.
    const vectors = [vector2({ a: 1, b: 1 }), vector2({ b: 1 }), vector2({ a: 1 }), vector2({ a: 1 })];
    expect(clusterVectors(vectors, 0.3)).toEqual(referenceClusterPairwise(vectors, 0.3));
    expect(clusterVectors(vectors, 0.3)).toEqual([[0, 1, 2, 3]]);
  });

  it('moves a row to an earlier merged column whose mean rounds up to tie its best', () => {
    // Row 0's cosine to 1 ({x: 183}) is one step below 1/√2, its cosine to 2 and 3; 1 and 3 merge first (1) and
    // the mean of the two rounds to 1/√2: row 0 ties 1 and 2 and must pick 1.
    const vectors = [vector2({ x: 1, y: 1 }), vector2({ x: 183 }), vector2({ y: 1 }), vector2({ x: 1 })];
    expect(cosine(vectors[0]!, vectors[1]!)).toBeLessThan(cosine(vectors[0]!, vectors[2]!));
    expect(clusterVectors(vectors, 0.3)).toEqual(referenceClusterPairwise(vectors, 0.3));
    expect(clusterVectors(vectors, 0.3)).toEqual([[0, 1, 3], [2]]);
  });

  it('reads a missing vector as an empty one, as before, and a hole in the list too (the scan of every pair lost it)', () => {
    const vectors = [new Map([['a', 1]]), undefined, new Map([['a', 1]])] as unknown as SparseVector[];
    expect(clusterVectors(vectors, 0.5)).toEqual(referenceClusterPairwise(vectors, 0.5));
    expect(clusterVectors(vectors, 0.5)).toEqual([[0, 2], [1]]);
    // vectors[3] never set: the old members list (vectors.map) skipped it, so posting 3 was in no group.
    vectors.length = 4;
    expect(referenceClusterPairwise(vectors, 0.5)).toEqual([[0, 2], [1]]);
    expect(clusterVectors(vectors, 0.5)).toEqual([[0, 2], [1], [3]]);
  });
});
