import type { Job } from '../schemas/job.js';
import { checkJobArgument, checkRecordArgument } from '../errors/argument.js';
import { checkNumberSetting } from '../errors/number-setting.js';
import { rejectUnknownKeys } from '../schemas/strict.js';

/** A field of a job that {@link jobToText} can render. */
export type JobTextField = 'title' | 'company' | 'location' | 'skills' | 'description';

/** Settings for {@link jobToText}. */
export interface JobTextSettings {
  /** Fields to render, in this order (default title, company, skills, description). Empty ones are left out. */
  fields?: readonly JobTextField[] | undefined;
  /**
   * `labelled` (default): one `Title: …`, `Company: …`, `Skills: …`, `Description: …` line per field, for prompts;
   * `passage`: title and description bare, only the skills labelled, for embedders and text scorers.
   */
  style?: 'labelled' | 'passage' | undefined;
  /** Cut the description to this many characters, ending it with "…" (default: no cut). */
  maxDescriptionCharacters?: number | undefined;
  /** Collapse every whitespace run of the description into one space (default false). */
  collapseWhitespace?: boolean | undefined;
}

const JOB_TEXT_SETTING_NAMES = {
  fields: true,
  style: true,
  maxDescriptionCharacters: true,
  collapseWhitespace: true,
} satisfies Record<keyof JobTextSettings, true>;

const DEFAULT_FIELDS: readonly JobTextField[] = ['title', 'company', 'skills', 'description'];
const LABELS: Readonly<Record<JobTextField, string>> = {
  title: 'Title',
  company: 'Company',
  location: 'Location',
  skills: 'Skills',
  description: 'Description',
};

/** The one job-to-text rendering: a job's fields as plain lines for a prompt, an embedder or a text scorer. */
export function jobToText(job: Job, settings: JobTextSettings = {}): string {
  checkJobArgument('jobToText', 'job', job);
  rejectUnknownKeys('JobTextSettings', settings, JOB_TEXT_SETTING_NAMES);
  const style = settings.style ?? 'labelled';
  const lines: string[] = [];
  for (const field of settings.fields ?? DEFAULT_FIELDS) {
    const value = fieldText(job, field, settings);
    if (value === '') continue;
    lines.push(style === 'labelled' || field === 'skills' ? `${LABELS[field]}: ${value}` : value);
  }
  return lines.join('\n');
}

/**
 * A job's place as words, city, region and country (not the workplace): what a store's and a ranker's BM25 index as the
 * job's `location` field, so a person whose text names the place matches jobs there. Empty when the job has no place.
 */
export function jobPlaceText(job: Pick<Job, 'location'>): string {
  checkRecordArgument('jobPlaceText', 'job', job, 'a Job');
  const location = job.location;
  return location ? [location.city, location.region, location.country].filter(Boolean).join(' ') : '';
}

function fieldText(job: Job, field: JobTextField, settings: JobTextSettings): string {
  switch (field) {
    case 'title':
      return job.title;
    case 'company':
      return job.company ?? '';
    case 'location':
      return [job.location?.city, job.location?.region, job.location?.country, job.location?.workplace]
        .filter(Boolean)
        .join(', ');
    case 'skills':
      return (job.skills ?? []).join(', ');
    case 'description': {
      let description = job.description ?? '';
      if (settings.collapseWhitespace) description = description.replace(/\s+/g, ' ').trim();
      const max = checkNumberSetting('JobTextSettings', 'maxDescriptionCharacters', settings.maxDescriptionCharacters, {
        integer: true,
        min: 0,
      });
      return max !== undefined && description.length > max ? `${description.slice(0, max).trimEnd()}…` : description;
    }
  }
}
