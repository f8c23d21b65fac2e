import { plainJobDescription, readJobSkills, skillRequirementGroups, type Job } from '@rolefit/core';
import type { ResolvedSkill, SkillResolver } from '../shared/skills.js';

/** One skill a job asks for. */
export interface JobSkill extends ResolvedSkill {
  /** False when the ad marks the skill as nice to have ("a plus", "preferred", a "Bonus" section). */
  readonly required: boolean;
  /**
   * Other skills that meet the same requirement: the ad names them as alternatives ("R, SAS or Python", core's
   * `alternatives`), so a person with any of them meets it. Absent for a skill asked on its own.
   */
  readonly alternatives?: readonly ResolvedSkill[] | undefined;
}

/** Settings for {@link analyzeJobSkills}. */
export interface JobSkillSettings {
  /** When a job lists fewer skills than this, skills found in its title and description are added (default 5). */
  minimumListedSkills?: number;
}

/** Plain text of a job description: HTML turned into lines, plain text kept as it is (core's reading). */
export function descriptionText(job: Job): string {
  return plainJobDescription(job);
}

/**
 * The skills a job asks for, required ones first, as core's `readJobSkills` reads them (the reading
 * `readJobRequirements` and so the ATS score use): listed skills, plus skills from the title and description when it lists few;
 * a skill named only in nice-to-have parts is optional. One ranking policy on top: a soft skill that only
 * the description names (not the skills list or title) counts as nice to have.
 */
export function analyzeJobSkills(
  job: Job,
  description: string,
  resolver: SkillResolver,
  settings: JobSkillSettings = {},
): JobSkill[] {
  const requirements = readJobSkills(job, {
    taxonomy: resolver.taxonomy,
    description,
    ...(settings.minimumListedSkills === undefined ? {} : { minimumListedSkills: settings.minimumListedSkills }),
  });
  const skills: JobSkill[] = [];
  const seen = new Set<string>();
  // One entry per requirement: skills named as alternatives ("R, SAS or Python") are one, under its first member.
  for (const group of [
    ...skillRequirementGroups(requirements.requiredSkills),
    ...skillRequirementGroups(requirements.preferredSkills),
  ]) {
    const members = group
      .map((skill) => ({ skill, resolved: resolver.resolve(skill.skill) }))
      .filter(({ resolved }) => resolved.key !== '' && !seen.has(resolved.key));
    const [first, ...others] = members;
    if (first === undefined) continue;
    for (const { resolved } of members) seen.add(resolved.key);
    const { skill, resolved } = first;
    const softFromText =
      skill.category === 'soft-skill' && !skill.foundIn.includes('listed') && !skill.foundIn.includes('title');
    skills.push({
      ...resolved,
      required: skill.required && !softFromText,
      ...(others.length === 0 ? {} : { alternatives: others.map((other) => other.resolved) }),
    });
  }
  // Stable sort: required skills first, each group in the order the ad gives them.
  return [...skills.filter((skill) => skill.required), ...skills.filter((skill) => !skill.required)];
}
