import { describe, expect, it } from 'vitest';
import { LOCATION_TEXTS } from './adversarial-inputs.js';
import { mapEmploymentType, mapExperienceLevel, mapWorkplace, parseLocationText } from './job-fields.js';
import { isPlaceName, isTownNamePrefix, placeCode, placeCodeBesideWork, TOWN_NAME_SMALL_WORDS } from './places.js';

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

  it('maps stated seniority labels, and leaves the ones that do not say out', () => {
    // LinkedIn's "Seniority level" values (its guest pages and the Kaggle postings' formatted_experience_level),
    // JobSpy's job_level, Wuzzuf's career_level.
    const labels = ['Internship', 'Entry level', 'Associate', 'Mid-Senior level', 'Director', 'Executive'];
    expect(labels.map(mapExperienceLevel)).toEqual([
      'internship',
      'entry',
      'associate',
      'mid-senior',
      'director',
      'executive',
    ]);
    expect(['mid-senior level', 'Entry Level', 'Senior Management', 'Student'].map(mapExperienceLevel)).toEqual([
      'mid-senior',
      'entry',
      'director',
      undefined,
    ]);
    expect(['Not Applicable', 'Experienced (Non-Manager)', '', undefined].map(mapExperienceLevel)).toEqual([
      undefined,
      undefined,
      undefined,
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
    expect(parseLocationText('Austin or Dallas')).toEqual({ city: 'Austin' });
    // An upper-case OR is Oregon, not "or" (LinkedIn's and Google's postings write these).
    expect(parseLocationText('Portland, OR')).toEqual({ city: 'Portland', region: 'OR' });
    expect(parseLocationText('The Dalles, OR, United States')).toEqual({
      city: 'The Dalles',
      region: 'OR',
      country: 'United States',
    });
    expect(parseLocationText('')).toBeUndefined();
  });

  it('reads the countries and states of the one place table: Moldova, Malta, Indian, Australian and German states', () => {
    // Job-views (Experience.csv) and Wuzzuf's company table write these.
    expect(parseLocationText('Chisinau, Moldova')).toEqual({ city: 'Chisinau', country: 'Moldova' });
    expect(parseLocationText('Żebbuġ, Malta')).toEqual({ city: 'Żebbuġ', country: 'Malta' });
    expect(parseLocationText('Moscow, РФ')).toEqual({ city: 'Moscow', country: 'РФ' });
    expect(parseLocationText('Istanbul, Türkiye')).toEqual({ city: 'Istanbul', country: 'Türkiye' });
    expect(parseLocationText('Maharashtra, India')).toEqual({ region: 'Maharashtra', country: 'India' });
    expect(parseLocationText('Bavaria, Germany')).toEqual({ region: 'Bavaria', country: 'Germany' });
    expect(parseLocationText('Queensland')).toEqual({ region: 'Queensland' });
    expect(parseLocationText('Andheri, Mumbai, Maharashtra')).toEqual({ city: 'Andheri', region: 'Maharashtra' });
    // A state that is also its city is read as the city.
    expect(parseLocationText('Hamburg, Germany')).toEqual({ city: 'Hamburg', country: 'Germany' });
    expect(parseLocationText('Delhi')).toEqual({ city: 'Delhi' });
    // An Israeli district code is no country, though JM is Jamaica's.
    expect(parseLocationText('Jerusalem, JM')).toEqual({ city: 'Jerusalem', region: 'JM' });
  });

  it('reads Georgia as the country after a Georgian city and as the US state after any other', () => {
    expect(parseLocationText('Tbilisi, Georgia')).toEqual({ city: 'Tbilisi', country: 'Georgia' });
    expect(parseLocationText('Batumi, Georgia')).toEqual({ city: 'Batumi', country: 'Georgia' });
    expect(parseLocationText('Vake, Tbilisi, Georgia')).toEqual({
      city: 'Vake',
      region: 'Tbilisi',
      country: 'Georgia',
    });
    expect(parseLocationText('Remote - Kutaisi, Georgia')).toEqual({
      city: 'Kutaisi',
      country: 'Georgia',
      workplace: 'remote',
    });
    expect(parseLocationText('Atlanta, Georgia')).toEqual({ city: 'Atlanta', region: 'Georgia' });
    expect(parseLocationText('Savannah, GA')).toEqual({ city: 'Savannah', region: 'GA' });
    expect(parseLocationText('Dublin, Georgia')).toEqual({ city: 'Dublin', region: 'Georgia' });
    expect(parseLocationText('Marietta, Cobb, Georgia')).toEqual({ city: 'Marietta', region: 'Georgia' });
    expect(parseLocationText('Georgia')).toEqual({ region: 'Georgia' });
  });

  it("reads no country from an object's inherited names", () => {
    expect(parseLocationText('Paris, constructor')).toEqual({ city: 'Paris', region: 'constructor' });
    expect(parseLocationText('toString')).toEqual({ city: 'toString' });
    expect(parseLocationText('Paris, __proto__')).toEqual({ city: 'Paris', region: '__proto__' });
  });

  // Its time at n and 2n is measured by `pnpm bench --only adversarial` (no timings in tests).
  it('reads a long run of parts before "Georgia" as the first part and Georgia', () => {
    const [repeated, long] = LOCATION_TEXTS.map(([, make]) => make(40_000));
    expect(parseLocationText(repeated)).toEqual({ city: 'Atlanta', region: 'Georgia' });
    expect(parseLocationText(long)).toEqual({ city: 'x'.repeat(40_000), region: 'Georgia' });
  });
});

describe('isTownNamePrefix', () => {
  it('knows the words that open a town of two words, and no other word', () => {
    for (const word of ['Navi', 'Greater', 'New', 'West', 'north']) expect(isTownNamePrefix(word), word).toBe(true);
    for (const word of ['Mumbai', 'Engineering', 'Finance', 'Newton', 'Western', ''])
      expect(isTownNamePrefix(word), word).toBe(false);
  });
});

describe('isPlaceName', () => {
  it("knows countries', regions' and city-states' names in any case and with or without accents, and nothing else", () => {
    for (const name of ['Nepal', 'türkiye', 'Turkiye', 'MAHARASHTRA', 'California', 'Singapore'])
      expect(isPlaceName(name), name).toBe(true);
    // Countries as their own people write them (hand-written headers: "Madrid, España", "Roma, Italia").
    for (const name of ['España', 'Italia', 'Polska', 'Nederland', 'Österreich', 'Schweiz', 'Suisse', 'Brasil'])
      expect(isPlaceName(name), name).toBe(true);
    expect(parseLocationText('Madrid, España')).toEqual({ city: 'Madrid', country: 'España' });
    for (const name of ['Česká republika', 'Česko', 'Slovensko', 'Slovenská republika'])
      expect(isPlaceName(name), name).toBe(true);
    expect(parseLocationText('Bratislava, Slovensko')).toEqual({ city: 'Bratislava', country: 'Slovensko' });
    for (const name of ['Acme', 'Python', 'Pune University', '', 'Nepal Telecom'])
      expect(isPlaceName(name), name).toBe(false);
  });
});

describe('placeCode', () => {
  it("names a state's or province's code a region, a country's code a country, and nothing else (#23: \"UC Berkeley\")", () => {
    for (const code of ['NY', 'TX', 'ON', 'IN', 'CA', 'DE']) expect(placeCode(code), code).toBe('region');
    for (const code of ['PK', 'UK', 'GB', 'US', 'FR']) expect(placeCode(code), code).toBe('country');
    for (const code of ['UC', 'QX', 'Ny', 'NYC', 'N', '']) expect(placeCode(code), code).toBeUndefined();
  });

  it('knows the Indian and Australian states\' codes résumés write, and the three-letter countries ("Pune, MH", "Sydney, NSW")', () => {
    for (const code of ['MH', 'KA', 'UP', 'NSW', 'VIC', 'QLD']) expect(placeCode(code), code).toBe('region');
    for (const code of ['USA', 'UAE', 'KSA', 'RSA']) expect(placeCode(code), code).toBe('country');
    for (const code of ['UI', 'UX', 'BI', 'AI', 'ABC', 'NYC']) expect(placeCode(code), code).toBeUndefined();
  });
});

describe('placeCodeBesideWork', () => {
  it("reads no country's code that is a skill's short name as a place, and every state's or province's code", () => {
    for (const code of ['IT', 'QA', 'HR', 'PT', 'NP', 'UI', 'ML'])
      expect(placeCodeBesideWork(code), code).toBeUndefined();
    for (const code of ['QC', 'OR', 'AR', 'TX', 'MH', 'NSW']) expect(placeCodeBesideWork(code), code).toBe('region');
    for (const code of ['DE', 'IN']) expect(placeCodeBesideWork(code), code).toBe('region');
    for (const code of ['UK', 'FR', 'GB', 'USA']) expect(placeCodeBesideWork(code), code).toBe('country');
  });
});

describe('TOWN_NAME_SMALL_WORDS', () => {
  it("writes the small words between a town's capitalised words", () => {
    const town = new RegExp(`^\\p{Lu}\\p{Ll}+(?: (?:${TOWN_NAME_SMALL_WORDS}) \\p{Lu}[\\p{Ll}é]+)?$`, 'u');
    for (const name of ['Alcalá de Henares', 'Frankfurt am Main', 'Newcastle upon Tyne', 'Boadilla del Monte'])
      expect(town.test(name), name).toBe(true);
    for (const name of ['Bank of America', 'Acme and Sons']) expect(town.test(name), name).toBe(false);
  });
});
