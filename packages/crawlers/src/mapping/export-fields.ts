import { mapEmploymentType, mapWorkplace, parseLocationText, type JobInput } from '@rolefit/core';
import { isRecord, mapSalaryPeriod } from './fields.js';

/**
 * The names exports of common scrapers and job-board dumps give a Job field, for records read from files: JobSpy's
 * normalised schema (`job_url`, `site`, `date_posted`, `job_type`; its `title`, `company`, `description` and `id` are
 * the Job's own names) first. A record's own Job field wins over an alias; the first alias with a value is taken.
 */
export const EXPORT_FIELD_ALIASES = {
  url: ['job_url', 'job_url_direct'],
  source: ['site'],
  postedAt: ['date_posted'],
  employmentType: ['job_type'],
} as const satisfies Partial<Record<keyof JobInput, readonly string[]>>;

/** The fields of an export's flat pay (JobSpy's), read as the Job's `salary` when the record has none. */
export const EXPORT_SALARY_FIELDS = {
  min: 'min_amount',
  max: 'max_amount',
  currency: 'currency',
  period: 'interval',
} as const;

/** The fields of an export saying how a job is worked (JobSpy's), read into `location.workplace` when it has none. */
export const EXPORT_WORKPLACE_FIELDS = {
  /** `true` (or the text "true") is remote; `false` says nothing. */
  remote: 'is_remote',
  /** A label such as "Work from home", "Hybrid", "Work from office" (core's `mapWorkplace`). */
  label: 'work_from_home_type',
} as const;

// The Job fields a record must have (a blank one is left for validation to name), and `raw`, kept as it is unless null.
const REQUIRED = new Set(['id', 'source', 'title']);
// Nested objects whose null or blank properties are dropped too.
const NESTED = new Set(['location', 'salary', 'experienceYears']);

/** A value that says nothing: null, undefined, or a string of only whitespace. */
function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A copy of a plain object without its null and blank properties. */
function withoutEmpty(value: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (!isEmpty(item)) kept[key] = item;
  return kept;
}

/** The first of `names` that `record` gives a value. */
function firstValue(record: Record<string, unknown>, names: readonly string[]): unknown {
  for (const name of names) if (!isEmpty(record[name])) return record[name];
  return undefined;
}

/** A number written as text in a CSV-born export ("85000", "85000.0") as a number; anything else as it is. */
function amount(value: unknown): unknown {
  return typeof value === 'string' && /^\s*\d{1,15}(?:\.\d{1,6})?\s*$/.test(value) ? Number(value) : value;
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

/**
 * A record of a scraper's export or a job-board dump read as a job input, for `parseJob` to validate:
 * - null, and a blank string, in any optional field (or inside `location`, `salary`, `experienceYears`) is absent;
 *   a blank `id`, `source` or `title` is kept for validation to name, and a blank `raw` is kept as it is;
 * - a `location` given as text ("Tel Aviv, Israel") is read with core's `parseLocationText`;
 * - `skills` given as text is a comma-separated list ("Python, SQL", as JobSpy writes them);
 * - a Job field the record lacks is taken from its {@link EXPORT_FIELD_ALIASES} (a `job_type` label through core's
 *   `mapEmploymentType`, unmapped labels dropped), `salary` from {@link EXPORT_SALARY_FIELDS} when an amount is given
 *   (the interval through `mapSalaryPeriod`), and `location.workplace` from {@link EXPORT_WORKPLACE_FIELDS}.
 * Anything else is passed on unchanged, so a record that is still not a valid Job is refused naming the field.
 */
export function jobInputFromExport(record: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'raw' || REQUIRED.has(key)) {
      if (value !== null) input[key] = value;
    } else if (!isEmpty(value)) input[key] = NESTED.has(key) && isRecord(value) ? withoutEmpty(value) : value;
  }
  for (const [field, names] of Object.entries(EXPORT_FIELD_ALIASES)) {
    if (input[field] !== undefined) continue;
    const value = firstValue(record, names);
    if (value === undefined) continue;
    const mapped = field === 'employmentType' ? employmentTypeOf(value) : value;
    if (mapped !== undefined) input[field] = mapped;
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
  if (input.salary === undefined) {
    const min = firstValue(record, [EXPORT_SALARY_FIELDS.min]);
    const max = firstValue(record, [EXPORT_SALARY_FIELDS.max]);
    if (min !== undefined || max !== undefined) {
      const interval = firstValue(record, [EXPORT_SALARY_FIELDS.period]);
      const currency = firstValue(record, [EXPORT_SALARY_FIELDS.currency]);
      // An interval that does not map is passed on as it is, for validation to name `salary.period`.
      const period = typeof interval === 'string' ? (mapSalaryPeriod(interval) ?? interval) : interval;
      input.salary = withoutEmpty({ min: amount(min), max: amount(max), currency, period });
    }
  }
  if (input.location === undefined || isRecord(input.location)) {
    const location = (input.location ?? {}) as Record<string, unknown>;
    if (location.workplace === undefined) {
      const remote = record[EXPORT_WORKPLACE_FIELDS.remote];
      const label = record[EXPORT_WORKPLACE_FIELDS.label];
      const workplace =
        remote === true || (typeof remote === 'string' && remote.trim().toLowerCase() === 'true')
          ? 'remote'
          : typeof label === 'string'
            ? mapWorkplace(label)
            : undefined;
      if (workplace) input.location = { ...location, workplace };
    }
  }
  return input;
}
