import { describe, expect, it } from 'vitest';
import { parseJob, parseMatch } from '../schemas/index.js';
import { formatJobPlace, summarizeMatch } from './match-summary.js';

describe('summarizeMatch', () => {
  it('gives the fields a person reads, with the reason or else the matched skills', () => {
    const job = parseJob({
      id: 'j1',
      source: 'board',
      title: 'Data Engineer',
      company: 'Acme',
      url: 'https://jobs.example/j1',
      location: { city: 'Austin', region: 'TX', country: 'US', workplace: 'hybrid' },
      salary: { min: 120000, max: 150000, currency: 'USD', period: 'year' },
    });
    const match = parseMatch({ jobId: 'j1', score: 0.82, ranker: 'test', matchedSkills: ['SQL', 'Python'] });
    expect(summarizeMatch(job, match)).toEqual({
      jobId: 'j1',
      title: 'Data Engineer',
      company: 'Acme',
      place: 'Austin, TX, US, hybrid',
      pay: expect.stringMatching(/120.*150/),
      score: 0.82,
      link: 'https://jobs.example/j1',
      why: 'matches SQL, Python',
    });
    expect(summarizeMatch(job, { ...match, explanation: 'skills 0.9: SQL' }).why).toBe('skills 0.9: SQL');
  });

  it('leaves unknown fields empty', () => {
    const job = parseJob({ id: 'j2', source: 'board', title: 'Porter' });
    expect(summarizeMatch(job, parseMatch({ jobId: 'j2', score: 0.5, ranker: 'test' }))).toMatchObject({
      company: '',
      place: '',
      pay: '',
      link: '',
      why: '',
    });
    expect(formatJobPlace({ location: { workplace: 'remote' } })).toBe('remote');
  });
});
