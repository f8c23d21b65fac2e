import { checkListArgument, checkTextArgument } from '../errors/argument.js';
import type { ExperienceLevel } from '../schemas/common.js';
import { tokenize } from '../text/tokenize.js';

// The one seniority vocabulary of Rolefit: words in a job title that say how senior the role is. Decided once:
// "staff", "principal" and "lead" are seniority levels ("Staff Nurse" is a nurse at staff level); "associate",
// "assistant" and "architect" are not ("Sales Associate", "Dental Assistant" and "Solutions Architect" name roles).

/** Seniority levels, lowest first. */
export const seniorityLevels = [
  'intern',
  'junior',
  'mid',
  'senior',
  'lead',
  'staff',
  'principal',
  'manager',
  'director',
  'executive',
] as const;
/** How senior a role is, as its title says. */
export type SeniorityLevel = (typeof seniorityLevels)[number];

/** Title words (lower case) and the level each names. Roman numerals follow the usual ladders ("Engineer II"). */
export const SENIORITY_WORDS: Readonly<Record<string, SeniorityLevel>> = {
  intern: 'intern',
  internship: 'intern',
  trainee: 'intern',
  apprentice: 'intern',
  student: 'intern',
  werkstudent: 'intern',
  praktikant: 'intern',
  junior: 'junior',
  jr: 'junior',
  entry: 'junior',
  graduate: 'junior',
  grad: 'junior',
  i: 'junior',
  mid: 'mid',
  intermediate: 'mid',
  ii: 'mid',
  senior: 'senior',
  sr: 'senior',
  iii: 'senior',
  journeyman: 'senior',
  journeyperson: 'senior',
  experienced: 'senior',
  lead: 'lead',
  iv: 'lead',
  charge: 'lead',
  staff: 'staff',
  principal: 'principal',
  manager: 'manager',
  director: 'director',
  head: 'director',
  chief: 'executive',
  vp: 'executive',
  vice: 'executive',
  svp: 'executive',
  evp: 'executive',
  president: 'executive',
  ceo: 'executive',
  cto: 'executive',
  cfo: 'executive',
  coo: 'executive',
  cio: 'executive',
};

/**
 * Levels whose words only qualify a role ("Senior Nurse" is a nurse); manager, director and executive words also
 * name the role ("Product Manager", "Director of Nursing") and stay in {@link roleWords}.
 */
export const QUALIFYING_SENIORITY_LEVELS: ReadonlySet<SeniorityLevel> = new Set([
  'intern',
  'junior',
  'mid',
  'senior',
  'lead',
  'staff',
  'principal',
]);

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
  checkTextArgument('readSeniority', 'title', title);
  let best: SeniorityLevel | undefined;
  for (const token of tokenize(title.slice(0, MAX_TITLE).replace(/[-/]/g, ' '))) {
    const level = seniorityOfWord(token);
    if (level !== undefined && (best === undefined || seniorityRank(level) > seniorityRank(best))) best = level;
  }
  return best;
}

/**
 * The lower-case words of a job title that name the role: seniority words that only qualify it ("senior", "staff",
 * "II", and a "level" after one, as in "Entry-Level") removed; manager, director and executive words kept.
 */
export function roleWords(title: string): string[] {
  checkTextArgument('roleWords', 'title', title);
  return withoutQualifyingSeniority(tokenize(title.slice(0, MAX_TITLE).replace(/[-/]/g, ' ')));
}

/**
 * The words of a title, as written, without those that only qualify its seniority ("Sr.", "Staff", "Entry-Level",
 * "Entry Level", "II"); the case-insensitive word-list form of {@link roleWords}.
 */
export function withoutQualifyingSeniority(words: readonly string[]): string[] {
  checkListArgument('withoutQualifyingSeniority', 'words', words, 'a list of words');
  const kept: string[] = [];
  let afterQualifier = false;
  for (const word of words) {
    const parts = word.toLowerCase().replace(/\.+$/, '').split('-');
    const qualifies = parts.every((part, index) => {
      const level = seniorityOfWord(part);
      return (
        (level !== undefined && QUALIFYING_SENIORITY_LEVELS.has(level)) ||
        (part === 'level' && (index > 0 || afterQualifier))
      );
    });
    afterQualifier = qualifies;
    if (!qualifies) kept.push(word);
  }
  return kept;
}

// How the seniority of a title maps onto LinkedIn's experience levels; a plain "mid" title says too little.
const EXPERIENCE_LEVEL_OF_SENIORITY: Readonly<Record<SeniorityLevel, ExperienceLevel | undefined>> = {
  intern: 'internship',
  junior: 'entry',
  mid: undefined,
  senior: 'mid-senior',
  lead: 'mid-senior',
  staff: 'mid-senior',
  principal: 'mid-senior',
  manager: 'mid-senior',
  director: 'director',
  executive: 'executive',
};

/** LinkedIn's experience level a job title implies ("Sr. Engineer" → mid-senior, "Head of Sales" → director); undefined when it does not say. */
export function experienceLevelOfTitle(title: string): ExperienceLevel | undefined {
  checkTextArgument('experienceLevelOfTitle', 'title', title);
  const level = readSeniority(title);
  return level === undefined ? undefined : EXPERIENCE_LEVEL_OF_SENIORITY[level];
}
