import {
  checkJobFieldTypes,
  checkRecordArgument,
  checkTextArgument,
  describeValue,
  invalidArgument,
} from '../errors/argument.js';
import { checkNumberSetting } from '../errors/number-setting.js';
import { parseExperience } from '../experience/parse.js';
import { findOptionalSpans, type TextSpan } from '../optional-spans/optional-spans.js';
import { alternativeGroups, MAX_ALTERNATIVES } from './alternatives.js';
import { companyFirstWord, employerSentenceSpans, modifiesThing } from './employer-sentences.js';
import type { Job } from '../schemas/job.js';
import { getDefaultSkillTaxonomy, type SkillTaxonomy } from '../skills/taxonomy.js';
import type { SkillCategory } from '../skills/types.js';
import { containsHtmlTag, htmlToText } from '../text/normalize.js';
import { STOPWORDS } from '../text/stopwords.js';
import { stemWord, tokenize } from '../text/tokenize.js';
import { matchesOf } from '../text/regexp.js';
import {
  acceptsEquivalentExperience,
  degreeRank,
  findDegreeMentions,
  type DegreeLevel,
  type DegreeMention,
} from './degrees.js';
import { readSeniority, type SeniorityLevel } from './seniority.js';

/** Where a job names a skill: its skills list, its title, the body of its description, or a nice-to-have part of it. */
export type SkillSource = 'listed' | 'title' | 'description' | 'preferred-section';

/** One skill a job asks for. */
export interface JobSkillRequirement {
  /** Canonical name: the taxonomy's when it knows the skill, else the listed name, trimmed. */
  skill: string;
  /** Taxonomy category, or undefined for a skill the taxonomy does not know. */
  category?: SkillCategory | undefined;
  /** False when every mention in the description lies in a nice-to-have part ("Preferred qualifications", "a plus"). */
  required: boolean;
  /** Where the job names it, each place once, in the order listed / title / description / preferred-section. */
  foundIn: SkillSource[];
  /** Mentions in the title and description (at least 1 for a skill only in the skills list). */
  frequency: number;
  /** How the ad names it: the signs that it is asked of the candidate rather than named in passing. */
  evidence: SkillEvidence;
  /**
   * How likely (0–1) the ad asks this skill of the candidate, from its evidence (core's `skillConfidence`); a
   * caller that wants few but right skills keeps those above a threshold.
   */
  confidence: number;
  /**
   * The other skills the ad accepts in this one's place, in ad order: it names them as alternatives ("R, SAS or
   * Python", "Java and/or Kotlin", "one of AWS, GCP", "such as Jira or Asana", "e.g. Tableau, Power BI", "SQL/NoSQL"),
   * so the requirement is met by any of them. Absent when the ad asks the skill on its own anywhere (its skills list,
   * its title, a mention outside such a list). Core's `skillRequirementGroups` turns a list of skills into requirements.
   */
  alternatives?: string[] | undefined;
}

/** How a job ad names one skill: the signs that it is asked of the candidate rather than named in passing. */
export interface SkillEvidence {
  /** Mentions in a requirements or nice-to-have section, or in a sentence or short line that asks something of the candidate. */
  asked: number;
  /** Mentions in a list next to another skill ("SQL, Python", "LAN and WAN"), or 1 when the job's own skills list has it. */
  listed: number;
  /** True when some mention writes the skill's own name rather than a one-word alias ("recruiting" for Recruitment). */
  named: boolean;
  /** True when the skill is a whole field or discipline ("Construction", "Programming", "Statistics"). */
  field: boolean;
}

// Log-odds that a skill read from an ad is one the ad asks for, per sign. Fitted (logistic regression, L2 1.0, then
// rounded to 0.1) on the ATS suggestions for an empty resume over the hand-labelled ads of sets 1-7 (1,354 suggestions,
// fixtures README), never on sets 8 and 9. A nice-to-have and a name of two words or more, which weighed -0.3 and 0.3
// when fitted on sets 1-4, weigh nothing on sets 1-7 (kept at 0 so the fitting script's signs stay those of the code).
const CONFIDENCE_WEIGHTS = {
  base: 0.9,
  field: -2.0,
  named: 1.1,
  repeated: 0.4,
  listed: 1.1,
  asked: 0.7,
  preferred: 0,
  severalWords: 0,
} as const;

/**
 * How likely (0–1) a job ad asks a skill of the candidate, from how it names it: more when named twice or more, in a
 * list with other skills, by its own name (or as a name: "AWS", "Kafka"), in two words or more, or where the ad asks
 * things of the candidate; less for a whole field or a nice-to-have.
 */
export function skillConfidence(
  skill: Pick<JobSkillRequirement, 'skill' | 'required' | 'frequency' | 'evidence'>,
): number {
  const { skill: name, evidence: given } = checkRecordArgument(
    'skillConfidence',
    'skill',
    skill,
    'a JobSkillRequirement',
  );
  checkTextArgument('skillConfidence', 'skill.skill', name);
  checkRecordArgument('skillConfidence', 'skill.evidence', given, '{ field, named, listed, asked }');
  const weights = CONFIDENCE_WEIGHTS;
  const { evidence } = skill;
  const logOdds =
    weights.base +
    (evidence.field ? weights.field : 0) +
    (evidence.named ? weights.named : 0) +
    (skill.frequency >= 2 ? weights.repeated : 0) +
    (evidence.listed >= 1 ? weights.listed : 0) +
    (evidence.asked >= 1 ? weights.asked : 0) +
    (skill.required ? 0 : weights.preferred) +
    (skill.skill.trim().split(/\s+/).length >= 2 ? weights.severalWords : 0);
  return Math.round((1 / (1 + Math.exp(-logOdds))) * 1000) / 1000;
}

/** A skill with its confidence added. */
function withConfidence(skill: Omit<JobSkillRequirement, 'confidence'>): JobSkillRequirement {
  return { ...skill, confidence: skillConfidence(skill) };
}

/** The degree a job asks for. */
export interface DegreeRequirement {
  /** Lowest level the job accepts. */
  level: DegreeLevel;
  /** True when every degree mention lies in a nice-to-have part of the ad. */
  preferred: boolean;
  /** True when the ad accepts equivalent experience instead ("or equivalent practical experience"). */
  equivalentAllowed: boolean;
}

/** Everything a job asks of a candidate, read once so every scorer sees the same requirements. */
export interface JobRequirements {
  /** Skills the job requires, in the order the ad gives them (listed, title, description). */
  requiredSkills: JobSkillRequirement[];
  /** Skills the job names only as nice to have, in ad order. */
  preferredSkills: JobSkillRequirement[];
  /** Years of experience asked: the job's `experienceYears`, else read from required parts of the text, else from any part. */
  years: { min: number; max?: number | undefined } | undefined;
  /** Degree asked, or undefined when the ad names none. */
  degree: DegreeRequirement | undefined;
  /** Seniority the title states, or undefined when it states none. */
  seniority: SeniorityLevel | undefined;
}

/** Settings for {@link readJobRequirements}. */
export interface JobRequirementSettings {
  /** Taxonomy that finds and names skills (default: the built-in one). */
  taxonomy?: SkillTaxonomy | undefined;
  /** When the job lists fewer skills than this, skills found in its title and description are added (default 5). */
  minimumListedSkills?: number | undefined;
  /** The description as plain text, when the caller already has it (default: {@link plainJobDescription}). */
  description?: string | undefined;
}

/** Longest description read; the rest of a longer one is ignored (real ads are well under this). */
export const MAX_DESCRIPTION_CHARACTERS = 30_000;
const MAX_TITLE_CHARACTERS = 300;
const MAX_PHRASE_CHARACTERS = 100;
/** Default of {@link JobRequirementSettings.minimumListedSkills}. */
export const DEFAULT_MINIMUM_LISTED_SKILLS = 5;

/** A job's description as plain text: HTML turned into lines, plain text kept as it is, cut to {@link MAX_DESCRIPTION_CHARACTERS}. */
export function plainJobDescription(job: Pick<Job, 'description'>): string {
  checkJobFields('plainJobDescription', job);
  const description = (job.description ?? '').slice(0, MAX_DESCRIPTION_CHARACTERS * 2);
  // containsHtmlTag is /<[a-z/!][^>]*>/i without rescanning the text from every unclosed "<a" (quadratic).
  const plain = containsHtmlTag(description) ? htmlToText(description) : description;
  return plain.slice(0, MAX_DESCRIPTION_CHARACTERS);
}

const inSpans = (spans: readonly TextSpan[], position: number) =>
  spans.some(([start, end]) => position >= start && position < end);

// The word boundaries around a phrase, sticky and compiled once: a regex compiled per phrase with these Unicode classes
// under /iu took about 0.7 ms, the most costly step of reading an ad that lists skills.
const NO_WORD_BEFORE = /(?<![\p{L}\p{N}])/iuy;
const NO_WORD_AFTER = /(?![\p{L}\p{N}+#])/iuy;

/**
 * Where `phrase` occurs in `text` as whole words, ignoring case: the matches of
 * `(?<![\p{L}\p{N}])phrase(?![\p{L}\p{N}+#])` under /giu, found as that regex finds them (from the start, each search
 * after the last match's end, the next try one code point on), with the boundaries checked by the shared regexes.
 */
export function phrasePositions(text: string, phrase: string): number[] {
  const escaped = phrase
    .trim()
    .slice(0, MAX_PHRASE_CHARACTERS)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (escaped === '') return [];
  const pattern = new RegExp(escaped, 'giu');
  const positions: number[] = [];
  let from = 0;
  while (from <= text.length) {
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (match === null) break;
    const end = match.index + match[0].length;
    NO_WORD_BEFORE.lastIndex = match.index;
    NO_WORD_AFTER.lastIndex = end;
    if (NO_WORD_BEFORE.test(text) && NO_WORD_AFTER.test(text)) {
      positions.push(match.index);
      from = end;
    } else from = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return positions;
}

// Ads whose list markup was stripped glue items together: "attention to detail and accuracyData Analytics skills",
// "is a plusExperience with SQL", "management skills.Ability to". A line break goes between a lower-case word and
// a capitalised one ("JavaScript", "iPhone", "LinkedIn" stay whole: their first part is capitalised or too short, or
// their second too short), and after sentence punctuation glued to a capitalised word ("Node.JS" stays whole).
const GLUED_WORDS = /(?<![\p{L}])(\p{Ll}{3,})(?=\p{Lu}\p{Ll}{2,})/gu;
const GLUED_SENTENCES = /(\p{L}[.!?;:])(?=\p{Lu}\p{Ll}{2,})/gu;
// "Overview of ACMEWe are wealth advisors": an upper-case name glued to the next sentence's "We" or "Our".
const GLUED_NAME = /(?<!\p{Lu})(\p{Lu}{2,})(?=(?:We|Our)\s)/gu;
// "EducationBachelor’s degree in …", "RequirementsExperience with …": a heading glued to its first line (a capitalised
// word, which GLUED_WORDS leaves whole so that "JavaScript" and "PowerPoint" stay one word).
const GLUED_HEADING = /(?<![\p{L}])(Education|Qualifications?|Requirements|Responsibilities|Skills)(?=\p{Lu}\p{Ll})/gu;

/** The text with line breaks put back where flattened list items, headings and sentences run into each other. */
function separateGluedText(text: string): string {
  return text
    .replace(GLUED_WORDS, '$1\n')
    .replace(GLUED_HEADING, '$1\n')
    .replace(GLUED_SENTENCES, '$1\n')
    .replace(GLUED_NAME, '$1\n');
}

/** A description as the readers read it: glued text separated, and its nice-to-have spans. */
interface PreparedDescription {
  readonly text: string;
  readonly spans: readonly TextSpan[];
}

// The last description prepared, by its exact text (one entry: at most one description held). Multi-factor reads a
// job's skills (readJobSkills) and then its years (readYearsRequirement) from the same description, and both
// separated its glued text and found its nice-to-have spans: about 6% of a fresh process's first recommend.
let lastPrepared: { readonly input: string; readonly prepared: PreparedDescription } | undefined;

/** The description cut to {@link MAX_DESCRIPTION_CHARACTERS}, glued text separated, and its nice-to-have spans. */
function preparedDescription(input: string): PreparedDescription {
  if (lastPrepared !== undefined && lastPrepared.input === input) return lastPrepared.prepared;
  const text = separateGluedText(input.slice(0, MAX_DESCRIPTION_CHARACTERS));
  const prepared: PreparedDescription = {
    text,
    spans: Object.freeze(text.trim() === '' ? [] : findOptionalSpans(text)),
  };
  lastPrepared = { input, prepared };
  return prepared;
}

/** The text with the given spans blanked out (offsets kept), so a parser sees only the rest. */
function withoutSpans(text: string, spans: readonly TextSpan[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((left, right) => left[0] - right[0]);
  let result = '';
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    result += text.slice(at, from) + '\n'.repeat(end - from);
    at = end;
  }
  return result + text.slice(at);
}

/** The text with everything outside the given spans blanked out (offsets kept). */
function onlySpans(text: string, spans: readonly TextSpan[]): string {
  const sorted = [...spans].sort((left, right) => left[0] - right[0]);
  let result = '';
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    result += '\n'.repeat(from - at) + text.slice(from, end);
    at = end;
  }
  return result + '\n'.repeat(text.length - at);
}

interface Tally {
  skill: string;
  category?: SkillCategory;
  inTitle: boolean;
  inBody: boolean;
  inPreferred: boolean;
  frequency: number;
  asked: number;
  listed: number;
  named: boolean;
}

/**
 * Reads what a job asks of a candidate: required and preferred skills (from its skills list, title and
 * description, nice-to-have parts making a skill preferred), years of experience, degree and seniority.
 */
export function readJobRequirements(
  job: Pick<Job, 'title' | 'description' | 'skills' | 'experienceYears'> & Partial<Pick<Job, 'company'>>,
  settings: JobRequirementSettings = {},
): JobRequirements {
  checkJobFields('readJobRequirements', job, settings);
  const { text: description, spans } = preparedDescription(settings.description ?? plainJobDescription(job));
  const degrees = findDegreeMentions(description, { mode: 'job' });
  return {
    ...skillsOf(job, description, spans, degrees, settings),
    years: readYears(job, description, spans),
    degree: degreeFromMentions(description, spans, degrees),
    seniority: readSeniority(job.title ?? ''),
  };
}

/**
 * Checks that `job` is an object whose fields read here have a Job's types (text fields strings, `skills` a list of
 * strings, `experienceYears` an object; each may be absent), and `settings.description` a string: a job read from a file
 * and not passed through parseJob gets a ValidationError naming the field, not a TypeError from deep inside the reader.
 */
function checkJobFields(fn: string, job: unknown, settings: JobRequirementSettings = {}): void {
  const record = checkRecordArgument(fn, 'job', job, 'a Job');
  checkJobFieldTypes(fn, 'job', record, ['title', 'description', 'company']);
  const years = record.experienceYears;
  if (years !== undefined && years !== null && (typeof years !== 'object' || Array.isArray(years)))
    throw invalidArgument(fn, 'job.experienceYears', `must be { min, max? }, got ${describeValue(years)}`);
  checkRecordArgument(fn, 'settings', settings, 'JobRequirementSettings');
  if (settings.description !== undefined) checkTextArgument(fn, 'settings.description', settings.description);
}

/** The skills part of {@link readJobRequirements} alone/** The skills part of {@link readJobRequirements} alone, for callers that need no years, degree or seniority (rankers scoring many jobs). */
export function readJobSkills(
  job: Pick<Job, 'title' | 'description' | 'skills'> & Partial<Pick<Job, 'company'>>,
  settings: JobRequirementSettings = {},
): Pick<JobRequirements, 'requiredSkills' | 'preferredSkills'> {
  checkJobFields('readJobSkills', job, settings);
  const { text: description, spans } = preparedDescription(settings.description ?? plainJobDescription(job));
  return skillsOf(job, description, spans, findDegreeMentions(description, { mode: 'job' }), settings);
}

function skillsOf(
  job: Pick<Job, 'title' | 'skills'> & Partial<Pick<Job, 'company'>>,
  description: string,
  spans: readonly TextSpan[],
  degrees: readonly DegreeMention[],
  settings: JobRequirementSettings,
): Pick<JobRequirements, 'requiredSkills' | 'preferredSkills'> {
  const taxonomy = settings.taxonomy ?? getDefaultSkillTaxonomy();
  const minimumListed =
    checkNumberSetting('JobRequirementSettings', 'minimumListedSkills', settings.minimumListedSkills, {
      integer: true,
      min: 0,
    }) ?? DEFAULT_MINIMUM_LISTED_SKILLS;
  const title = (job.title ?? '').slice(0, MAX_TITLE_CHARACTERS);
  const hasText = description.trim() !== '';

  // Every skill the text names, with where.
  const tallies = new Map<string, Tally>();
  const order: string[] = [];
  // Skills named as alternatives ("R, SAS or Python"): [group, key] per mention; and skills named on their own.
  const alternativeMentions: [number, string][] = [];
  const standalone = new Set<string>();
  const tally = (skill: string, category: SkillCategory | undefined): Tally => {
    const key = skill.toLowerCase();
    let entry = tallies.get(key);
    if (entry === undefined) {
      entry = {
        skill,
        ...(category === undefined ? {} : { category }),
        inTitle: false,
        inBody: false,
        inPreferred: false,
        frequency: 0,
        asked: 0,
        listed: 0,
        named: false,
      };
      tallies.set(key, entry);
      order.push(key);
    }
    return entry;
  };
  const companyWord = companyNameWord(job.company);
  for (const mention of taxonomy.extract(title)) {
    // A title names the occupation ("IT Administrator", "Data Scientist"): a broad field in it is no skill asked.
    if (isBroadField(mention.skill)) continue;
    // "Operations Analyst, Sales, Google Cloud" at Google: the employer's own product or team, not a skill asked.
    if (namedAfterEmployer(mention, companyWord)) continue;
    const entry = tally(mention.skill, mention.category);
    standalone.add(mention.skill.toLowerCase());
    entry.inTitle = true;
    entry.frequency++;
    entry.named ||= namesItself(title, mention, false);
  }
  if (hasText) {
    // "BS in Computer Science" (a field of study), "About us" and "Benefits" sections: no skill asked of the candidate.
    // Lists of fields of study without a degree ("experience in engineering, computer science or a related field")
    // and lists of the groups one works with ("stakeholders including product, design and leadership") neither.
    // Sentences about the employer ("We provide …", "Our client builds …", "<Company> is the largest …") neither.
    const ignored = [
      ...degreeFieldSpans(description, degrees),
      ...companySectionSpans(description),
      ...fieldListSpans(description),
      ...groupListSpans(description),
      ...employerSentenceSpans(description, job.company),
    ];
    // Soft skills count where the ad asks them of the candidate: a requirements section, or a sentence that says so.
    const requirementSections = requirementSectionSpans(description);
    let cues: CandidateCues | undefined;
    const softSkillAsked = (start: number) =>
      inSpans(requirementSections, start) ||
      inSpans(spans, start) ||
      asksOfCandidate((cues ??= readCandidateCues(description)), start);
    const mentions = taxonomy.extract(description);
    const choices = alternativeGroups(description, mentions);
    // What depends only on a mention's words is worked out once per distinct skill and text: a long ad names the same
    // skills again and again (a one-line list of 5,000 mentions tokenised each one's text and name three times).
    const byWords = new Map<string, { practitioners: boolean; thing: boolean }>();
    const stemsKnown = new Map<string, readonly string[]>();
    const stemsOf = (text: string): readonly string[] => {
      let found = stemsKnown.get(text);
      if (found === undefined) stemsKnown.set(text, (found = stems(text)));
      return found;
    };
    for (const [index, mention] of mentions.entries()) {
      const wordsKey = `${mention.category ?? ''}\u0000${mention.skill}\u0000${mention.text}`;
      let words = byWords.get(wordsKey);
      if (words === undefined) {
        words = { practitioners: namesPractitioners(mention), thing: namesThingNotActivity(mention) };
        byWords.set(wordsKey, words);
      }
      if (
        inSpans(ignored, mention.start) ||
        namesPeopleOrOrganisation(description, mention) ||
        modifiesThing(description, mention.end)
      )
        continue;
      // "Physical Therapists work with us", "systems engineers": other people who practise a skill name no skill asked.
      if (words.practitioners) continue;
      // "physician outreach" is no Community Outreach; "under the supervision of" someone is no People Management.
      if (qualifiedOtherwise(description, mention, stemsOf) || underSomeone(description, mention.start)) continue;
      // "our silicon and product roadmap", "our customer experience": a common noun the employer owns.
      if (ownedByEmployer(description, mention)) continue;
      // "grinders", "hydraulic pumps", "emergency room": things or places the work is on or in, not the activity.
      if (words.thing) continue;
      // "advertising analytics", "process control chart": the skill's words qualify another thing.
      if (HEAD_NOUN_AFTER.test(description.slice(mention.end, mention.end + 20))) continue;
      // "Progressive Recruitment" where the company is Progressive: part of the employer's name; "Fortinet customers"
      // at Fortinet: the employer itself.
      if (inCompanyName(description, mention, companyWord) || isEmployer(mention, companyWord)) continue;
      // "NO COLD-CALLING", "without supervision": what the job does not ask.
      if (NEGATION_BEFORE.test(description.slice(Math.max(0, mention.start - 12), mention.start))) continue;
      // "travel to trade shows and vendors": where the job goes, not what it asks.
      if (TRAVEL_TO_BEFORE.test(description.slice(Math.max(0, mention.start - 40), mention.start))) continue;
      // "partner with Field Sales", "collaborate with Marketing": a team the candidate works with.
      if (teamWorkedWith(description, mention)) continue;
      // "Mine Safety Health Administration (MSHA)": the tail of a name its abbreviation spells out.
      if (inSpelledOutName(description, mention)) continue;
      // Weak evidence counts only where the ad asks it of the candidate: soft skills, broad fields (never as an
      // occupation, a department or an office: "IT Specialist", "IT department", "Office of Information Technology";
      // never as a word qualifying another noun: "construction documentation", "sales orders"), and short
      // abbreviations read as a longer skill ("SOC" is Security Operations or the start of care).
      const broad = isBroadField(mention.skill);
      if (broad && (namesOccupation(description, mention) || qualifiesNoun(description, mention.end))) continue;
      // Asked of the candidate: worked out at most once per mention.
      let asked: boolean | undefined;
      if (
        (mention.category === 'soft-skill' ||
          broad ||
          (isShortAbbreviation(mention) && !abbreviationVouched(description, mentions, index))) &&
        !(asked = softSkillAsked(mention.start))
      )
        continue;
      const entry = tally(mention.skill, mention.category);
      const choice = choices[index] ?? -1;
      if (choice >= 0) alternativeMentions.push([choice, mention.skill.toLowerCase()]);
      else standalone.add(mention.skill.toLowerCase());
      if (inSpans(spans, mention.start)) entry.inPreferred = true;
      else entry.inBody = true;
      entry.frequency++;
      if (asked ?? softSkillAsked(mention.start)) entry.asked++;
      if (listedWithOthers(description, mentions, index)) entry.listed++;
      entry.named ||= namesItself(description, mention);
    }
  }

  const skills: JobSkillRequirement[] = [];
  const seen = new Set<string>();
  const sourcesOf = (entry: Tally | undefined, listed: boolean): SkillSource[] => [
    ...(listed ? (['listed'] as const) : []),
    ...(entry?.inTitle ? (['title'] as const) : []),
    ...(entry?.inBody ? (['description'] as const) : []),
    ...(entry?.inPreferred ? (['preferred-section'] as const) : []),
  ];

  const listed = job.skills ?? [];
  for (const raw of listed) {
    const name = raw.trim();
    if (name === '') continue;
    const known = taxonomy.lookup(name);
    const skill = known?.name ?? name;
    const key = skill.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    standalone.add(key);
    const entry = tallies.get(key);
    let required = true;
    let inPreferred = entry?.inPreferred ?? false;
    if (entry !== undefined) required = entry.inBody || entry.inTitle || !entry.inPreferred;
    else if (spans.length > 0) {
      // The taxonomy did not find it (an unknown skill): look for the name itself.
      const positions = phrasePositions(description, name);
      inPreferred = positions.length > 0 && positions.every((position) => inSpans(spans, position));
      required = !inPreferred;
    }
    const category = known?.category;
    skills.push(
      withConfidence({
        skill,
        ...(category === undefined ? {} : { category }),
        required,
        foundIn:
          entry === undefined ? (inPreferred ? ['listed', 'preferred-section'] : ['listed']) : sourcesOf(entry, true),
        frequency: Math.max(1, entry?.frequency ?? 0),
        // A skill the employer lists is asked and named by the employer itself.
        evidence: {
          asked: Math.max(1, entry?.asked ?? 0),
          listed: Math.max(1, entry?.listed ?? 0),
          named: true,
          field: isBroadField(skill),
        },
      }),
    );
  }
  // Skills from the text count when the job lists few: a long list is the employer's own reading.
  if (listed.length < minimumListed) {
    for (const key of order) {
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = tallies.get(key);
      if (entry === undefined) continue;
      skills.push(
        withConfidence({
          skill: entry.skill,
          ...(entry.category === undefined ? {} : { category: entry.category }),
          required: entry.inTitle || entry.inBody,
          foundIn: sourcesOf(entry, false),
          frequency: entry.frequency,
          evidence: { asked: entry.asked, listed: entry.listed, named: entry.named, field: isBroadField(entry.skill) },
        }),
      );
    }
  }

  addAlternatives(skills, alternativeMentions, standalone);
  return {
    requiredSkills: skills.filter((skill) => skill.required),
    preferredSkills: skills.filter((skill) => !skill.required),
  };
}

/**
 * Sets each skill's `alternatives`: the skills named with it in a list of alternatives (lists that share a skill
 * join), leaving out skills the ad also asks on their own and skills of the other kind (required or preferred).
 * A group of more than {@link MAX_ALTERNATIVES} is no group.
 */
function addAlternatives(
  skills: JobSkillRequirement[],
  mentions: readonly [number, string][],
  standalone: ReadonlySet<string>,
): void {
  if (mentions.length === 0) return;
  const parent = new Map<string, string>();
  const root = (key: string): string => {
    let at = key;
    while ((parent.get(at) ?? at) !== at) at = parent.get(at) ?? at;
    // Path compression keeps the joins near-linear.
    for (let walk = key; walk !== at; ) {
      const up = parent.get(walk) ?? at;
      parent.set(walk, at);
      walk = up;
    }
    return at;
  };
  const firstOfGroup = new Map<number, string>();
  for (const [group, key] of mentions) {
    if (standalone.has(key)) continue;
    if (!parent.has(key)) parent.set(key, key);
    const first = firstOfGroup.get(group);
    if (first === undefined) firstOfGroup.set(group, key);
    else {
      const [a, b] = [root(first), root(key)];
      if (a !== b) parent.set(b, a);
    }
  }
  // Members per group and kind, in skill (ad) order.
  const members = new Map<string, JobSkillRequirement[]>();
  for (const skill of skills) {
    const key = skill.skill.toLowerCase();
    if (!parent.has(key)) continue;
    const groupKey = `${skill.required ? 'r' : 'p'} ${root(key)}`;
    const list = members.get(groupKey);
    if (list === undefined) members.set(groupKey, [skill]);
    else list.push(skill);
  }
  for (const list of members.values()) {
    if (list.length < 2 || list.length > MAX_ALTERNATIVES) continue;
    for (const skill of list) skill.alternatives = list.filter((other) => other !== skill).map((other) => other.skill);
  }
}

// Headings of sections about the employer, the pay or the law rather than the candidate ("Company Description",
// "About us", "Benefits", "Equal Opportunity Employer"): at the start of a line (maybe glued to the text after them,
// as flattened ads have it), or anywhere as an upper-case label before a colon ("... BENEFITS:100% employee owned").
const COMPANY_HEADING =
  /^[\s>*•·\-–—#_]*(?:company description|company overview|about (?:us|the (?:company|organi[sz]ation|firm|employer)|our (?:company|organi[sz]ation|firm))|who we are|our (?:company|story|mission)|benefits|perks|what we offer|we offer|compensation(?: and benefits)?|equal (?:employment )?opportunity(?: employer)?|eeo statement|why (?:join|work (?:for|with|at)) us|why us)[\s:.?!*_-]*/i;
const COMPANY_LABEL =
  /(?<![\p{L}])(?:BENEFITS|PERKS|ABOUT US|ABOUT THE (?:COMPANY|ORGANI[SZ]ATION|FIRM)|COMPANY DESCRIPTION|COMPANY OVERVIEW|WHO WE ARE|WHAT WE OFFER)\s*:/gu;
// A line that opens another section: a short label before a colon, or a short line without sentence punctuation.
const ANY_HEADING = /^[\s>*•·\-–—#_]*(?:[\p{L}][\p{L} &/'’-]{2,40}:|[\p{L}][\p{L} &/'’-]{2,40}\s*$)/u;

// The next section label inside a flattened line: "... Responsibilities:Providing ...", "Position Overview: ...".
const NEXT_LABEL = /(?<![\p{L}])\p{Lu}[\p{L} &/]{2,40}:/gu;

/** Where the label after `from` in a line starts, or the line's length when none follows. */
function nextLabel(line: string, from: number): number {
  NEXT_LABEL.lastIndex = from;
  return NEXT_LABEL.exec(line)?.index ?? line.length;
}

/**
 * Ranges of sections about the employer or the benefits: under a heading on its own line, the lines up to the next
 * heading or blank line; under a heading with text after it, that text up to the next label on the line.
 */
function companySectionSpans(description: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let inside = false;
  let start = 0;
  for (const line of description.split('\n')) {
    const end = start + line.length;
    const heading = COMPANY_HEADING.exec(line);
    // "Benefits from ..." is a sentence: a heading is followed by a separator, a capital or nothing.
    const isHeading = heading !== null && !/^\p{Ll}/u.test(line.slice(heading[0].length));
    if (heading !== null && isHeading) {
      const rest = line.slice(heading[0].length);
      inside = rest.trim() === '';
      spans.push([start, start + (inside ? line.length : nextLabel(line, heading[0].length))]);
    } else if (inside && (line.trim() === '' || ANY_HEADING.test(line))) inside = false;
    else if (inside) spans.push([start, end]);
    if (!inside && !isHeading) {
      // An upper-case label inside a flattened line: up to the next label.
      for (const label of matchesOf(line, COMPANY_LABEL))
        spans.push([start + label.index, start + nextLabel(line, label.index + label[0].length)]);
    }
    start = end + 1;
  }
  return spans;
}

// Headings of the parts that list what a candidate needs, on their own line or before a colon.
const REQUIREMENT_HEADING =
  /^[\s>*•·\-–—#_]*(?:(?:minimum|basic|key|essential|core|required|preferred|desired|additional|technical)\s+)?(?:qualifications?|requirements?|skills(?:\s+(?:and|&)\s+(?:qualifications|experience|abilities))?|must[\s-]haves?|nice[\s-]to[\s-]haves?|what you(?:'ll|’ll| will)? (?:need|bring|have)|what we(?:'re|’re| are) looking for|who you are|about you|your profile|you have|competencies)\s*(?::|$)/iu;

/** Ranges of requirements and qualifications sections: from such a heading up to the next heading or blank line after content. */
function requirementSectionSpans(description: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let inside = false;
  let hasContent = false;
  let start = 0;
  for (const line of description.split('\n')) {
    const end = start + line.length;
    const heading = REQUIREMENT_HEADING.exec(line);
    if (heading !== null) {
      inside = true;
      hasContent = line.slice(heading[0].length).trim() !== '';
    } else if (
      inside &&
      ((line.trim() === '' && hasContent) ||
        (ANY_HEADING.test(line) && /:\s*$/.test(line)) ||
        COMPANY_HEADING.test(line))
    )
      inside = false;
    else if (line.trim() !== '') hasContent = true;
    if (inside) spans.push([start, end]);
    start = end + 1;
  }
  return spans;
}

// After a skill: words that make it a team, department or group of people ("our ML teams", "the Engineering Department").
const PEOPLE_AFTER =
  /^(?:\s*\/\s*\p{L}{1,12}|\s+(?:and|or|&)\s+\p{L}{2,20})?[\s/-]*(?:supervision|teams?|forces?|crews?|departments?|dept\.?|groups?|units?|divisions?|staff|personnel|professionals|colleagues|partners|counterparts|leaders|stakeholders|assistants|managers|engineers|developers|designers|analysts|scientists|technicians|specialists|nurses|pharmacists|owners|officers|recruiters|consultants)\b/iu;
// A skill written as people: "nursing assistants", "product managers", "electrical engineers".
const PEOPLE_NOUN = /(?:ants|ers|ists|ians|ors|ees|nurses)$/i;
const PERSON_SKILL_TEXT =
  /\s(?:assistants|managers|engineers|developers|designers|analysts|scientists|technicians|specialists|nurses|pharmacists|accountants|consultants|officers|representatives|architects)$/i;
// An abbreviation in parentheses after a capitalised name: "Centers for Medicare & Medicaid Services (CMS)".
const NAME_BEFORE_ABBREVIATION = /\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of|for|and|&|the|de)\b)?\s+\p{Lu}[\p{L}.&'’-]*\s*\($/u;

/** True when a skill mention names people, a team or an organisation rather than a skill. */
function namesPeopleOrOrganisation(
  description: string,
  mention: { text: string; start: number; end: number },
): boolean {
  if (PEOPLE_AFTER.test(description.slice(mention.end, mention.end + 32))) return true;
  if (PERSON_SKILL_TEXT.test(mention.text) && PEOPLE_NOUN.test(mention.text)) return true;
  // "GRAYLING NURSING AND REHABILITATION COMMUNITY": a long upper-case word among others is part of a name or a shout.
  if (mention.text.length >= 6 && /^[\p{Lu}\s&-]+$/u.test(mention.text)) {
    const around = `${description.slice(Math.max(0, mention.start - 20), mention.start)} ${description.slice(mention.end, mention.end + 20)}`;
    if (/(?<![\p{L}])\p{Lu}{3,}(?![\p{L}])/u.test(around)) return true;
  }
  const abbreviation = /^[\p{Lu}\p{N}&]{2,6}$/u.test(mention.text) && description[mention.end] === ')';
  return (
    abbreviation && NAME_BEFORE_ABBREVIATION.test(description.slice(Math.max(0, mention.start - 80), mention.start))
  );
}

// Whole fields, disciplines, industries and departments. Ads name them in passing (in job titles: "IT
// Administrator"; in the names of offices and departments; in lists of the teams to work with) far more often than
// they ask for them, so they count only where the ad asks them of the candidate. Chosen from general knowledge as the
// class of names that label a field rather than a skill one can list on a resume.
const BROAD_FIELDS: ReadonlySet<string> = new Set(
  [
    'Information Technology',
    'Computer Science',
    'Human Resources',
    'Data Science',
    'Mechanical Engineering',
    'Electrical Engineering',
    'Civil Engineering',
    'Chemical Engineering',
    'Industrial Engineering',
    'Aerospace Engineering',
    'Biomedical Engineering',
    'Software Development',
    'Nursing',
    'Rehabilitation',
    'Electronics',
    'Marketing',
    'Sales',
    'Research',
    'Psychology',
    'Physics',
    'Mathematics',
    'Statistics',
    'Biology',
    'Chemistry',
    'Economics',
    'Construction',
    'Logistics',
    'Hospitality',
    'Pharmacy',
    'Dentistry',
    'Journalism',
    'Telecommunications',
    'Cloud Computing',
    'Product Management',
    'Food Service',
    'Social Work',
    'Public Health',
    'Banking',
    'Programming',
    'Research and Development',
  ].map((name) => name.toLowerCase()),
);
const isBroadField = (skill: string) => BROAD_FIELDS.has(skill.toLowerCase());

// After a field, words that still ask for the field itself ("construction experience", "sales skills").
// ("ExperienceOperating": flattened ads glue the next item on, so the word's start is what counts.)
const FIELD_ITSELF =
  /^(?:skills?|experiences?|knowledge|background|expertise|abilit(?:y|ies)|principles|concepts|fundamentals|techniques|methods|methodolog(?:y|ies)|practices|fields?|roles?|environments?|settings?|languages?|technolog(?:y|ies)|tools|software|platforms?)/u;

/**
 * True when a field's name is followed by another noun it qualifies ("construction documentation", "sales orders",
 * "information technology systems", "Civil Engineering Degree"): the thing asked is that noun phrase, not the field.
 */
function qualifiesNoun(description: string, end: number): boolean {
  const next = /^[ \t-]+(\p{L}[\p{L}'’]*)/u.exec(description.slice(end, end + 40))?.[1]?.toLowerCase();
  return next !== undefined && !STOPWORDS.has(next) && !FIELD_ITSELF.test(next) && !DUTY_VERBS.has(next);
}

// After any skill: a noun that makes the skill's words the kind of another thing ("mobile app analytics",
// "advertising analytics", "process control chart").
const HEAD_NOUN_AFTER = /^[ \t-]+(?:analytics|charts?|life[ -]?cycles?)(?![\p{L}])/iu;

/** An all-capital alias of two or three letters read as a longer skill ("SOC", "PT", "EMS"). */
function isShortAbbreviation(mention: { skill: string; text: string }): boolean {
  return /^\p{Lu}{2,3}$/u.test(mention.text) && mention.skill.length > mention.text.length;
}

// Between two items of one list: "LAN and WAN", "HACCP, GMP", "SQL/NoSQL".
const LIST_GAP = /^\s*(?:,|\/|&|and|or|,\s*and|,\s*or)\s*$/iu;

/**
 * True when the context vouches for a short abbreviation: it is defined in parentheses after its long form
 * ("service level agreements (SLA)"), or listed next to another skill ("LAN and WAN", "HACCP, GMP, SQF").
 */
function abbreviationVouched(
  description: string,
  mentions: readonly { start: number; end: number }[],
  index: number,
): boolean {
  const mention = mentions[index];
  if (mention === undefined) return false;
  if (/\p{L}{3,}\s*\($/u.test(description.slice(Math.max(0, mention.start - 20), mention.start))) return true;
  return listedWithOthers(description, mentions, index);
}

/** True when a mention stands in a list next to another skill mention ("SQL, Python", "LAN and WAN", "HACCP/GMP"). */
function listedWithOthers(
  description: string,
  mentions: readonly { start: number; end: number }[],
  index: number,
): boolean {
  const mention = mentions[index];
  if (mention === undefined) return false;
  const previous = mentions[index - 1];
  const next = mentions[index + 1];
  const listed = (from: number, to: number) => to - from <= 12 && LIST_GAP.test(description.slice(from, to));
  return (
    (previous !== undefined && listed(previous.end, mention.start)) ||
    (next !== undefined && listed(mention.end, next.start))
  );
}

/** True when a mention writes the skill's own name, an alias of two words or more, or a one-word alias written as a name. */
function namesItself(text: string, mention: { skill: string; text: string; start: number }, byCase = true): boolean {
  const words = tokenize(mention.text);
  if (words.length >= 2 || words.join(' ') === tokenize(mention.skill).join(' ')) return true;
  // (Titles capitalise every word: there the case says nothing.)
  if (!byCase) return false;
  // A one-word alias written as a name is the name of one thing ("AWS", "Kafka", "K8s", ".NET"); a common word
  // ("recruiting", "cloud", "creative") may mean something else.
  if (/\p{Lu}.*\p{Lu}|[\p{N}+#.]/u.test(mention.text)) return true;
  return (
    /^\p{Lu}/u.test(mention.text) && !SENTENCE_START.test(text.slice(Math.max(0, mention.start - 4), mention.start))
  );
}

// Just before a word that starts a sentence, a line or a list item.
const SENTENCE_START = /(?:^|[\n.!?:;•*]\s*|^\s*[-–—]\s*|\n\s*[-–—]\s*)$/u;

/** The first word of the company's name that can stand for it in the text, or undefined. */
function companyNameWord(company: string | undefined): string | undefined {
  return companyFirstWord((company ?? '').trim())?.toLowerCase();
}

/** True when a capitalised skill mention follows the company's first word in a run of capitalised words ("Progressive Recruitment"). */
function inCompanyName(
  description: string,
  mention: { text: string; start: number },
  companyWord: string | undefined,
): boolean {
  if (companyWord === undefined || !/^\p{Lu}/u.test(mention.text)) return false;
  const before = /((?:\p{Lu}[\p{L}\p{N}&'’.-]*\s+){1,4})$/u.exec(
    description.slice(Math.max(0, mention.start - 80), mention.start),
  )?.[1];
  return before?.toLowerCase().split(/\s+/).includes(companyWord) === true;
}

/** True when a skill is the employer itself: its name is the company's first word ("Fortinet" at "Fortinet, Inc"). */
function isEmployer(mention: { skill: string; text: string }, companyWord: string | undefined): boolean {
  return (
    companyWord !== undefined &&
    (mention.skill.toLowerCase() === companyWord || mention.text.toLowerCase() === companyWord)
  );
}

/** True when a skill found in the title starts with the company's first word ("Google Cloud" at Google): its product or team. */
function namedAfterEmployer(mention: { skill: string; text: string }, companyWord: string | undefined): boolean {
  if (companyWord === undefined) return false;
  return tokenize(mention.text)[0] === companyWord || tokenize(mention.skill)[0] === companyWord;
}

// Right before a skill: "no" or "without" ("NO COLD-CALLING", "no weekends", "without supervision").
const NEGATION_BEFORE = /(?<![\p{L}])(?:no|without)[\s-]+$/iu;
// Before a skill: where the job travels ("travel to trade shows", "travelling to client sites").
const TRAVEL_TO_BEFORE = /(?<![\p{L}])travel(?:l?ing|s)?\s+to\s+(?:the\s+)?(?:\p{L}+\s+)?$/iu;
// Before a capitalised skill: working with another group ("partner with Field Sales", "collaborate closely with
// Marketing", "liaise with Finance").
const WITH_TEAM_BEFORE =
  /(?<![\p{L}])(?:partner(?:s|ing|ships?)?|collaborat(?:e|es|ing|ion)|engagements?|liais(?:e|es|ing)|coordinat(?:e|es|ing)|engag(?:e|es|ing)|align(?:s|ing)?)\s+(?:closely\s+)?with\s+(?:the\s+|our\s+|your\s+)?$/iu;

/** True when a capitalised skill names a group the candidate works with: "partner with Field Sales". */
function teamWorkedWith(description: string, mention: { text: string; start: number }): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(mention.text)) return false;
  return WITH_TEAM_BEFORE.test(description.slice(Math.max(0, mention.start - 40), mention.start));
}

// Capitalised words right before a mention, and an abbreviation in parentheses right after it.
const CAPITALISED_BEFORE = /((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:and|of|for|&|the)\s+)?){1,6})$/u;
const ABBREVIATION_AFTER = /^\s*\((\p{Lu}{3,8})\)/u;
const NAME_LINK_WORDS = new Set(['and', 'of', 'for', '&', 'the']);

/**
 * True when a capitalised skill ends a longer name that the abbreviation after it spells out: "Mine Safety Health
 * Administration (MSHA)" (an agency, not Healthcare Administration). The skill's own abbreviation ("Search Engine
 * Optimization (SEO)") spells the skill alone, so it stays.
 */
function inSpelledOutName(description: string, mention: { text: string; start: number; end: number }): boolean {
  if (!/^\p{Lu}/u.test(mention.text)) return false;
  const abbreviation = ABBREVIATION_AFTER.exec(description.slice(mention.end, mention.end + 12))?.[1];
  if (abbreviation === undefined) return false;
  const before = CAPITALISED_BEFORE.exec(description.slice(Math.max(0, mention.start - 80), mention.start))?.[1];
  if (before === undefined) return false;
  const initials = (text: string) =>
    text
      .split(/\s+/)
      .filter((word) => word !== '' && !NAME_LINK_WORDS.has(word.toLowerCase()))
      .map((word) => word[0]?.toUpperCase())
      .join('');
  const own = initials(mention.text);
  const whole = initials(`${before} ${mention.text}`);
  return (
    own !== abbreviation &&
    whole.endsWith(own) &&
    whole.length > own.length &&
    abbreviation.endsWith(own) &&
    whole.endsWith(abbreviation)
  );
}

// After a field: a word that makes it an occupation, a group or an organisation ("IT Specialist", "IT professionals",
// "Rehabilitation Specialist", "nursing staff", "the electronics industry"), maybe after one capitalised word ("R&D
// Software Engineer", "IT Support Specialist").
const OCCUPATION_AFTER =
  /^[\s/-]*(?:\p{Lu}\p{L}+[\s-]+)?(?:specialists?|administrators?|engineers?|technicians?|technologists?|assistants?|analysts?|managers?|directors?|officers?|professionals?|coordinators?|consultants?|workers?|scientists?|teams?|departments?|dept\b|staff|personnel|help\s?desk|services|division|office|organi[sz]ations?|industry|industries|sector|compan(?:y|ies)|firms?|products?|clients?|customers?)\b/iu;
// A field written as the person who practises it: "mechanical engineer", "data scientist", "pharmacist", "nurse".
const OCCUPATION_WORD = /(?:er|ist|or|ian|nurse)s?$/i;
// Before a name: "Office of Personnel Management", "Department of Information Technology", "Centers for ...".
const ORGANISATION_BEFORE =
  /(?:Office|Department|Ministry|Bureau|Division|School|College|Faculty|Institute|Cent(?:er|re)s?|Agency|Board)\s+(?:of|for)\s+(?:the\s+)?$/u;

/** True when a field's mention names an occupation, a group or an organisation rather than the field itself. */
function namesOccupation(description: string, mention: { text: string; start: number; end: number }): boolean {
  return (
    OCCUPATION_WORD.test(mention.text) ||
    OCCUPATION_AFTER.test(description.slice(mention.end, mention.end + 30)) ||
    ORGANISATION_BEFORE.test(description.slice(Math.max(0, mention.start - 40), mention.start))
  );
}

const stems = (text: string) => tokenize(text).map((token) => stemWord(token));

// Verbs that stand before a skill's name in duties ("ensure compliance", "drive outreach"): not a qualifier of it.
const DUTY_VERBS = new Set(
  'ensure ensures ensuring gain gains achieve achieves maintain maintains monitor monitors support supports drive drives lead leads manage manages oversee oversees promote promotes assure assures conduct conducts perform performs provide provides improve improves plan plans coordinate coordinates handle handles do does own owns deliver delivers execute executes run runs build builds'.split(
    ' ',
  ),
);

/**
 * True when the text found is the tail of the skill's name without the word that qualifies it ("outreach" for
 * Community Outreach, "compliance" for Regulatory Compliance) and the ad qualifies it with another word right
 * before it ("physician outreach", "treatment compliance"): another kind of the thing, not the skill.
 */
function qualifiedOtherwise(
  description: string,
  mention: { skill: string; text: string; start: number },
  stemsOf: (text: string) => readonly string[] = stems,
): boolean {
  const found = stemsOf(mention.text);
  const name = stemsOf(mention.skill);
  if (found.length === 0 || found.length >= name.length || /\p{Lu}\p{Lu}/u.test(mention.text)) return false;
  const tail = name.slice(name.length - found.length);
  if (!found.every((word, index) => word === tail[index])) return false;
  const before = /(\p{L}+)[\s-]+$/u
    .exec(description.slice(Math.max(0, mention.start - 30), mention.start))?.[1]
    ?.toLowerCase();
  if (before === undefined || STOPWORDS.has(before) || DUTY_VERBS.has(before) || before.length < 3) return false;
  return !name.slice(0, name.length - found.length).includes(stemWord(before));
}

// The last word of the people who do something, in the plural: "engineers", "analysts", "therapists", "operators".
// ("Health Insurance Agents", "Customer Service Representatives": people too.)
const PRACTITIONERS_WORD = /(?:ers|ists|ors|ians|ants|agents|representatives)$/i;

/**
 * True when the text found names people who practise the skill rather than the skill: "Physical Therapists work with
 * us" (Physical Therapy), "work closely with … systems engineers" (Systems Engineering), "data analysts and data
 * scientists" (Data Analysis). The plural names others (the candidate is one person): its last word is a person's and
 * not a word of the skill's own name ("Docker", "SQL Server" stay skills). Soft skills are left alone ("team players").
 */
function namesPractitioners(mention: { skill: string; text: string; category?: SkillCategory | undefined }): boolean {
  const found = tokenize(mention.text);
  const last = found[found.length - 1];
  if (mention.category === 'soft-skill' || last === undefined || found.length < 2 || !PRACTITIONERS_WORD.test(last))
    return false;
  const name = tokenize(mention.skill);
  return !name.includes(last) && !name.includes(last.slice(0, -1));
}

// "our silicon and product roadmap", "our customer experience": up to two words (maybe joined by "and") between the
// possessive and the skill.
const EMPLOYER_POSSESSIVE = /(?<![\p{L}])our\s+(?:([\p{L}-]+)\s+(?:(?:and|&)\s+)?)?(?:([\p{L}-]+)\s+)?$/iu;

/**
 * True when a skill written in lower case (a common noun, not a product's name: "our Salesforce CRM" stays a skill)
 * is the employer's own: "our product roadmap", "our silicon and product roadmap", "our customer experience".
 */
function ownedByEmployer(description: string, mention: { text: string; start: number }): boolean {
  if (/\p{Lu}/u.test(mention.text)) return false;
  const match = EMPLOYER_POSSESSIVE.exec(description.slice(Math.max(0, mention.start - 50), mention.start));
  if (match === null) return false;
  // Only content words between: "our customers with Excel" is no possession of Excel.
  return [match[1], match[2]].every((word) => word === undefined || !STOPWORDS.has(word.toLowerCase()));
}

// The last word of a skill named as an activity: "Grinding", "Pump Maintenance", "Emergency Care", "Data Center
// Operations".
const ACTIVITY_WORD = /(?:ing|ance|tion|sion|ment|care|operations?|repairs?)$/i;
// A word naming a place: "emergency room", "the plant floor".
const PLACE_WORD =
  /^(?:rooms?|cent(?:er|re)s?|wards?|units?|floors?|sites?|plants?|facilit(?:y|ies)|shops?|yards?|labs?|laborator(?:y|ies))$/i;

/**
 * True when the text found names a thing or a place rather than the activity the skill is: the skill's name ends in
 * an activity ("Grinding", "Pump Maintenance", "Emergency Care") and the text found ends in a plural noun, a noun for
 * a machine or a place, without the activity's word ("grinders", "vacuum and hydraulic pumps", "emergency room",
 * "data centers"). Names and abbreviations ("AWS", "IT") are left alone.
 */
function namesThingNotActivity(mention: { skill: string; text: string }): boolean {
  if (/\p{Lu}.*\p{Lu}/u.test(mention.text)) return false;
  const found = tokenize(mention.text);
  const name = tokenize(mention.skill);
  const last = found[found.length - 1];
  const activity = name[name.length - 1];
  if (last === undefined || activity === undefined || !ACTIVITY_WORD.test(activity)) return false;
  const activityStem = stemWord(activity);
  if (found.some((word) => stemWord(word) === activityStem || word.startsWith(activityStem))) return false;
  return PLACE_WORD.test(last);
}

const UNDER_SOMEONE = /\bunder\s+(?:the\s+)?(?:direct\s+|general\s+|close\s+)?$/i;
/** True when the skill follows "under the supervision of"-style wording: someone else does it. */
function underSomeone(description: string, start: number): boolean {
  return UNDER_SOMEONE.test(description.slice(Math.max(0, start - 30), start));
}

// Words that turn a sentence into something asked of the candidate: "Strong communication skills", "ability to", "must".
const CANDIDATE_CUE =
  /\b(?:skills?|abilit(?:y|ies)|able|excellent|strong|proven|demonstrated|outstanding|good|great|exceptional|effective|must|required|requires?|preferred|candidates?|applicants?|experience|proficien\w*|knowledge|self[-\s]?starter|attitude|detail[-\s]oriented|looking\s+for|seeking|eager)\b/gi;
const SHORT_LINE = 40;
// How far either side of a mention its sentence is looked for.
const SENTENCE_REACH = 200;

// Sentence marks.
const SENTENCE_MARK = /[.!?;•]/g;
const CUE_JOINER = /[-\s]/;

/** True when CANDIDATE_CUE matches in `text` (global, for the one pass below: read from its start here). */
function hasCandidateCue(text: string): boolean {
  CANDIDATE_CUE.lastIndex = 0;
  return CANDIDATE_CUE.test(text);
}

/** True when the character at `at` is one \b reads as a word's: CANDIDATE_CUE has no u flag, so [A-Za-z0-9_]. */
function isCueWordCharacter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** The index of the first of the ascending `values` at or above `value` (`values.length` when none). */
function firstAtOrAbove(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Reads a description once for asksOfCandidate: its line breaks, sentence marks and the candidate cues it matches.
 * asksOfCandidate reads a mention's line and sentence within 200 characters either side of it (a line or sentence
 * running past that is cut there) from them, not from a 400-character window per mention (a one-line list of 4,600
 * mentions read 1.8 MB).
 *
 * The cues found in the whole description are those found in a sentence cut from it, except at the cut's ends: a cue
 * starting where the cut splits a word ("un|able"), or ending where it does ("looking for|ward", "require|d"); those two
 * ends are read again from the cut text. (This holds for CANDIDATE_CUE as written: each cue opens and closes on a letter,
 * and its inner non-letters are the spaces or hyphen of "looking for", "self-starter" and "detail-oriented".)
 */
function readCandidateCues(description: string): CandidateCues {
  const breaks: number[] = [];
  for (let at = description.indexOf('\n'); at !== -1; at = description.indexOf('\n', at + 1)) breaks.push(at);
  const marks: number[] = [];
  for (const match of description.matchAll(SENTENCE_MARK)) marks.push(match.index);
  // Cue matches by start, overlapping ones too; lowestEnd[i]: the lowest end of those from the i-th on.
  const cueStarts: number[] = [];
  const lowestEnd: number[] = [];
  CANDIDATE_CUE.lastIndex = 0;
  for (let match = CANDIDATE_CUE.exec(description); match !== null; match = CANDIDATE_CUE.exec(description)) {
    cueStarts.push(match.index);
    lowestEnd.push(match.index + match[0].length);
    CANDIDATE_CUE.lastIndex = match.index + 1;
  }
  for (let index = lowestEnd.length - 2; index >= 0; index--)
    lowestEnd[index] = Math.min(lowestEnd[index]!, lowestEnd[index + 1]!);
  return { description, breaks, marks, cueStarts, lowestEnd };
}

/** What readCandidateCues found in a description. */
interface CandidateCues {
  readonly description: string;
  readonly breaks: readonly number[];
  readonly marks: readonly number[];
  readonly cueStarts: readonly number[];
  readonly lowestEnd: readonly number[];
}

/** True when the sentence or list line around `position` asks something of the candidate, or is a short list line. */
function asksOfCandidate(cues: CandidateCues, position: number): boolean {
  const { description, breaks, marks, cueStarts, lowestEnd } = cues;
  const windowStart = Math.max(0, position - SENTENCE_REACH);
  const windowEnd = Math.min(description.length, position + SENTENCE_REACH);
  const breakAfter = firstAtOrAbove(breaks, position);
  const breakBefore = breakAfter > 0 ? breaks[breakAfter - 1]! : -1;
  // A line whose break lies outside the window is longer than the window, so never short.
  const lineStart = breakBefore >= windowStart ? breakBefore + 1 : windowStart;
  const lineEnd = breakAfter < breaks.length && breaks[breakAfter]! < windowEnd ? breaks[breakAfter]! : windowEnd;
  if (lineEnd - lineStart <= SHORT_LINE) return true;
  const markAfter = firstAtOrAbove(marks, position);
  const markBefore = markAfter > 0 ? marks[markAfter - 1]! : -1;
  const start = markBefore >= lineStart ? markBefore + 1 : lineStart;
  const end = markAfter < marks.length && marks[markAfter]! < lineEnd ? marks[markAfter]! : lineEnd;
  const first = firstAtOrAbove(cueStarts, start);
  if (first < cueStarts.length && lowestEnd[first]! <= end) return true;
  if (start >= end) return false;
  return cueAtCutStart(description, start, end) || cueAtCutEnd(description, start, end);
}

/** True when a cue opens where `start` cuts a word: it ends on the first word or the one after it ("un|able to"). */
function cueAtCutStart(description: string, start: number, end: number): boolean {
  if (!isCueWordCharacter(description, start - 1) || !isCueWordCharacter(description, start)) return false;
  let to = start + 1;
  while (to < end && isCueWordCharacter(description, to)) to++;
  let joined = to;
  while (joined < end && CUE_JOINER.test(description[joined]!)) joined++;
  if (joined > to && joined < end && isCueWordCharacter(description, joined)) {
    to = joined + 1;
    while (to < end && isCueWordCharacter(description, to)) to++;
  }
  return hasCandidateCue(description.slice(start, to));
}

/** True when a cue closes where `end` cuts a word: it opens on the last word or the one before it ("looking for|ward"). */
function cueAtCutEnd(description: string, start: number, end: number): boolean {
  if (!isCueWordCharacter(description, end - 1) || !isCueWordCharacter(description, end)) return false;
  let from = end - 1;
  while (from > start && isCueWordCharacter(description, from - 1)) from--;
  let joined = from;
  while (joined > start && CUE_JOINER.test(description[joined - 1]!)) joined--;
  if (joined < from && isCueWordCharacter(description, joined - 1)) {
    from = joined - 1;
    while (from > start && isCueWordCharacter(description, from - 1)) from--;
  }
  return hasCandidateCue(description.slice(from, end));
}

// After a degree: "in Computer Science, Statistics or a related field" up to the end of the clause; also a field named
// right after the degree without "in" ("B.Sc. or M.Sc. Electrical Engineering or Computer Engineering", "BSc Computer
// Science", "BS Mathematics"), where its words name a field of study.
const FIELD_START = /^\s*(?:degree\s+|diploma\s+)?(?:in|of)\s/i;
const FIELD_NAMED_AFTER =
  /^[ \t]+(?:or\s+\S{2,12}[ \t]+)?(?=(?:\p{Lu}[\p{Ll}&-]*[ \t]+){0,2}(?:Engineering|Sciences?|Studies|Administration|Mathematics|Physics|Statistics|Economics|Chemistry|Biology|Finance|Accounting|Nursing)(?![\p{L}]))/u;
const FIELD_END =
  /(?<!\b(?:e\.g|i\.e|e|i|etc))[.](?!\s?[gei]\.)|[;:!?\n]|\s(?:or\s+(?:an?\s+)?equivalent|with|and\s+\d|plus|required|preferred)\b/i;
const MAX_FIELD_CHARACTERS = 120;

/** Ranges naming a degree's field of study ("BS/MS in Computer Science or related field"). */
function degreeFieldSpans(description: string, degrees: readonly DegreeMention[]): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const mention of degrees) {
    const after = description.slice(mention.end, mention.end + MAX_FIELD_CHARACTERS);
    const start = FIELD_START.exec(after) ?? FIELD_NAMED_AFTER.exec(after);
    if (start === null) continue;
    const rest = after.slice(start[0].length);
    const end = FIELD_END.exec(rest);
    spans.push([mention.end, mention.end + start[0].length + (end === null ? rest.length : end.index)]);
  }
  return spans;
}

// "in Computer Science, Physics or a closely related field": a list of fields of study, with or without a degree before
// it. Single spaces around the lazy list keep the match linear: each "in" is tried against at most 120 characters.
const FIELD_LIST =
  /\bin\s([^.;:\n]{1,120}?)\sor\s+(?:an?\s+|other\s+|any\s+)?(?:closely\s+|similar\s+|equivalent\s+|technical\s+)?(?:related|similar|relevant)\s+(?:technical\s+|quantitative\s+|scientific\s+|engineering\s+)?(?:fields?|disciplines?|subjects?|majors?|areas?\s+of\s+study)\b/giu;

/** Ranges of lists of fields of study ending in "or a related field". */
function fieldListSpans(description: string): TextSpan[] {
  return [...description.matchAll(FIELD_LIST)].map((match): TextSpan => [match.index, match.index + match[0].length]);
}

// "stakeholders including product, user experience, design and leadership", "groups within Google (HR, Legal, etc.)":
// the names of the groups one works with, up to the end of the clause. (Not after a colon: "Job functions:" heads duties.)
const GROUP_LIST =
  /\b(?:stakeholders|teams|groups|partners|functions|departments|disciplines|colleagues|organi[sz]ations|agencies)(?:\s+(?:within|across|in|at|of|outside(?:\s+of)?)\s+[\p{L}&]+)?\s*(?:,\s*)?(?:such\s+as|including|like|\()/giu;
const GROUP_LIST_END = /[.;:)\n]|,\s+(?:to|and\s+to|in\s+order\s+to)\s/u;
const MAX_GROUP_LIST = 160;

/** Ranges of lists naming the teams or groups the job works with. */
function groupListSpans(description: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const match of description.matchAll(GROUP_LIST)) {
    const from = match.index + match[0].length;
    const rest = description.slice(from, from + MAX_GROUP_LIST);
    const end = GROUP_LIST_END.exec(rest);
    spans.push([from, from + (end === null ? rest.length : end.index)]);
  }
  return spans;
}

/** Years of experience a job description asks for: read from its required parts, else from its nice-to-have parts; undefined when it names none. */
export function readYearsRequirement(description: string): { min: number; max?: number | undefined } | undefined {
  checkTextArgument('readYearsRequirement', 'description', description);
  const { text, spans } = preparedDescription(description);
  return yearsFromText(text, spans);
}

// Flattened ads glue list items together: "related field1+ years of experience".
const GLUED_YEARS = /(\p{Ll})(?=\d{1,2}\s?\+?\s?(?:years?|yrs?)\b)/gu;
const unglue = (text: string) => text.replace(GLUED_YEARS, '$1 ');

function yearsFromText(description: string, spans: readonly TextSpan[]): { min: number; max?: number } | undefined {
  if (description.trim() === '') return undefined;
  const found =
    parseExperience(unglue(withoutSpans(description, spans))) ??
    (spans.length === 0 ? undefined : parseExperience(unglue(onlySpans(description, spans))));
  if (found === undefined) return undefined;
  return found.max === undefined ? { min: found.min } : { min: found.min, max: found.max };
}

function readYears(
  job: Pick<Job, 'experienceYears'>,
  description: string,
  spans: readonly TextSpan[],
): { min: number; max?: number } | undefined {
  const found = job.experienceYears ?? yearsFromText(description, spans);
  if (found === undefined) return undefined;
  return found.max === undefined ? { min: found.min } : { min: found.min, max: found.max };
}

/** The degree a job description asks for: the lowest level named outside nice-to-have parts (else anywhere), or undefined. */
export function readDegreeRequirement(description: string): DegreeRequirement | undefined {
  checkTextArgument('readDegreeRequirement', 'description', description);
  const text = separateGluedText(description.slice(0, MAX_DESCRIPTION_CHARACTERS));
  return degreeFromMentions(text, findOptionalSpans(text), findDegreeMentions(text, { mode: 'job' }));
}

// Around two degrees the ad asks for together: "both a Bachelor's and (a) Master's".
const BOTH_BEFORE = /\bboth\s+(?:an?\s+)?$/i;
const AND_BETWEEN = /^\s*(?:degrees?\s+)?(?:and|&)\s+(?:an?\s+)?$/i;

function degreeFromMentions(
  description: string,
  spans: readonly TextSpan[],
  mentions: readonly DegreeMention[],
): DegreeRequirement | undefined {
  if (mentions.length === 0) return undefined;
  // "Both a Bachelor's and Master's degree": the ad asks for both, so the lower of the two is not enough.
  const bothAsked = new Set<DegreeMention>();
  for (let index = 0; index + 1 < mentions.length; index++) {
    const first = mentions[index] as DegreeMention;
    const second = mentions[index + 1] as DegreeMention;
    if (
      second.start - first.end <= 20 &&
      BOTH_BEFORE.test(description.slice(Math.max(0, first.start - 12), first.start)) &&
      AND_BETWEEN.test(description.slice(first.end, second.start))
    )
      bothAsked.add(degreeRank(first.level) < degreeRank(second.level) ? first : second);
  }
  const asked = mentions.filter((mention) => !bothAsked.has(mention));
  const required = asked.filter((mention) => !inSpans(spans, mention.start));
  const pool = required.length > 0 ? required : asked;
  const lowest = pool.reduce((best, mention) => (degreeRank(mention.level) < degreeRank(best.level) ? mention : best));
  return {
    level: lowest.level,
    preferred: required.length === 0,
    equivalentAllowed: acceptsEquivalentExperience(description),
  };
}
