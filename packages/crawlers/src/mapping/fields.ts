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
  type Job,
  type Location,
  type SalaryInput,
  type SalaryPeriod,
} from '@rolefit/core';
import { capJobDescription, withoutStackTrace } from '@rolefit/core/internal';
import { decodeHtmlEntities, htmlToText } from '@rolefit/core/text';

/** One source record that could not be turned into a valid Job; reported through `onProgress`, the crawl goes on. */
export class SourceRecordError extends RolefitError {
  override readonly name: string = 'SourceRecordError';

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

/** The source's own `id` of a raw record, as a string, when it has one (for error reports). */
export function recordIdOf(record: unknown): string | undefined {
  return isRecord(record) && record.id !== undefined ? String(record.id) : undefined;
}

/** Turns a description that may be HTML, or entity-escaped HTML (Greenhouse's `content`), into plain text. */
export function descriptionToText(html: string | undefined | null): string {
  if (!html) return '';
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

/**
 * Fills in what the source does not state (skills from the taxonomy, seniority from the title, years and pay
 * from the text) and validates the result; throws the core ValidationError when the record is not a valid Job.
 */
export function finishJob(draft: JobDraft): Job {
  // Errors about a bad record carry no stack trace (it would point into the crawler's loop): capturing one was the
  // largest single cost of a bad posting. A record that cannot make a Job for want of an id, source or title (or with
  // one past its cap) fails before its text is read for skills, years and pay: a page of 290,000 postings without a
  // title spent most of its time there.
  withoutStackTrace(() =>
    parseWith(REQUIRED_JOB_FIELDS, 'Job', { id: draft.id, source: draft.source, title: draft.title }),
  );
  const taxonomy = getDefaultSkillTaxonomy();
  // A description past MAX_JOB_DESCRIPTION_LENGTH is cut (with a note) before anything reads it: the job keeps only
  // that much, and one huge posting must not hold up the crawl (a title or list past its cap makes the record fail).
  const { description, notes } = capJobDescription<{ description: string; notes?: string[] }>({
    description: draft.description,
  });
  const text = `${draft.title}\n${description}`;
  const skills = taxonomy.canonicalize([...(draft.skills ?? []), ...taxonomy.extractNames(text)]);
  const experience = draft.experienceYears ?? parseExperience(description);
  const salary = draft.salary ?? parseSalary(draft.salaryText ?? '') ?? parseSalary(description);
  const level = experienceLevelOfTitle(draft.title);
  return withoutStackTrace(() =>
    parseJob({
      id: draft.id,
      source: draft.source,
      url: draft.url,
      title: draft.title,
      company: draft.company,
      location: draft.location,
      employmentType: draft.employmentType,
      experienceLevel: level,
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

/** Reads a string field of an unknown record, or undefined. */
export function stringField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** True for a plain object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
