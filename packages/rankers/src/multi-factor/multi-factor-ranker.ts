import {
  invalidSetting,
  loadOccupationKnowledge,
  rejectUnknownKeys,
  type Job,
  type Match,
  type RankQuery,
  type Ranker,
  type SkillTaxonomy,
} from '@rolefit/core';
import { checkNumberSetting } from '@rolefit/core/internal';
import {
  checkBm25Settings,
  normalizeBm25Score,
  scoreJobsWithBm25,
  type Bm25ScoringSettings,
} from '../shared/bm25-scoring.js';
import { personText } from '../shared/person.js';
import { ABORT_CHECK_INTERVAL, checkRankArguments, clampUnit, orderMatches } from '../shared/ranking.js';
import {
  createPersonSkills,
  createBoundedSkillResolver,
  type PersonSkills,
  type ResolvedSkill,
  type SkillResolver,
} from '../shared/skills.js';
import { personYearsOfExperience, scoreExperience, type ExperienceFactorSettings } from './experience-factor.js';
import { explainMatch } from './explanation.js';
import { multiFactorReadingCache, type MultiFactorJobReading } from './job-readings.js';
import {
  DEFAULT_RECENCY_HALF_LIFE_DAYS,
  scoreLocation,
  scoreRecency,
  scoreSalary,
  scoreTitle,
  titleWords,
  type LocationWish,
  type WeightedTitle,
} from './preference-factors.js';
import {
  DEFAULT_NICE_TO_HAVE_WEIGHT,
  scoreSkills,
  type SkillOverlapMeasure,
  type SkillScoringOptions,
} from './skills-factor.js';
import { SHIPPED_MULTI_FACTOR_SETTINGS } from './candidates.js';
import { NEUTRAL_SCORE } from './neutral.js';
import { enabledFactors, normalizeWeights, type MultiFactorName, type MultiFactorWeights } from './weights.js';

/** Default share of a missing skill credited for a related skill the person has (the shipped candidate's, chosen leave-one-dataset-out). */
export const DEFAULT_RELATED_SKILL_CREDIT: number = SHIPPED_MULTI_FACTOR_SETTINGS.relatedSkillCredit ?? 0;

/** Settings for {@link createMultiFactorRanker}. */
export interface MultiFactorSettings {
  /** Name recorded in each Match (default `multi-factor`). */
  name?: string | undefined;
  /** Factor weights, merged over {@link DEFAULT_MULTI_FACTOR_WEIGHTS} and scaled to sum to 1; 0 turns a factor off. */
  weights?: Partial<MultiFactorWeights> | undefined;
  /** Taxonomy that canonicalises and finds skills (default: the built-in one). */
  taxonomy?: SkillTaxonomy | undefined;
  /** Weight of a nice-to-have job skill relative to a required one, 0…1 (default 0.5). */
  niceToHaveWeight?: number | undefined;
  /** When a job lists fewer skills than this, skills found in its title and description are added (default 5). */
  minimumListedSkills?: number | undefined;
  /** How under- and over-qualification are penalised. */
  experience?: ExperienceFactorSettings | undefined;
  /** BM25 settings of the keyword factor. */
  keywords?: Bm25ScoringSettings | undefined;
  /** Days after which a posting's recency score halves (default 30). */
  recencyHalfLifeDays?: number | undefined;
  /** How much a title the person has held counts against a desired one in the title factor, 0…1 (default 0.8). */
  pastTitleWeight?: number | undefined;
  /** How many of the most recent past titles the title factor uses (default 3). */
  pastTitleCount?: number | undefined;
  /** Clock for recency and for experience that runs to the present (default: the system clock). */
  now?: (() => Date) | undefined;
  /** How matched skills become the skills score (default `cosine`, chosen on the dev sets); see {@link SkillOverlapMeasure}. */
  skillOverlap?: SkillOverlapMeasure | undefined;
  /** Weigh each job skill by its rarity in the batch, ln(1 + jobs / jobs naming it), so shared common skills count less (default false). */
  skillRarity?: boolean | undefined;
  /**
   * Share of a missing job skill that counts when the person has a skill related to it (ESCO skill–skill and O*NET
   * relations, through core's occupation knowledge, loaded on first use; scaled by the relation's strength), in
   * [0, 1] (default 0.5, chosen on the dev sets; 0 turns it off).
   */
  relatedSkillCredit?: number | undefined;
  /**
   * What a factor that has nothing to go on does. `reweigh` (default, chosen leave-one-dataset-out): it leaves the sum
   * and its weight goes to the factors that have evidence, pro rata; skills have none when the job names no skills or
   * the person lists none, experience when either side's years are unknown. `neutral`: it scores 0.5 (the old way).
   * The breakdown shows each factor's own score either way.
   */
  missingEvidence?: 'reweigh' | 'neutral' | undefined;
  /**
   * With `reweigh`, a job naming n skills gives the skills factor n / (n + prior) of its weight, so a job that names
   * one or two skills cannot outweigh the keywords on them alone (default 0: full weight from one skill).
   */
  skillEvidencePrior?: number | undefined;
}

/** What the ranker learns about the person once per call. */
interface PersonFeatures {
  skills: PersonSkills;
  years: number | undefined;
  titles: WeightedTitle[];
  location: LocationWish;
}

function checkUnitSetting(name: string, value: number | undefined): void {
  checkNumberSetting('MultiFactorSettings', name, value, { min: 0, max: 1 });
}

/** The person's recent titles (newest first when dated) and desired titles, weighted for the title factor. */
function personTitles(query: RankQuery, pastTitleWeight: number, pastTitleCount: number): WeightedTitle[] {
  const titles: WeightedTitle[] = (query.profile?.desiredTitles ?? []).map((title) => ({
    words: titleWords(title),
    weight: 1,
  }));
  const entries = [...(query.resume?.experience ?? [])];
  // Newest first; undated entries keep their place after the dated ones (resumes list newest first anyway).
  entries.sort((left, right) => (right.start?.getTime() ?? -Infinity) - (left.start?.getTime() ?? -Infinity) || 0);
  for (const entry of entries.slice(0, pastTitleCount))
    titles.push({ words: titleWords(entry.title), weight: pastTitleWeight });
  return titles.filter((title) => title.words.size > 0);
}

/** Every setting of {@link createMultiFactorRanker}, so an unknown (mistyped) one is refused. */
const MULTI_FACTOR_SETTING_NAMES = {
  name: true,
  weights: true,
  taxonomy: true,
  niceToHaveWeight: true,
  minimumListedSkills: true,
  experience: true,
  keywords: true,
  recencyHalfLifeDays: true,
  pastTitleWeight: true,
  pastTitleCount: true,
  now: true,
  skillOverlap: true,
  skillRarity: true,
  relatedSkillCredit: true,
  missingEvidence: true,
  skillEvidencePrior: true,
} satisfies Record<keyof MultiFactorSettings, true>;

/** Ranks jobs by a weighted sum of factors: skills, experience and keywords by default; title, location, salary and recency on request. */
export function createMultiFactorRanker(settings: MultiFactorSettings = {}): Ranker {
  rejectUnknownKeys('MultiFactorSettings', settings, MULTI_FACTOR_SETTING_NAMES);
  const name = settings.name ?? 'multi-factor';
  const weights = normalizeWeights(settings.weights);
  const factors = enabledFactors(weights);
  const uses = (factor: MultiFactorName) => weights[factor] > 0;
  const niceToHaveWeight = settings.niceToHaveWeight ?? DEFAULT_NICE_TO_HAVE_WEIGHT;
  const pastTitleWeight = settings.pastTitleWeight ?? 0.8;
  const pastTitleCount = settings.pastTitleCount ?? 3;
  const halfLifeDays = settings.recencyHalfLifeDays ?? DEFAULT_RECENCY_HALF_LIFE_DAYS;
  checkUnitSetting('niceToHaveWeight', niceToHaveWeight);
  checkUnitSetting('pastTitleWeight', pastTitleWeight);
  const relatedSkillCredit = settings.relatedSkillCredit ?? DEFAULT_RELATED_SKILL_CREDIT;
  checkUnitSetting('relatedSkillCredit', relatedSkillCredit);
  // Related skills of a job skill, by key, once per ranker (the knowledge does not change), each resolved as the
  // ranker's resolver resolves it.
  const relatedCache = new Map<string, readonly { skill: ResolvedSkill; strength: number }[]>();
  checkNumberSetting('MultiFactorSettings', 'recencyHalfLifeDays', halfLifeDays, { above: 0 });
  checkNumberSetting('MultiFactorSettings', 'pastTitleCount', pastTitleCount, { integer: true, min: 0 });
  checkBm25Settings(settings.keywords);
  checkNumberSetting('MultiFactorSettings', 'minimumListedSkills', settings.minimumListedSkills, {
    integer: true,
    min: 0,
  });
  const experience = settings.experience ?? {};
  for (const half of ['underQualifiedHalfYears', 'overQualifiedHalfYears'] as const)
    checkNumberSetting('MultiFactorSettings', `experience.${half}`, experience[half], { above: 0 });
  checkNumberSetting('MultiFactorSettings', 'experience.overQualifiedFloor', experience.overQualifiedFloor, {
    min: 0,
    max: 1,
  });
  const missingEvidence = settings.missingEvidence ?? SHIPPED_MULTI_FACTOR_SETTINGS.missingEvidence ?? 'reweigh';
  if (missingEvidence !== 'reweigh' && missingEvidence !== 'neutral')
    throw invalidSetting(
      'MultiFactorSettings',
      'missingEvidence',
      `must be 'reweigh' or 'neutral', got ${String(missingEvidence)}`,
    );
  const skillEvidencePrior = settings.skillEvidencePrior ?? SHIPPED_MULTI_FACTOR_SETTINGS.skillEvidencePrior ?? 0;
  checkNumberSetting('MultiFactorSettings', 'skillEvidencePrior', skillEvidencePrior, { min: 0 });
  const taxonomy = settings.taxonomy;
  // Skill names resolved once per ranker, as the related skills above are (bounded).
  let sharedResolver: SkillResolver | undefined;

  return {
    name,
    async rank(query, jobs, options = {}) {
      checkRankArguments(query, jobs, options);
      options.signal?.throwIfAborted();
      const now = settings.now?.() ?? new Date();
      sharedResolver ??= createBoundedSkillResolver(taxonomy);
      const resolver = sharedResolver;
      // What a job says whatever the person depends only on the job, the taxonomy and the skills-list minimum: read
      // once per job for every ranker with those settings, or put there from the saved readings (writeJobFeatures).
      const readings = multiFactorReadingCache(resolver.taxonomy, settings.minimumListedSkills);

      const text = personText(query);
      const person: PersonFeatures = {
        skills: createPersonSkills(resolver, query.resume?.skills ?? [], text),
        years: uses('experience') ? personYearsOfExperience(query, now) : undefined,
        titles: uses('title') ? personTitles(query, pastTitleWeight, pastTitleCount) : [],
        location: { places: query.profile?.locations ?? [], workplaces: query.profile?.workplace ?? [] },
      };
      const keywordScores = uses('keywords')
        ? scoreJobsWithBm25(text, jobs, settings.keywords, options.corpusStatistics)
        : { raw: [], ceiling: 0 };
      const minimumSalary = query.profile?.minSalary;

      const featuresOf = (job: Job): MultiFactorJobReading => readings.get(job);

      const skillOptions: SkillScoringOptions = {
        measure: settings.skillOverlap ?? SHIPPED_MULTI_FACTOR_SETTINGS.skillOverlap ?? 'cosine',
      };
      if (relatedSkillCredit > 0 && uses('skills')) {
        const knowledge = await loadOccupationKnowledge();
        options.signal?.throwIfAborted();
        // A missing skill's credit depends only on its key and the person: worked out once per key per call.
        const creditByKey = new Map<string, number>();
        skillOptions.partialCredit = (skill) => {
          let credit = creditByKey.get(skill.key);
          if (credit !== undefined) return credit;
          let related = relatedCache.get(skill.key);
          if (related === undefined)
            relatedCache.set(
              skill.key,
              (related = knowledge
                .relatedSkills(skill.name, { limit: 20 })
                .map((candidate) => ({ skill: resolver.resolve(candidate.skill), strength: candidate.strength }))),
            );
          let best = 0;
          for (const candidate of related)
            if (candidate.strength > best && person.skills.has(candidate.skill)) best = candidate.strength;
          credit = relatedSkillCredit * best;
          creditByKey.set(skill.key, credit);
          return credit;
        };
      }
      if (settings.skillRarity && uses('skills')) {
        const documentFrequency = new Map<string, number>();
        for (const job of jobs)
          for (const skill of featuresOf(job).skills)
            documentFrequency.set(skill.key, (documentFrequency.get(skill.key) ?? 0) + 1);
        skillOptions.skillWeight = (key) => Math.log(1 + jobs.length / (documentFrequency.get(key) ?? 1));
      }
      // How much of a factor's weight counts for a job: none without evidence (see `missingEvidence`). One function per
      // call, not one per job.
      const evidence = (factor: MultiFactorName, features: MultiFactorJobReading): number => {
        if (missingEvidence === 'neutral') return 1;
        if (factor === 'skills') {
          const named = features.skills.length;
          if (named === 0 || person.skills.names.length === 0) return 0;
          return named / (named + skillEvidencePrior);
        }
        if (factor === 'experience') return person.years === undefined || features.range === undefined ? 0 : 1;
        return 1;
      };
      const matches: Match[] = [];
      jobs.forEach((job, position) => {
        if (position % ABORT_CHECK_INTERVAL === 0) options.signal?.throwIfAborted();
        const features = featuresOf(job);
        const skills = scoreSkills(person.skills, features.skills, niceToHaveWeight, skillOptions);
        const scores: Record<string, number> = {};
        for (const factor of factors) {
          let score: number;
          switch (factor) {
            case 'skills':
              score = skills.score;
              break;
            case 'experience':
              score = scoreExperience(person.years, features.range, settings.experience);
              break;
            case 'keywords':
              score = normalizeBm25Score(
                keywordScores.raw[position] ?? 0,
                keywordScores.ceiling,
                settings.keywords?.halfScoreCoverage,
              );
              break;
            case 'title':
              score = scoreTitle(person.titles, features.titleWords);
              break;
            case 'location':
              score = scoreLocation(person.location, job.location);
              break;
            case 'salary':
              score = scoreSalary(minimumSalary, job.salary);
              break;
            case 'recency':
              score = scoreRecency(job.postedAt, now, halfLifeDays);
              break;
          }
          scores[factor] = clampUnit(score);
        }
        let total = 0;
        let weightWithEvidence = 0;
        for (const factor of factors) {
          const weight = weights[factor] * evidence(factor, features);
          total += weight * (scores[factor] ?? 0);
          weightWithEvidence += weight;
        }
        // Weights sum to 1; factors without evidence hand theirs to the rest. Nothing to go on at all: neutral.
        total = weightWithEvidence > 0 ? total / weightWithEvidence : NEUTRAL_SCORE;
        const salaryState = !minimumSalary
          ? 'none'
          : job.salary?.currency === minimumSalary.currency
            ? 'compared'
            : 'unknown';
        const ageDays = job.postedAt
          ? Math.max(0, Math.floor((now.getTime() - job.postedAt.getTime()) / 86_400_000))
          : undefined;
        matches.push({
          jobId: job.id,
          score: clampUnit(total),
          breakdown: scores,
          matchedSkills: skills.matched,
          missingSkills: skills.missing,
          ranker: name,
          explanation: explainMatch(factors, {
            skills,
            personSkillCount: person.skills.names.length,
            years: person.years,
            range: features.range,
            scores,
            salary: salaryState,
            ageDays,
          }),
        });
      });
      return orderMatches(matches, options);
    },
  };
}
