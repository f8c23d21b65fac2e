import { findOptionalSpans } from '@rolefit/core';

/** Degree levels, lowest first. */
export const degreeLevels = ['high-school', 'associate', 'bachelor', 'master', 'phd'] as const;
/** A degree level: high school, associate, bachelor, master or PhD. */
export type DegreeLevel = (typeof degreeLevels)[number];

/** What a job asks for in education. */
export interface EducationRequirement {
  /** Lowest degree level the job asks for. */
  level: DegreeLevel;
  /** True when the job accepts equivalent experience instead of the degree. */
  equivalentAllowed: boolean;
  /** True when the degree is only preferred, not required. */
  preferred: boolean;
}

/** Human wording of a degree level, for reports and suggestions. */
export const degreeLabels: Readonly<Record<DegreeLevel, string>> = {
  'high-school': 'high school diploma',
  associate: "associate's degree",
  bachelor: "bachelor's degree",
  master: "master's degree",
  phd: 'PhD',
};

// Full words, safe anywhere in a job ad or a resume. Case-insensitive.
const WORD_PATTERNS: ReadonlyArray<readonly [DegreeLevel, RegExp]> = [
  ['phd', /\b(?:ph\.?\s?d\.?|doctorate|doctoral degree|d\.phil)(?![\p{L}])/giu],
  ['master', /\b(?:master'?s?(?:\s+degree|\s+of\s+\p{L}+|\s+in\b)|mba|msn|m\.sc\.?|msc)(?![\p{L}])/giu],
  ['bachelor', /\b(?:bachelor'?s?|bsn|b\.sc\.?|bsc|b\.s\.|b\.a\.|undergraduate degree|(?:4|four)[-\s]year (?:college |university )?degree|college degree|university degree)(?![\p{L}])/giu],
  ['associate', /\b(?:associate'?s?\s+(?:degree|of\s+\p{L}+|in\b)|adn|a\.a\.s\.?|aas|two[-\s]year degree)(?![\p{L}])/giu],
  ['high-school', /\b(?:high[-\s]school(?:\s+diploma)?|ged|secondary school|hse)(?![\p{L}])/giu],
];
// Short abbreviations that are also common words or codes ("MS Office", "Boston, MA"): matched with their case, not after a comma.
const ABBREVIATION_PATTERNS: ReadonlyArray<readonly [DegreeLevel, RegExp]> = [
  ['master', /(?<![,\p{L}]\s?)\b(?:MS|MA|MEng|MPH|M\.S|M\.A)\b(?!\s+(?:Office|Excel|Word|SQL|Teams|Project|Access|Outlook|Dynamics|Visio|PowerPoint))/gu],
  ['bachelor', /(?<![,\p{L}]\s?)\b(?:BS|BA|BEng|BBA|BFA|B\.S|B\.A|B\.Tech|BTech)\b/gu],
  ['associate', /(?<![,\p{L}]\s?)\b(?:AS|AA|AAS)\s+(?:in|degree)\b/gu],
];
const EQUIVALENT = /\bor\s+(?:an?\s+)?equivalent(?:\s+(?:combination|(?:work|practical|professional|relevant)\s+experience|experience))?\b|\bequivalent\s+(?:combination|(?:work|practical|professional|relevant)\s+)?experience\b|\bin\s+lieu\s+of\s+(?:a\s+)?degree\b/i;

interface DegreeMention {
  level: DegreeLevel;
  start: number;
  end: number;
}

function findDegreeMentions(text: string, withAbbreviations: boolean): DegreeMention[] {
  const mentions: DegreeMention[] = [];
  const patterns = withAbbreviations ? [...WORD_PATTERNS, ...ABBREVIATION_PATTERNS] : WORD_PATTERNS;
  for (const [level, pattern] of patterns) {
    for (const match of text.matchAll(pattern)) mentions.push({ level, start: match.index, end: match.index + match[0].length });
  }
  return mentions;
}

const rank = (level: DegreeLevel) => degreeLevels.indexOf(level);

/** The lowest degree a job asks for (required mentions win over preferred ones), or undefined when it asks for none. */
export function findEducationRequirement(text: string): EducationRequirement | undefined {
  // Job ads spell degrees out or use the unambiguous abbreviations ("BS/MS in Computer Science").
  const mentions = findDegreeMentions(text, true).filter((mention) => !/^(?:MA|AS|AA)\b/.test(text.slice(mention.start, mention.end)));
  if (mentions.length === 0) return undefined;
  const optional = findOptionalSpans(text);
  const isOptional = (mention: DegreeMention) => optional.some(([from, to]) => mention.start >= from && mention.end <= to);
  const required = mentions.filter((mention) => !isOptional(mention));
  const pool = required.length > 0 ? required : mentions;
  const lowest = pool.reduce((best, mention) => (rank(mention.level) < rank(best.level) ? mention : best));
  return { level: lowest.level, equivalentAllowed: EQUIVALENT.test(text), preferred: required.length === 0 };
}

/** The highest degree level named in resume text (education section or degree strings), or undefined when none is found. */
export function highestDegree(texts: readonly string[]): DegreeLevel | undefined {
  let best: DegreeLevel | undefined;
  for (const text of texts) {
    for (const mention of findDegreeMentions(text, true)) if (best === undefined || rank(mention.level) > rank(best)) best = mention.level;
  }
  return best;
}

/** Scores a resume's highest degree against what the job asks for, 0–100. */
export function scoreEducation(asked: EducationRequirement, resumeLevel: DegreeLevel | undefined, meetsYears: boolean): number {
  if (resumeLevel !== undefined && rank(resumeLevel) >= rank(asked.level)) return 100;
  const gap = rank(asked.level) - (resumeLevel === undefined ? -1 : rank(resumeLevel));
  // Equivalent experience stands in for the degree when the experience is there.
  if (asked.equivalentAllowed) return meetsYears ? 85 : 60;
  const base = resumeLevel === undefined ? 0 : gap === 1 ? 50 : 25;
  // A preferred degree that is missing costs less than a required one.
  return asked.preferred ? Math.max(base, 60) : base;
}
