import {
  getDefaultSkillTaxonomy,
  invalidSetting,
  parseFeedback,
  parseJob,
  parseProfile,
  parseResume,
  rejectUnknownKeys,
  type Feedback,
  type FeedbackInput,
  type Job,
  type JobInput,
  type Profile,
  type ProfileInput,
  type Ranker,
  type Resume,
  type ResumeInput,
  type SkillCategory,
  type SkillTaxonomy,
  type Store,
} from '@rolefit/core';
import { checkPageNumber } from '@rolefit/core/internal';
import { createMultiFactorRanker, createPersonSkills, createSkillResolver, personText } from '@rolefit/rankers';
import { compareText } from './cluster.js';
import {
  checkCorpusSettings,
  checkRankerSetting,
  checkTaxonomySetting,
  type PostingSource,
} from './corpus-settings.js';
import type { Specialisation } from './specialisations.js';

/** Where the target jobs of a skill-gap path came from. */
export type TargetSource = 'jobs' | 'specialisation' | 'feedback';

/** Options for {@link skillGapPath}: the person, and target jobs given directly, by a specialisation or by feedback. */
/** Options for {@link skillGapPath}: the person, the targets ({@link SkillGapTargets}, one kind required) and the rest. */
export type SkillGapOptions = SkillGapTargets & SkillGapBaseOptions;

/**
 * The jobs a skill-gap path closes the gap to: `targetJobs` themselves, or the postings of a `specialisation` or the
 * jobs the person liked (`feedback`), whose ids are looked up in `jobs` or `store` (one of them required then). Given
 * several, `targetJobs` come first, then `specialisation`, then `feedback`.
 */
export type SkillGapTargets =
  | {
      /** The jobs to close the gap to. */
      targetJobs: readonly JobInput[];
      /** A specialisation whose postings are the targets (looked up in `jobs` or `store`). */
      specialisation?: Pick<Specialisation, 'id' | 'name' | 'evidence'> | undefined;
      /** The person's feedback: jobs rated 3 or 2, applied to or hired for are the targets (looked up in `jobs` or `store`). */
      feedback?: readonly FeedbackInput[] | undefined;
      /** The corpus that specialisation and feedback ids refer to. */
      jobs?: readonly JobInput[] | undefined;
      /** A store to look ids up in, when `jobs` is not given. */
      store?: Store | undefined;
    }
  | (PostingSource & {
      targetJobs?: undefined;
      /** A specialisation whose postings are the targets (looked up in `jobs` or `store`). */
      specialisation: Pick<Specialisation, 'id' | 'name' | 'evidence'>;
      /** The person's feedback (not read: the specialisation's postings are the targets). */
      feedback?: readonly FeedbackInput[] | undefined;
    })
  | (PostingSource & {
      targetJobs?: undefined;
      specialisation?: undefined;
      /** The person's feedback: jobs rated 3 or 2, applied to or hired for are the targets (looked up in `jobs` or `store`). */
      feedback: readonly FeedbackInput[];
    });

/** Every option of {@link skillGapPath} but the targets ({@link SkillGapTargets}). */
export interface SkillGapBaseOptions {
  resume: Resume | ResumeInput;
  profile?: Profile | ProfileInput | undefined;
  /** Scores the person against each target, with and without each gap skill (default: the multi-factor ranker with coverage of the target's skills and no related-skill credit). */
  ranker?: Ranker | undefined;
  /** Clock for the default ranker (default: the system clock). */
  now?: Date | undefined;
  /** Gap skills returned at most (default 10). */
  limit?: number | undefined;
  /** Taxonomy that names skill categories (default: the built-in one). */
  taxonomy?: SkillTaxonomy | undefined;
}

/** A learning stage; the plan goes foundations → core → specialise. */
export type LearningStage = 'foundations' | 'core' | 'specialise';

/** A skill the person lacks, with what gaining it is worth. */
export interface GapSkill {
  skill: string;
  /** Taxonomy category, or `other` for skills the taxonomy does not know. */
  category: SkillCategory | 'other';
  stage: LearningStage;
  /** Target jobs that ask for the skill. */
  targetCount: number;
  /** `targetCount` over the number of targets. */
  targetShare: number;
  /** Ids of those target jobs. */
  jobIds: string[];
  /** Mean match score over all targets with the skill added to the resume. */
  meanScoreWith: number;
  /** `meanScoreWith` minus the mean score without it. */
  gain: number;
  /** ½·gain/(largest gain) + ½·targetShare: what the list is sorted by. */
  priority: number;
}

/** One step of the learning plan. */
export interface LearningStep {
  /** 1-based. */
  step: number;
  stage: LearningStage;
  /** A readable heading. */
  title: string;
  /** Categories of its skills, in first-seen order. */
  categories: Array<SkillCategory | 'other'>;
  /** Most impactful first. */
  skills: GapSkill[];
}

/** A person's skill gap to a set of target jobs and the order to close it in. */
export interface SkillGapPath {
  targets: { source: TargetSource; jobIds: string[]; unknownIds: string[]; label?: string | undefined };
  /** Which ranker scored the matches. */
  ranker: string;
  /** Mean match score over the targets as the resume stands. */
  baseMeanScore: number;
  /** Gap skills, highest priority first. */
  gaps: GapSkill[];
  /** The gaps grouped into ordered steps. */
  plan: LearningStep[];
}

// Prerequisite-ish order: general tools and languages first, a field's own practice next, niche and
// certifying skills last (they build on the rest).
const FOUNDATION_CATEGORIES = new Set<string>([
  'programming-language',
  'database',
  'business-software',
  'it-and-networking',
  'language',
  'soft-skill',
]);
const SPECIALISE_CATEGORIES = new Set<string>([
  'machine-learning',
  'cloud-and-devops',
  'cybersecurity',
  'certification',
  'project-and-product-management',
]);
const STAGES: readonly LearningStage[] = ['foundations', 'core', 'specialise'];
const STAGE_TITLES: Readonly<Record<LearningStage, string>> = {
  foundations: 'Foundations: tools and languages the rest builds on',
  core: 'Core practice of the field',
  specialise: 'Specialise: platforms, niches and certificates',
};

/** The learning stage of a skill category: foundations, core or specialise. */
export function learningStage(category: SkillCategory | 'other'): LearningStage {
  if (FOUNDATION_CATEGORIES.has(category)) return 'foundations';
  if (SPECIALISE_CATEGORIES.has(category)) return 'specialise';
  return 'core';
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** The resume with one more listed skill: the "what if I learnt it" copy. */
export function withSkill(resume: Resume, skill: string): Resume {
  return { ...resume, skills: [...resume.skills, skill] };
}

/** Mean match score of the person over the jobs under the ranker. */
export async function meanMatchScore(
  ranker: Ranker,
  resume: Resume,
  profile: Profile | undefined,
  jobs: readonly Job[],
): Promise<number> {
  if (jobs.length === 0) return 0;
  const matches = await ranker.rank({ resume, ...(profile ? { profile } : {}) }, jobs);
  return mean(matches.map((match) => match.score));
}

/** The latest feedback per job for this person; jobs rated 3 or 2, applied to or hired for, unless dismissed. */
export function likedJobIds(feedback: readonly FeedbackInput[], subjectIds: readonly string[]): string[] {
  const latest = new Map<string, Feedback>();
  for (const entry of feedback.map((item) => parseFeedback(item))) {
    if (!subjectIds.includes(entry.subjectId)) continue;
    const previous = latest.get(entry.jobId);
    if (!previous || entry.timestamp >= previous.timestamp) latest.set(entry.jobId, entry);
  }
  return [...latest.values()]
    .filter(
      (entry) =>
        entry.action !== 'dismiss' && ((entry.rating ?? 0) >= 2 || entry.action === 'apply' || entry.action === 'hire'),
    )
    .map((entry) => entry.jobId)
    .sort(compareText);
}

async function resolveTargets(
  options: SkillGapOptions,
  resume: Resume,
  profile: Profile | undefined,
): Promise<{ source: TargetSource; jobs: Job[]; unknownIds: string[]; label?: string }> {
  const { jobs: corpusJobs, store } = checkCorpusSettings('SkillGapOptions', options);
  if (options.targetJobs !== undefined && !Array.isArray(options.targetJobs))
    throw invalidSetting('SkillGapOptions', 'targetJobs', 'must be a list of jobs');
  if (options.targetJobs)
    return { source: 'jobs', jobs: options.targetJobs.map((job) => parseJob(job)), unknownIds: [] };
  let source: TargetSource;
  let ids: string[];
  let label: string | undefined;
  if (options.specialisation) {
    source = 'specialisation';
    ids = [...options.specialisation.evidence.postingIds];
    label = options.specialisation.name;
  } else if (options.feedback) {
    source = 'feedback';
    ids = likedJobIds(options.feedback, [resume.id, ...(profile?.id ? [profile.id] : [])]);
  } else {
    throw invalidSetting(
      'SkillGapOptions',
      'targetJobs',
      'give the targets: `targetJobs`, `specialisation` or `feedback`',
    );
  }
  const corpus = corpusJobs ? new Map(corpusJobs.map((job) => [job.id, job])) : undefined;
  if (!corpus && !store)
    throw invalidSetting('SkillGapOptions', 'jobs', `needs jobs or a store to look up the ${source}'s job ids`);
  const jobs: Job[] = [];
  const unknownIds: string[] = [];
  for (const id of ids) {
    const input = corpus ? corpus.get(id) : await store?.getJob(id);
    if (input) jobs.push(parseJob(input));
    else unknownIds.push(id);
  }
  return { source, jobs, unknownIds, ...(label ? { label } : {}) };
}

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const SKILL_GAP_OPTIONS_NAMES = {
  resume: true,
  profile: true,
  targetJobs: true,
  specialisation: true,
  feedback: true,
  jobs: true,
  store: true,
  ranker: true,
  now: true,
  limit: true,
  taxonomy: true,
} satisfies Record<keyof SkillGapOptions, true>;

/**
 * The skills a person lacks for a set of target jobs, each scored by how many targets ask for it and by how much
 * it raises the person's mean match score over the targets when added to the resume (re-ranked with `ranker`),
 * grouped into an ordered plan: foundations, then core practice, then specialisation; most impactful first within each.
 */
export async function skillGapPath(options: SkillGapOptions): Promise<SkillGapPath> {
  rejectUnknownKeys('SkillGapOptions', options, SKILL_GAP_OPTIONS_NAMES, { required: true });
  // A page's limit (core's checkPageNumber, one wording): Infinity keeps every one, a fraction is rounded down.
  const limit = checkPageNumber('SkillGapOptions', 'limit', options.limit) ?? 10;
  const resume = parseResume(options.resume);
  const profile = options.profile === undefined ? undefined : parseProfile(options.profile);
  const taxonomy = checkTaxonomySetting('SkillGapOptions', options.taxonomy) ?? getDefaultSkillTaxonomy();
  // A ranker of the wrong kind was "ranker.rank is not a function" after the gap skills were found (round 18).
  checkRankerSetting('SkillGapOptions', options.ranker);
  const now = options.now;
  // Coverage of the target's skills, without related-skill credit: learning a skill the target asks for then always
  // raises the skills factor, so the measured gain says what that skill is worth (the ranking default, a cosine with
  // part credit for related skills, can move a little either way when the person's skill count grows).
  const gapSettings = { taxonomy, skillOverlap: 'coverage', relatedSkillCredit: 0 } as const;
  const ranker = options.ranker ?? createMultiFactorRanker(now ? { ...gapSettings, now: () => now } : gapSettings);
  const targets = await resolveTargets(options, resume, profile);
  const jobs = [...targets.jobs].sort((left, right) => compareText(left.id, right.id));

  const query = { resume, ...(profile ? { profile } : {}) };
  const matches = jobs.length === 0 ? [] : await ranker.rank(query, jobs);
  const baseMeanScore = mean(matches.map((match) => match.score));

  // Which targets ask for each skill the person lacks: the ranker's missing skills, or, for rankers that do not
  // report them, the job's listed skills the person does not have.
  const resolver = createSkillResolver(taxonomy);
  const personSkills = createPersonSkills(resolver, resume.skills, personText(query));
  const needs = new Map<string, { skill: string; jobIds: Set<string> }>();
  const byId = new Map(matches.map((match) => [match.jobId, match]));
  for (const job of jobs) {
    const reported = byId.get(job.id)?.missingSkills ?? [];
    const missing =
      reported.length > 0 ? reported : job.skills.filter((skill) => !personSkills.has(resolver.resolve(skill)));
    for (const name of missing) {
      const resolved = resolver.resolve(name);
      if (resolved.key === '') continue;
      const entry = needs.get(resolved.key) ?? { skill: resolved.name, jobIds: new Set<string>() };
      entry.jobIds.add(job.id);
      needs.set(resolved.key, entry);
    }
  }

  const measured: Array<Omit<GapSkill, 'priority'>> = [];
  for (const { skill, jobIds } of [...needs.values()].sort((left, right) => compareText(left.skill, right.skill))) {
    const meanScoreWith = await meanMatchScore(ranker, withSkill(resume, skill), profile, jobs);
    const category = taxonomy.lookup(skill)?.category ?? 'other';
    measured.push({
      skill,
      category,
      stage: learningStage(category),
      targetCount: jobIds.size,
      targetShare: jobIds.size / jobs.length,
      jobIds: [...jobIds].sort(compareText),
      meanScoreWith,
      gain: meanScoreWith - baseMeanScore,
    });
  }
  const largestGain = measured.reduce((largest, gap) => Math.max(largest, gap.gain), 0);
  const gaps: GapSkill[] = measured
    .map((gap) => ({
      ...gap,
      priority: 0.5 * (largestGain > 0 ? Math.max(0, gap.gain) / largestGain : 0) + 0.5 * gap.targetShare,
    }))
    .sort(
      (left, right) => right.priority - left.priority || right.gain - left.gain || compareText(left.skill, right.skill),
    )
    .slice(0, limit);

  const plan: LearningStep[] = [];
  for (const stage of STAGES) {
    const skills = gaps.filter((gap) => gap.stage === stage);
    if (skills.length === 0) continue;
    plan.push({
      step: plan.length + 1,
      stage,
      title: STAGE_TITLES[stage],
      categories: [...new Set(skills.map((gap) => gap.category))],
      skills,
    });
  }
  return {
    targets: {
      source: targets.source,
      jobIds: jobs.map((job) => job.id),
      unknownIds: targets.unknownIds,
      ...(targets.label ? { label: targets.label } : {}),
    },
    ranker: ranker.name,
    baseMeanScore,
    gaps,
    plan,
  };
}
