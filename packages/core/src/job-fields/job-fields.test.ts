import { describe, expect, it } from 'vitest';
import { mapEmploymentType, mapWorkplace, parseLocationText } from './job-fields.js';

describe('job field labels', () => {
  it('maps employment types from schema.org and ATS labels', () => {
    expect(
      ['FULL_TIME', 'Part-time', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'Permanent', 'OTHER'].map(
        mapEmploymentType,
      ),
    ).toEqual(['full-time', 'part-time', 'contract', 'temporary', 'internship', 'volunteer', 'full-time', undefined]);
  });

  it("maps JobSpy's one-word employment types", () => {
    // JobSpy's JobType values as its exports write them.
    expect(
      ['fulltime', 'parttime', 'contract', 'temporary', 'internship', 'perdiem', 'nights'].map(mapEmploymentType),
    ).toEqual(['full-time', 'part-time', 'contract', 'temporary', 'internship', 'contract', undefined]);
  });

  it('maps workplaces', () => {
    expect(['TELECOMMUTE', 'hybrid', 'on-site', 'unspecified'].map(mapWorkplace)).toEqual([
      'remote',
      'hybrid',
      'onsite',
      undefined,
    ]);
  });

  it('reads free-text locations', () => {
    expect(parseLocationText('San Francisco, CA')).toEqual({ city: 'San Francisco', region: 'CA' });
    expect(parseLocationText('Berlin, Germany')).toEqual({ city: 'Berlin', country: 'Germany' });
    expect(parseLocationText('Austin, TX, United States')).toEqual({
      city: 'Austin',
      region: 'TX',
      country: 'United States',
    });
    expect(parseLocationText('Remote - US')).toEqual({ country: 'US', workplace: 'remote' });
    expect(parseLocationText('Remote')).toEqual({ workplace: 'remote' });
    expect(parseLocationText('Hybrid (London)')).toEqual({ city: 'London', workplace: 'hybrid' });
    expect(parseLocationText('New York; London')).toEqual({ city: 'New York' });
    expect(parseLocationText('')).toBeUndefined();
  });
});
