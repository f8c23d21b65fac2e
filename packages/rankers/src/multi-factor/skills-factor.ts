import { formatAlternatives } from '@rolefit/core';
import type { PersonSkills } from '../shared/skills.js';
import type { JobSkill } from './job-skills.js';
import { NEUTRAL_SCORE } from './neutral.js';

/** Result of {@link scoreSkills}. */
export interface SkillsFactorResult {
  /** Share of the job's skills the person has, nice-to-have skills counting `niceToHaveWeight` each; 0.5 when the job names no skills. */
  score: number;
  /** Job skills the person has, in the job's order (for a requirement met by an alternative, the alternative the person has). */
  matched: string[];
  /** Job skills the person lacks, required ones first (a group of alternatives as "R, SAS or Python"). */
  missing: string[];
  /** How many of the job's skills are required (weight 1). */
  requiredCount: number;
}

/** Default weight of a nice-to-have skill relative to a required one. */
export const DEFAULT_NICE_TO_HAVE_WEIGHT = 0.5;

/**
 * How the skills factor turns matched skills into a score. `coverage`: the share of the job's skills the person
 * has. `cosine`: matched / √(job skills × person skills), the same for jobs ranked for a person (the person's count
 * is fixed) up to the job side's square root, and symmetric, so it also ranks people for a job sensibly.
 */
export type SkillOverlapMeasure = 'coverage' | 'cosine';

/** Extra settings of {@link scoreSkills}. */
export interface SkillScoringOptions {
  /** How matched skills become a score (default `coverage`). */
  measure?: SkillOverlapMeasure;
  /** Weight of each job skill by its key (e.g. rarity across the batch); default 1 for every skill. */
  skillWeight?: (key: string) => number;
  /** Share of a job skill's weight, in [0, 1], that counts when the person lacks it (e.g. for a related skill they have); default 0. */
  partialCredit?: (skill: JobSkill) => number;
}

/** Scores how well the person's skills cover the job's, required skills weighing more than nice-to-have ones. */
export function scoreSkills(
  person: PersonSkills,
  jobSkills: readonly JobSkill[],
  niceToHaveWeight: number = DEFAULT_NICE_TO_HAVE_WEIGHT,
  options: SkillScoringOptions = {},
): SkillsFactorResult {
  const matched: string[] = [];
  const missing: string[] = [];
  let total = 0;
  let covered = 0;
  let requiredCount = 0;
  for (const skill of jobSkills) {
    const weight = (skill.required ? 1 : niceToHaveWeight) * (options.skillWeight?.(skill.key) ?? 1);
    if (skill.required) requiredCount += 1;
    total += weight;
    // A requirement the ad names as alternatives ("R, SAS or Python") is met by any of them.
    const had = person.has(skill) ? skill : skill.alternatives?.find((alternative) => person.has(alternative));
    if (had !== undefined) {
      covered += weight;
      matched.push(had.name);
    } else {
      const credit = options.partialCredit?.(skill) ?? 0;
      if (credit > 0) covered += weight * Math.min(1, credit);
      missing.push(
        skill.alternatives === undefined
          ? skill.name
          : formatAlternatives([skill.name, ...skill.alternatives.map((alternative) => alternative.name)]),
      );
    }
  }
  // A job that names no skills says nothing either way.
  let score = total > 0 ? covered / total : NEUTRAL_SCORE;
  if (options.measure === 'cosine' && total > 0)
    score = person.names.length === 0 ? 0 : Math.min(1, covered / Math.sqrt(total * person.names.length));
  return { score, matched, missing, requiredCount };
}
