import { countOf, describeKeywordOverlap, describeSkillCoverage, joinClauses } from '../shared/explain.js';
import { formatYearsRange, type ExperienceRange } from './experience-factor.js';
import type { SkillsFactorResult } from './skills-factor.js';
import type { MultiFactorName } from './weights.js';

/** What the explanation of one match is built from. */
export interface ExplanationDetails {
  skills: SkillsFactorResult;
  /** How many skills the person has (listed or found in their text); with 0 the skills clause says so. */
  personSkillCount?: number;
  years: number | undefined;
  range: ExperienceRange | undefined;
  /** Each enabled factor's score. */
  scores: Readonly<Partial<Record<MultiFactorName, number>>>;
  /** `compared`: the job's pay was set against the person's minimum; `unknown`: the job gives no pay in that currency; `none`: no minimum. */
  salary: 'compared' | 'unknown' | 'none';
  /** Age of the posting in whole days, when known. */
  ageDays: number | undefined;
}

/** A person's years as they would say them: whole years, with one decimal below 2 ("1.5 years"). */
function personYears(years: number): string {
  return countOf(years < 2 ? Math.round(years * 10) / 10 : Math.round(years), 'year');
}

function describeExperience(years: number | undefined, range: ExperienceRange | undefined): string {
  // Ranges read from the level or title are typical values, not what the ad asked for.
  const asked =
    range === undefined
      ? ''
      : `${formatYearsRange(range)} ${range.source === 'stated' || range.source === 'description' ? 'asked' : 'typical'}`;
  if (years !== undefined && range !== undefined) return `${personYears(years)} vs ${asked}`;
  if (years !== undefined) return `${personYears(years)} of experience (none stated)`;
  if (range !== undefined) return `${asked.replace(/ (asked|typical)$/, ' years $1')} (yours unknown)`;
  return 'experience unknown';
}

function describeLevel(score: number, strong: string, partial: string, weak: string): string {
  return score >= 0.6 ? strong : score >= 0.3 ? partial : weak;
}

/** One line a person can read, e.g. "Matches 6 of 8 skills (missing Kubernetes, Terraform); 7 years vs 5+ asked; strong keyword overlap". */
export function explainMatch(factors: readonly MultiFactorName[], details: ExplanationDetails): string {
  const clauses: string[] = [];
  for (const factor of factors) {
    const score = details.scores[factor] ?? 0;
    switch (factor) {
      case 'skills': {
        const named = details.skills.matched.length + details.skills.missing.length;
        // Without skills on either side the factor says nothing, and the clause says why.
        if (named === 0) clauses.push('the job names no skills');
        else if (details.personSkillCount === 0)
          clauses.push(`you list no skills (the job names ${countOf(named, 'skill')})`);
        else clauses.push(describeSkillCoverage(details.skills.matched, details.skills.missing));
        break;
      }
      case 'experience':
        clauses.push(describeExperience(details.years, details.range));
        break;
      case 'keywords':
        clauses.push(describeKeywordOverlap(score));
        break;
      case 'title':
        clauses.push(describeLevel(score, 'title fits', 'title partly fits', 'different title'));
        break;
      case 'location':
        clauses.push(score >= 1 ? 'location fits' : score >= 0.5 ? 'location may fit' : 'location does not fit');
        break;
      case 'salary':
        if (details.salary === 'compared')
          clauses.push(
            score >= 1
              ? 'pay meets your minimum'
              : score >= 0.7
                ? 'pay range reaches your minimum'
                : 'pay below your minimum',
          );
        else if (details.salary === 'unknown') clauses.push('pay unknown');
        break;
      case 'recency':
        clauses.push(
          details.ageDays === undefined
            ? 'posting date unknown'
            : details.ageDays < 1
              ? 'posted today'
              : `posted ${countOf(details.ageDays, 'day')} ago`,
        );
        break;
    }
  }
  return joinClauses(clauses);
}
