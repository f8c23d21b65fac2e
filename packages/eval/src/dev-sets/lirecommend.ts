// lirecommend: one person's 0–3 ratings of 413 LinkedIn postings, with an empty pseudo-resume.
import { parseLocationText } from '@rolefit/core';
import { clean, splitByItem, type DevSetContext } from './context.js';
import type { DevJob, DevLocation, DevSet } from './types.js';

/** One line of lirecommend-dev/ratings.jsonl. */
export interface LirecommendRow {
  id: string;
  title?: string | null;
  text: string;
  company?: string | null;
  location?: string | null;
  /** $K a year (hourly rates already annualised by the source). */
  min_salary?: number | null;
  max_salary?: number | null;
  rating: number;
}

const EMPLOYMENT_TYPES: Record<string, string> = {
  'full-time': 'full-time',
  'part-time': 'part-time',
  contract: 'contract',
  temporary: 'temporary',
  internship: 'internship',
  volunteer: 'volunteer',
};
/** LinkedIn's seniority levels, lower-cased ("Mid-Senior level"), to the job schema's. */
export const EXPERIENCE_LEVELS: Readonly<Record<string, string>> = {
  internship: 'internship',
  'entry level': 'entry',
  associate: 'associate',
  'mid-senior level': 'mid-senior',
  director: 'director',
  executive: 'executive',
};

/**
 * A US LinkedIn place, read by core's `parseLocationText` ("Seattle, WA": city and state; "Ohio, United States": the
 * state), with the country these postings are in, the US, written as "US" (another country core reads is kept). A lone
 * place that is not the country ("Greater Boston") gets no country, as the dev sets have always had it.
 */
export function linkedInLocation(text: unknown): DevLocation | undefined {
  const place = clean(text);
  const { city, region, country } = parseLocationText(place) ?? {};
  if (!city && !region && !country) return undefined;
  let written = country || place.includes(',') ? 'US' : undefined;
  if (country && !/^united states$/i.test(country)) written = country;
  return { ...(city ? { city } : {}), ...(region ? { region } : {}), ...(written ? { country: written } : {}) };
}

/** The rated postings as jobs, each with its rating and its text (reposts share a text). */
export function lirecommendJobs(context: DevSetContext): Array<{ job: DevJob; rating: number; text: string }> {
  const rows = context
    .read('lirecommend-dev', 'ratings.jsonl')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LirecommendRow);
  return rows.map((row) => {
    const header = (label: string) => new RegExp(`^${label} is (.*)$`, 'mi').exec(row.text)?.[1]?.trim().toLowerCase();
    const job: DevJob = {
      id: row.id,
      source: 'lirecommend',
      title: clean(row.title) || clean(row.text.split('\n')[0]) || row.id,
      description: row.text,
    };
    if (clean(row.company)) job.company = clean(row.company);
    const location = linkedInLocation(row.location);
    if (location) job.location = location;
    const employmentType = EMPLOYMENT_TYPES[header('Employment type') ?? ''];
    if (employmentType) job.employmentType = employmentType;
    const experienceLevel = EXPERIENCE_LEVELS[header('Seniority level') ?? ''];
    if (experienceLevel) job.experienceLevel = experienceLevel;
    const min = typeof row.min_salary === 'number' ? row.min_salary * 1000 : undefined;
    const max = typeof row.max_salary === 'number' ? row.max_salary * 1000 : undefined;
    if (min !== undefined || max !== undefined) {
      const low = Math.min((min ?? max)!, (max ?? min)!);
      const high = Math.max((min ?? max)!, (max ?? min)!);
      job.salary = { min: low, max: high, currency: 'USD', period: 'year' };
    }
    return { job, rating: row.rating, text: row.text };
  });
}

/** The ratings as a set whose one pseudo-resume has `text`, split by posting (reposts together). */
export function buildLirecommendSet(context: DevSetContext, name: string, text: string, describe: string): DevSet {
  const rated = lirecommendJobs(context);
  const resumeId = 'lirecommend-rater';
  const all = {
    jobs: rated.map((entry) => entry.job),
    resumes: [{ id: resumeId, text }],
    qrels: rated.map((entry) => ({ resumeId, jobId: entry.job.id, grade: entry.rating })),
  };
  const textOf = new Map(rated.map((entry) => [entry.job.id, entry.text]));
  return { name, splits: splitByItem(all, 'lirecommend', (jobId) => textOf.get(jobId)), describe, query: 'resume' };
}

/** Builds the lirecommend set (empty pseudo-resume). */
export function buildLirecommend(context: DevSetContext): DevSet {
  return buildLirecommendSet(
    context,
    'lirecommend',
    '',
    [
      'One person rated 413 LinkedIn postings 0–3 for how much they want them (lirecommend-dev/ratings.jsonl:',
      '3 = extremely desirable, 0 = completely outside their interest). The ratings are the judgements of a single',
      'pseudo-resume, `lirecommend-rater`, whose text is empty: no resume was published, so content rankers see',
      'nothing of the person and tie. This set is for rankers that learn from ratings (fit on train, report on test).',
      'Split by posting, half and half per grade with a fixed seed; reposts with identical text stay together.',
    ].join('\n'),
  );
}
