import { tokenize } from '../text/tokenize.js';

// The one seniority vocabulary of Rolefit: words in a job title that say how senior the role is.

/** Seniority levels, lowest first. */
export const seniorityLevels = ['intern', 'junior', 'mid', 'senior', 'lead', 'staff', 'principal', 'manager', 'director', 'executive'] as const;
/** How senior a role is, as its title says. */
export type SeniorityLevel = (typeof seniorityLevels)[number];

/** Title words (lower case) and the level each names. Roman numerals follow the usual ladders ("Engineer II"). */
export const SENIORITY_WORDS: Readonly<Record<string, SeniorityLevel>> = {
  intern: 'intern', internship: 'intern', trainee: 'intern', apprentice: 'intern', student: 'intern', werkstudent: 'intern', praktikant: 'intern',
  junior: 'junior', jr: 'junior', entry: 'junior', graduate: 'junior', i: 'junior',
  mid: 'mid', intermediate: 'mid', ii: 'mid',
  senior: 'senior', sr: 'senior', iii: 'senior', journeyman: 'senior', journeyperson: 'senior', experienced: 'senior',
  lead: 'lead', iv: 'lead', charge: 'lead',
  staff: 'staff',
  principal: 'principal',
  manager: 'manager',
  director: 'director', head: 'director',
  chief: 'executive', vp: 'executive', vice: 'executive', svp: 'executive', evp: 'executive',
};

/** Longest title read; longer ones are cut. */
const MAX_TITLE = 300;

/** The level a single lower-case title word names ("sr" → senior), or undefined for other words. */
export function seniorityOfWord(word: string): SeniorityLevel | undefined {
  return Object.hasOwn(SENIORITY_WORDS, word) ? SENIORITY_WORDS[word] : undefined;
}

/** Position of a level in {@link seniorityLevels}: higher means more senior. */
export function seniorityRank(level: SeniorityLevel): number {
  return seniorityLevels.indexOf(level);
}

/** The seniority a job title states ("Sr. Software Engineer" → senior; "Director of Nursing" → director), the highest when it names several; undefined when none. */
export function readSeniority(title: string): SeniorityLevel | undefined {
  let best: SeniorityLevel | undefined;
  for (const token of tokenize(title.slice(0, MAX_TITLE).replace(/[-/]/g, ' '))) {
    const level = seniorityOfWord(token);
    if (level !== undefined && (best === undefined || seniorityRank(level) > seniorityRank(best))) best = level;
  }
  return best;
}
