import { htmlToText, type Job, type SkillTaxonomy } from '@rolefit/core';
import type { ResolvedSkill, SkillResolver } from '../shared/skills.js';

/** One skill a job asks for. */
export interface JobSkill extends ResolvedSkill {
  /** False when the ad marks the skill as nice to have ("a plus", "preferred", a "Bonus" section). */
  readonly required: boolean;
}

/** A [start, end) range of text. */
export type TextSpan = readonly [start: number, end: number];

// Headings that open a nice-to-have section; matched against the whole (short) line.
const OPTIONAL_HEADING =
  /^(?:nice[\s-]to[\s-]haves?|(?:bonus|extra) (?:points|credit)|bonus|pluses|plus|preferred(?: qualifications| skills| experience| requirements)?|desired(?: skills| qualifications| experience)?|desirable(?: skills)?|good[\s-]to[\s-]haves?|even better|optional(?: skills)?|ideally(?: you (?:also )?have)?|it'?s a plus(?: if you have)?|would be a plus)$/i;
// Headings of other sections; each ends a nice-to-have section.
const OTHER_HEADING =
  /^(?:requirements|required(?: skills| qualifications| experience)?|(?:minimum|basic|key|essential) (?:qualifications|requirements|skills)|qualifications|must[\s-]haves?|what you(?:'ll| will)? (?:need|bring|have)|what we(?:'re| are) looking for|who you are|about you|you have|skills|tech(?:nical)? stack|(?:key )?responsibilities|what you(?:'ll| will) do|the role|about (?:us|the role|the team|the job|the company)|your (?:profile|skills|role|responsibilities|tasks)|(?:our )?(?:tech )?stack|day[\s-]to[\s-]day|job description|description|overview|summary|benefits|perks|(?:what )?we offer|why (?:join )?us|compensation|salary|location|how to apply)$/i;
// Words that make the skills of their sentence optional ("Docker is a plus"), or of their
// parenthesis when inside one ("a relational database (PostgreSQL preferred)").
const OPTIONAL_CUE =
  /\b(?:a (?:big |huge |strong )?plus|nice[\s-]to[\s-]have|bonus(?: points|(?=\s*:))|(?:is|are|as) a bonus|preferred|desirable|an advantage|advantageous|an asset|not required|optional)\b/i;
// Words that make only what follows them optional ("Python, ideally with pandas").
const FORWARD_CUE = /\b(?:ideally|preferably)\b/i;
const PARENTHESIS = /\([^()]*\)/gu;
const BULLET = /^[\s>*•·▪‣◦\-–—#_]+/u;
const TRAILING = /[\s:.!*#_]+$/u;
// A short label before a colon: "Nice to have: Docker, Terraform".
const LABEL = /^([^:.!?]{2,60}):/u;
const SENTENCE_END = /[.!?;](?=\s)|\n/gu;

/**
 * Ranges of `text` that list nice-to-have skills: sections under a "Nice to have" style heading
 * (up to the next heading, or the first blank line after some content), and sentences with cues
 * such as "is a plus".
 */
export function findOptionalSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let inOptionalSection = false;
  let sectionHasContent = false;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const start = lineStart;
    const end = start + line.length;
    lineStart = end + 1;
    const content = line.replace(BULLET, '');
    // A known section name on its own line or before a colon switches sections; other labels
    // ("Cloud: AWS or GCP" in a list) are content and leave the section as it is.
    const heading = (LABEL.exec(content)?.[1] ?? content).replace(TRAILING, '').trim();
    if (OPTIONAL_HEADING.test(heading)) {
      inOptionalSection = true;
      sectionHasContent = heading !== content.replace(TRAILING, '').trim();
    } else if (OTHER_HEADING.test(heading)) {
      inOptionalSection = false;
    } else if (inOptionalSection) {
      // In plain text a blank line closes the list; a blank line right under the heading does not.
      if (line.trim() === '' && sectionHasContent) inOptionalSection = false;
      else if (line.trim() !== '') sectionHasContent = true;
    }
    if (inOptionalSection) {
      spans.push([start, end]);
      continue;
    }
    // Outside a nice-to-have section, only sentences that say so are optional.
    let sentenceStart = start;
    for (const boundary of `${line}\n`.matchAll(SENTENCE_END)) {
      const sentenceEnd = Math.min(end, start + boundary.index + 1);
      spans.push(...optionalPartsOfSentence(text.slice(sentenceStart, sentenceEnd), sentenceStart));
      sentenceStart = sentenceEnd;
    }
  }
  return spans;
}

/** The optional parts of one sentence that starts at `offset`: cued parentheses, then the rest when it carries a cue itself. */
function optionalPartsOfSentence(sentence: string, offset: number): TextSpan[] {
  const spans: TextSpan[] = [];
  // Blank out parentheses (keeping offsets) so a cue inside one does not make the whole sentence optional.
  const outside = sentence.replace(PARENTHESIS, (group, index: number) => {
    if (OPTIONAL_CUE.test(group) || FORWARD_CUE.test(group)) spans.push([offset + index, offset + index + group.length]);
    return ' '.repeat(group.length);
  });
  if (OPTIONAL_CUE.test(outside)) return [[offset, offset + sentence.length]];
  const forward = FORWARD_CUE.exec(outside);
  if (forward) spans.push([offset + forward.index, offset + sentence.length]);
  return spans;
}

/** Where `phrase` occurs in `text` as whole words, ignoring case. */
function phrasePositions(text: string, phrase: string): number[] {
  const escaped = phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (escaped === '') return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}+#])`, 'giu');
  return [...text.matchAll(pattern)].map((match) => match.index);
}

function inSpans(spans: readonly TextSpan[], position: number): boolean {
  return spans.some(([start, end]) => position >= start && position < end);
}

/** Settings for {@link analyzeJobSkills}. */
export interface JobSkillSettings {
  /** When a job lists fewer skills than this, skills found in its title and description are added (default 5). */
  minimumListedSkills?: number;
}

/** Plain text of a job description: HTML turned into lines, plain text kept as it is. */
export function descriptionText(job: Job): string {
  const description = job.description ?? '';
  return /<[a-z/!][^>]*>/i.test(description) ? htmlToText(description) : description;
}

/**
 * The skills a job asks for, required ones first: its listed skills, plus skills found in its
 * title and description when it lists few. A skill named only in nice-to-have parts of the
 * description is optional; soft skills found only in the description are optional too.
 */
export function analyzeJobSkills(job: Job, description: string, resolver: SkillResolver, settings: JobSkillSettings = {}): JobSkill[] {
  const minimumListed = settings.minimumListedSkills ?? 5;
  const taxonomy: SkillTaxonomy = resolver.taxonomy;
  const mentions = description.trim() === '' ? [] : taxonomy.extract(description);
  const spans = description.trim() === '' ? [] : findOptionalSpans(description);
  const requiredKeys = new Set<string>();
  const optionalKeys = new Set<string>();
  const described: Array<{ name: string; optional: boolean }> = [];
  for (const mention of mentions) {
    const optional = inSpans(spans, mention.start) || mention.category === 'soft-skill';
    const key = resolver.resolve(mention.skill).key;
    (optional ? optionalKeys : requiredKeys).add(key);
    described.push({ name: mention.skill, optional });
  }

  const skills: JobSkill[] = [];
  const seen = new Set<string>();
  const add = (name: string, required: boolean) => {
    const resolved = resolver.resolve(name);
    if (resolved.key === '' || seen.has(resolved.key)) return;
    seen.add(resolved.key);
    skills.push({ ...resolved, required });
  };
  const listed = job.skills ?? [];
  // A listed skill is optional only when the description names it, and only in nice-to-have parts.
  for (const name of listed) {
    const key = resolver.resolve(name).key;
    let optional = optionalKeys.has(key) && !requiredKeys.has(key);
    if (!requiredKeys.has(key) && !optionalKeys.has(key) && spans.length > 0) {
      // The taxonomy did not find it (an unknown skill): look for the name itself.
      const positions = phrasePositions(description, name);
      optional = positions.length > 0 && positions.every((position) => inSpans(spans, position));
    }
    add(name, !optional);
  }
  if (listed.length < minimumListed) {
    for (const name of taxonomy.extractNames(job.title)) add(name, true);
    for (const { name } of described) {
      const key = resolver.resolve(name).key;
      add(name, requiredKeys.has(key));
    }
  }
  // Stable sort: required skills first, each group in the order the ad gives them.
  return [...skills.filter((skill) => skill.required), ...skills.filter((skill) => !skill.required)];
}
