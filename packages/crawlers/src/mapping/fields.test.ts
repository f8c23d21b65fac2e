import { describe, expect, it } from 'vitest';
import { descriptionToText, experienceLevelFromTitle, mapEmploymentType, mapSalaryPeriod, mapWorkplace, parseLocationText, recordIdOf } from './fields.js';

describe('field mapping', () => {
  it('maps employment types from schema.org and ATS labels', () => {
    expect(['FULL_TIME', 'Part-time', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'Permanent', 'OTHER'].map(mapEmploymentType)).toEqual([
      'full-time', 'part-time', 'contract', 'temporary', 'internship', 'volunteer', 'full-time', undefined,
    ]);
  });

  it('maps workplaces and pay periods', () => {
    expect(['TELECOMMUTE', 'hybrid', 'on-site', 'unspecified'].map(mapWorkplace)).toEqual(['remote', 'hybrid', 'onsite', undefined]);
    expect(['HOUR', 'per-year-salary', 'per-month-salary', 'WEEK', 'DAY', 'one-time'].map(mapSalaryPeriod)).toEqual(['hour', 'year', 'month', 'week', 'day', undefined]);
  });

  it('reads free-text locations', () => {
    expect(parseLocationText('San Francisco, CA')).toEqual({ city: 'San Francisco', region: 'CA' });
    expect(parseLocationText('Berlin, Germany')).toEqual({ city: 'Berlin', country: 'Germany' });
    expect(parseLocationText('Austin, TX, United States')).toEqual({ city: 'Austin', region: 'TX', country: 'United States' });
    expect(parseLocationText('Remote - US')).toEqual({ country: 'US', workplace: 'remote' });
    expect(parseLocationText('Remote')).toEqual({ workplace: 'remote' });
    expect(parseLocationText('Hybrid (London)')).toEqual({ city: 'London', workplace: 'hybrid' });
    expect(parseLocationText('New York; London')).toEqual({ city: 'New York' });
    expect(parseLocationText('')).toBeUndefined();
  });

  it('guesses seniority from titles', () => {
    expect(['Senior Engineer', 'Junior Analyst', 'Director of Sales', 'VP Engineering', 'Marketing Intern', 'Engineer'].map(experienceLevelFromTitle)).toEqual([
      'mid-senior', 'entry', 'director', 'executive', 'internship', undefined,
    ]);
  });

  it('turns escaped and plain HTML into text', () => {
    expect(descriptionToText('&lt;p&gt;Fish &amp;amp; chips&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Go&lt;/li&gt;&lt;/ul&gt;')).toBe('Fish & chips\nGo');
    expect(descriptionToText('<p>Salt &amp; pepper</p>')).toBe('Salt & pepper');
  });
});

describe('recordIdOf', () => {
  it("gives a raw record's id as a string, and nothing for records without one", () => {
    expect(recordIdOf({ id: 4012 })).toBe('4012');
    expect(recordIdOf({ id: 'abc' })).toBe('abc');
    expect(recordIdOf({ title: 'no id' })).toBeUndefined();
    expect(recordIdOf('not a record')).toBeUndefined();
    expect(recordIdOf(null)).toBeUndefined();
  });
});
