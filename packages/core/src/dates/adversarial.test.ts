import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectLinearTime, medianMilliseconds, propertyRuns, timeSafetyFactor } from '../testing/scaling.js';
import { textFrom } from '../testing/text-arbitrary.js';
import { findDateRanges, parseMonthYear, totalYearsOfExperience } from './parse.js';

const NOW = new Date(Date.UTC(2026, 5, 15));

const PATHOLOGICAL: readonly (readonly [string, (size: number) => string])[] = [
  ['a year, then spaces', (size) => `2019${' '.repeat(size)}`],
  ['a year, spaces, a dash, spaces', (size) => `2019${' '.repeat(size)}-${' '.repeat(size)}x`],
  ['many years', (size) => '2019 '.repeat(size / 5)],
  ['many month names', (size) => 'jan '.repeat(size / 4)],
  ['dashes', (size) => '-'.repeat(size)],
  ['dots', (size) => '.'.repeat(size)],
  ['"since" then spaces', (size) => `since${' '.repeat(size)}2019`],
  ['"dal" then spaces', (size) => `dal${' '.repeat(size)}2019`],
  ['"até" then spaces', (size) => `2019 até${' '.repeat(size)}x`],
  ['Italian and Portuguese month names', (size) => 'giugno maio out '.repeat(size / 16)],
  ['"ad oggi" again and again', (size) => '2019 ad oggi '.repeat(size / 13)],
  ['month names then "de" again and again', (size) => 'março de '.repeat(size / 9)],
];

describe('findDateRanges on adversarial input', () => {
  it.each(PATHOLOGICAL)('runs in linear time: %s', (_name, make) => {
    expectLinearTime((text) => findDateRanges(text, { now: NOW }), make);
  });

  it.each(PATHOLOGICAL)('finishes 40,000 characters of it in 100 ms (× safety factor): %s', (_name, make) => {
    expect(medianMilliseconds((input) => findDateRanges(input, { now: NOW }), make(40_000))).toBeLessThan(
      100 * timeSafetyFactor(),
    );
  });

  it('never throws; ranges are valid dates, ordered, and quote the input', () => {
    const tokens = [
      'Jan',
      'January',
      'Sept',
      'Oct.',
      'May',
      'Summer',
      'fall',
      '2019',
      '2015',
      '1939',
      '2101',
      "'18",
      '03/2017',
      '3.2017',
      '2017.03',
      '2017-03',
      '2017-03-15',
      '-',
      ' – ',
      '—',
      'to',
      'till',
      'Present',
      'current',
      'now',
      'to date',
      'since',
      'с',
      'янв',
      'по настоящее время',
      'н.в.',
      'г.',
      'года',
      'heute',
      'bis',
      '13/2019',
      '0/2019',
    ];
    fc.assert(
      fc.property(textFrom(tokens), (text) => {
        const ranges = findDateRanges(text, { now: NOW });
        for (const range of ranges) {
          expect(Number.isNaN(range.start.getTime())).toBe(false);
          expect(range.current).toBe(range.end === null);
          if (range.end !== null) expect(range.end.getTime()).toBeGreaterThanOrEqual(range.start.getTime());
          else expect(range.start.getTime()).toBeLessThanOrEqual(NOW.getTime());
          expect(text).toContain(range.text);
        }
        const years = totalYearsOfExperience(ranges, { now: NOW });
        expect(Number.isFinite(years) && years >= 0).toBe(true);
        const month = parseMonthYear(text);
        if (month !== undefined) expect(Number.isNaN(month.getTime())).toBe(false);
      }),
      { numRuns: propertyRuns() },
    );
  });
});
