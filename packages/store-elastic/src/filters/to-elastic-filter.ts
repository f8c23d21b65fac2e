import type { estypes } from '@elastic/elasticsearch';
import {
  annualize,
  checkJobFilter,
  equivalentPlaceNames,
  REMOTE_PLACE_WORDS,
  type JobFilter,
  type MinimumSalary,
} from '@rolefit/core';
import { normalizeText } from '@rolefit/core/text';

type Query = estypes.QueryDslQueryContainer;

// Subfields mapped with JOB_NORMALIZER, the index-side twin of normalizeText().
const COUNTRY_FIELD = 'location.country.normalized';
const PLACE_FIELDS = ['location.city.normalized', 'location.region.normalized', COUNTRY_FIELD] as const;
const COMPANY_FIELD = 'company.normalized';

/**
 * Translates a JobFilter into Elasticsearch clauses that must all hold (put them in `bool.filter`),
 * with the same meaning as core's `matchesJobFilter`; the filter is checked by core's `checkJobFilter` first.
 */
export function toElasticFilter(wanted: JobFilter = {}): Query[] {
  // An unknown key (`workplaces`) or a bad value is a ValidationError, never a filter that filters nothing.
  const filter = checkJobFilter(wanted);
  const strict = filter.strict ?? false;
  const clauses: Query[] = [];
  // ids, fingerprints and sources hold even when empty: an empty list matches no job, as in core.
  if (filter.ids) clauses.push(anyOf('id', filter.ids));
  // Core skips jobs with an empty fingerprint, so '' can never match.
  if (filter.fingerprints) clauses.push(anyOf('fingerprint', filter.fingerprints.filter(Boolean)));
  if (filter.sources) clauses.push(anyOf('source', filter.sources));
  pushAllowed(clauses, 'location.workplace', filter.workplace, strict);
  pushAllowed(clauses, 'employmentType', filter.employmentTypes, strict);
  pushAllowed(clauses, 'experienceLevel', filter.experienceLevels, strict);
  if (filter.postedSince) {
    clauses.push(orMissing({ range: { postedAt: { gte: filter.postedSince.toISOString() } } }, 'postedAt', strict));
  }
  if (filter.excludeCompanies?.length) {
    // Jobs without a company are never excluded, which is what must_not does with a missing field.
    clauses.push({
      bool: {
        must_not: [
          { terms: { [COMPANY_FIELD]: distinct(filter.excludeCompanies.map((company) => normalizeText(company))) } },
        ],
      },
    });
  }
  if (filter.locations?.length) clauses.push(locationClause(filter.locations));
  if (filter.minSalary) clauses.push(salaryClause(filter.minSalary, strict));
  return clauses;
}

/** The whole query for a JobFilter: `bool.filter` of {@link toElasticFilter}'s clauses, or `match_all` when there are none. */
export function toElasticQuery(filter: JobFilter = {}): Query {
  const clauses = toElasticFilter(filter);
  return clauses.length ? { bool: { filter: clauses } } : { match_all: {} };
}

function anyOf(field: string, values: readonly string[]): Query {
  return values.length ? { terms: { [field]: distinct(values) } } : { match_none: {} };
}

// A list filter on an optional field: an empty list filters nothing; a job without the field passes unless strict.
function pushAllowed(clauses: Query[], field: string, wanted: readonly string[] | undefined, strict: boolean): void {
  if (wanted?.length) clauses.push(orMissing({ terms: { [field]: distinct(wanted) } }, field, strict));
}

function orMissing(clause: Query, field: string, strict: boolean): Query {
  if (strict) return clause;
  return { bool: { should: [clause, { bool: { must_not: [{ exists: { field } }] } }], minimum_should_match: 1 } };
}

// Mirrors matchesLocation(): a place naming a remote word matches remote jobs; otherwise its first part
// ("austin" in "Austin, TX") must equal the job's city or region, or name the job's country in any spelling ("UK", "GB"):
// only the country field is matched by country code, so "Canada" (CA) finds no job in California. A job without a
// location fails even when not strict.
function locationClause(places: readonly string[]): Query {
  const heads: string[] = [];
  const countries: string[] = [];
  let remote = false;
  for (const place of places) {
    const parts = normalizeText(place)
      .split(/[,/]/)
      .map((part) => part.trim())
      .filter(Boolean);
    if (parts.some((part) => REMOTE_PLACE_WORDS.has(part))) remote = true;
    else if (parts[0]) {
      heads.push(parts[0]);
      countries.push(...equivalentPlaceNames(parts[0]));
    }
  }
  const should: Query[] = [];
  if (heads.length) {
    const names = distinct(heads);
    for (const field of PLACE_FIELDS)
      should.push({ terms: { [field]: field === COUNTRY_FIELD ? distinct(countries) : names } });
  }
  if (remote) should.push({ term: { 'location.workplace': 'remote' } });
  if (!should.length) return { match_none: {} };
  return { bool: { should, minimum_should_match: 1 } };
}

// Mirrors meetsSalaryFloor(): the job's best yearly pay (annualMax, else annualMin) in the floor's currency must reach the floor;
// a job that cannot be compared (no salary, another or no currency, no annual figure) passes unless strict.
function salaryClause(floor: MinimumSalary, strict: boolean): Query {
  const threshold = annualize(floor.amount, floor.period);
  const currency: Query = { term: { 'salary.currency': floor.currency } };
  const meets: Query = {
    bool: {
      filter: [
        currency,
        {
          bool: {
            should: [
              { range: { 'salary.annualMax': { gte: threshold } } },
              {
                bool: {
                  filter: [{ range: { 'salary.annualMin': { gte: threshold } } }],
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
  if (strict) return meets;
  return {
    bool: {
      should: [
        meets,
        // A missing salary has no currency, so this also keeps jobs without a salary.
        { bool: { must_not: [currency] } },
        { bool: { must_not: [{ exists: { field: 'salary.annualMax' } }, { exists: { field: 'salary.annualMin' } }] } },
      ],
      minimum_should_match: 1,
    },
  };
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}
