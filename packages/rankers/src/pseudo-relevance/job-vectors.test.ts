import { parseJob, type Job } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { jobTermVectors, termVectorSimilarity } from './job-vectors.js';

const job = (id: string, fields: Partial<Omit<Job, 'id' | 'source'>> & { title: string }): Job =>
  parseJob({ id, source: 'test', ...fields });

describe('jobTermVectors', () => {
  it('weighs each word by (1 + ln tf) · ln(1 + n / df) and makes every vector unit length', () => {
    const jobs = [
      job('a', { title: 'Backend engineer', description: 'Node services, node tooling' }),
      job('b', { title: 'Frontend engineer', description: 'React' }),
      job('c', { title: 'Nurse', description: 'Patient care' }),
    ];
    const [a, b, c] = jobTermVectors(jobs);
    for (const vector of [a!, b!, c!]) expect(Math.hypot(...vector.values())).toBeCloseTo(1, 12);
    // In a: "node" twice (in 1 of 3 jobs), "engineer" once (in 2 of 3), "backend" once (1 of 3).
    const node = (1 + Math.log(2)) * Math.log(1 + 3 / 1);
    const engineer = Math.log(1 + 3 / 2);
    const backend = Math.log(1 + 3 / 1);
    expect(a!.get('node')! / a!.get('backend')!).toBeCloseTo(node / backend, 12);
    expect(a!.get('engineer')! / a!.get('backend')!).toBeCloseTo(engineer / backend, 12);
    // Stop words are dropped and words stemmed, as BM25 reads them.
    expect(a!.has('service')).toBe(true);
    expect(a!.has('services')).toBe(false);
    expect(c!.has('care')).toBe(true);
  });

  it('reads skills, company and place, and gives a job without words an empty vector', () => {
    const [listed, empty] = jobTermVectors([
      job('a', {
        title: 'Engineer',
        skills: ['Kubernetes'],
        company: 'Acme',
        location: { city: 'Austin', region: 'TX', country: 'Canada' },
      }),
      job('b', { title: '—' }),
    ]);
    expect([...listed!.keys()].sort()).toEqual(['acme', 'austin', 'engineer', 'canada', 'kubernete', 'tx'].sort());
    expect(empty!.size).toBe(0);
    expect(termVectorSimilarity(listed!, empty!)).toBe(0);
  });
});

describe('termVectorSimilarity', () => {
  it('is 1 for the same words, 0 for none shared, and symmetric', () => {
    const [first, same, other, partial] = jobTermVectors([
      job('a', { title: 'Data analyst', description: 'SQL and Tableau' }),
      job('b', { title: 'Data analyst', description: 'SQL and Tableau' }),
      job('c', { title: 'Nurse' }),
      job('d', { title: 'Data engineer', description: 'SQL' }),
    ]);
    expect(termVectorSimilarity(first!, same!)).toBeCloseTo(1, 12);
    expect(termVectorSimilarity(first!, other!)).toBe(0);
    const overlap = termVectorSimilarity(first!, partial!);
    expect(overlap).toBeGreaterThan(0);
    expect(overlap).toBeLessThan(1);
    expect(termVectorSimilarity(partial!, first!)).toBe(overlap);
  });
});

describe('jobTermVectors with corpus statistics', () => {
  it('weighs words by the collection’s document frequencies, so a job’s vector is the same in any batch', () => {
    const jobs = [
      job('a', { title: 'Backend engineer', description: 'Node services' }),
      job('b', { title: 'Frontend engineer', description: 'React' }),
      job('c', { title: 'Nurse', description: 'Patient care' }),
    ];
    // Hand-made statistics of a 1,000-job collection: "engineer" is common there, the rest rare.
    const corpus = {
      documentCount: 1000,
      averageLength: 20,
      documentFrequency: (term: string) => (term === 'engineer' ? 400 : term === 'node' ? 10 : 0),
    };
    const [alone] = jobTermVectors([jobs[0]!], corpus);
    const [inBatch] = jobTermVectors(jobs, corpus);
    expect([...alone!]).toEqual([...inBatch!]);
    // (1 + ln 1) · ln(1 + 1000 / df), a word the collection lacks counted as in one job.
    expect(alone!.get('engineer')! / alone!.get('node')!).toBeCloseTo(
      Math.log(1 + 1000 / 400) / Math.log(1 + 1000 / 10),
      12,
    );
    expect(alone!.get('backend')! / alone!.get('node')!).toBeCloseTo(
      Math.log(1 + 1000 / 1) / Math.log(1 + 1000 / 10),
      12,
    );
    // Without them the batch decides, and the same job's vector changes with its batch.
    expect([...jobTermVectors([jobs[0]!])[0]!]).not.toEqual([...jobTermVectors(jobs)[0]!]);
  });
});
