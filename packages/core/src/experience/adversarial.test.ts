import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../testing/scaling.js';
import { textFrom } from '../testing/text-arbitrary.js';
import { findExperienceRequirements, parseExperience } from './parse.js';
import { PATHOLOGICAL } from './adversarial-inputs.js';

/** Fails unless every requirement found in `text` has finite years, min ≤ max, and quotes the text. */
function expectWellFormedRequirements(text: string): void {
  for (const requirement of findExperienceRequirements(text)) {
    expect(Number.isFinite(requirement.min) && requirement.min >= 0).toBe(true);
    if (requirement.max !== undefined) expect(requirement.max).toBeGreaterThanOrEqual(requirement.min);
    expect(text).toContain(requirement.text);
  }
}

describe('parseExperience on adversarial input', () => {
  // Its time at 40,000 and 80,000 characters is measured by `pnpm bench --only adversarial` (no timings in tests).
  it.each(PATHOLOGICAL)('reads 40,000 characters of it into well-formed requirements: %s', (_name, make) => {
    const text = make(40_000);
    expectWellFormedRequirements(text);
    const years = parseExperience(text);
    if (years !== undefined) expect(Number.isFinite(years.min) && years.min >= 0).toBe(true);
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
        expectWellFormedRequirements(text);
        parseExperience(text);
      }),
      { numRuns: propertyRuns() },
    );
  });
});
