import {
  degreeRank,
  highestDegreeLevel,
  readDegreeRequirement,
  type DegreeLevel,
  type DegreeMentionOptions,
  type DegreeRequirement,
} from '@rolefit/core';

export { degreeLabels, degreeLevels, type DegreeLevel } from '@rolefit/core';

/** What a job asks for in education: core's `DegreeRequirement` (level, equivalent experience allowed, only preferred). */
export type EducationRequirement = DegreeRequirement;

/** The lowest degree a job asks for (required mentions win over preferred ones), or undefined when it asks for none. */
export function findEducationRequirement(text: string): EducationRequirement | undefined {
  return readDegreeRequirement(text);
}

/** The highest degree level named in resume text, or undefined when none is found; `mode: 'education'` for an education section or degree strings. */
export function highestDegree(texts: readonly string[], options: DegreeMentionOptions = {}): DegreeLevel | undefined {
  return highestDegreeLevel(texts, options);
}

/** Scores a resume's highest degree against what the job asks for, 0–100. */
export function scoreEducation(
  asked: EducationRequirement,
  resumeLevel: DegreeLevel | undefined,
  meetsYears: boolean,
): number {
  if (resumeLevel !== undefined && degreeRank(resumeLevel) >= degreeRank(asked.level)) return 100;
  const gap = steps(asked.level) - (resumeLevel === undefined ? -1 : steps(resumeLevel));
  // Equivalent experience stands in for the degree when the experience is there.
  if (asked.equivalentAllowed) return meetsYears ? 85 : 60;
  const base = resumeLevel === undefined ? 0 : gap <= 1 ? 50 : 25;
  // A preferred degree that is missing costs less than a required one.
  return asked.preferred ? Math.max(base, 60) : base;
}

// Degree steps for the gap: a post-secondary diploma sits half way between high school and an associate degree.
function steps(level: DegreeLevel): number {
  if (level === 'diploma') return 0.5;
  const rank = degreeRank(level);
  return rank > degreeRank('diploma') ? rank - 1 : rank;
}
