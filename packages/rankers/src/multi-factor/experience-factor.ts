import {
  parseExperience,
  readSeniority,
  readYearsRequirement,
  totalYearsOfExperience,
  type ExperienceLevel,
  type Job,
  type RankQuery,
  type SeniorityLevel,
} from '@rolefit/core';
import { NEUTRAL_SCORE } from './neutral.js';

/** Years of experience a job asks for, and where that figure came from. */
export interface ExperienceRange {
  min: number;
  /** Absent for open-ended asks such as "5+ years". */
  max?: number;
  /** `stated`: the job's experienceYears; `description`: parsed from its text; `level`: its experienceLevel; `title`: a seniority word in its title. */
  source: 'stated' | 'description' | 'level' | 'title';
}

/** Typical years for each LinkedIn seniority level, used when a job states no years. */
export const EXPERIENCE_LEVEL_YEARS: Readonly<Record<ExperienceLevel, { min: number; max?: number }>> = {
  internship: { min: 0, max: 1 },
  entry: { min: 0, max: 2 },
  associate: { min: 1, max: 4 },
  'mid-senior': { min: 3, max: 10 },
  director: { min: 8 },
  executive: { min: 12 },
};

// Typical years for the seniority core reads from a title; the last resort when an ad gives no years or level.
// Mid-level and manager titles say too little about years to guess.
const TITLE_SENIORITY_YEARS: Readonly<Partial<Record<SeniorityLevel, { min: number; max?: number }>>> = {
  intern: { min: 0, max: 1 },
  junior: { min: 0, max: 2 },
  senior: { min: 4 },
  lead: { min: 6 },
  staff: { min: 6 },
  principal: { min: 6 },
  director: { min: 8 },
  executive: { min: 8 },
};

/** Years a job asks for: its `experienceYears`, else read from its description (required parts first, as core reads it), else its level's typical range, else its title's seniority. */
export function jobExperienceRange(job: Job, description: string = job.description ?? ''): ExperienceRange | undefined {
  if (job.experienceYears) return { ...withoutUndefinedMax(job.experienceYears), source: 'stated' };
  const parsed = readYearsRequirement(description);
  if (parsed) return { ...withoutUndefinedMax(parsed), source: 'description' };
  if (job.experienceLevel) return { ...EXPERIENCE_LEVEL_YEARS[job.experienceLevel], source: 'level' };
  const seniority = readSeniority(job.title);
  const range = seniority === undefined ? undefined : TITLE_SENIORITY_YEARS[seniority];
  return range === undefined ? undefined : { ...range, source: 'title' };
}

function withoutUndefinedMax(range: { min: number; max?: number | undefined }): { min: number; max?: number } {
  return range.max === undefined ? { min: range.min } : { min: range.min, max: range.max };
}

/** The person's years of work: `resume.totalYears`, else summed from dated experience entries, else parsed from their text. */
export function personYearsOfExperience(query: RankQuery, now: Date = new Date()): number | undefined {
  const resume = query.resume;
  if (resume?.totalYears !== undefined) return resume.totalYears;
  // An entry without an end date is taken as the current job; undated entries cannot be counted.
  const ranges = (resume?.experience ?? []).flatMap((entry) =>
    entry.start ? [{ start: entry.start, end: entry.end ?? null }] : [],
  );
  if (ranges.length > 0) return totalYearsOfExperience(ranges, { now });
  for (const text of [resume?.summary, resume?.text, query.text]) {
    const parsed = text ? parseExperience(text) : undefined;
    if (parsed) return parsed.min;
  }
  return undefined;
}

/** Settings of the experience factor (`experience` in {@link MultiFactorSettings}). */
export interface ExperienceFactorSettings {
  /** Years short of the minimum at which the score falls to 0.5 (default 2). */
  underQualifiedHalfYears?: number | undefined;
  /** Years over the maximum at which the score falls halfway to its floor (default 6). */
  overQualifiedHalfYears?: number | undefined;
  /** Lowest score for over-qualification (default 0.3): more experience than asked rarely rules a person out. */
  overQualifiedFloor?: number | undefined;
}

/**
 * Scores the person's years against the range a job asks for: 1 within the range, a smooth
 * 1 / (1 + (gap / 2)²) below it (2 years short → 0.5, 5 years short → 0.14), and a milder fall
 * towards 0.3 above it; 0.5 when either side is unknown.
 */
export function scoreExperience(
  years: number | undefined,
  range: Pick<ExperienceRange, 'min' | 'max'> | undefined,
  settings: ExperienceFactorSettings = {},
): number {
  if (years === undefined || range === undefined) return NEUTRAL_SCORE;
  const underHalf = settings.underQualifiedHalfYears ?? 2;
  const overHalf = settings.overQualifiedHalfYears ?? 6;
  const floor = settings.overQualifiedFloor ?? 0.3;
  if (years < range.min) return 1 / (1 + ((range.min - years) / underHalf) ** 2);
  if (range.max !== undefined && years > range.max)
    return floor + (1 - floor) / (1 + ((years - range.max) / overHalf) ** 2);
  return 1;
}

/** "5+", "3–5" or "2": a range as a person would write it. */
export function formatYearsRange(range: Pick<ExperienceRange, 'min' | 'max'>): string {
  if (range.max === undefined) return `${formatYears(range.min)}+`;
  if (range.max === range.min) return formatYears(range.min);
  return `${formatYears(range.min)}–${formatYears(range.max)}`;
}

/** Years rounded to one decimal, without a trailing ".0". */
export function formatYears(years: number): string {
  return String(Math.round(years * 10) / 10);
}
