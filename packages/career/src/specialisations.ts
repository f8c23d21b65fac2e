import {
  invalidSetting,
  parseJob,
  parseProfile,
  parseResume,
  rejectUnknownKeys,
  type Job,
  type Profile,
  type ProfileInput,
  type Resume,
  type ResumeInput,
  type Workplace,
} from '@rolefit/core';
import { checkNumberSetting, checkPageNumber } from '@rolefit/core/internal';
import {
  cosine,
  createPersonSkills,
  createSkillResolver,
  personText,
  scoreRecency,
  titleWords,
  type PersonSkills,
  type SkillResolver,
} from '@rolefit/rankers';
import {
  CLUSTER_SETTINGS_NAMES,
  clusterVectors,
  compareText,
  createCareerSpace,
  DEFAULT_CLUSTER_THRESHOLD,
  groupsToClusters,
  postingFeatures,
  postingKey,
  type ClusterSettings,
  type JobCluster,
  type PostingFeatures,
} from './cluster.js';
import { checkCorpusSettings, type PostingSource } from './corpus-settings.js';
import { normalizeRoleTitle, roleTitle } from './titles.js';
import { courseSearchFor, type CourseSearch } from './course-search/course-search.js';
import {
  interestFit,
  preferenceTerms,
  telling,
  termSet,
  termStatistics,
  workplaceFit,
  workStyleFit,
} from './preferences/preference-fit.js';
import { loadWorkNatureReader, type WorkNature } from './work-nature/work-nature.js';

/** How the parts of a specialisation's score are combined; each pair is scaled to sum to 1. */
export interface SpecialisationWeights {
  /** Weight of fit (how well the person matches) against `demand` (default 0.7). */
  fit: number;
  /** Weight of demand (how much the market wants it) against `fit` (default 0.3). */
  demand: number;
  /** Within fit: TF-IDF cosine of the person's titles and skills to the cluster centroid (default 0.5). */
  similarity: number;
  /** Within fit: share of the cluster's skills (weighted by how many postings ask) that the person has (default 0.5). */
  skills: number;
  /** Within fit: how the postings' physical share (from O*NET tools per occupation) suits the profile's `workStyle` (default 0.4). */
  workStyle: number;
  /** Within fit: share of the postings at a workplace (remote, hybrid, on-site) the profile wants (default 0.2). */
  workplace: number;
  /** Within fit: how much the postings' text speaks to the profile's free-text `preferences` (default 0.4). */
  interests: number;
  /** Within demand: posting count, log-scaled against the biggest cluster (default 0.5). */
  count: number;
  /** Within demand: mean recency of the postings, halving every 30 days (default 0.25). */
  recency: number;
  /** Within demand: mean percentile of the postings' annual pay among the corpus's postings in the same currency (default 0.25). */
  salary: number;
}

/**
 * Default weights: score = fit·(0.7 + 0.3·demand); fit = the weighted mean of the parts the person gives evidence
 * for (similarity 0.5 and skills 0.5 from a resume or desired titles, work style 0.4, workplace 0.2, interests 0.4
 * from the profile); demand = ½ count + ¼ recency + ¼ salary.
 */
export const DEFAULT_SPECIALISATION_WEIGHTS: Readonly<SpecialisationWeights> = Object.freeze({
  fit: 0.7,
  demand: 0.3,
  similarity: 0.5,
  skills: 0.5,
  workStyle: 0.4,
  workplace: 0.2,
  interests: 0.4,
  count: 0.5,
  recency: 0.25,
  salary: 0.25,
});

/** Options for {@link recommendSpecialisations}: the postings (a `store` or `jobs`, one required) and the rest. */
export type SpecialisationOptions = PostingSource & SpecialisationBaseOptions;

/** Every option of {@link recommendSpecialisations} but the postings ({@link PostingSource}). */
export interface SpecialisationBaseOptions {
  /** The person; without resume or profile the list is ranked by demand alone. */
  resume?: Resume | ResumeInput | undefined;
  /** What the person is looking for: desired titles, work style, workplace and free-text preferences count towards fit. */
  profile?: Profile | ProfileInput | undefined;
  /** How many specialisations to return (default 10; `Infinity` for all). */
  limit?: number | undefined;
  /** Reference time for recency (default: the newest posting date, so results do not drift with the clock). */
  now?: Date | undefined;
  /** Most recent postings read (default 1000); past `cluster.maxClustered` (2,000) a sample of them is clustered pair by pair and the rest join its groups. */
  maxJobs?: number | undefined;
  /** Clustering settings (threshold default 0.25). */
  cluster?: Omit<ClusterSettings, 'resolver'> | undefined;
  /** Score weights, merged over {@link DEFAULT_SPECIALISATION_WEIGHTS}. */
  weights?: { [Weight in keyof SpecialisationWeights]?: SpecialisationWeights[Weight] | undefined } | undefined;
  /** Sample postings listed as evidence (default 3). */
  samplePostings?: number | undefined;
  /** Top skills listed per specialisation (default 8). */
  topSkills?: number | undefined;
}

/** Each score component of a specialisation, all in [0, 1]. */
export interface SpecialisationScores {
  /** The combined score the list is ranked by. */
  score: number;
  fit: number;
  similarity: number;
  skillCoverage: number;
  /** How the work's physical share suits the profile's work style; only when the profile states one. */
  workStyle?: number | undefined;
  /** Workplace match; only when the profile lists workplaces. */
  workplace?: number | undefined;
  /** Free-text preference match; only when the profile's preferences name words the corpus uses. */
  interests?: number | undefined;
  demand: number;
  count: number;
  recency: number;
  salary: number;
}

/** The median annual pay of a specialisation's postings in one currency. */
export interface MedianSalary {
  currency: string;
  /** Median of the postings' annual midpoints, rounded to a whole unit. */
  annualMedian: number;
  /** How many postings in that currency state pay. */
  postings: number;
}

/** Why a specialisation is where it is: what the postings say and what the person has. */
export interface SpecialisationEvidence {
  /** Postings in the cluster (cross-board duplicates counted once). */
  postingCount: number;
  /** Every posting id in the cluster, in id order. */
  postingIds: string[];
  /** The most typical postings (closest to the cluster centre). */
  samplePostings: Array<{ id: string; title: string; company?: string; postedAt?: string }>;
  /** Median annual pay per currency, most postings first. */
  medianSalary: MedianSalary[];
  /** ISO date of the newest posting, when any is dated. */
  newestPostedAt?: string | undefined;
  /** Top skills the person has. */
  matchedSkills: string[];
  /** Top skills the person lacks. */
  missingSkills: string[];
  /** Mean physical share of the postings' work (0 desk … 1 hands-on, from O*NET); only when the profile states a work style. */
  physicalShare?: number | undefined;
  /** The O*NET occupations the postings name most, when the physical share was read. */
  occupations?: string[] | undefined;
}

/** A specialisation: a cluster of similar postings, named after its most typical title. */
export interface Specialisation {
  /** Stable slug of the name (suffixed `-2`, `-3` when names repeat). */
  id: string;
  /** The most frequent role title of its postings. */
  name: string;
  /** 1-based place in the ranked list. */
  rank: number;
  /** Role titles of its postings with counts, most frequent first. */
  titles: Array<{ title: string; count: number }>;
  /** Skills its postings ask for, with how many ask and whether the person has them. */
  topSkills: Array<{ skill: string; postings: number; share: number; has: boolean }>;
  scores: SpecialisationScores;
  evidence: SpecialisationEvidence;
  /** Why it fits the person: which preference, title or skills matched (or did not), in plain words. */
  reasons: string[];
  /** A Coursera search for the specialisation (built, not fetched; see {@link fetchCourseSearches}). */
  courseSearch: CourseSearch;
}

/** The ranked specialisations of a corpus, with what was clustered. */
export interface SpecialisationReport {
  /** Best first. */
  specialisations: Specialisation[];
  /** Postings clustered (after merging duplicates); the sum of every cluster's `postingCount`. */
  postingCount: number;
  /** Cross-board duplicates merged before clustering. */
  duplicateCount: number;
  /** Clusters found (the list may be shorter, see `limit`). */
  clusterCount: number;
  /** The reference time used for recency, ISO. */
  now: string;
  /** The weights used, scaled. */
  weights: SpecialisationWeights;
}

/** Scales the groups (fit, demand), (similarity, skills, workStyle, workplace, interests) and (count, recency, salary) to sum to 1 each. */
export function normalizeSpecialisationWeights(
  weights: { [Weight in keyof SpecialisationWeights]?: SpecialisationWeights[Weight] | undefined } = {},
): SpecialisationWeights {
  const merged = {
    ...DEFAULT_SPECIALISATION_WEIGHTS,
    ...Object.fromEntries(Object.entries(weights).filter(([, value]) => value !== undefined)),
  } as SpecialisationWeights;
  for (const [key, value] of Object.entries(merged))
    checkNumberSetting('SpecialisationOptions', `weights.${key}`, value, { min: 0 });
  const scale = (keys: Array<keyof SpecialisationWeights>) => {
    const total = keys.reduce((sum, key) => sum + merged[key], 0);
    if (!(total > 0))
      throw invalidSetting('SpecialisationOptions', `weights.${keys[0]}`, `${keys.join(', ')} must not all be 0`);
    for (const key of keys) merged[key] /= total;
  };
  scale(['fit', 'demand']);
  scale(['similarity', 'skills', 'workStyle', 'workplace', 'interests']);
  scale(['count', 'recency', 'salary']);
  return merged;
}

/** The yearly midpoint of a posting's pay, when it states any. */
export function annualMidpoint(job: Job): number | undefined {
  const values = [job.salary?.annualMin, job.salary?.annualMax].filter((value): value is number => value !== undefined);
  return values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The first index of `sorted` (ascending) whose value is not below `value` (`orEqual`: not at or below it). */
function firstIndexAbove(sorted: readonly number[], value: number, orEqual: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const other = sorted[middle] ?? 0;
    if (other < value || (orEqual && other === value)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Share of `sorted` (ascending) below `value`, ties counting half: 0.5 means middle of the market. A binary search:
 * scanning the whole list for each posting was quadratic in the postings of one currency.
 */
export function payPercentile(value: number, sorted: readonly number[]): number {
  if (sorted.length <= 1) return 0.5;
  const below = firstIndexAbove(sorted, value, false);
  const equal = firstIndexAbove(sorted, value, true) - below;
  // The posting itself is among `sorted`; leave it out so a lone top payer scores 1.
  return (below + (equal - 1) / 2) / (sorted.length - 1);
}

/** Appends `value` to the list kept under `key`, made on first use (spreading the list into a new one each time was quadratic). */
function addTo<Key>(lists: Map<Key, number[]>, key: Key, value: number): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [value]);
  else list.push(value);
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'specialisation'
  );
}

/** Loads, validates and de-duplicates the corpus, newest `maxJobs` kept, in id order. */
async function loadCorpus(options: SpecialisationOptions): Promise<{ jobs: Job[]; duplicateCount: number }> {
  const maxJobs = options.maxJobs ?? 1000;
  if (typeof maxJobs !== 'number' || !(maxJobs >= 1))
    throw invalidSetting('SpecialisationOptions', 'maxJobs', `must be a number ≥ 1, got ${String(maxJobs)}`);
  const corpus = checkCorpusSettings('SpecialisationOptions', options);
  let jobs: Job[];
  if (corpus.store) jobs = await corpus.store.listJobs(undefined, { limit: Math.floor(maxJobs) * 2 });
  else if (corpus.jobs) jobs = corpus.jobs.map((job) => parseJob(job));
  else
    throw invalidSetting(
      'SpecialisationOptions',
      'jobs',
      'needs a store or jobs: give `store` (a Store) or `jobs` (a list of jobs)',
    );
  // Newest first, then the first copy (lowest id) of each posting seen on several boards.
  jobs = [...jobs].sort(
    (left, right) =>
      (right.postedAt?.getTime() ?? -Infinity) - (left.postedAt?.getTime() ?? -Infinity) ||
      compareText(left.id, right.id),
  );
  const byKey = new Map<string, Job>();
  for (const job of [...jobs].sort((left, right) => compareText(left.id, right.id)))
    if (!byKey.has(postingKey(job))) byKey.set(postingKey(job), job);
  const unique = jobs.filter((job) => byKey.get(postingKey(job)) === job);
  const kept = unique.slice(0, Math.floor(maxJobs)).sort((left, right) => compareText(left.id, right.id));
  return { jobs: kept, duplicateCount: jobs.length - unique.length };
}

/** The person's title words (desired titles, then the three latest held) and skills. */
function personFeatures(
  resolver: SkillResolver,
  resume: Resume | undefined,
  profile: Profile | undefined,
): { words: Set<string>; skills: PersonSkills } {
  const words = new Set<string>();
  const titles = [
    ...(profile?.desiredTitles ?? []),
    ...(resume?.experience ?? []).slice(0, 3).map((entry) => entry.title),
  ];
  for (const title of titles) for (const word of titleWords(title)) words.add(word);
  const skills = createPersonSkills(resolver, resume?.skills ?? [], personText({ resume, profile }));
  return { words, skills };
}

/** Names a cluster after its most frequent role title (ties: the more typical, then alphabetical). */
function clusterTitles(cluster: JobCluster): Array<{ title: string; count: number }> {
  const counts = new Map<string, { title: string; count: number; typicality: number }>();
  cluster.jobs.forEach((job, index) => {
    const key = normalizeRoleTitle(job.title);
    const entry = counts.get(key) ?? { title: roleTitle(job.title), count: 0, typicality: 0 };
    entry.count += 1;
    entry.typicality += cluster.typicality[index] ?? 0;
    counts.set(key, entry);
  });
  return [...counts.values()]
    .sort(
      (left, right) =>
        right.count - left.count || right.typicality - left.typicality || compareText(left.title, right.title),
    )
    .map(({ title, count }) => ({ title, count }));
}

/** What the profile asks beyond titles and skills, prepared once for the corpus. */
interface ProfileWants {
  workStyle?: { style: NonNullable<Profile['workStyle']>; natures: Map<string, WorkNature | undefined> };
  workplace?: Profile['workplace'];
  interests?: {
    terms: ReturnType<typeof preferenceTerms>;
    texts: Map<string, Set<string>>;
    corpus: ReturnType<typeof termStatistics>;
  };
}

/** Reads what the profile asks and prepares the corpus for it: each posting's work nature and terms, only when asked. */
async function profileWants(profile: Profile | undefined, jobs: readonly Job[]): Promise<ProfileWants> {
  const wants: ProfileWants = {};
  const terms = profile?.preferences ? preferenceTerms(profile.preferences) : undefined;
  const asksInterests = terms !== undefined && terms.wanted.size + terms.avoided.size > 0;
  const reader = profile?.workStyle || asksInterests ? await loadWorkNatureReader() : undefined;
  const natures = new Map(reader ? jobs.map((job) => [job.id, reader.of(job)]) : []);
  if (profile?.workStyle) wants.workStyle = { style: profile.workStyle, natures };
  if (profile && profile.workplace.length > 0) wants.workplace = profile.workplace;
  if (terms && asksInterests) {
    // A posting's text, and the occupations (ESCO/O*NET labels) its title names: "nursing" finds a healthcare assistant post.
    const occupationText = (job: Job) =>
      (natures.get(job.id)?.occupations ?? []).map((occupation) => occupation.label).join('\n');
    const texts = new Map(
      jobs.map((job) => [
        job.id,
        termSet([job.title, job.company ?? '', job.skills.join(' '), job.description, occupationText(job)].join('\n')),
      ]),
    );
    const corpus = termStatistics([...texts.values()]);
    const speaks = [...terms.wanted.keys(), ...terms.avoided.keys()].some((stem) =>
      telling(corpus.frequency.get(stem) ?? 0, corpus),
    );
    if (speaks) wants.interests = { terms, texts, corpus };
  }
  return wants;
}

const percent = (value: number) => `${Math.round(value * 100)}%`;
const WORKPLACE_WORDS: Readonly<Record<Workplace, string>> = { remote: 'remote', hybrid: 'hybrid', onsite: 'on-site' };

/** The profile parts of a cluster's fit, with their scores, evidence and reasons. */
function preferenceParts(wants: ProfileWants, jobs: readonly Job[]) {
  const parts: Array<['workStyle' | 'workplace' | 'interests', number]> = [];
  const scores: Pick<SpecialisationScores, 'workStyle' | 'workplace' | 'interests'> = {};
  const evidence: Pick<SpecialisationEvidence, 'physicalShare' | 'occupations'> = {};
  const reasons: string[] = [];
  if (wants.workStyle) {
    const natures = jobs
      .map((job) => wants.workStyle!.natures.get(job.id))
      .filter((nature): nature is WorkNature => nature !== undefined);
    if (natures.length === 0) {
      parts.push(['workStyle', 0.5]);
      scores.workStyle = 0.5;
      reasons.push(`work style: no O*NET occupation recognised in its postings, counted as neither desk nor hands-on`);
    } else {
      const physical = natures.reduce((sum, nature) => sum + nature.physical, 0) / natures.length;
      const value = workStyleFit(wants.workStyle.style, physical);
      parts.push(['workStyle', value]);
      scores.workStyle = value;
      evidence.physicalShare = physical;
      const counts = new Map<string, number>();
      for (const nature of natures)
        for (const occupation of nature.occupations.slice(0, 1))
          counts.set(occupation.label, (counts.get(occupation.label) ?? 0) + 1);
      evidence.occupations = [...counts]
        .sort((left, right) => right[1] - left[1] || compareText(left[0], right[0]))
        .slice(0, 3)
        .map(([label]) => label);
      const kind = physical >= 0.6 ? 'hands-on' : physical <= 0.25 ? 'desk' : 'partly hands-on';
      const wanted = { mental: 'desk (mental) work', physical: 'hands-on (physical) work', mixed: 'mixed work' }[
        wants.workStyle.style
      ];
      reasons.push(
        `${value >= 0.6 ? 'suits' : value >= 0.35 ? 'partly suits' : 'does not suit'} your preference for ${wanted}: ${kind} work (O*NET: ${percent(physical)} of the tools used by ${evidence.occupations.join(', ')} are physical)`,
      );
    }
  }
  if (wants.workplace) {
    const fit = workplaceFit(wants.workplace, jobs);
    parts.push(['workplace', fit.value]);
    scores.workplace = fit.value;
    const wanted = wants.workplace.map((workplace) => WORKPLACE_WORDS[workplace]).join(' or ');
    reasons.push(
      `workplace: ${fit.matched} of ${jobs.length} postings ${wanted} (you asked for ${wanted})${fit.stated < jobs.length ? `, ${jobs.length - fit.stated} do not say` : ''}`,
    );
  }
  if (wants.interests) {
    const { terms, texts, corpus } = wants.interests;
    const fit = interestFit(
      terms,
      jobs.map((job) => texts.get(job.id) ?? new Set<string>()),
      corpus,
    );
    parts.push(['interests', fit.value]);
    scores.interests = fit.value;
    if (fit.matched.length > 0)
      reasons.push(`its postings mention what you asked for: ${fit.matched.slice(0, 6).join(', ')}`);
    else if (terms.wanted.size > 0) reasons.push('its postings mention none of what your preferences ask for');
    if (fit.avoided.length > 0) reasons.push(`but also what you avoid: ${fit.avoided.slice(0, 6).join(', ')}`);
  }
  return { parts, scores, evidence, reasons };
}

/** The desired titles that share a role word with the cluster's titles. */
function titleReasons(profile: Profile | undefined, titles: ReadonlyArray<{ title: string }>): string[] {
  if (!profile || profile.desiredTitles.length === 0) return [];
  const words = new Set(titles.flatMap(({ title }) => [...titleWords(title)]));
  const matched = profile.desiredTitles.filter((desired) => [...titleWords(desired)].some((word) => words.has(word)));
  return matched.length > 0
    ? [`matches your desired title${matched.length > 1 ? 's' : ''} ${matched.map((title) => `'${title}'`).join(', ')}`]
    : [];
}

/** Says how many of the top skills the person has. */
function skillReason(coverage: number, topSkills: ReadonlyArray<{ skill: string; has: boolean }>): string {
  const has = topSkills.filter((skill) => skill.has).map((skill) => skill.skill);
  return has.length > 0
    ? `you have ${has.slice(0, 4).join(', ')} (${percent(coverage)} of the skills its postings ask for)`
    : 'you have none of the skills its postings ask for most';
}

// Every setting and weight, so that an unknown key (a typo) is refused with the nearest known one.
const SPECIALISATION_WEIGHT_NAMES = {
  fit: true,
  demand: true,
  similarity: true,
  skills: true,
  workStyle: true,
  workplace: true,
  interests: true,
  count: true,
  recency: true,
  salary: true,
} satisfies Record<keyof SpecialisationWeights, true>;
const SPECIALISATION_OPTIONS_NAMES = {
  store: true,
  jobs: true,
  resume: true,
  profile: true,
  limit: true,
  now: true,
  maxJobs: true,
  cluster: true,
  weights: true,
  samplePostings: true,
  topSkills: true,
} satisfies Record<keyof SpecialisationOptions, true>;

/**
 * Clusters a job corpus into specialisations and ranks them for a person by fit and demand
 * (see {@link SpecialisationWeights} for the combination), with the evidence behind each.
 */
export async function recommendSpecialisations(options: SpecialisationOptions): Promise<SpecialisationReport> {
  rejectUnknownKeys('SpecialisationOptions', options, SPECIALISATION_OPTIONS_NAMES, { required: true });
  const { resolver: _resolver, ...clusterNames } = CLUSTER_SETTINGS_NAMES;
  rejectUnknownKeys('SpecialisationOptions.cluster', options.cluster, clusterNames);
  rejectUnknownKeys('SpecialisationOptions.weights', options.weights, SPECIALISATION_WEIGHT_NAMES);
  // A page's limit (core's checkPageNumber, one wording): Infinity keeps every one, a fraction is rounded down.
  const limit = checkPageNumber('SpecialisationOptions', 'limit', options.limit) ?? 10;
  const weights = normalizeSpecialisationWeights(options.weights);
  const resume = options.resume === undefined ? undefined : parseResume(options.resume);
  const profile = options.profile === undefined ? undefined : parseProfile(options.profile);
  const resolver = createSkillResolver();

  const { jobs, duplicateCount } = await loadCorpus(options);
  const newest = jobs.reduce<number | undefined>(
    (latest, job) =>
      job.postedAt && (latest === undefined || job.postedAt.getTime() > latest) ? job.postedAt.getTime() : latest,
    undefined,
  );
  const now = options.now ?? new Date(newest ?? 0);

  const features: PostingFeatures[] = jobs.map((job) =>
    postingFeatures(job, resolver, options.cluster?.minimumListedSkills),
  );
  const space = createCareerSpace(features, options.cluster?.titleWeight);
  const vectors = features.map((feature) => space.vector(feature.titleWords, feature.skillKeys));
  const featuresById = new Map(jobs.map((job, index) => [job.id, features[index] as PostingFeatures]));
  const clusters = groupsToClusters(
    clusterVectors(vectors, options.cluster?.threshold ?? DEFAULT_CLUSTER_THRESHOLD, options.cluster?.maxClustered),
    jobs,
    vectors,
  );

  const person = personFeatures(resolver, resume, profile);
  const personVector = space.vector(
    person.words,
    new Set(person.skills.names.map((name) => resolver.resolve(name).key)),
  );
  const wants = await profileWants(profile, jobs);
  // The parts of fit the person gives evidence for; none (no resume, an empty profile): ranked by demand alone.
  const hasTitlesOrSkills = person.words.size > 0 || person.skills.names.length > 0;
  const hasPerson =
    hasTitlesOrSkills ||
    wants.workStyle !== undefined ||
    wants.workplace !== undefined ||
    wants.interests !== undefined;

  // Pay is compared only within a currency: a percentile among the corpus's postings in that currency (sorted once).
  const payByCurrency = new Map<string, number[]>();
  for (const job of jobs) {
    const pay = annualMidpoint(job);
    if (pay !== undefined && job.salary?.currency) addTo(payByCurrency, job.salary.currency, pay);
  }
  for (const values of payByCurrency.values()) values.sort((left, right) => left - right);
  const biggest = clusters.reduce((most, cluster) => Math.max(most, cluster.jobs.length), 1);
  const sampleCount = options.samplePostings ?? 3;
  const topSkillCount = options.topSkills ?? 8;

  const specialisations = clusters.map((cluster) => {
    const titles = clusterTitles(cluster);
    const skillCounts = new Map<string, { skill: string; postings: number; has: boolean }>();
    for (const job of cluster.jobs) {
      const posting = featuresById.get(job.id);
      for (const [key, name] of posting?.skillNames ?? []) {
        const entry = skillCounts.get(key) ?? {
          skill: name,
          postings: 0,
          has: person.skills.has(resolver.resolve(name)),
        };
        entry.postings += 1;
        skillCounts.set(key, entry);
      }
    }
    const skills = [...skillCounts.values()].sort(
      (left, right) => right.postings - left.postings || compareText(left.skill, right.skill),
    );
    const skillTotal = skills.reduce((sum, skill) => sum + skill.postings, 0);
    const skillCoverage =
      hasTitlesOrSkills && skillTotal > 0
        ? skills.reduce((sum, skill) => sum + (skill.has ? skill.postings : 0), 0) / skillTotal
        : 0;
    const similarity = hasTitlesOrSkills ? cosine(personVector, cluster.centroid) : 0;
    const preference = preferenceParts(wants, cluster.jobs);
    const parts: Array<[number, number]> = [
      ...(hasTitlesOrSkills
        ? ([
            [weights.similarity, similarity],
            [weights.skills, skillCoverage],
          ] as Array<[number, number]>)
        : []),
      ...preference.parts.map(([key, value]) => [weights[key], value] as [number, number]),
    ];
    const partWeight = parts.reduce((sum, [weight]) => sum + weight, 0);
    const fit = partWeight > 0 ? parts.reduce((sum, [weight, value]) => sum + weight * value, 0) / partWeight : 0;

    const pays = new Map<string, number[]>();
    let salaryTotal = 0;
    let salaried = 0;
    for (const job of cluster.jobs) {
      const pay = annualMidpoint(job);
      const currency = job.salary?.currency;
      if (pay === undefined || !currency) continue;
      addTo(pays, currency, pay);
      salaryTotal += payPercentile(pay, payByCurrency.get(currency) ?? []);
      salaried += 1;
    }
    const count = Math.log1p(cluster.jobs.length) / Math.log1p(biggest);
    const recency = cluster.jobs.reduce((sum, job) => sum + scoreRecency(job.postedAt, now), 0) / cluster.jobs.length;
    const salary = salaried > 0 ? salaryTotal / salaried : 0.5;
    const demand = weights.count * count + weights.recency * recency + weights.salary * salary;
    // Demand scales fit rather than adding to it: a field the person does not fit at all is never
    // recommended, however many postings it has.
    const score = hasPerson ? fit * (weights.fit + weights.demand * demand) : demand;

    const typical = cluster.jobs
      .map((job, index) => ({ job, typicality: cluster.typicality[index] ?? 0 }))
      .sort((left, right) => right.typicality - left.typicality || compareText(left.job.id, right.job.id));
    const newestJob = cluster.jobs.reduce<Date | undefined>(
      (latest, job) => (job.postedAt && (!latest || job.postedAt > latest) ? job.postedAt : latest),
      undefined,
    );
    const topSkills = skills
      .slice(0, topSkillCount)
      .map((skill) => ({ ...skill, share: skill.postings / cluster.jobs.length, has: hasTitlesOrSkills && skill.has }));
    const specialisation: Specialisation = {
      id: '',
      name: titles[0]?.title ?? 'Unnamed',
      rank: 0,
      titles,
      topSkills,
      scores: { score, fit, similarity, skillCoverage, ...preference.scores, demand, count, recency, salary },
      evidence: {
        postingCount: cluster.jobs.length,
        postingIds: cluster.jobs.map((job) => job.id),
        samplePostings: typical.slice(0, sampleCount).map(({ job }) => ({
          id: job.id,
          title: job.title,
          ...(job.company ? { company: job.company } : {}),
          ...(job.postedAt ? { postedAt: job.postedAt.toISOString() } : {}),
        })),
        medianSalary: [...pays]
          .map(([currency, values]) => ({
            currency,
            annualMedian: Math.round(median(values.sort((left, right) => left - right))),
            postings: values.length,
          }))
          .sort((left, right) => right.postings - left.postings || compareText(left.currency, right.currency)),
        ...(newestJob ? { newestPostedAt: newestJob.toISOString() } : {}),
        matchedSkills: hasTitlesOrSkills ? topSkills.filter((skill) => skill.has).map((skill) => skill.skill) : [],
        missingSkills: hasTitlesOrSkills ? topSkills.filter((skill) => !skill.has).map((skill) => skill.skill) : [],
        ...preference.evidence,
      },
      reasons: [
        ...titleReasons(profile, titles),
        ...(hasTitlesOrSkills && skillTotal > 0 ? [skillReason(skillCoverage, topSkills)] : []),
        ...preference.reasons,
      ],
      courseSearch: courseSearchFor(titles[0]?.title ?? 'Unnamed'),
    };
    return specialisation;
  });

  // Ids follow the clusters' own order (biggest first), so they do not depend on the person.
  const used = new Map<string, number>();
  for (const specialisation of specialisations) {
    const base = slug(specialisation.name);
    const seen = (used.get(base) ?? 0) + 1;
    used.set(base, seen);
    specialisation.id = seen === 1 ? base : `${base}-${seen}`;
  }
  specialisations.sort(
    (left, right) =>
      right.scores.score - left.scores.score ||
      right.evidence.postingCount - left.evidence.postingCount ||
      compareText(left.id, right.id),
  );
  specialisations.forEach((specialisation, index) => (specialisation.rank = index + 1));
  return {
    specialisations: specialisations.slice(0, limit),
    postingCount: jobs.length,
    duplicateCount,
    clusterCount: clusters.length,
    now: now.toISOString(),
    weights,
  };
}
