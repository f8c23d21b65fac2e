import { describe, expect, it } from 'vitest';
import { parseLocationText } from '../job-fields/index.js';
import { parseJob, parseProfile } from '../schemas/index.js';
import {
  equivalentPlaceNames,
  matchesJobFilter,
  matchesLocation,
  meetsSalaryFloor,
  profileToJobFilter,
} from './index.js';

const job = parseJob({
  id: 'j',
  source: 's',
  title: 'Electrician',
  company: 'Bright Sparks LLC',
  location: { city: 'Denver', region: 'CO', country: 'US', workplace: 'onsite' },
  employmentType: 'full-time',
  experienceLevel: 'associate',
  salary: { min: 32, max: 40, currency: 'USD', period: 'hour' },
  postedAt: '2026-11-10',
});
const remoteJob = parseJob({
  id: 'r',
  source: 's',
  title: 'Analyst',
  location: { country: 'US', workplace: 'remote' },
});

describe('matchesJobFilter', () => {
  it('passes with no filter and checks each field', () => {
    expect(matchesJobFilter(job)).toBe(true);
    expect(matchesJobFilter(job, { workplace: ['onsite'] })).toBe(true);
    expect(matchesJobFilter(job, { workplace: ['remote'] })).toBe(false);
    expect(matchesJobFilter(job, { employmentTypes: ['contract'] })).toBe(false);
    expect(matchesJobFilter(job, { experienceLevels: ['associate', 'entry'] })).toBe(true);
    expect(matchesJobFilter(job, { postedSince: new Date('2026-11-11') })).toBe(false);
    expect(matchesJobFilter(job, { sources: ['other'] })).toBe(false);
    expect(matchesJobFilter(job, { excludeCompanies: ['bright sparks llc'] })).toBe(false);
    expect(matchesJobFilter(job, { ids: ['j'] })).toBe(true);
  });

  it('lets jobs that do not state a field pass, unless strict', () => {
    const bare = parseJob({ id: 'x', source: 's', title: 'T' });
    const filter = {
      workplace: ['onsite'],
      employmentTypes: ['full-time'],
      postedSince: new Date('2026-01-01'),
    } as const;
    expect(matchesJobFilter(bare, filter)).toBe(true);
    expect(matchesJobFilter(bare, { ...filter, strict: true })).toBe(false);
  });
});

describe('matchesLocation', () => {
  it('matches a city, a country, or remote', () => {
    expect(matchesLocation(job.location, ['Denver, CO'])).toBe(true);
    expect(matchesLocation(job.location, ['Austin, TX'])).toBe(false);
    expect(matchesLocation(job.location, ['US'])).toBe(true);
    expect(matchesLocation(remoteJob.location, ['Remote'])).toBe(true);
    expect(matchesLocation(job.location, ['Remote'])).toBe(false);
    expect(matchesLocation(undefined, ['Denver'])).toBe(false);
    expect(matchesLocation({ city: 'Leeds', country: 'GB' }, ['United Kingdom'])).toBe(true);
    expect(matchesLocation({ city: 'Leeds', country: 'GB' }, ['UK'])).toBe(true);
    expect(matchesLocation({ city: 'Leeds', country: 'United Kingdom' }, ['GB'])).toBe(true);
  });

  it("reads only the job's country as a country code: a state code is no country", () => {
    expect(matchesLocation({ city: 'Tel Aviv', country: 'IL' }, ['Israel'])).toBe(true);
    expect(matchesLocation({ country: 'Israel' }, ['IL'])).toBe(true);
    expect(matchesLocation({ city: 'Chicago', region: 'IL' }, ['Israel'])).toBe(false);
    expect(matchesLocation({ city: 'Sacramento', region: 'CA' }, ['Canada'])).toBe(false);
    expect(matchesLocation({ city: 'Chicago', region: 'IL' }, ['IL'])).toBe(true);
  });

  it('finds a job whose place parseLocationText read, by any name core knows for its country', () => {
    const at = (text: string) => parseLocationText(text);
    expect(matchesLocation(at('Seoul, South Korea'), ['Korea'])).toBe(true);
    expect(matchesLocation(at('Moscow, Russia'), ['РФ'])).toBe(true);
    expect(matchesLocation(at('Amsterdam, Netherlands'), ['The Netherlands'])).toBe(true);
    expect(matchesLocation(at('Portland, OR'), ['OR'])).toBe(true);
    expect(matchesLocation(at('Tbilisi, Georgia'), ['Georgia'])).toBe(true);
    expect(matchesLocation(at('Atlanta, Georgia'), ['Tbilisi, Georgia'])).toBe(false);
  });
});

describe('meetsSalaryFloor', () => {
  it('compares per year in the same currency', () => {
    expect(meetsSalaryFloor(job, { amount: 80_000, currency: 'USD', period: 'year' })).toBe(true); // 40 × 2080 = 83,200
    expect(meetsSalaryFloor(job, { amount: 90_000, currency: 'USD', period: 'year' })).toBe(false);
    expect(meetsSalaryFloor(job, { amount: 6_900, currency: 'USD', period: 'month' })).toBe(true); // 82,800 a year
    expect(meetsSalaryFloor(job, { amount: 7_000, currency: 'USD', period: 'month' })).toBe(false); // 84,000 a year
  });

  it('keeps jobs it cannot compare unless a salary is required', () => {
    expect(meetsSalaryFloor(job, { amount: 90_000, currency: 'EUR', period: 'year' })).toBe(true);
    expect(meetsSalaryFloor(job, { amount: 90_000, currency: 'EUR', period: 'year' }, true)).toBe(false);
    expect(meetsSalaryFloor(remoteJob, { amount: 1, currency: 'USD', period: 'year' })).toBe(true);
    expect(meetsSalaryFloor(remoteJob, { amount: 1, currency: 'USD', period: 'year' }, true)).toBe(false);
  });
});

describe('profileToJobFilter', () => {
  it('turns a profile into a filter and adds Remote for people open to remote work', () => {
    const filter = profileToJobFilter(
      parseProfile({
        locations: ['Austin, TX'],
        workplace: ['remote', 'hybrid'],
        employmentTypes: ['full-time'],
        minSalary: { amount: 100000, currency: 'USD' },
      }),
    );
    expect(filter).toEqual({
      workplace: ['remote', 'hybrid'],
      employmentTypes: ['full-time'],
      locations: ['Austin, TX', 'Remote'],
      minSalary: { amount: 100000, currency: 'USD', period: 'year' },
    });
    expect(matchesJobFilter(remoteJob, filter)).toBe(true);
    expect(matchesJobFilter(job, filter)).toBe(false);
  });

  it('gives an empty filter for an empty profile', () => {
    expect(profileToJobFilter(parseProfile({}))).toEqual({});
  });
});

describe('equivalentPlaceNames', () => {
  it('lists every spelling of a country and leaves other places alone', () => {
    expect(equivalentPlaceNames('UK')).toEqual(expect.arrayContaining(['uk', 'gb', 'united kingdom']));
    expect(equivalentPlaceNames('GB')).toEqual(expect.arrayContaining(['gb', 'uk']));
    expect(equivalentPlaceNames('Austin')).toEqual(['austin']);
  });

  it("knows every country's English names, and a country's name that is also a word as a wanted place", () => {
    expect(equivalentPlaceNames('Ivory Coast')).toEqual(expect.arrayContaining(['ci', "cote d'ivoire", 'ivory coast']));
    expect(equivalentPlaceNames('Jersey')).toEqual(expect.arrayContaining(['jersey', 'je']));
    expect(matchesLocation({ city: "N'Djamena", country: 'Chad' }, ['TD'])).toBe(true);
    expect(matchesLocation({ city: 'Abidjan', country: "Côte d'Ivoire" }, ['Ivory Coast'])).toBe(true);
    expect(matchesLocation({ city: 'Abidjan', country: "Côte d'Ivoire" }, ['Ghana'])).toBe(false);
  });
});
