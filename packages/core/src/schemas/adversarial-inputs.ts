// Pathological values of size n in every kind of field people type (a generator per shape, with the parser that reads
// it), shared by adversarial.test.ts (a typed answer for each) and the linear-time benchmark (`pnpm bench --only
// adversarial`: the time at n and 2n). Test and bench data only.
import { parseJobFilter } from '../filter/index.js';
import { parseJob, parseProfile, parseResume } from './parse.js';

const job = { id: 'j1', source: 'test', title: 'Engineer', description: 'Build things.' };

export const SHAPES: readonly (readonly [string, (size: number) => unknown, (value: unknown) => unknown])[] = [
  ['a job title of spaces then a word', (size) => ({ ...job, title: `${' '.repeat(size)}x` }), parseJob],
  ['a job description of "<"', (size) => ({ ...job, description: '<'.repeat(size) }), parseJob],
  ['a job URL with a 40k path', (size) => ({ ...job, url: `https://example.com/${'a'.repeat(size)}` }), parseJob],
  ['a job URL of "javascript:" and spaces', (size) => ({ ...job, url: `javascript:${' '.repeat(size)}x` }), parseJob],
  ['a job with a 40k unknown key', (size) => ({ ...job, [`compnay${'y'.repeat(size)}`]: 1 }), parseJob],
  [
    'a job with 4,000 unknown keys',
    (size) => ({ ...job, ...Object.fromEntries(Array.from({ length: size / 10 }, (_, index) => [`k${index}`, 1])) }),
    parseJob,
  ],
  [
    'a résumé e-mail of letters without "@"',
    (size) => ({ id: 'r', contact: { email: 'a'.repeat(size) } }),
    parseResume,
  ],
  [
    'a résumé e-mail of dotted labels',
    (size) => ({ id: 'r', contact: { email: `a@${'a.'.repeat(size / 2)}!` } }),
    parseResume,
  ],
  ['a résumé e-mail of dashes', (size) => ({ id: 'r', contact: { email: `a@${'a-'.repeat(size / 2)}` } }), parseResume],
  [
    'a résumé link of "a." runs',
    (size) => ({ id: 'r', contact: { links: [`https://${'a.'.repeat(size / 2)}`] } }),
    parseResume,
  ],
  [
    'a résumé name of combining marks',
    (size) => ({ id: 'r', contact: { name: `a${'\u0301'.repeat(size)}` } }),
    parseResume,
  ],
  ['a profile with a 40k mistyped key', (size) => ({ [`workplaces${'s'.repeat(size)}`]: ['remote'] }), parseProfile],
  // A JobFilter has no keyword field (the case once written with `keywords` was refused as an unknown key, so no list
  // was read): its lists are the places and sources (at most MAX_LIST_LENGTH items) and the ids, fingerprints and
  // excluded companies (no item cap: looked up in sets).
  [
    'a filter with a 40k list of excluded companies',
    (size) => ({ excludeCompanies: Array.from({ length: size / 10 }, (_, index) => `Company ${index}`) }),
    parseJobFilter,
  ],
  [
    'a filter with a 40k list of locations',
    (size) => ({ locations: Array.from({ length: size / 10 }, (_, index) => `Town ${index}`) }),
    parseJobFilter,
  ],
];
