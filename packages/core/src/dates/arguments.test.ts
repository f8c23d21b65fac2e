// parseDateRange, parseMonthYear and totalYearsOfExperience refuse an argument of the wrong kind with a ValidationError
// naming it, where they threw a TypeError from inside.
import { describe, expect, it } from 'vitest';
import { parseDateRange, parseMonthYear, totalYearsOfExperience } from './parse.js';

describe('the date readers check their argument', () => {
  it('refuse a value of the wrong kind', () => {
    expect(() => parseDateRange(null as never)).toThrow('Invalid parseDateRange: text: must be a string, got null');
    expect(() => parseMonthYear(42 as never)).toThrow('Invalid parseMonthYear: text: must be a string');
    expect(() => totalYearsOfExperience('2019-2021' as never)).toThrow(
      'Invalid totalYearsOfExperience: ranges: must be a list of { start, end }, got a string',
    );
    expect(() => totalYearsOfExperience([null] as never)).toThrow('Invalid totalYearsOfExperience: ranges.0: must be');
    expect(() => totalYearsOfExperience([{ start: '2019-01', end: null }] as never)).toThrow(
      'Invalid totalYearsOfExperience: ranges.0.start: must be a Date, got a string',
    );
  });

  it('read valid input as before', () => {
    expect(parseMonthYear('March 2020')?.toISOString()).toBe('2020-03-01T00:00:00.000Z');
    const range = parseDateRange('Jan 2019 - Jan 2021');
    expect(range?.start.toISOString()).toBe('2019-01-01T00:00:00.000Z');
    expect(totalYearsOfExperience([range!])).toBe(2.1); // both months counted
  });
});
