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

  it('reads lone countries, regions and areas, and two-letter codes that are no country', () => {
    // Place texts as JobSpy's Glassdoor, Greenhouse and Apple rows, LinkedIn, USAJOBS, Wuzzuf and hh.ru write them.
    expect(parseLocationText('Israel')).toEqual({ country: 'Israel' });
    expect(parseLocationText('United States')).toEqual({ country: 'United States' });
    expect(parseLocationText('Россия')).toEqual({ country: 'Россия' });
    expect(parseLocationText('Israel, Israel')).toEqual({ country: 'Israel' });
    expect(parseLocationText('Tel Aviv, TA')).toEqual({ city: 'Tel Aviv', region: 'TA' });
    expect(parseLocationText('Jerusalem, JM')).toEqual({ city: 'Jerusalem', region: 'JM' });
    expect(parseLocationText('Alexandria, Virginia')).toEqual({ city: 'Alexandria', region: 'Virginia' });
    expect(parseLocationText('Maadi, Cairo')).toEqual({ city: 'Maadi', region: 'Cairo' });
    expect(parseLocationText('Texas, United States')).toEqual({ region: 'Texas', country: 'United States' });
    expect(parseLocationText('Center District, Israel')).toEqual({ region: 'Center District', country: 'Israel' });
    expect(parseLocationText('Greater Boston')).toEqual({ region: 'Greater Boston' });
    expect(parseLocationText('Virginia')).toEqual({ region: 'Virginia' });
    // Country codes core knows stay countries; US state and Canadian province codes stay regions.
    expect(parseLocationText('Chicago, IL')).toEqual({ city: 'Chicago', region: 'IL' });
    expect(parseLocationText('Remote - IL')).toEqual({ country: 'IL', workplace: 'remote' });
    expect(parseLocationText('Santa Fe Springs, Los Angeles, CA')).toEqual({ city: 'Santa Fe Springs', region: 'CA' });
    expect(parseLocationText('Dubai, United Arab Emirates')).toEqual({
      city: 'Dubai',
      country: 'United Arab Emirates',
    });
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
