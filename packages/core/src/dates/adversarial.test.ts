import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../testing/scaling.js';
import { textFrom } from '../testing/text-arbitrary.js';
import { findDateRanges, parseMonthYear, totalYearsOfExperience } from './parse.js';
import { PATHOLOGICAL } from './adversarial-inputs.js';

const NOW = new Date(Date.UTC(2026, 5, 15));

/** Fails unless the ranges found in `text` are valid dates, ordered, quote the text, and add up to finite years. */
function expectWellFormedRanges(text: string): void {
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
}

describe('findDateRanges on adversarial input', () => {
  // Its time at 40,000 and 80,000 characters is measured by `pnpm bench --only adversarial` (no timings in tests).
  it.each(PATHOLOGICAL)('reads 40,000 characters of it into valid, ordered ranges that quote it: %s', (_name, make) => {
    expectWellFormedRanges(make(40_000));
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
      '01/90',
      '12/14',
      '8/10',
      'Jan 95',
      'Mar 20',
      ', 2019',
    ];
    fc.assert(
      fc.property(textFrom(tokens), (text) => expectWellFormedRanges(text)),
      { numRuns: propertyRuns() },
    );
  });
});
