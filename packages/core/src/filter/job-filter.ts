import type { JobFilter } from '../interfaces/index.js';
import { annualize, type Job, type Location, type Profile } from '../schemas/index.js';
import { normalizeText } from '../text/index.js';
import { COUNTRY_CODES_IN_PLACES } from '../job-fields/places.js';
import { checkJobArgument, checkListArgument, checkRecordArgument, checkTextArgument } from '../errors/argument.js';
import { checkJobFilter } from './job-filter-schema.js';

// A wanted place and a job's country are places: a country's name that is also a word ("Jersey", "Chad") is one.
const countryCode = (place: string) => COUNTRY_CODES_IN_PLACES[place] ?? place;

/** Each country's code, with its normalised names: one look-up a call, not a pass over every name. */
const NAMES_BY_CODE: ReadonlyMap<string, readonly string[]> = (() => {
  const names = new Map<string, string[]>();
  for (const [name, code] of Object.entries(COUNTRY_CODES_IN_PLACES)) {
    const known = names.get(code);
    if (known) known.push(name);
    else names.set(code, [name]);
  }
  return names;
})();

/** Normalised words that mean "remote" in a wanted place ("Remote", "Anywhere", "удаленно"). */
export const REMOTE_PLACE_WORDS: ReadonlySet<string> = new Set([
  'remote',
  'anywhere',
  'worldwide',
  'удаленно',
  'удалённо',
  'удаленная работа',
]);
const REMOTE_WORDS = REMOTE_PLACE_WORDS;

/** Every normalised spelling that names the same place: "UK" → ["uk", "gb", "united kingdom", …]; other places → themselves. */
export function equivalentPlaceNames(place: string): string[] {
  checkTextArgument('equivalentPlaceNames', 'place', place);
  const code = countryCode(normalizeText(place));
  return [...new Set([normalizeText(place), code, ...(NAMES_BY_CODE.get(code) ?? [])])];
}

const NO_FILTER: JobFilter = Object.freeze({});

/** True when `job` meets every condition in `filter`; a filter with an unknown key or a bad value is a ValidationError. */
export function matchesJobFilter(job: Job, wanted: JobFilter = NO_FILTER): boolean {
  checkJobArgument('matchesJobFilter', 'job', job);
  return matchesCheckedJobFilter(job, wanted === NO_FILTER ? wanted : checkJobFilter(wanted));
}

/**
 * {@link matchesJobFilter} for a store's own job and a filter it has just checked (checkStoreFilter's copy): neither is
 * checked again, once per job of a scan.
 */
export function matchesCheckedJobFilter(job: Job, filter: JobFilter): boolean {
  const sets = lookupSets(filter);
  if (sets.ids && !sets.ids.has(job.id)) return false;
  if (sets.fingerprints && !(job.fingerprint && sets.fingerprints.has(job.fingerprint))) return false;
  if (sets.sources && !sets.sources.has(job.source)) return false;
  const strict = filter.strict ?? false;
  if (!allows(filter.workplace, job.location?.workplace, strict)) return false;
  if (!allows(filter.employmentTypes, job.employmentType, strict)) return false;
  if (!allows(filter.experienceLevels, job.experienceLevel, strict)) return false;
  if (filter.postedSince && (job.postedAt ? job.postedAt < filter.postedSince : strict)) return false;
  if (sets.excludedCompanies?.size && job.company && sets.excludedCompanies.has(normalizeText(job.company)))
    return false;
  if (filter.locations?.length && !matchesLocation(job.location, filter.locations)) return false;
  if (filter.minSalary && !meetsSalaryFloor(job, filter.minSalary, strict)) return false;
  return true;
}

interface LookupSets {
  readonly ids?: ReadonlySet<string>;
  readonly fingerprints?: ReadonlySet<string>;
  readonly sources?: ReadonlySet<string>;
  /** The excluded companies, normalised. */
  readonly excludedCompanies?: ReadonlySet<string>;
}
const lookups = new WeakMap<JobFilter, LookupSets>();

/**
 * The filter's lists of ids, fingerprints, sources and excluded companies as sets, made once per checked filter:
 * testing every listed value per job was jobs × values (an ingestion batch's fingerprints, a long company blacklist).
 */
function lookupSets(filter: JobFilter): LookupSets {
  let sets = lookups.get(filter);
  if (sets === undefined) {
    sets = {
      ...(filter.ids ? { ids: new Set(filter.ids) } : {}),
      ...(filter.fingerprints ? { fingerprints: new Set(filter.fingerprints) } : {}),
      ...(filter.sources ? { sources: new Set(filter.sources) } : {}),
      ...(filter.excludeCompanies
        ? { excludedCompanies: new Set(filter.excludeCompanies.map((company) => normalizeText(company))) }
        : {}),
    };
    lookups.set(filter, sets);
  }
  return sets;
}

// A job that does not state a filtered field passes, unless the filter is strict.
function allows<Value>(wanted: readonly Value[] | undefined, actual: Value | undefined, strict: boolean): boolean {
  if (!wanted?.length) return true;
  return actual === undefined ? !strict : wanted.includes(actual);
}

/** True when a job's location fits any of the wanted places ("Austin, TX", "Germany", "Remote"). */
export function matchesLocation(location: Location | undefined, wanted: readonly string[]): boolean {
  if (location !== undefined && location !== null)
    checkRecordArgument('matchesLocation', 'location', location, 'a Location or undefined');
  checkListArgument('matchesLocation', 'wanted', wanted, 'a list of places');
  if (wanted.length === 0) return true;
  // Only the job's country is read as a country code: a wanted "Israel" (IL) or "Colombia" (CO) is no match for a
  // job in Illinois or Colorado.
  const places = [location?.city, location?.region]
    .filter((part): part is string => Boolean(part))
    .map((part) => normalizeText(part));
  const country = location?.country ? countryCode(normalizeText(location.country)) : undefined;
  for (const place of wanted) {
    const parts = normalizeText(place)
      .split(/[,/]/)
      .map((part) => part.trim())
      .filter(Boolean);
    if (parts.some((part) => REMOTE_WORDS.has(part))) {
      if (location?.workplace === 'remote') return true;
      continue;
    }
    // The most specific part named ("austin" in "Austin, TX") must match one of the job's parts.
    const head = parts[0];
    if (head && (places.includes(head) || (country !== undefined && countryCode(head) === country))) return true;
  }
  return false;
}

/** True when the job can pay at least `floor` (per year, same currency); jobs that cannot be compared pass unless `strict`. */
export function meetsSalaryFloor(job: Job, floor: NonNullable<JobFilter['minSalary']>, strict = false): boolean {
  checkRecordArgument('meetsSalaryFloor', 'job', job, 'a Job');
  checkRecordArgument('meetsSalaryFloor', 'floor', floor, 'a salary floor ({ amount, currency })');
  const salary = job.salary;
  if (!salary) return !strict;
  // Different currencies cannot be compared without exchange rates: keep the job unless a salary is required.
  if (!salary.currency || salary.currency !== floor.currency) return !strict;
  const best = salary.annualMax ?? salary.annualMin;
  if (best === undefined) return !strict;
  return best >= annualize(floor.amount, floor.period);
}

/** `base` with the conditions `over` sets; a condition `over` gives as undefined leaves `base`'s (`{ ...base, ...over }` would drop it). */
export function withJobFilter(base: JobFilter, over: JobFilter | undefined): JobFilter {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over ?? {})) if (value !== undefined) merged[key] = value;
  return merged as JobFilter;
}

/** The filter a profile implies: its workplaces, contract types, levels, places and salary floor. */
export function profileToJobFilter(profile: Profile): JobFilter {
  // From JavaScript a profile may come unparsed: a list left out is empty, one that is not a list a ValidationError.
  checkRecordArgument('profileToJobFilter', 'profile', profile, 'a Profile (use parseProfile)');
  const list = <Key extends 'workplace' | 'employmentTypes' | 'experienceLevels' | 'locations'>(
    key: Key,
  ): Profile[Key] =>
    profile[key] === undefined
      ? []
      : (checkListArgument('profileToJobFilter', `profile.${key}`, profile[key]) as Profile[Key]);
  const lists = {
    workplace: list('workplace'),
    employmentTypes: list('employmentTypes'),
    experienceLevels: list('experienceLevels'),
    locations: list('locations'),
  };
  const filter: JobFilter = {};
  if (lists.workplace.length) filter.workplace = lists.workplace;
  if (lists.employmentTypes.length) filter.employmentTypes = lists.employmentTypes;
  if (lists.experienceLevels.length) filter.experienceLevels = lists.experienceLevels;
  if (lists.locations.length) {
    // A person open to remote work accepts remote jobs anywhere.
    filter.locations =
      lists.workplace.includes('remote') && !lists.locations.some((place) => REMOTE_WORDS.has(normalizeText(place)))
        ? [...lists.locations, 'Remote']
        : lists.locations;
  }
  if (profile.minSalary) filter.minSalary = profile.minSalary;
  return filter;
}
