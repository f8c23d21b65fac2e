// Hand-written postings: an ad reposted in another city, one reworded but with the same body, and two other ads from
// the same company that share only its boilerplate.
import { parseJob } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { repostKeys } from './reposts.js';

const body = (words: string) =>
  `${words} We build payment systems for small shops and care about clear code, tests and calm on-call rotations.`;
const boilerplate =
  ' Acme is an equal opportunity employer and values diversity; all qualified applicants will receive consideration.';

describe('repostKeys', () => {
  it('joins the same title at the same company (another city) and near-identical descriptions, nothing else', () => {
    const jobs = [
      parseJob({
        id: 'a',
        source: 't',
        title: 'Backend Engineer',
        company: 'Acme Inc.',
        description: body('Go and Postgres.'),
      }),
      parseJob({
        id: 'b',
        source: 't',
        title: 'Backend Engineer',
        company: 'Acme',
        location: { city: 'Berlin' },
        description: 'Reposted for Berlin.',
      }),
      parseJob({
        id: 'c',
        source: 't',
        title: 'Server Engineer (Go)',
        company: 'Other',
        description: body('Go and Postgres.'),
      }),
      parseJob({
        id: 'd',
        source: 't',
        title: 'Nurse',
        company: 'Acme',
        description: `Ward shifts, patient care.${boilerplate}`,
      }),
      parseJob({
        id: 'e',
        source: 't',
        title: 'Accountant',
        company: 'Acme',
        description: `Ledgers and audits.${boilerplate}`,
      }),
      parseJob({ id: 'f', source: 't', title: 'Driver', company: 'Acme' }),
      parseJob({ id: 'g', source: 't', title: 'Cook', company: 'Acme' }),
    ];
    const keys = repostKeys(jobs);
    // a–b: same title at the same company (the "Inc." and the place do not count); a–c: the same description.
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toBe(keys[0]);
    // Shared boilerplate is not enough, and two empty descriptions are not a match.
    expect(new Set(keys.slice(3)).size).toBe(4);
    expect(keys.slice(3)).not.toContain(keys[0]);
  });

  it('a stricter similarity keeps a lightly edited description apart', () => {
    const words = Array.from({ length: 60 }, (_unused, index) => `word${index}`);
    const edited = [...words];
    edited[30] = 'changed';
    const jobs = [
      parseJob({ id: 'a', source: 't', title: 'One', description: words.join(' ') }),
      parseJob({ id: 'b', source: 't', title: 'Two', description: edited.join(' ') }),
    ];
    // 56 shingles each, 51 shared: Jaccard 51 / 61 ≈ 0.84.
    expect(repostKeys(jobs, 0.8)[1]).toBe(repostKeys(jobs, 0.8)[0]);
    expect(repostKeys(jobs, 0.9)[1]).not.toBe(repostKeys(jobs, 0.9)[0]);
    expect(repostKeys([])).toEqual([]);
  });
});
