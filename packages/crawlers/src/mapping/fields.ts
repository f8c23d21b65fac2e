import {
  RolefitError,
  experienceLevelOfTitle,
  getDefaultSkillTaxonomy,
  parseExperience,
  jobSchema,
  parseJob,
  parseSalary,
  parseWith,
  type EmploymentType,
  type ExperienceLevel,
  type Job,
  type Location,
  type SalaryInput,
  type SalaryPeriod,
} from '@rolefit/core';
import {
  capJobDescription,
  checkRecordArgument,
  checkTextArgument,
  describeValue,
  withoutStackTrace,
} from '@rolefit/core/internal';
import { decodeHtmlEntities, htmlToText } from '@rolefit/core/text';

/** One source record that could not be turned into a valid Job; reported through `onProgress`, the crawl goes on. */
export class SourceRecordError extends RolefitError {
  override readonly name: string = 'SourceRecordError';
  /** Always `ROLEFIT_SOURCE_RECORD`. */
  declare readonly code: 'ROLEFIT_SOURCE_RECORD';

  constructor(
    message: string,
    /** The crawler's name (`greenhouse`, `lever`, `json-ld`). */
    readonly source: string,
    /** The source's own id of the record, when it has one. */
    readonly recordId: string | undefined,
    /** The URL the record came from. */
    readonly url: string | undefined,
    options?: { cause?: unknown },
  ) {
    super('ROLEFIT_SOURCE_RECORD', message, { cause: options?.cause });
  }

  /** The error for one record that failed to map: names the source, what the record is and its id, and keeps the cause. */
  static forRecord(
    source: string,
    what: string,
    recordId: string | undefined,
    url: string | undefined,
    error: unknown,
  ): SourceRecordError {
    return new SourceRecordError(`${what} ${recordId ?? '?'}: ${(error as Error).message}`, source, recordId, url, {
      cause: error,
    });
  }
}

/**
 * The SourceRecordError a mapper throws for a raw record it cannot read at all (not an object, no id), naming the
 * mapper and the argument: `mapGreenhouseJob: record: must be an object, got null`. A crawler reports it with the
 * record's id and URL (through {@link SourceRecordError.forRecord}), like any record that fails to map.
 */
export function unreadableRecord(fn: string, source: string, argument: string, problem: string): SourceRecordError {
  return new SourceRecordError(`${fn}: ${argument}: ${problem}`, source, undefined, undefined);
}

/** Throws the {@link unreadableRecord} error (`must be an object, got null`) unless `record` is a plain object. */
export function checkSourceRecord(
  fn: string,
  source: string,
  argument: string,
  record: unknown,
): asserts record is Record<string, unknown> {
  if (!isRecord(record))
    throw unreadableRecord(fn, source, argument, `must be an object, got ${describeValue(record)}`);
}

/** The source's own `id` of a raw record, as a string, when it has one (for error reports). */
export function recordIdOf(record: unknown): string | undefined {
  return isRecord(record) && record.id !== undefined ? String(record.id) : undefined;
}

/** Turns a description that may be HTML, or entity-escaped HTML (Greenhouse's `content`), into plain text. */
export function descriptionToText(html: string | undefined | null): string {
  if (html === undefined || html === null || html === '') return '';
  checkTextArgument('descriptionToText', 'html', html);
  // Escaped markup ("&lt;p&gt;") has no real tags; decode it once so htmlToText sees the tags.
  const markup = !/<[a-z/!]/i.test(html) && /&lt;\/?[a-z]/i.test(html) ? decodeHtmlEntities(html) : html;
  return htmlToText(markup);
}

const PERIODS: Readonly<Record<string, SalaryPeriod>> = {
  hour: 'hour',
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
  annual: 'year',
  yearly: 'year',
};

/** Maps a pay-period word ("HOUR", "per-year-salary", "monthly") onto the core period. */
export function mapSalaryPeriod(label: string | undefined | null): SalaryPeriod | undefined {
  const text = (label ?? '').toLowerCase();
  for (const [word, period] of Object.entries(PERIODS)) if (text.includes(word)) return period;
  if (text.includes('monthly')) return 'month';
  if (text.includes('weekly')) return 'week';
  if (text.includes('daily')) return 'day';
  if (text.includes('hourly') || text.includes('wage')) return 'hour';
  return undefined;
}

/** The fields an adapter reads from its source; the rest of the Job is derived here. */
export interface JobDraft {
  id: string;
  source: string;
  url?: string | undefined;
  title: string;
  company?: string | undefined;
  location?: Location | undefined;
  employmentType?: EmploymentType | undefined;
  /** Plain-text description. */
  description: string;
  /** Structured pay, when the source gives it; otherwise read from `salaryText` or the description. */
  salary?: SalaryInput | undefined;
  salaryText?: string | undefined;
  /** Skills the source lists explicitly; merged with those found in the text. */
  skills?: string[] | undefined;
  experienceYears?: { min: number; max?: number | undefined } | undefined;
  postedAt?: Date | string | number | undefined;
  crawledAt: Date;
  raw: unknown;
}

/** The fields of a job that its title and description can state, as {@link fieldsFromJobText} reads them. */
export interface JobTextFields {
  skills?: string[] | undefined;
  experienceLevel?: ExperienceLevel | undefined;
  experienceYears?: { min: number; max?: number | undefined } | undefined;
  salary?: SalaryInput | undefined;
}

/**
 * What a job's title and description state that `given` (its record) does not, read with core's parsers: skills with
 * the default skill taxonomy (title and description, canonical names), seniority from the title
 * (`experienceLevelOfTitle`), the years asked for (`parseExperience`) and the pay (`parseSalary`, when it names a
 * currency) from the description.
 * A field `given` holds is neither read nor returned (skills: a non-empty list); one the text does not state is absent.
 * `description` must already be cut to `MAX_JOB_DESCRIPTION_LENGTH` (as `parseJob` leaves it), so the reading is bounded.
 * The one step every crawler takes: {@link finishJob} for the API crawlers, the file crawler for its records.
 */
export function fieldsFromJobText(title: string, description: string, given: JobTextFields = {}): JobTextFields {
  const fields: JobTextFields = {};
  if (!given.skills?.length) {
    const skills = getDefaultSkillTaxonomy().extractNames(`${title}\n${description}`);
    if (skills.length) fields.skills = skills;
  }
  if (given.experienceLevel === undefined) {
    const level = experienceLevelOfTitle(title);
    if (level !== undefined) fields.experienceLevel = level;
  }
  if (given.experienceYears === undefined) {
    const experience = parseExperience(description);
    if (experience)
      fields.experienceYears = {
        min: experience.min,
        ...(experience.max !== undefined && { max: experience.max }),
      };
  }
  if (given.salary === undefined) {
    // Only a pay that names its currency: in a whole description, an amount without one was nearly always something
    // else ("Day 30", "Hours Per Week: 37.5", "Host 4-6 weekly virtual meetings"): 8 of 9 read from the real JobSpy and
    // LinkedIn files were wrong, against 22 of 89 of those with a currency. Those were mostly other money (referral,
    // sign-on and retention bonuses, 401k matches, commissions, "$1500 per transaction") and cut numbers ("$50,000Job
    // Type" as $50): core's parseSalary now leaves such money out and reads glued or spaced numbers whole. On 60 pays
    // drawn from other real rows and held out, 48 of 60 were right before and 50 of 55 after, no true pay lost (52 of 53
    // once two misses seen there were fixed).
    const salary = parseSalary(description);
    if (salary?.currency) fields.salary = salary;
  }
  return fields;
}

// The fields fieldsFromJobText may add to a valid Job, validated on their own before they are added.
const TEXT_FIELDS = jobSchema.pick({ skills: true, experienceLevel: true, experienceYears: true, salary: true });

/**
 * A valid job with what its description states and its record did not give ({@link fieldsFromJobText}): a record's
 * own skills, seniority, years and pay win. The job itself when the text adds nothing.
 */
export function withFieldsFromText(job: Job): Job {
  const fields = fieldsFromJobText(job.title, job.description, job);
  if (!Object.keys(fields).length) return job;
  // Only the fields read are taken from the check: the schema gives absent skills a default of [].
  const checked: Partial<Job> = withoutStackTrace(() => parseWith(TEXT_FIELDS, 'Job', fields));
  const added: Partial<Job> = {};
  for (const key of Object.keys(fields) as Array<keyof JobTextFields>) Object.assign(added, { [key]: checked[key] });
  return { ...job, ...added };
}

/**
 * Fills in what the source does not state (skills from the taxonomy, seniority from the title, years and pay
 * from the text, the step every crawler takes) and validates the result; throws the core ValidationError when the
 * record is not a valid Job.
 */
export function finishJob(draft: JobDraft): Job {
  checkRecordArgument('finishJob', 'draft', draft, 'a JobDraft');
  // Errors about a bad record carry no stack trace (it would point into the crawler's loop): capturing one was the
  // largest single cost of a bad posting. A record that cannot make a Job for want of an id, source or title (or with
  // one past its cap) fails before its text is read for skills, years and pay: a page of 290,000 postings without a
  // title spent most of its time there.
  withoutStackTrace(() =>
    parseWith(REQUIRED_JOB_FIELDS, 'Job', { id: draft.id, source: draft.source, title: draft.title }),
  );
  // A description past MAX_JOB_DESCRIPTION_LENGTH is cut (with a note) before anything reads it: the job keeps only
  // that much, and one huge posting must not hold up the crawl (a title or list past its cap makes the record fail).
  const { description, notes } = capJobDescription<{ description: string; notes?: string[] }>({
    description: draft.description,
  });
  // The source's own skills are merged with those found in the text; its years and pay win over the text's.
  const statedSalary = draft.salary ?? parseSalary(draft.salaryText ?? '');
  const fields = fieldsFromJobText(draft.title, description, {
    experienceYears: draft.experienceYears,
    salary: statedSalary,
  });
  const skills = getDefaultSkillTaxonomy().canonicalize([...(draft.skills ?? []), ...(fields.skills ?? [])]);
  const experience = draft.experienceYears ?? fields.experienceYears;
  const salary = statedSalary ?? fields.salary;
  return withoutStackTrace(() =>
    parseJob({
      id: draft.id,
      source: draft.source,
      url: draft.url,
      title: draft.title,
      company: draft.company,
      location: draft.location,
      employmentType: draft.employmentType,
      experienceLevel: fields.experienceLevel,
      experienceYears: experience
        ? { min: experience.min, ...(experience.max !== undefined && { max: experience.max }) }
        : undefined,
      salary,
      description,
      skills,
      postedAt: draft.postedAt,
      crawledAt: draft.crawledAt,
      raw: draft.raw,
      ...(notes && { notes }),
    }),
  );
}

// The fields without which no Job can be made, checked before the text work.
const REQUIRED_JOB_FIELDS = jobSchema.pick({ id: true, source: true, title: true });

/** Reads a string field of an unknown record, or undefined (also when `record` is no object: null, a number). */
export function stringField(record: Record<string, unknown>, key: string): string | undefined {
  const value = isRecord(record) ? record[key] : undefined;
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** True for a plain object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
