import { seniorityOfWord, type SeniorityLevel } from '@rolefit/core';
import { stemWord, tokenize } from '@rolefit/core/text';

/** A job title reduced to its role words and a seniority rank. */
export interface NormalizedTitle {
  /** Role words, stemmed and with synonyms folded ("developer" → "engineer"), seniority words removed. */
  core: string[];
  /** 0 intern/apprentice, 1 junior, 2 none stated, 3 senior/journeyman, 4 lead/staff/principal, 5 manager/head/director. */
  seniority: number;
}

/** Seniority rank when a title states none. */
export const DEFAULT_SENIORITY = 2;

// Core's seniority levels folded onto the six ranks above.
const RANK_OF_LEVEL: Readonly<Record<SeniorityLevel, number>> = {
  intern: 0,
  junior: 1,
  mid: 2,
  senior: 3,
  lead: 4,
  staff: 4,
  principal: 4,
  manager: 5,
  director: 5,
  executive: 5,
};
// Words that only dress a title up.
const FILLER = new Set([
  'level',
  'the',
  'of',
  'and',
  'for',
  'in',
  'a',
  'an',
  'with',
  'to',
  'remote',
  'hybrid',
  'onsite',
  'm',
  'f',
  'd',
  'w',
  'x',
  'full',
  'time',
  'part',
  'contract',
  'temporary',
]);
// Role words that name the same job.
const SYNONYMS: Readonly<Record<string, string[]>> = {
  developer: ['engineer'],
  programmer: ['engineer'],
  dev: ['engineer'],
  swe: ['software', 'engineer'],
  sre: ['site', 'reliability', 'engineer'],
  rn: ['registered', 'nurse'],
  lpn: ['licensed', 'practical', 'nurse'],
  cna: ['certified', 'nursing', 'assistant'],
  frontend: ['front', 'end'],
  backend: ['back', 'end'],
  fullstack: ['full', 'stack'],
  tech: ['technician'],
  hvac: ['hvac'],
};

/** Splits a title into role words and a seniority rank ("Sr. Software Developer" → software, engineer; 3). */
export function normalizeTitle(title: string): NormalizedTitle {
  const core: string[] = [];
  let seniority: number | undefined;
  for (const token of tokenize(title.replace(/[-/]/g, ' '))) {
    const level = seniorityOfWord(token);
    const rank = level === undefined ? undefined : RANK_OF_LEVEL[level];
    // "Nurse Manager" is still a nurse; the seniority word is kept out of the role words either way.
    if (rank !== undefined) {
      seniority = Math.max(seniority ?? rank, rank);
      continue;
    }
    if (FILLER.has(token) || /^\d+$/.test(token)) continue;
    // Own keys only: a title word such as "constructor" or "toString" is no synonym (it read Object.prototype's).
    for (const word of Object.hasOwn(SYNONYMS, token) ? SYNONYMS[token]! : [token]) core.push(stemWord(word));
  }
  return { core: [...new Set(core)], seniority: seniority ?? DEFAULT_SENIORITY };
}

// "Registered Nurse - Medical Surgical Unit", "Electrician (Night Shift)": the role is the part before the qualifier.
const QUALIFIER = /\s+[-–—|]\s+|\s*[(,]/;

/** The role part of a job title, without a trailing unit, shift or location ("Registered Nurse - ICU" → "Registered Nurse"). */
export function mainTitlePart(title: string): string {
  const main = title.split(QUALIFIER)[0]?.trim() ?? '';
  return normalizeTitle(main).core.length > 0 ? main : title;
}

/** How well a resume title matches a job title, 0–100: share of the job's role words present, scaled down by a seniority gap. */
export function titleSimilarity(jobTitle: NormalizedTitle, candidate: NormalizedTitle): number {
  if (jobTitle.core.length === 0 || candidate.core.length === 0) return 0;
  const words = new Set(candidate.core);
  const found = jobTitle.core.filter((word) => words.has(word)).length;
  const coverage = found / jobTitle.core.length;
  const gap = Math.abs(jobTitle.seniority - candidate.seniority);
  const seniorityFactor = gap <= 1 ? 1 : gap === 2 ? 0.85 : 0.7;
  return Math.round(coverage * seniorityFactor * 100);
}
