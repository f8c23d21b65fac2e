import {
  getDefaultSkillTaxonomy,
  loadOccupationKnowledge,
  type Job,
  type Match,
  type OccupationKnowledge,
  type OccupationMatch,
  type Ranker,
  type RankQuery,
  type WeightedText,
} from '@rolefit/core';
import { checkRankQuery } from '@rolefit/core/internal';
import { countOf, joinClauses } from '../shared/explain.js';
import { personText } from '../shared/person.js';
import {
  ABORT_CHECK_INTERVAL,
  checkPrepareArguments,
  checkPrepareOptions,
  checkRankArguments,
  clampUnit,
  orderMatches,
} from '../shared/ranking.js';
import {
  OCCUPATION_PARTS,
  resolveOccupationRankerSettings,
  type OccupationPart,
  type OccupationRankerSettings,
} from './settings.js';
import { jobDescription, jobTexts, personTexts, titleWords } from './texts.js';

/** When a job lists fewer skills than this, skills found in its title and description are added. */
const MINIMUM_LISTED_SKILLS = 5;
/** Related skills looked at per person skill. */
const RELATED_PER_SKILL = 30;
/** A job's best occupation evidence at or above this counts fully; weaker evidence (one shared word) counts less. */
const CONFIDENT_EVIDENCE = 0.5;
/** Person occupations below this share of the best one are dropped. */
const PERSON_FLOOR = 0.2;
const SHOWN = 3;
/** Weight of a word of the person's text outside their titles in the title-word part (a title word counts up to 1). */
const PROSE_WORD_WEIGHT = 0.3;

/** What the ranker knows about the person, built once per ranking call. */
interface Person {
  /** Occupations with weight in (0, 1], the best at 1. */
  readonly occupations: readonly { match: OccupationMatch; weight: number }[];
  /** Lower-cased canonical skill → canonical name. */
  readonly skills: ReadonlyMap<string, string>;
  /** Lower-cased canonical skill the person does not have → strength and the person's skill it is related to. */
  readonly related: ReadonlyMap<string, { strength: number; via: string }>;
  /** Title word → weight in (0, 1]. */
  readonly titleWords: ReadonlyMap<string, number>;
}

function canonicalName(knowledge: OccupationKnowledge, name: string): string {
  return knowledge.canonicalSkill(name) ?? name.trim();
}

/** The person's occupations as `findOccupations` reads them from their texts (see {@link personOccupationReader}). */
type PersonOccupations = (
  parts: readonly WeightedText[],
  knowledge: OccupationKnowledge,
  kept: number,
) => OccupationMatch[];

/**
 * Reads a person's occupations, keeping the last reading: recommend asks for the same person's occupations twice
 * (`retrievalTexts`, then `rank`), and reading a resume's occupations costs ~10–30 ms. The reading is reused only when
 * the knowledge, the limit and every weighted text are the same, so a changed query is read afresh.
 */
function personOccupationReader(): PersonOccupations {
  let last: { knowledge: OccupationKnowledge; kept: number; key: string; found: OccupationMatch[] } | undefined;
  return (parts, knowledge, kept) => {
    const key = JSON.stringify(parts.map((part) => [part.text, part.weight, part.title]));
    if (last !== undefined && last.knowledge === knowledge && last.kept === kept && last.key === key) return last.found;
    const found = knowledge.findOccupations(parts, { limit: kept });
    last = { knowledge, kept, key, found };
    return found;
  };
}

function buildPerson(
  query: RankQuery,
  knowledge: OccupationKnowledge,
  kept: number,
  occupationsOf: PersonOccupations,
): Person {
  const texts = personTexts(query);
  const found = occupationsOf(texts.parts, knowledge, kept);
  const best = found[0]?.score ?? 0;
  const occupations = found
    .map((match) => ({ match, weight: best > 0 ? match.score / best : 0 }))
    .filter((entry) => entry.weight >= PERSON_FLOOR);

  const text = personText(query);
  const skills = new Map<string, string>();
  const add = (name: string) => {
    const canonical = canonicalName(knowledge, name);
    const key = canonical.toLowerCase();
    if (key !== '' && !skills.has(key)) skills.set(key, canonical);
  };
  for (const name of query.resume?.skills ?? []) if (typeof name === 'string') add(name);
  for (const name of getDefaultSkillTaxonomy().extractNames(text)) add(name);
  for (const name of knowledge.findSkills(text)) add(name);

  const related = new Map<string, { strength: number; via: string }>();
  for (const name of skills.values()) {
    for (const { skill, strength } of knowledge.relatedSkills(name, { limit: RELATED_PER_SKILL })) {
      const key = skill.toLowerCase();
      if (skills.has(key)) continue;
      const current = related.get(key);
      if (current === undefined || current.strength < strength) related.set(key, { strength, via: name });
    }
  }

  const words = new Map<string, number>();
  // Words of the whole text count a little, so a job title in words the person used elsewhere is not a blank.
  for (const word of titleWords(text)) words.set(word, PROSE_WORD_WEIGHT);
  for (const title of texts.titles) {
    const weight = Math.min(1, title.weight ?? 1);
    for (const word of titleWords(title.text)) words.set(word, Math.max(words.get(word) ?? 0, weight));
  }
  return { occupations, skills, related, titleWords: words };
}

/** The skills a job asks for: its listed skills, plus those found in its title and description when it lists few. */
function jobSkills(job: Job, description: string, knowledge: OccupationKnowledge): string[] {
  const names = new Map<string, string>();
  const add = (name: string) => {
    const canonical = canonicalName(knowledge, name);
    const key = canonical.toLowerCase();
    if (key !== '' && !names.has(key)) names.set(key, canonical);
  };
  const listed = Array.isArray(job.skills) ? job.skills.filter((name): name is string => typeof name === 'string') : [];
  for (const name of listed) add(name);
  if (listed.length < MINIMUM_LISTED_SKILLS) {
    const text = `${typeof job.title === 'string' ? job.title : ''}\n${description}`;
    for (const name of getDefaultSkillTaxonomy().extractNames(text)) add(name);
    for (const name of knowledge.findSkills(text)) add(name);
  }
  return [...names.values()];
}

interface OccupationPair {
  readonly person: OccupationMatch;
  readonly job: OccupationMatch;
  readonly proximity: number;
  readonly contribution: number;
}

/** The person's occupation closest to one job occupation: its weight × proximity (0 for none), the match and proximity. */
interface ClosestOccupation {
  readonly value: number;
  readonly person: OccupationMatch | undefined;
  readonly proximity: number;
}

/** One ranking call's closest person occupation for each job occupation met (jobs share occupations; per call, so bounded by the knowledge). */
type ClosestByOccupation = Map<OccupationMatch['occupation'], ClosestOccupation>;

function closestOccupation(
  person: Person,
  occupation: OccupationMatch['occupation'],
  knowledge: OccupationKnowledge,
  closest: ClosestByOccupation,
): ClosestOccupation {
  let found = closest.get(occupation);
  if (found === undefined) {
    let value = 0;
    let match: OccupationMatch | undefined;
    let proximity = 0;
    for (const entry of person.occupations) {
      const entryProximity = knowledge.proximity(entry.match.occupation, occupation);
      const entryValue = entry.weight * entryProximity;
      if (entryValue > value) {
        value = entryValue;
        match = entry.match;
        proximity = entryProximity;
      }
    }
    found = { value, person: match, proximity };
    closest.set(occupation, found);
  }
  return found;
}

// Σ over the job's occupations of its share × the best (person weight × proximity), times how sure the job's match is.
function occupationScore(
  person: Person,
  found: readonly OccupationMatch[],
  knowledge: OccupationKnowledge,
  closest: ClosestByOccupation,
): { score: number; best: OccupationPair | undefined } {
  const total = found.reduce((sum, match) => sum + match.score, 0);
  if (!(total > 0) || person.occupations.length === 0) return { score: 0, best: undefined };
  const confidence = Math.min(1, (found[0]?.score ?? 0) / CONFIDENT_EVIDENCE);
  let score = 0;
  let best: OccupationPair | undefined;
  for (const job of found) {
    const share = job.score / total;
    const { value: top, person: match, proximity } = closestOccupation(person, job.occupation, knowledge, closest);
    const topPair: OccupationPair | undefined =
      match === undefined ? undefined : { person: match, job, proximity, contribution: share * top };
    score += share * top;
    if (topPair !== undefined && (best === undefined || topPair.contribution > best.contribution)) best = topPair;
  }
  return { score: clampUnit(score * confidence), best };
}

function describeOccupations(
  best: OccupationPair | undefined,
  found: readonly OccupationMatch[],
  person: Person,
  knowledge: OccupationKnowledge,
): string {
  if (best === undefined) {
    if (found.length === 0) return 'no occupation recognised in the job';
    const job = found[0]?.occupation.label ?? '';
    return person.occupations.length === 0
      ? `job is ${job}; no occupation recognised for you`
      : `job is ${job}, far from your ${person.occupations[0]?.match.occupation.label ?? ''}`;
  }
  const { person: mine, job, proximity } = best;
  if (proximity >= 1) return `same occupation: ${job.occupation.label}`;
  if (proximity >= 0.9) return `same occupation: ${job.occupation.label} ~ ${mine.occupation.label}`;
  const pair = `${job.occupation.label} and your ${mine.occupation.label}`;
  if (proximity >= 0.75) return `close occupations: ${pair}${iscoGroup(job, 4, knowledge)}`;
  if (proximity >= 0.45) return `related occupations: ${pair}${iscoGroup(job, 3, knowledge)}`;
  return `distant occupations: ${pair}${iscoGroup(job, 2, knowledge)}`;
}

/** " (ISCO 2512 Software developers)": the job occupation's ISCO group of `digits` digits, or '' when it has no label. */
function iscoGroup(job: OccupationMatch, digits: number, knowledge: OccupationKnowledge): string {
  const code = (job.occupation.iscoGroup ?? '').slice(0, digits);
  const label = knowledge.iscoGroupLabel(code);
  return label === undefined ? '' : ` (ISCO ${code} ${label})`;
}

function describeSkills(
  matched: readonly string[],
  related: readonly { skill: string; via: string }[],
  total: number,
): string {
  if (total === 0) return 'no skills listed';
  const clauses = [
    `shares ${matched.length} of ${countOf(total, 'skill')}${matched.length > 0 ? ` (${matched.slice(0, SHOWN).join(', ')}${matched.length > SHOWN ? ` and ${matched.length - SHOWN} more` : ''})` : ''}`,
  ];
  if (related.length > 0)
    clauses.push(
      `related: ${related
        .slice(0, SHOWN)
        .map(({ skill, via }) => `${skill} (you know ${via})`)
        .join(', ')}`,
    );
  return clauses.join('; ');
}

/** What the ranker reads from one job: its occupations, skills and title words. */
export interface OccupationJobView {
  found: OccupationMatch[];
  skills: string[];
  words: string[];
}

/** The per-job readings of one knowledge and occupation limit: kept per job object, read once per job. */
export interface OccupationViewCache {
  /** The job's reading, read now when not kept. */
  get(job: Job): OccupationJobView;
  /** Whether the job's reading is kept. */
  has(job: Job): boolean;
  /** Keeps a reading for the job (one read back from a file). */
  set(job: Job, view: OccupationJobView): void;
}

// What is read from a job depends only on the job, the knowledge and the occupation limit: kept per job object, so a
// store's jobs (the same objects on every search) are read once, however many people and rankers they are ranked for.
const viewCaches = new WeakMap<OccupationKnowledge, Map<number, OccupationViewCache>>();

/** The cache of job readings for `knowledge` finding at most `occupationsKept` occupations per job. */
export function occupationViewCache(knowledge: OccupationKnowledge, occupationsKept: number): OccupationViewCache {
  let byLimit = viewCaches.get(knowledge);
  if (byLimit === undefined) viewCaches.set(knowledge, (byLimit = new Map()));
  let cache = byLimit.get(occupationsKept);
  if (cache === undefined) {
    const views = new WeakMap<Job, OccupationJobView>();
    cache = {
      get(job) {
        let view = views.get(job);
        if (view === undefined) {
          const description = jobDescription(job);
          view = {
            found: knowledge.findOccupations(jobTexts(job, description), { limit: occupationsKept }),
            skills: jobSkills(job, description, knowledge),
            words: titleWords(typeof job.title === 'string' ? job.title : ''),
          };
          views.set(job, view);
        }
        return view;
      },
      has: (job) => views.has(job),
      set: (job, view) => void views.set(job, view),
    };
    byLimit.set(occupationsKept, cache);
  }
  return cache;
}

/** A neighbouring occupation is searched by when the ranker credits its jobs at least this (person weight × proximity). */
const NEIGHBOUR_CLOSENESS = 0.4;
/** The most neighbouring occupations whose labels are searched by (the closest first). */
const MAX_NEIGHBOURS = 60;

/**
 * The texts recommend's first stage searches by for this ranker, from the person's occupations as `rank` reads them
 * (`found`, best first): one text per occupation, its label and other names, so that a job named by one of them (a
 * posting titled "Server" for a waiter) ranks by that name alone rather than among every name of every occupation; and
 * one text of the preferred labels of the occupations closest to them (by ISCO group and O*NET code, as `rank` scores
 * occupations: a job of one is credited at least {@link NEIGHBOUR_CLOSENESS} of a full match), whose jobs may share no
 * word with the person; at most {@link MAX_NEIGHBOURS}, the closest first. Empty when no occupation is found. Measured with `bench/retrieval-recall.mjs` (2026-12-05; see `DEFAULT_RETRIEVAL_DEPTH`).
 */
export function occupationRetrievalTexts(found: readonly OccupationMatch[], knowledge: OccupationKnowledge): string[] {
  const best = found[0]?.score ?? 0;
  const person = found
    .map((match) => ({ occupation: match.occupation, weight: best > 0 ? match.score / best : 0 }))
    .filter((entry) => entry.weight >= PERSON_FLOOR);
  const texts = person.map(({ occupation }) => [occupation.label, ...occupation.altLabels].join('\n'));
  if (person.length === 0) return texts;
  const own = new Set(person.map(({ occupation }) => occupation.id));
  const neighbours: { label: string; closeness: number }[] = [];
  for (const occupation of knowledge.occupations) {
    if (own.has(occupation.id)) continue;
    let closeness = 0;
    for (const entry of person)
      closeness = Math.max(closeness, entry.weight * knowledge.proximity(entry.occupation, occupation));
    if (closeness >= NEIGHBOUR_CLOSENESS) neighbours.push({ label: occupation.label, closeness });
  }
  neighbours.sort((left, right) => right.closeness - left.closeness);
  const labels = neighbours.slice(0, MAX_NEIGHBOURS).map((entry) => entry.label);
  if (labels.length) texts.push(labels.join('\n'));
  return texts;
}

/**
 * Ranks jobs by occupation and skills, from ESCO v1.2 and O*NET: maps the person (titles and recent job titles
 * first) and each job (its title first) to occupations through their labels and alternate labels, and scores
 * occupation proximity (same occupation > same ISCO unit, minor, sub-major group), shared skills (exact, then related
 * through ESCO and O*NET skill links at a discount) and shared title words.
 */
export function createOccupationRanker(settings: OccupationRankerSettings = {}): Ranker {
  const resolved = resolveOccupationRankerSettings(settings);
  const { name, weights, relatedCredit, skillPrior, occupationsKept } = resolved;
  const knowledgeSource = settings.knowledge;
  const occupationsOf = personOccupationReader();
  const viewOf = (job: Job, knowledge: OccupationKnowledge): OccupationJobView =>
    occupationViewCache(knowledge, occupationsKept).get(job);

  return {
    name,
    // Reads each job's occupations, skills and title words into the per-job cache, so ranking it later reads nothing.
    async prepare(jobs, options = {}) {
      checkPrepareArguments(jobs, options);
      options.signal?.throwIfAborted();
      const knowledge = await (knowledgeSource ?? loadOccupationKnowledge());
      jobs.forEach((job, position) => {
        if (position % ABORT_CHECK_INTERVAL === 0) options.signal?.throwIfAborted();
        viewOf(job, knowledge);
      });
    },
    // What recommend's first stage also searches by (see occupationRetrievalTexts).
    async retrievalTexts(query, options = {}) {
      checkPrepareOptions(options);
      // The query as rank checks it: `{ text: 42 }` was a TypeError from inside.
      if (query !== undefined && query !== null) checkRankQuery('Ranker.retrievalTexts', query);
      options.signal?.throwIfAborted();
      const knowledge = await (knowledgeSource ?? loadOccupationKnowledge());
      const found = occupationsOf(personTexts(query ?? {}).parts, knowledge, occupationsKept);
      return occupationRetrievalTexts(found, knowledge);
    },
    async rank(query, jobs, options = {}) {
      checkRankArguments(query, jobs, options);
      options.signal?.throwIfAborted();
      const knowledge = await (knowledgeSource ?? loadOccupationKnowledge());
      options.signal?.throwIfAborted();
      const person = buildPerson(query ?? {}, knowledge, occupationsKept, occupationsOf);
      const closest: ClosestByOccupation = new Map();

      const matches: Match[] = [];
      jobs.forEach((job, position) => {
        if (position % ABORT_CHECK_INTERVAL === 0) options.signal?.throwIfAborted();
        const { found, skills, words } = viewOf(job, knowledge);
        const occupation = occupationScore(person, found, knowledge, closest);

        const matchedSkills: string[] = [];
        const missingSkills: string[] = [];
        const related: { skill: string; via: string }[] = [];
        let credit = 0;
        for (const skill of skills) {
          const key = skill.toLowerCase();
          if (person.skills.has(key)) {
            matchedSkills.push(skill);
            credit += 1;
            continue;
          }
          missingSkills.push(skill);
          const link = person.related.get(key);
          if (link !== undefined) {
            credit += relatedCredit * link.strength;
            related.push({ skill, via: link.via });
          }
        }

        let titleCredit = 0;
        for (const word of words) titleCredit += person.titleWords.get(word) ?? 0;

        const parts: Partial<Record<OccupationPart, number>> = { occupation: occupation.score };
        if (skills.length > 0) parts.skills = clampUnit(credit / (skills.length + skillPrior));
        if (words.length > 0) parts.title = clampUnit(titleCredit / words.length);
        let total = 0;
        let weightSum = 0;
        for (const part of OCCUPATION_PARTS) {
          const value = parts[part];
          if (value === undefined) continue;
          total += weights[part] * value;
          weightSum += weights[part];
        }
        const score = weightSum > 0 ? clampUnit(total / weightSum) : 0;
        const explanation = joinClauses([
          describeOccupations(occupation.best, found, person, knowledge),
          describeSkills(matchedSkills, related, skills.length),
        ]);
        matches.push({
          jobId: job.id,
          score,
          breakdown: parts,
          matchedSkills,
          missingSkills,
          ranker: name,
          explanation,
        });
      });
      return orderMatches(matches, options);
    },
  };
}
