import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectLinearTime, medianMilliseconds, propertyRuns, timeSafetyFactor } from '../testing/scaling.js';
import { textFrom } from '../testing/text-arbitrary.js';
import { findExperienceRequirements, parseExperience } from './parse.js';

// Inputs that made backtracking regexes quadratic (issue #17): a number then 40k spaces took 4.5 s.
const PATHOLOGICAL: readonly (readonly [string, (size: number) => string])[] = [
  ['a number, then spaces', (size) => `5${' '.repeat(size)}`],
  ['a number, em-spaces, "+"', (size) => `5${'\u2003'.repeat(size)}+x`],
  ['a Russian number, then spaces', (size) => `от 3${' '.repeat(size)}`],
  ['a number, spaces, "-"', (size) => `10${' '.repeat(size)}-${' '.repeat(size)}x`],
  ['"no" then spaces', (size) => `no${' '.repeat(size)}x`],
  ['many requirements', (size) => '5 years '.repeat(size / 8)],
];

describe('parseExperience on adversarial input', () => {
  it.each(PATHOLOGICAL)('runs in linear time: %s', (_name, make) => {
    expectLinearTime((text) => findExperienceRequirements(text), make);
  });

  it.each(PATHOLOGICAL)('finishes 40,000 characters of it in 100 ms (× safety factor): %s', (_name, make) => {
    const text = make(40_000);
    expect(medianMilliseconds((input) => parseExperience(input), text)).toBeLessThan(100 * timeSafetyFactor());
  });

  it('never throws; requirements have finite years, min ≤ max, and quote the input', () => {
    const tokens = [
      '5',
      '3-5',
      '10+',
      'a',
      'an',
      'one',
      'two',
      'twelve',
      'years',
      'year',
      'yrs',
      'months',
      'of experience',
      'experience',
      'at least',
      'minimum',
      'up to',
      'between',
      'and',
      'or more',
      'plus',
      '+',
      '-',
      'to',
      'old',
      'ago',
      'no experience required',
      'entry-level',
      'опыт',
      'от',
      'до',
      'лет',
      'года',
      'более',
      'без опыта',
      '≥',
      '>=',
      '1.5',
      '2,5',
      '99',
    ];
    fc.assert(
      fc.property(textFrom(tokens), (text) => {
        for (const requirement of findExperienceRequirements(text)) {
          expect(Number.isFinite(requirement.min) && requirement.min >= 0).toBe(true);
          if (requirement.max !== undefined) expect(requirement.max).toBeGreaterThanOrEqual(requirement.min);
          expect(text).toContain(requirement.text);
        }
        parseExperience(text);
      }),
      { numRuns: propertyRuns() },
    );
  });
});
