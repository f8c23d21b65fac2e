// The filter's helpers refuse an argument of the wrong kind with a ValidationError naming it, where they threw a
// TypeError from inside.
import { describe, expect, it } from 'vitest';
import { parseJob } from '../schemas/index.js';
import { equivalentPlaceNames, matchesLocation, meetsSalaryFloor } from './job-filter.js';

const job = parseJob({ id: 'j1', source: 'test', title: 'Analyst', description: 'SQL', crawledAt: new Date(0) });

describe('the filter helpers check their argument', () => {
  it('refuse a value of the wrong kind', () => {
    expect(() => equivalentPlaceNames(null as never)).toThrow('Invalid equivalentPlaceNames: place: must be a string');
    expect(() => matchesLocation(undefined, 'Denver' as never)).toThrow(
      'Invalid matchesLocation: wanted: must be a list of places, got a string',
    );
    expect(() => matchesLocation(42 as never, ['Denver'])).toThrow('Invalid matchesLocation: location: must be');
    expect(() => meetsSalaryFloor(null as never, { amount: 1, currency: 'USD' } as never)).toThrow(
      'Invalid meetsSalaryFloor: job: must be a Job, got null',
    );
    expect(() => meetsSalaryFloor(job, undefined as never)).toThrow('Invalid meetsSalaryFloor: floor: must be');
  });

  it('answer valid input as before', () => {
    expect(equivalentPlaceNames('UK')).toContain('united kingdom');
    expect(matchesLocation(null as never, ['Denver'])).toBe(false);
    expect(meetsSalaryFloor(job, { amount: 1, currency: 'USD', period: 'year' })).toBe(true);
  });
});
