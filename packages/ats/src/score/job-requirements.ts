import {
  jobToText,
  readJobRequirements,
  type Job,
  type JobRequirements,
  type JobSkillRequirement,
  type SkillCategory,
} from '@rolefit/core';

export type { JobSkillRequirement } from '@rolefit/core';

// Categories that are not hard skills: they count as keywords instead.
const SOFT_CATEGORIES: ReadonlySet<SkillCategory> = new Set(['soft-skill', 'language']);

/** True when a skill category is a hard (technical or trade) skill rather than a soft skill or spoken language. */
export function isHardSkillCategory(category: SkillCategory | undefined): boolean {
  return category === undefined || !SOFT_CATEGORIES.has(category);
}

/** The job's full text as the scorer reads it: title, then description (core's `jobToText` as a passage). */
export function jobText(job: Job): string {
  return jobToText(job, { style: 'passage', fields: ['title', 'description'] });
}

/** Every skill of a job's requirements (core's `readJobRequirements`), required first, then by frequency, then by name. */
export function requirementSkills(requirements: JobRequirements): JobSkillRequirement[] {
  return [...requirements.requiredSkills, ...requirements.preferredSkills].sort(compareSkillRequirements);
}

/**
 * The skills a job asks for, as core's `readJobRequirements` reads them (listed skills, title, description;
 * a skill is preferred when every mention lies in a nice-to-have part). Ordered required first, then by frequency, then by name.
 */
export function findJobSkills(job: Job): JobSkillRequirement[] {
  return requirementSkills(readJobRequirements(job));
}

/** Orders requirements: required before preferred, then more frequent first, then by name. */
export function compareSkillRequirements(
  left: Pick<JobSkillRequirement, 'skill' | 'required' | 'frequency'>,
  right: Pick<JobSkillRequirement, 'skill' | 'required' | 'frequency'>,
): number {
  return (
    Number(right.required) - Number(left.required) ||
    right.frequency - left.frequency ||
    compareNames(left.skill, right.skill)
  );
}

/** Compares two names case-insensitively, then exactly, so ordering never depends on the runtime's locale. */
export function compareNames(left: string, right: string): number {
  const a = left.toLowerCase();
  const b = right.toLowerCase();
  if (a !== b) return a < b ? -1 : 1;
  return left < right ? -1 : left > right ? 1 : 0;
}
