import { createHash } from 'node:crypto';
import {
  mapEmploymentType,
  mapExperienceLevel,
  mapWorkplace,
  parseLocationText,
  parseSalary,
  type JobInput,
} from '@rolefit/core';
import { isRecord, mapSalaryPeriod } from './fields.js';

/**
 * A column name as the aliases below write it: camelCase split, lowercase, each run of characters other than letters
 * and digits one `_`, none at either end ("Job Title" and "jobTitle" are `job_title`, "Company Name" `company_name`).
 */
export function columnKey(name: string): string {
  return name
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1_$2')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_|_$/g, '');
}

/**
 * The columns exports of common scrapers and job-board dumps give a Job field, for records read from files (as
 * {@link columnKey} writes them, so "Job Title", "job_title" and "jobTitle" are one): JobSpy's normalised schema
 * (`job_url`, `site`, `date_posted`, `job_type`), then the names of Kaggle-style dumps (LinkedIn's `job_id`,
 * `company_name`, `job_posting_url`, `listed_time`, `formatted_work_type`; Glassdoor's "Job Title", "Company Name",
 * "Job Description"; USAJOBS' `posted_date`), and a stated seniority (LinkedIn's `formatted_experience_level`, JobSpy's
 * `job_level`, Wuzzuf's `career_level`, through core's `mapExperienceLevel`). A record's own Job field wins over an alias; the first alias with a value
 * that can be read is taken, and one that cannot (a `date` that is no date, a label that maps to no employment type)
 * is passed over, never failing the record; a web address is left for validation to check (an unsafe one refuses
 * the record).
 */
export const EXPORT_FIELD_ALIASES = {
  id: ['id', 'job_id', 'posting_id', 'job_posting_id', 'requisition_id', 'req_id', 'vacancy_id'],
  source: ['source', 'site'],
  title: ['title', 'job_title', 'position', 'position_title', 'job_position', 'job_name', 'vacancy_title'],
  company: [
    'company',
    'company_name',
    'employer',
    'employer_name',
    'organization',
    'organization_name',
    'organisation',
    'hiring_organization',
  ],
  description: ['description', 'job_description', 'description_text', 'job_desc', 'job_details'],
  location: ['location', 'job_location', 'locations'],
  url: [
    'url',
    'job_url',
    'job_url_direct',
    'job_posting_url',
    'posting_url',
    'job_link',
    'link',
    'application_url',
    'apply_url',
  ],
  postedAt: [
    'posted_at',
    'date_posted',
    'posted_date',
    'posting_date',
    'publication_date',
    'published_at',
    'listed_time',
    'original_listed_time',
    'created_at',
  ],
  employmentType: ['employment_type', 'job_type', 'formatted_work_type', 'work_type', 'contract_type', 'schedule_type'],
  experienceLevel: [
    'experience_level',
    'formatted_experience_level',
    'seniority_level',
    'seniority',
    'job_level',
    'career_level',
  ],
} as const satisfies Partial<Record<keyof JobInput, readonly string[]>>;

/**
 * The columns of an export's flat pay, read as the Job's `salary` when the record has none: a minimum and a maximum
 * (JobSpy's `min_amount`/`max_amount`, LinkedIn's `min_salary`/`max_salary`, USAJOBS' `salary_min`/`salary_max`), a
 * single figure (LinkedIn's `med_salary`) as both, with a currency and a period; else a pay text (Glassdoor's "Salary
 * Estimate", "$53K-$91K (Glassdoor est.)") read with core's `parseSalary`.
 */
export const EXPORT_SALARY_FIELDS = {
  min: ['min_amount', 'min_salary', 'salary_min', 'minimum_salary', 'salary_from', 'pay_min'],
  max: ['max_amount', 'max_salary', 'salary_max', 'maximum_salary', 'salary_to', 'pay_max'],
  single: ['med_salary', 'median_salary', 'salary_amount'],
  currency: ['currency', 'salary_currency', 'pay_currency'],
  period: ['interval', 'pay_period', 'salary_period', 'salary_interval', 'pay_interval'],
  text: ['salary', 'salary_estimate', 'salary_range', 'salary_text', 'compensation', 'pay', 'pay_range'],
} as const;

/** The columns of an export saying how a job is worked, read into `location.workplace` when it has none. */
export const EXPORT_WORKPLACE_FIELDS = {
  /** Yes or no (JobSpy's `is_remote`, LinkedIn's `remote_allowed`): true, 1, "true", "1", "1.0", "yes" are remote. */
  remote: ['is_remote', 'remote_allowed', 'remote'],
  /** A label such as "Work from home", "Hybrid", "Work from office" (core's `mapWorkplace`). */
  label: ['work_from_home_type', 'workplace_type', 'workplace', 'remote_type', 'work_model'],
} as const;

/**
 * Columns that hold part of a posting's text under a heading of their own (the Google job skills dump's
 * "Responsibilities", "Minimum Qualifications", "Preferred Qualifications"; the Wuzzuf dump's `job_requirements`): each
 * is added to the description as a paragraph under its column's name, so the requirements are read from it (required
 * and preferred apart, by their headings) as from any posting.
 */
export const EXPORT_DESCRIPTION_PART_FIELDS = [
  'responsibilities',
  'duties',
  'requirements',
  'job_requirements',
  'qualifications',
  'minimum_qualifications',
  'basic_qualifications',
  'required_qualifications',
  'preferred_qualifications',
  'benefits',
] as const;

/**
 * The columns of a place written in parts, narrowest first (USAJOBS' `city`, `state`; Wuzzuf's `Location_Part1`,
 * `Location_Part2`: "Maadi", "Cairo"), read as the `location` when the record has none: their texts joined, as
 * core's `parseLocationText` reads "Maadi, Cairo".
 */
const LOCATION_PART_FIELDS = [
  ['city', 'town', 'location_part1', 'location_part_1'],
  ['state', 'region', 'province', 'location_part2', 'location_part_2'],
  ['country', 'location_part3', 'location_part_3'],
] as const;

// The Job fields a record must have (a blank one is left for validation to name), and `raw`, kept as it is unless null.
const REQUIRED = new Set(['id', 'source', 'title']);
// Nested objects whose null or blank properties are dropped too.
const NESTED = new Set(['location', 'salary', 'experienceYears']);

/**
 * A cell written as "-1", the job-board dumps' "none" (Glassdoor's, Wuzzuf's: ../shared/data/SOURCES.md), in any
 * column: no company, place, description or skill is called that.
 */
const NONE_CELL = /^\s*-1(?:\.0+)?\s*$/;

/** A value that says nothing: null, undefined, a string of only whitespace, or the dumps' "-1" ({@link NONE_CELL}). */
function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    (typeof value === 'string' && (value.trim() === '' || NONE_CELL.test(value)))
  );
}

/** A copy of a plain object without its null and blank properties. */
function withoutEmpty(value: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (!isEmpty(item)) kept[key] = item;
  return kept;
}

/** Longest column name compared with the aliases, in characters (the longest alias has 20). */
const MAX_ALIAS_KEY_LENGTH = 64;

const DESCRIPTION_PART_COLUMNS: ReadonlySet<string> = new Set(EXPORT_DESCRIPTION_PART_FIELDS);

/**
 * Column names met, by their {@link columnKey}: the records of a file share its header's names, and normalising them
 * (three Unicode-aware replacements) for every record was most of the cost of reading a wide one (a header of 9,999
 * names cost ~65 ms a record). Emptied when it holds {@link MAX_CACHED_COLUMN_KEYS} names, so it stays bounded whatever
 * the records' keys.
 */
const columnKeys = new Map<string, string>();
const MAX_CACHED_COLUMN_KEYS = 20_000;

/** {@link columnKey} of `name`, from {@link columnKeys} when met before. */
function cachedColumnKey(name: string): string {
  let key = columnKeys.get(name);
  if (key === undefined) {
    if (columnKeys.size >= MAX_CACHED_COLUMN_KEYS) columnKeys.clear();
    key = columnKey(name);
    columnKeys.set(name, key);
  }
  return key;
}

/**
 * One pass over a record's columns: its values by {@link columnKey} of their column (blank ones left out; of two
 * columns of one key the first), and its {@link EXPORT_DESCRIPTION_PART_FIELDS} with text, each as "Its column's
 * name:" and the text, in the record's order.
 */
function readColumns(record: Record<string, unknown>): { values: Map<string, unknown>; parts: string[] } {
  const values = new Map<string, unknown>();
  const parts: string[] = [];
  const taken = new Set<string>();
  for (const [key, value] of Object.entries(record)) {
    // A longer name is no alias; skipping it keeps the work per record bounded by its column count, whatever the header
    // (a CSV header of one 8 MB name was normalised again for every record).
    if (key.length > MAX_ALIAS_KEY_LENGTH || isEmpty(value)) continue;
    const column = cachedColumnKey(key);
    if (!values.has(column)) values.set(column, value);
    if (DESCRIPTION_PART_COLUMNS.has(column) && !taken.has(column) && textOf(value) !== undefined) {
      taken.add(column);
      parts.push(`${key.trim()}:\n${(value as string).trim()}`);
    }
  }
  return { values, parts };
}

/** The first of `names` that the record gives a value that `read` can read (undefined from `read`: passed over). */
function firstRead(
  values: ReadonlyMap<string, unknown>,
  names: readonly string[],
  read: (value: unknown) => unknown = (value) => value,
): unknown {
  for (const name of names) {
    const value = values.get(name);
    if (value === undefined) continue;
    const readValue = read(value);
    if (readValue !== undefined) return readValue;
  }
  return undefined;
}

/**
 * A number written as text in a CSV-born export ("85000", "85000.0") as a number; zero or a negative number (the
 * dumps' "-1" for none) as no amount; anything else as it is.
 */
function amount(value: unknown): unknown {
  if (typeof value === 'string' && /^\s*-?\d{1,15}(?:\.\d{1,6})?\s*$/.test(value)) value = Number(value);
  return typeof value === 'number' && value <= 0 ? undefined : value;
}

/** The first of a comma-separated list of employment labels ("fulltime, contract", as JobSpy joins them) that maps. */
function employmentTypeOf(label: unknown): unknown {
  if (typeof label !== 'string') return label;
  for (const part of label.split(',')) {
    const type = mapEmploymentType(part);
    if (type) return type;
  }
  return undefined;
}

/** Text of at least one letter or digit, trimmed; else (the dumps' "-1" too) undefined. */
function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && /[\p{L}\p{N}]/u.test(value) && !NONE_CELL.test(value) ? value.trim() : undefined;
}

/** A company cell's first line: Glassdoor's dump writes the rating under the name ("Tecolote Research\n3.8"). */
function companyOf(value: unknown): string | undefined {
  return textOf(typeof value === 'string' ? value.split(/\r\n?|\n/, 1)[0] : undefined);
}

/** An id cell: text, or a whole number (a JSON export's numeric `job_id`) as its digits. */
function idOf(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : undefined;
  return textOf(value);
}

/**
 * A time written as epoch seconds (10 digits) or milliseconds (13), as text or a number ("1713397508000.0", as pandas
 * writes LinkedIn's `listed_time`), as epoch milliseconds; undefined for anything else.
 */
function epochOf(value: unknown): number | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const digits = /^(\d{10}|\d{13})(?:\.0+)?$/.exec(text)?.[1];
  if (digits === undefined) return undefined;
  return digits.length === 10 ? Number(digits) * 1000 : Number(digits);
}

/** A date cell that core's date schema reads (an ISO date, a date text `Date` reads, or an epoch) as that; else undefined. */
function dateOf(value: unknown): unknown {
  const epoch = epochOf(value);
  if (epoch !== undefined) return epoch;
  if (typeof value !== 'string' || value.length > 100) return undefined;
  return Number.isNaN(Date.parse(value.trim())) ? undefined : value.trim();
}

/** A yes/no cell that says yes: true, 1, or "true", "1", "1.0", "yes", "y" in any case. */
function isYes(value: unknown): boolean {
  if (value === true || value === 1) return true;
  return typeof value === 'string' && /^(?:true|1(?:\.0+)?|yes|y)$/i.test(value.trim());
}

/** How each aliased field's value is read; a field not named here is taken as it is. */
const READERS: Partial<Record<keyof typeof EXPORT_FIELD_ALIASES, (value: unknown) => unknown>> = {
  id: idOf,
  source: textOf,
  title: textOf,
  company: companyOf,
  description: textOf,
  location: (value) => (typeof value === 'string' ? textOf(value) : isRecord(value) ? value : undefined),
  url: textOf,
  postedAt: dateOf,
  employmentType: employmentTypeOf,
  experienceLevel: (value) => (typeof value === 'string' ? mapExperienceLevel(value) : undefined),
};

/**
 * A stable id for a record that has none: a hash of its title, company, place, description, address and date, so that
 * reading the same file again updates its jobs instead of adding them twice.
 */
function contentId(input: Record<string, unknown>): string {
  const parts = ['title', 'company', 'location', 'description', 'url', 'postedAt'].map((field) => input[field] ?? null);
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 24);
}

/**
 * The pay an export gives in columns: a minimum and a maximum, or a single figure as both, with the currency and the
 * period of their columns. With no period column the amounts are read as core's `parseSalary` reads bare amounts (the
 * period from their size; none when they are too small to tell, e.g. "45 - 60" with no currency). An amount or a period
 * that cannot be read is passed on, for validation to name `salary.min` or `salary.period`.
 */
function salaryFromColumns(values: ReadonlyMap<string, unknown>): unknown {
  let min = amount(firstRead(values, EXPORT_SALARY_FIELDS.min));
  let max = amount(firstRead(values, EXPORT_SALARY_FIELDS.max));
  if (min === undefined && max === undefined) min = max = amount(firstRead(values, EXPORT_SALARY_FIELDS.single));
  if (min === undefined && max === undefined) return undefined;
  const interval = firstRead(values, EXPORT_SALARY_FIELDS.period);
  const currency = firstRead(values, EXPORT_SALARY_FIELDS.currency);
  const period = typeof interval === 'string' ? (mapSalaryPeriod(interval) ?? interval) : interval;
  if (period !== undefined || ![min, max].every((value) => value === undefined || typeof value === 'number'))
    return withoutEmpty({ min, max, currency, period });
  const text = min === max || max === undefined ? `${min}` : min === undefined ? `${max}` : `${min} - ${max}`;
  const defaultCurrency =
    typeof currency === 'string' && /^[A-Z]{3}$/.test(currency.trim()) ? currency.trim() : undefined;
  return parseSalary(text, { defaultCurrency });
}

/**
 * A record of a scraper's export or a job-board dump read as a job input, for `parseJob` to validate:
 * - null, and a blank string, in any optional field (or inside `location`, `salary`, `experienceYears`) is absent;
 *   a blank `id`, `source` or `title` is kept for validation to name, and a blank `raw` is kept as it is;
 * - a Job field the record lacks is taken from its {@link EXPORT_FIELD_ALIASES} (a `job_type` label through core's
 *   `mapEmploymentType`, unmapped labels passed over; a date written as epoch seconds or milliseconds read as one);
 * - a record with no id of any name but a title gets a stable one from its content (a hash of its title, company,
 *   place, description, address and date), so reading the file again updates its jobs (Glassdoor's dump has no id);
 * - a `location` given as text ("Tel Aviv, Israel") is read with core's `parseLocationText`, and one given in parts
 *   (`city`, `state`, `country` columns) as their text joined;
 * - `skills` given as text is a comma-separated list ("Python, SQL", as JobSpy writes them);
 * - `salary` given as text is read with core's `parseSalary` (left out when it names no pay); with none, it is taken
 *   from the pay columns of {@link EXPORT_SALARY_FIELDS};
 * - `location.workplace` from {@link EXPORT_WORKPLACE_FIELDS} when it has none.
 * Anything else is passed on unchanged, so a record that is still not a valid Job is refused naming the field.
 */
export function jobInputFromExport(record: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'raw' || REQUIRED.has(key)) {
      if (value !== null) input[key] = value;
    } else if (!isEmpty(value)) input[key] = NESTED.has(key) && isRecord(value) ? withoutEmpty(value) : value;
  }
  const { values, parts } = readColumns(record);
  for (const [field, names] of Object.entries(EXPORT_FIELD_ALIASES)) {
    if (input[field] !== undefined) continue;
    const value = firstRead(values, names, READERS[field as keyof typeof EXPORT_FIELD_ALIASES]);
    if (value !== undefined) input[field] = value;
  }
  if (parts.length > 0)
    input.description = [typeof input.description === 'string' ? input.description : '', ...parts]
      .filter(Boolean)
      .join('\n\n');
  if (input.id === undefined && textOf(input.title) !== undefined) input.id = contentId(input);
  const postedEpoch = epochOf(input.postedAt);
  if (postedEpoch !== undefined) input.postedAt = postedEpoch;
  if (input.location === undefined) {
    const place = LOCATION_PART_FIELDS.flatMap((names) => textOf(firstRead(values, names, textOf)) ?? []);
    if (place.length > 0) input.location = place.join(', ');
  }
  if (typeof input.location === 'string') {
    const location = parseLocationText(input.location);
    if (location) input.location = location;
    else delete input.location;
  }
  if (typeof input.skills === 'string')
    input.skills = input.skills
      .split(',')
      .map((skill) => skill.trim())
      .filter(Boolean);
  if (typeof input.salary === 'string') {
    const salary = parseSalary(input.salary);
    if (salary) input.salary = salary;
    else delete input.salary;
  }
  if (input.salary === undefined) {
    const salary =
      salaryFromColumns(values) ??
      firstRead(values, EXPORT_SALARY_FIELDS.text, (value) =>
        typeof value === 'string' ? parseSalary(value) : undefined,
      );
    if (salary !== undefined) input.salary = salary;
  }
  if (input.location === undefined || isRecord(input.location)) {
    const location = (input.location ?? {}) as Record<string, unknown>;
    if (location.workplace === undefined) {
      const remote = firstRead(values, EXPORT_WORKPLACE_FIELDS.remote);
      const workplace = isYes(remote)
        ? 'remote'
        : firstRead(values, [...EXPORT_WORKPLACE_FIELDS.label, ...EXPORT_WORKPLACE_FIELDS.remote], (label) =>
            typeof label === 'string' ? mapWorkplace(label) : undefined,
          );
      if (workplace) input.location = { ...location, workplace };
    }
  }
  return input;
}
