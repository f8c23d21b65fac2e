import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/index.js';
import { parseJobFilter } from '../filter/index.js';
import { sampleJobs, sampleResumes } from '../samples/index.js';
import { parseCourse, parseFeedback, parseJob, parseMatch, parseProfile, parseResume } from './parse.js';

// Values that are neither strings nor arrays but have a `length`: zod runs its length checks on anything with one, even
// after the type check failed, and comparing a null-prototype object or a symbol with a number threw a TypeError
// inside zod (CI's property test found `{ contact: { links: [{ length: { __proto__: null } }] } }`).
const arrayLikes: readonly (readonly [string, () => unknown])[] = [
  ['{ length: null-prototype object }', () => ({ length: Object.create(null) })],
  ['{ length: symbol }', () => ({ length: Symbol('length') })],
  [
    '{ length: object whose valueOf throws }',
    () => ({
      length: {
        valueOf: () => {
          throw new Error('valueOf');
        },
      },
    }),
  ],
  ['{ length: 1e9 }', () => ({ length: 1e9 })],
  ['{ length: -1 }', () => ({ length: -1 })],
  ['a function (it has a length)', () => (first: unknown) => first],
];

/** Every path of a plain value (objects and arrays), the root excluded. */
function paths(value: unknown, prefix: readonly (string | number)[] = []): (readonly (string | number)[])[] {
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return entries.flatMap(([key, item]) => [[...prefix, key], ...paths(item, [...prefix, key])]);
}

/** A deep copy of `value` with the value at `path` replaced by `replacement`. */
function replaced(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = replaced(copy[head], rest, replacement);
  return copy;
}

const resume = sampleResumes[0];
const entities: readonly (readonly [string, unknown, (value: unknown) => unknown])[] = [
  ['Job', sampleJobs[0], parseJob],
  ['Resume', resume === undefined ? undefined : { ...resume, profile: undefined }, parseResume],
  ['Profile', resume?.profile, parseProfile],
  ['Feedback', { subjectId: 'r', jobId: 'j', rating: 3, note: 'fine', timestamp: '2026-12-01' }, parseFeedback],
  [
    'Course',
    { id: 'c:1', source: 'coursera', title: 'SQL basics', url: 'https://example.com/c', skills: ['SQL'] },
    parseCourse,
  ],
  [
    'Match',
    { jobId: 'j', subjectId: 'r', score: 0.5, rank: 1, breakdown: { skills: 0.5 }, reasons: ['skills'] },
    parseMatch,
  ],
  [
    'JobFilter',
    { keywords: ['node'], locations: ['Berlin'], workplaces: ['remote'], minSalary: { amount: 1 } },
    parseJobFilter,
  ],
];

describe('the entity parsers given array-like values in place of any field', () => {
  it.each(entities)(
    '%s: a ValidationError naming the field, never an error from inside zod',
    (_entity, valid, parse) => {
      expect(valid).toBeDefined();
      const fieldPaths = paths(valid);
      expect(fieldPaths.length).toBeGreaterThan(3);
      for (const path of fieldPaths)
        for (const [name, make] of arrayLikes) {
          const value = replaced(valid, path, make());
          try {
            parse(value);
          } catch (error) {
            if (!(error instanceof ValidationError))
              throw new Error(`${path.join('.')} = ${name}: ${String(error)}`, { cause: error });
          }
        }
    },
  );
});
