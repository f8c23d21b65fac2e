// formatSalary, formatJobPlace and jobPlaceText refuse a value that is no object with a ValidationError naming the
// argument, where they threw a TypeError from inside.
import { describe, expect, it } from 'vitest';
import { jobPlaceText } from '../job-text/job-text.js';
import { formatJobPlace } from '../notifiers/match-summary.js';
import { formatSalary } from './format.js';

describe('the formatters check their argument', () => {
  it('refuse a value that is no object', () => {
    expect(() => formatSalary(null as never)).toThrow(
      'Invalid formatSalary: salary: must be a Salary (use parseSalary)',
    );
    expect(() => formatJobPlace(undefined as never)).toThrow('Invalid formatJobPlace: job: must be a Job');
    expect(() => jobPlaceText(null as never)).toThrow('Invalid jobPlaceText: job: must be a Job, got null');
  });

  it('format valid input as before', () => {
    expect(formatSalary({ min: 50000, max: 60000, currency: 'USD', period: 'year' } as never)).toContain('50');
    expect(formatJobPlace({ location: { city: 'Leeds', country: 'GB' } })).toBe('Leeds, GB');
    expect(jobPlaceText({ location: { city: 'Leeds', country: 'GB' } })).toBe('Leeds GB');
  });
});
