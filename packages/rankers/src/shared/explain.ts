/** How many missing skills an explanation names before "and N more". */
const MISSING_SHOWN = 3;

/** "3 skills", "1 year": a count with its noun. */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * "matches 6 of 8 skills (missing Kubernetes, Terraform)" for the job's skills the person has and lacks, or "the job
 * names no skills" (as the multi-factor ranker says it).
 */
export function describeSkillCoverage(matched: readonly string[], missing: readonly string[]): string {
  const total = matched.length + missing.length;
  if (total === 0) return 'the job names no skills';
  const text = `matches ${matched.length} of ${countOf(total, 'skill')}`;
  if (missing.length === 0) return text;
  const shown = missing.slice(0, MISSING_SHOWN).join(', ');
  const more = missing.length - MISSING_SHOWN;
  return `${text} (missing ${shown}${more > 0 ? ` and ${more} more` : ''})`;
}

/** "strong", "some" or "little" keyword overlap, from a keyword score in [0, 1]. */
export function describeKeywordOverlap(score: number): string {
  return `${score >= 0.6 ? 'strong' : score >= 0.3 ? 'some' : 'little'} keyword overlap`;
}

/** Joins clauses with "; " and capitalises the first letter. */
export function joinClauses(clauses: readonly string[]): string {
  const line = clauses.join('; ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}
