// No Elasticsearch server can run on this machine, so these tests check the request bodies we would send,
// and run them through a small model of the query DSL below, not through a live cluster.
import type { estypes } from '@elastic/elasticsearch';
import { matchesJobFilter, matchesLocation, parseJob, type Job, type JobFilter } from '@rolefit/core';
import { normalizeText } from '@rolefit/core/text';
import { describe, expect, it } from 'vitest';
import { toElasticFilter, toElasticQuery } from './index.js';

type Query = estypes.QueryDslQueryContainer;
const missing = (field: string): Query => ({ bool: { must_not: [{ exists: { field } }] } });
const orMissing = (clause: Query, field: string): Query => ({
  bool: { should: [clause, missing(field)], minimum_should_match: 1 },
});

describe('toElasticFilter', () => {
  it('returns no clauses for an empty filter', () => {
    expect(toElasticFilter()).toEqual([]);
    expect(toElasticFilter({ workplace: [], employmentTypes: [], locations: [], excludeCompanies: [] })).toEqual([]);
    expect(toElasticQuery({})).toEqual({ match_all: {} });
  });

  it('lets jobs without workplace, contract type or level pass unless strict', () => {
    expect(toElasticFilter({ workplace: ['remote', 'hybrid'] })).toEqual([
      orMissing({ terms: { 'location.workplace': ['remote', 'hybrid'] } }, 'location.workplace'),
    ]);
    expect(toElasticFilter({ employmentTypes: ['full-time'] })).toEqual([
      orMissing({ terms: { employmentType: ['full-time'] } }, 'employmentType'),
    ]);
    expect(toElasticFilter({ experienceLevels: ['entry', 'associate'] })).toEqual([
      orMissing({ terms: { experienceLevel: ['entry', 'associate'] } }, 'experienceLevel'),
    ]);
    expect(
      toElasticFilter({
        workplace: ['onsite'],
        employmentTypes: ['contract'],
        experienceLevels: ['director'],
        strict: true,
      }),
    ).toEqual([
      { terms: { 'location.workplace': ['onsite'] } },
      { terms: { employmentType: ['contract'] } },
      { terms: { experienceLevel: ['director'] } },
    ]);
  });

  it('filters by posting date, keeping undated jobs unless strict', () => {
    const since = new Date('2026-11-01T00:00:00Z');
    const range: Query = { range: { postedAt: { gte: '2026-11-01T00:00:00.000Z' } } };
    expect(toElasticFilter({ postedSince: since })).toEqual([orMissing(range, 'postedAt')]);
    expect(toElasticFilter({ postedSince: since, strict: true })).toEqual([range]);
  });

  it('matches ids, sources and fingerprints exactly, and nothing for an empty list', () => {
    expect(toElasticFilter({ ids: ['a', 'b', 'a'], sources: ['greenhouse'], fingerprints: ['f1'] })).toEqual([
      { terms: { id: ['a', 'b'] } },
      { terms: { fingerprint: ['f1'] } },
      { terms: { source: ['greenhouse'] } },
    ]);
    expect(toElasticFilter({ ids: [] })).toEqual([{ match_none: {} }]);
    expect(toElasticFilter({ sources: [] })).toEqual([{ match_none: {} }]);
    expect(toElasticFilter({ fingerprints: [''] })).toEqual([{ match_none: {} }]);
  });

  it('excludes companies by their normalised name', () => {
    expect(toElasticFilter({ excludeCompanies: ['  Bright Sparks LLC', 'Café Ltd'] })).toEqual([
      { bool: { must_not: [{ terms: { 'company.normalized': ['bright sparks llc', 'cafe ltd'] } }] } },
    ]);
  });

  it('matches the first part of each place against city or region, any spelling of it against the country, and Remote against remote jobs', () => {
    expect(toElasticFilter({ locations: ['Austin, TX', 'Germany', 'Remote', 'austin'] })).toEqual([
      {
        bool: {
          should: [
            { terms: { 'location.city.normalized': ['austin', 'germany'] } },
            { terms: { 'location.region.normalized': ['austin', 'germany'] } },
            // Every spelling core's place table has for Germany, the Russian one included.
            { terms: { 'location.country.normalized': ['austin', 'germany', 'de', 'deutschland', 'германия'] } },
            { term: { 'location.workplace': 'remote' } },
          ],
          minimum_should_match: 1,
        },
      },
    ]);
    expect(toElasticFilter({ locations: ['Anywhere / US'] })).toEqual([
      { bool: { should: [{ term: { 'location.workplace': 'remote' } }], minimum_should_match: 1 } },
    ]);
    expect(toElasticFilter({ locations: [' , '] })).toEqual([{ match_none: {} }]);
  });

  it('compares the best yearly pay in the floor currency, keeping jobs it cannot compare unless strict', () => {
    const meets: Query = {
      bool: {
        filter: [
          { term: { 'salary.currency': 'USD' } },
          {
            bool: {
              should: [
                { range: { 'salary.annualMax': { gte: 84_000 } } },
                {
                  bool: {
                    filter: [{ range: { 'salary.annualMin': { gte: 84_000 } } }],
                    must_not: [{ exists: { field: 'salary.annualMax' } }],
                  },
                },
              ],
              minimum_should_match: 1,
            },
          },
        ],
      },
    };
    // 7,000 a month is 84,000 a year.
    expect(toElasticFilter({ minSalary: { amount: 7_000, currency: 'USD', period: 'month' }, strict: true })).toEqual([
      meets,
    ]);
    expect(toElasticFilter({ minSalary: { amount: 7_000, currency: 'USD', period: 'month' } })).toEqual([
      {
        bool: {
          should: [
            meets,
            { bool: { must_not: [{ term: { 'salary.currency': 'USD' } }] } },
            {
              bool: {
                must_not: [{ exists: { field: 'salary.annualMax' } }, { exists: { field: 'salary.annualMin' } }],
              },
            },
          ],
          minimum_should_match: 1,
        },
      },
    ]);
  });

  it('wraps the clauses in bool.filter for a whole query', () => {
    expect(toElasticQuery({ sources: ['s'] })).toEqual({ bool: { filter: [{ terms: { source: ['s'] } }] } });
  });

  it('keeps the remote words core uses', () => {
    const remote = parseJob({ id: 'r', source: 's', title: 'T', location: { workplace: 'remote' } }).location;
    for (const word of ['Remote', 'Anywhere', 'Worldwide', 'Удаленно', 'удалённо', 'Удаленная работа']) {
      expect(matchesLocation(remote, [word]), word).toBe(true);
      expect(toElasticFilter({ locations: [word] }), word).toEqual([
        { bool: { should: [{ term: { 'location.workplace': 'remote' } }], minimum_should_match: 1 } },
      ]);
    }
  });
});

describe('toElasticFilter agrees with matchesJobFilter', () => {
  const jobs: Job[] = [
    parseJob({
      id: 'denver',
      source: 'greenhouse',
      title: 'Electrician',
      company: 'Bright Sparks LLC',
      location: { city: 'Denver', region: 'CO', country: 'US', workplace: 'onsite' },
      employmentType: 'full-time',
      experienceLevel: 'associate',
      salary: { min: 32, max: 40, currency: 'USD', period: 'hour' },
      postedAt: '2026-11-10',
      fingerprint: 'f-denver',
    }),
    parseJob({
      id: 'remote',
      source: 'lever',
      title: 'Analyst',
      location: { country: 'US', workplace: 'remote' },
      salary: { min: 90_000, currency: 'USD', period: 'year' },
    }),
    parseJob({ id: 'bare', source: 'sample', title: 'Anything' }),
    parseJob({
      id: 'munich',
      source: 'lever',
      title: 'Engineer',
      company: 'Café Müller GmbH',
      location: { city: 'München', country: 'Germany', workplace: 'hybrid' },
      employmentType: 'contract',
      experienceLevel: 'mid-senior',
      salary: { min: 70_000, max: 90_000, currency: 'EUR', period: 'year' },
      postedAt: '2026-10-01',
      fingerprint: 'f-munich',
    }),
    parseJob({
      id: 'nocurrency',
      source: 'greenhouse',
      title: 'Nurse',
      location: { city: 'Austin', region: 'TX' },
      salary: { max: 200_000, period: 'year' },
      postedAt: '2026-11-20',
    }),
    parseJob({
      id: 'moscow',
      source: 'hh',
      title: 'Разработчик',
      location: { city: 'Москва', country: 'Россия' },
      salary: { min: 200_000, currency: 'RUB', period: 'month' },
    }),
  ];

  const filters: JobFilter[] = [
    {},
    { workplace: ['onsite'] },
    { workplace: ['remote', 'hybrid'] },
    { employmentTypes: ['full-time'] },
    { experienceLevels: ['mid-senior', 'associate'] },
    { postedSince: new Date('2026-11-01') },
    { sources: ['lever'] },
    { sources: [] },
    { ids: ['bare', 'denver'] },
    { ids: [] },
    { fingerprints: ['f-munich', 'f-denver'] },
    { excludeCompanies: ['bright sparks llc'] },
    { excludeCompanies: ['CAFE MULLER GMBH'] },
    { locations: ['Denver, CO'] },
    { locations: ['Austin, TX'] },
    { locations: ['US'] },
    { locations: ['Remote'] },
    { locations: ['Munchen', 'Remote'] },
    { locations: ['москва'] },
    { locations: ['Berlin'] },
    { locations: ['Colombia'] },
    { locations: ['Russia'] },
    { minSalary: { amount: 80_000, currency: 'USD', period: 'year' } },
    { minSalary: { amount: 90_000, currency: 'USD', period: 'year' } },
    { minSalary: { amount: 7_000, currency: 'USD', period: 'month' } },
    { minSalary: { amount: 6_900, currency: 'USD', period: 'month' } },
    { minSalary: { amount: 60_000, currency: 'EUR', period: 'year' } },
    { minSalary: { amount: 2_400_000, currency: 'RUB', period: 'year' } },
    {
      workplace: ['onsite'],
      employmentTypes: ['full-time'],
      postedSince: new Date('2026-01-01'),
      locations: ['Remote', 'Denver'],
      minSalary: { amount: 50_000, currency: 'USD', period: 'year' },
    },
  ];

  it('selects the same jobs as core for every filter, strict or not', () => {
    let checked = 0;
    for (const base of filters) {
      for (const strict of [false, true]) {
        const filter = { ...base, strict };
        const query = toElasticQuery(filter);
        for (const job of jobs) {
          const expected = matchesJobFilter(job, filter);
          expect(evaluate(query, toDocument(job)), `${job.id} with ${JSON.stringify(filter)}`).toBe(expected);
          checked++;
        }
      }
    }
    expect(checked).toBe(filters.length * 2 * jobs.length);
  });

  it('has a query model that can fail', () => {
    // A filter that core rejects must not pass the model by accident.
    const denver = toDocument(jobs[0] as Job);
    expect(evaluate(toElasticQuery({ locations: ['Austin'] }), denver)).toBe(false);
    expect(evaluate({ term: { source: 'other' } }, denver)).toBe(false);
  });
});

// The document as it is indexed: JSON, so dates are ISO strings.
function toDocument(job: Job): Record<string, unknown> {
  return JSON.parse(JSON.stringify(job)) as Record<string, unknown>;
}

// Values of a field; `.normalized` subfields go through normalizeText, which models the index's keyword normalizer.
function valuesAt(document: Record<string, unknown>, field: string): unknown[] {
  const normalized = field.endsWith('.normalized');
  const path = (normalized ? field.slice(0, -'.normalized'.length) : field).split('.');
  let values: unknown[] = [document];
  for (const part of path) {
    values = values
      .flatMap((value) => (value && typeof value === 'object' ? [(value as Record<string, unknown>)[part]] : []))
      .flat();
  }
  values = values.filter((value) => value !== undefined && value !== null);
  return normalized ? values.map((value) => normalizeText(String(value))) : values;
}

function list(clauses: Query | Query[] | undefined): Query[] {
  if (!clauses) return [];
  return Array.isArray(clauses) ? clauses : [clauses];
}

// Just the part of the query DSL that toElasticFilter emits; anything else throws so the model cannot silently pass.
function evaluate(query: Query, document: Record<string, unknown>): boolean {
  const [kind, body] = Object.entries(query)[0] ?? [];
  switch (kind) {
    case 'match_all':
      return true;
    case 'match_none':
      return false;
    case 'term': {
      const [field, value] = Object.entries(body as Record<string, unknown>)[0] ?? [];
      return valuesAt(document, String(field)).some((actual) => actual === value);
    }
    case 'terms': {
      const [field, wanted] = Object.entries(body as Record<string, unknown[]>)[0] ?? [];
      return valuesAt(document, String(field)).some((actual) => (wanted ?? []).includes(actual));
    }
    case 'exists':
      return valuesAt(document, (body as { field: string }).field).length > 0;
    case 'range': {
      const [field, bounds] = Object.entries(body as Record<string, { gte: number | string }>)[0] ?? [];
      const floor = bounds?.gte;
      return valuesAt(document, String(field)).some((actual) =>
        typeof floor === 'number' ? Number(actual) >= floor : Date.parse(String(actual)) >= Date.parse(String(floor)),
      );
    }
    case 'bool': {
      const bool = body as estypes.QueryDslBoolQuery;
      const required = [...list(bool.filter), ...list(bool.must)];
      if (!required.every((clause) => evaluate(clause, document))) return false;
      if (list(bool.must_not).some((clause) => evaluate(clause, document))) return false;
      const should = list(bool.should);
      const minimum = Number(bool.minimum_should_match ?? (required.length ? 0 : should.length ? 1 : 0));
      return should.filter((clause) => evaluate(clause, document)).length >= minimum;
    }
    default:
      throw new Error(`query kind not modelled: ${String(kind)}`);
  }
}
