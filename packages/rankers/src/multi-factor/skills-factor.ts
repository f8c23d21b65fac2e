import type { PersonSkills } from '../shared/skills.js';
import type { JobSkill } from './job-skills.js';
import { NEUTRAL_SCORE } from './neutral.js';

/** Result of {@link scoreSkills}. */
export interface SkillsFactorResult {
  /** Share of the job's skills the person has, nice-to-have skills counting `niceToHaveWeight` each; 0.5 when the job names no skills. */
  score: number;
  /** Job skills the person has, in the job's order. */
  matched: string[];
  /** Job skills the person lacks, required ones first. */
  missing: string[];
  /** How many of the job's skills are required (weight 1). */
  requiredCount: number;
}

/** Default weight of a nice-to-have skill relative to a required one. */
export const DEFAULT_NICE_TO_HAVE_WEIGHT = 0.5;

/** Scores how well the person's skills cover the job's, required skills weighing more than nice-to-have ones. */
export function scoreSkills(person: PersonSkills, jobSkills: readonly JobSkill[], niceToHaveWeight: number = DEFAULT_NICE_TO_HAVE_WEIGHT): SkillsFactorResult {
  const matched: string[] = [];
  const missing: string[] = [];
  let total = 0;
  let covered = 0;
  let requiredCount = 0;
  for (const skill of jobSkills) {
    const weight = skill.required ? 1 : niceToHaveWeight;
    if (skill.required) requiredCount += 1;
    total += weight;
    if (person.has(skill)) {
      covered += weight;
      matched.push(skill.name);
    } else {
      missing.push(skill.name);
    }
  }
  // A job that names no skills says nothing either way.
  const score = total > 0 ? covered / total : NEUTRAL_SCORE;
  return { score, matched, missing, requiredCount };
}
