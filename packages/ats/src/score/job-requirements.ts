import { findOptionalSpans, getDefaultSkillTaxonomy, type Job, type SkillCategory, type TextSpan } from '@rolefit/core';

/** One skill a job asks for, how often it names it, and whether it is required or only preferred. */
export interface JobSkillRequirement {
  /** Canonical skill name (from the built-in taxonomy when known). */
  skill: string;
  /** Taxonomy category, or undefined for a skill the taxonomy does not know. */
  category?: SkillCategory;
  /** False when every mention sits under a "Nice to have"/"Preferred"/"Bonus" cue. */
  required: boolean;
  /** Mentions in the title and description (at least 1 for a skill only in the job's skills list). */
  frequency: number;
}

// Categories that are not hard skills: they count as keywords instead.
const SOFT_CATEGORIES: ReadonlySet<SkillCategory> = new Set(['soft-skill', 'language']);

/** True when a skill category is a hard (technical or trade) skill rather than a soft skill or spoken language. */
export function isHardSkillCategory(category: SkillCategory | undefined): boolean {
  return category === undefined || !SOFT_CATEGORIES.has(category);
}

const inSpans = (spans: readonly TextSpan[], start: number, end: number) => spans.some(([from, to]) => start >= from && end <= to);

/** The job's full text as the scorer reads it: title, then description. */
export function jobText(job: Job): string {
  return `${job.title}\n${job.description}`;
}

/**
 * The skills a job asks for, from its text and its skills list; a skill is preferred when every mention lies in a
 * nice-to-have span. Ordered required first, then by frequency, then by name.
 */
export function findJobSkills(job: Job): JobSkillRequirement[] {
  const taxonomy = getDefaultSkillTaxonomy();
  const text = jobText(job);
  const optional = findOptionalSpans(text);
  const bySkill = new Map<string, JobSkillRequirement>();
  for (const mention of taxonomy.extract(text)) {
    const key = mention.skill.toLowerCase();
    const required = !inSpans(optional, mention.start, mention.end);
    const existing = bySkill.get(key);
    if (existing === undefined) bySkill.set(key, { skill: mention.skill, category: mention.category, required, frequency: 1 });
    else {
      existing.frequency++;
      existing.required ||= required;
    }
  }
  // A tag in the skills list with no mention in the text is still asked for: required, named once.
  for (const listed of taxonomy.canonicalize(job.skills)) {
    const key = listed.toLowerCase();
    if (bySkill.has(key)) continue;
    const category = taxonomy.lookup(listed)?.category;
    bySkill.set(key, { skill: listed, ...(category === undefined ? {} : { category }), required: true, frequency: 1 });
  }
  return [...bySkill.values()].sort(compareSkillRequirements);
}

/** Orders requirements: required before preferred, then more frequent first, then by name. */
export function compareSkillRequirements(left: JobSkillRequirement, right: JobSkillRequirement): number {
  return Number(right.required) - Number(left.required) || right.frequency - left.frequency || compareNames(left.skill, right.skill);
}

/** Compares two names case-insensitively, then exactly, so ordering never depends on the runtime's locale. */
export function compareNames(left: string, right: string): number {
  const a = left.toLowerCase();
  const b = right.toLowerCase();
  if (a !== b) return a < b ? -1 : 1;
  return left < right ? -1 : left > right ? 1 : 0;
}
