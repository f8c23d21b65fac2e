import { getDefaultSkillTaxonomy, type Job, type SkillCategory } from '@rolefit/core';

/** A [start, end) range of job text. */
export type JobTextSpan = readonly [start: number, end: number];

/** One skill a job asks for, how often it names it, and whether it is required or only preferred. */
export interface JobSkillRequirement {
  /** Canonical skill name (from the built-in taxonomy when known). */
  skill: string;
  /** Taxonomy category, or undefined for a skill the taxonomy does not know. */
  category?: SkillCategory;
  /** False when every mention sits under a "Nice to have"/"Preferred"/"Bonus" cue. */
  required: boolean;
  /** Mentions in the title and description (at least 1 for a skill only in the job's skills list). */
  frequency: number;
}

// Categories that are not hard skills: they count as keywords instead.
const SOFT_CATEGORIES: ReadonlySet<SkillCategory> = new Set(['soft-skill', 'language']);

/** True when a skill category is a hard (technical or trade) skill rather than a soft skill or spoken language. */
export function isHardSkillCategory(category: SkillCategory | undefined): boolean {
  return category === undefined || !SOFT_CATEGORIES.has(category);
}

// Whole short lines (or labels before a colon) that open a nice-to-have section.
const OPTIONAL_HEADING =
  /^(?:nice[\s-]to[\s-]haves?|(?:bonus|extra) (?:points|credit)|bonus(?:es)?|pluses|plus|preferred(?: qualifications| skills| experience| requirements)?|desired(?: skills| qualifications| experience)?|desirable(?: skills| qualifications)?|good[\s-]to[\s-]haves?|even better(?: if you have)?|optional(?: skills)?|ideally(?: you (?:also )?have)?|(?:it'?s |would be )?a plus(?: if you have)?)$/i;
// Other section headings: each ends a nice-to-have section.
const OTHER_HEADING =
  /^(?:requirements|required(?: skills| qualifications| experience)?|(?:minimum|basic|key|essential|core) (?:qualifications|requirements|skills)|qualifications|must[\s-]haves?|what you(?:'ll| will)? (?:need|bring|have)|what we(?:'re| are) looking for|who you are|about you|you have|skills|tech(?:nical)? stack|(?:key )?responsibilities|duties|what you(?:'ll| will) do|the role|about (?:us|the role|the team|the job|the company)|your (?:profile|skills|role|responsibilities)|job description|description|overview|summary|benefits|perks|(?:what )?we offer|why (?:join )?us|compensation|salary|pay|location|schedule|how to apply)$/i;
// Cues that make their sentence optional ("Docker is a plus").
const OPTIONAL_CUE =
  /\b(?:a (?:big |huge |strong )?plus|nice[\s-]to[\s-]have|bonus|preferred|preferably|ideally|desirable|desired|an advantage|advantageous|an asset|not required|optional)\b/i;
const BULLET = /^[\s>*•·▪‣◦\-–—#_]+/u;
const TRAILING = /[\s:.!*#_]+$/u;
const LABEL = /^([^:.!?]{2,60}):/u;
const SENTENCE_END = /[.!?;](?=\s|$)/gu;

/** Ranges of job text that are only nice to have: sections under a "Nice to have" style heading and sentences with cues such as "is a plus". */
export function findOptionalSpans(text: string): JobTextSpan[] {
  const spans: JobTextSpan[] = [];
  let inOptionalSection = false;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const start = lineStart;
    const end = start + line.length;
    lineStart = end + 1;
    const content = line.replace(BULLET, '');
    const label = LABEL.exec(content)?.[1];
    const heading = (label ?? content).replace(TRAILING, '').trim();
    if (OPTIONAL_HEADING.test(heading)) inOptionalSection = true;
    else if (OTHER_HEADING.test(heading)) inOptionalSection = false;
    if (inOptionalSection) {
      spans.push([start, end]);
      continue;
    }
    let sentenceStart = 0;
    for (const boundary of `${line}.`.matchAll(SENTENCE_END)) {
      const sentenceEnd = Math.min(line.length, boundary.index + 1);
      if (OPTIONAL_CUE.test(line.slice(sentenceStart, sentenceEnd))) spans.push([start + sentenceStart, start + sentenceEnd]);
      sentenceStart = sentenceEnd;
    }
  }
  return spans;
}

const inSpans = (spans: readonly JobTextSpan[], start: number, end: number) => spans.some(([from, to]) => start >= from && end <= to);

/** The job's full text as the scorer reads it: title, then description. */
export function jobText(job: Job): string {
  return `${job.title}\n${job.description}`;
}

/**
 * The skills a job asks for, from its text and its skills list; a skill is preferred when every mention lies in a
 * nice-to-have span. Ordered required first, then by frequency, then by name.
 */
export function findJobSkills(job: Job): JobSkillRequirement[] {
  const taxonomy = getDefaultSkillTaxonomy();
  const text = jobText(job);
  const optional = findOptionalSpans(text);
  const bySkill = new Map<string, JobSkillRequirement>();
  for (const mention of taxonomy.extract(text)) {
    const key = mention.skill.toLowerCase();
    const required = !inSpans(optional, mention.start, mention.end);
    const existing = bySkill.get(key);
    if (existing === undefined) bySkill.set(key, { skill: mention.skill, category: mention.category, required, frequency: 1 });
    else {
      existing.frequency++;
      existing.required ||= required;
    }
  }
  // A tag in the skills list with no mention in the text is still asked for: required, named once.
  for (const listed of taxonomy.canonicalize(job.skills)) {
    const key = listed.toLowerCase();
    if (bySkill.has(key)) continue;
    const category = taxonomy.lookup(listed)?.category;
    bySkill.set(key, { skill: listed, ...(category === undefined ? {} : { category }), required: true, frequency: 1 });
  }
  return [...bySkill.values()].sort(compareSkillRequirements);
}

/** Orders requirements: required before preferred, then more frequent first, then by name. */
export function compareSkillRequirements(left: JobSkillRequirement, right: JobSkillRequirement): number {
  return Number(right.required) - Number(left.required) || right.frequency - left.frequency || compareNames(left.skill, right.skill);
}

/** Compares two names case-insensitively, then exactly, so ordering never depends on the runtime's locale. */
export function compareNames(left: string, right: string): number {
  const a = left.toLowerCase();
  const b = right.toLowerCase();
  if (a !== b) return a < b ? -1 : 1;
  return left < right ? -1 : left > right ? 1 : 0;
}
