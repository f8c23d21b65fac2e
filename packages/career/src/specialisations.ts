import { parseJob, parseProfile, parseResume, rejectUnknownKeys, type Job, type JobInput, type Profile, type ProfileInput, type Resume, type ResumeInput, type Store } from '@rolefit/core';
import { cosine, createPersonSkills, createSkillResolver, personText, scoreRecency, titleWords, type PersonSkills, type SkillResolver } from '@rolefit/rankers';
import { CLUSTER_SETTINGS_NAMES, clusterVectors, compareText, createCareerSpace, DEFAULT_CLUSTER_THRESHOLD, groupsToClusters, postingFeatures, postingKey, type ClusterSettings, type JobCluster, type PostingFeatures } from './cluster.js';
import { normalizeRoleTitle, roleTitle } from './titles.js';

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
  /** Within demand: posting count, log-scaled against the biggest cluster (default 0.5). */
  count: number;
  /** Within demand: mean recency of the postings, halving every 30 days (default 0.25). */
  recency: number;
  /** Within demand: mean percentile of the postings' annual pay among the corpus's postings in the same currency (default 0.25). */
  salary: number;
}

/** Default weights: score = fit·(0.7 + 0.3·demand); fit = ½ similarity + ½ skills; demand = ½ count + ¼ recency + ¼ salary. */
export const DEFAULT_SPECIALISATION_WEIGHTS: Readonly<SpecialisationWeights> = Object.freeze({
  fit: 0.7,
  demand: 0.3,
  similarity: 0.5,
  skills: 0.5,
  count: 0.5,
  recency: 0.25,
  salary: 0.25,
});

/** Options for {@link recommendSpecialisations}. */
export interface SpecialisationOptions {
  /** Where the postings come from (`listJobs`); give this or `jobs`. */
  store?: Store;
  /** The postings, validated on the way in; give this or `store`. */
  jobs?: readonly JobInput[];
  /** The person; without resume or profile the list is ranked by demand alone. */
  resume?: Resume | ResumeInput;
  /** What the person is looking for (desired titles count towards fit). */
  profile?: Profile | ProfileInput;
  /** How many specialisations to return (default 10; `Infinity` for all). */
  limit?: number;
  /** Reference time for recency (default: the newest posting date, so results do not drift with the clock). */
  now?: Date;
  /** Most recent postings clustered at most; clustering is O(n³) (default 1000). */
  maxJobs?: number;
  /** Clustering settings (threshold default 0.25). */
  cluster?: Omit<ClusterSettings, 'resolver'>;
  /** Score weights, merged over {@link DEFAULT_SPECIALISATION_WEIGHTS}. */
  weights?: Partial<SpecialisationWeights>;
  /** Sample postings listed as evidence (default 3). */
  samplePostings?: number;
  /** Top skills listed per specialisation (default 8). */
  topSkills?: number;
}

/** Each score component of a specialisation, all in [0, 1]. */
export interface SpecialisationScores {
  /** The combined score the list is ranked by. */
  score: number;
  fit: number;
  similarity: number;
  skillCoverage: number;
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
  newestPostedAt?: string;
  /** Top skills the person has. */
  matchedSkills: string[];
  /** Top skills the person lacks. */
  missingSkills: string[];
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

/** Scales the pairs (fit, demand), (similarity, skills) and (count, recency, salary) to sum to 1 each. */
export function normalizeSpecialisationWeights(weights: Partial<SpecialisationWeights> = {}): SpecialisationWeights {
  const merged = { ...DEFAULT_SPECIALISATION_WEIGHTS, ...Object.fromEntries(Object.entries(weights).filter(([, value]) => value !== undefined)) } as SpecialisationWeights;
  for (const [key, value] of Object.entries(merged)) if (!(typeof value === 'number' && value >= 0 && Number.isFinite(value))) throw new RangeError(`weight ${key} must be a finite number >= 0, got ${String(value)}`);
  const scale = (keys: Array<keyof SpecialisationWeights>) => {
    const total = keys.reduce((sum, key) => sum + merged[key], 0);
    if (!(total > 0)) throw new RangeError(`weights ${keys.join(', ')} must not all be 0`);
    for (const key of keys) merged[key] /= total;
  };
  scale(['fit', 'demand']);
  scale(['similarity', 'skills']);
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

/** Share of `values` below `value`, ties counting half: 0.5 means middle of the market. */
function percentile(value: number, values: readonly number[]): number {
  if (values.length <= 1) return 0.5;
  let below = 0;
  let equal = 0;
  for (const other of values) {
    if (other < value) below += 1;
    else if (other === value) equal += 1;
  }
  // The posting itself is among `values`; leave it out so a lone top payer scores 1.
  return (below + (equal - 1) / 2) / (values.length - 1);
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
  if (!(maxJobs >= 1)) throw new RangeError(`maxJobs must be >= 1, got ${maxJobs}`);
  let jobs: Job[];
  if (options.store) jobs = await options.store.listJobs(undefined, { limit: Math.floor(maxJobs) * 2 });
  else if (options.jobs) jobs = options.jobs.map((job) => parseJob(job));
  else throw new TypeError('recommendSpecialisations needs a store or jobs');
  // Newest first, then the first copy (lowest id) of each posting seen on several boards.
  jobs = [...jobs].sort((left, right) => (right.postedAt?.getTime() ?? -Infinity) - (left.postedAt?.getTime() ?? -Infinity) || compareText(left.id, right.id));
  const byKey = new Map<string, Job>();
  for (const job of [...jobs].sort((left, right) => compareText(left.id, right.id))) if (!byKey.has(postingKey(job))) byKey.set(postingKey(job), job);
  const unique = jobs.filter((job) => byKey.get(postingKey(job)) === job);
  const kept = unique.slice(0, Math.floor(maxJobs)).sort((left, right) => compareText(left.id, right.id));
  return { jobs: kept, duplicateCount: jobs.length - unique.length };
}

/** The person's title words (desired titles, then the three latest held) and skills. */
function personFeatures(resolver: SkillResolver, resume: Resume | undefined, profile: Profile | undefined): { words: Set<string>; skills: PersonSkills } {
  const words = new Set<string>();
  const titles = [...(profile?.desiredTitles ?? []), ...(resume?.experience ?? []).slice(0, 3).map((entry) => entry.title)];
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
    .sort((left, right) => right.count - left.count || right.typicality - left.typicality || compareText(left.title, right.title))
    .map(({ title, count }) => ({ title, count }));
}

// Every setting and weight, so that an unknown key (a typo) is refused with the nearest known one.
const SPECIALISATION_WEIGHT_NAMES = { fit: true, demand: true, similarity: true, skills: true, count: true, recency: true, salary: true } satisfies Record<keyof SpecialisationWeights, true>;
const SPECIALISATION_OPTIONS_NAMES = { store: true, jobs: true, resume: true, profile: true, limit: true, now: true, maxJobs: true, cluster: true, weights: true, samplePostings: true, topSkills: true } satisfies Record<keyof SpecialisationOptions, true>;

/**
 * Clusters a job corpus into specialisations and ranks them for a person by fit and demand
 * (see {@link SpecialisationWeights} for the combination), with the evidence behind each.
 */
export async function recommendSpecialisations(options: SpecialisationOptions): Promise<SpecialisationReport> {
  rejectUnknownKeys('SpecialisationOptions', options, SPECIALISATION_OPTIONS_NAMES);
  const { resolver: _resolver, ...clusterNames } = CLUSTER_SETTINGS_NAMES;
  rejectUnknownKeys('SpecialisationOptions.cluster', options.cluster, clusterNames);
  rejectUnknownKeys('SpecialisationOptions.weights', options.weights, SPECIALISATION_WEIGHT_NAMES);
  const limit = options.limit ?? 10;
  if (!(limit >= 0)) throw new RangeError(`limit must be a number >= 0, got ${limit}`);
  const weights = normalizeSpecialisationWeights(options.weights);
  const resume = options.resume === undefined ? undefined : parseResume(options.resume);
  const profile = options.profile === undefined ? undefined : parseProfile(options.profile);
  const hasPerson = resume !== undefined || profile !== undefined;
  const resolver = createSkillResolver();

  const { jobs, duplicateCount } = await loadCorpus(options);
  const newest = jobs.reduce<number | undefined>((latest, job) => (job.postedAt && (latest === undefined || job.postedAt.getTime() > latest) ? job.postedAt.getTime() : latest), undefined);
  const now = options.now ?? new Date(newest ?? 0);

  const features: PostingFeatures[] = jobs.map((job) => postingFeatures(job, resolver, options.cluster?.minimumListedSkills));
  const space = createCareerSpace(features, options.cluster?.titleWeight);
  const vectors = features.map((feature) => space.vector(feature.titleWords, feature.skillKeys));
  const featuresById = new Map(jobs.map((job, index) => [job.id, features[index] as PostingFeatures]));
  const clusters = groupsToClusters(clusterVectors(vectors, options.cluster?.threshold ?? DEFAULT_CLUSTER_THRESHOLD), jobs, vectors);

  const person = personFeatures(resolver, resume, profile);
  const personVector = space.vector(person.words, new Set(person.skills.names.map((name) => resolver.resolve(name).key)));

  // Pay is compared only within a currency: a percentile among the corpus's postings in that currency.
  const payByCurrency = new Map<string, number[]>();
  for (const job of jobs) {
    const pay = annualMidpoint(job);
    if (pay !== undefined && job.salary?.currency) payByCurrency.set(job.salary.currency, [...(payByCurrency.get(job.salary.currency) ?? []), pay]);
  }
  const biggest = Math.max(1, ...clusters.map((cluster) => cluster.jobs.length));
  const sampleCount = options.samplePostings ?? 3;
  const topSkillCount = options.topSkills ?? 8;

  const specialisations = clusters.map((cluster) => {
    const titles = clusterTitles(cluster);
    const skillCounts = new Map<string, { skill: string; postings: number; has: boolean }>();
    for (const job of cluster.jobs) {
      const posting = featuresById.get(job.id);
      for (const [key, name] of posting?.skillNames ?? []) {
        const entry = skillCounts.get(key) ?? { skill: name, postings: 0, has: person.skills.has(resolver.resolve(name)) };
        entry.postings += 1;
        skillCounts.set(key, entry);
      }
    }
    const skills = [...skillCounts.values()].sort((left, right) => right.postings - left.postings || compareText(left.skill, right.skill));
    const skillTotal = skills.reduce((sum, skill) => sum + skill.postings, 0);
    const skillCoverage = hasPerson && skillTotal > 0 ? skills.reduce((sum, skill) => sum + (skill.has ? skill.postings : 0), 0) / skillTotal : 0;
    const similarity = hasPerson ? cosine(personVector, cluster.centroid) : 0;
    const fit = weights.similarity * similarity + weights.skills * skillCoverage;

    const pays = new Map<string, number[]>();
    let salaryTotal = 0;
    let salaried = 0;
    for (const job of cluster.jobs) {
      const pay = annualMidpoint(job);
      const currency = job.salary?.currency;
      if (pay === undefined || !currency) continue;
      pays.set(currency, [...(pays.get(currency) ?? []), pay]);
      salaryTotal += percentile(pay, payByCurrency.get(currency) ?? []);
      salaried += 1;
    }
    const count = Math.log1p(cluster.jobs.length) / Math.log1p(biggest);
    const recency = cluster.jobs.reduce((sum, job) => sum + scoreRecency(job.postedAt, now), 0) / cluster.jobs.length;
    const salary = salaried > 0 ? salaryTotal / salaried : 0.5;
    const demand = weights.count * count + weights.recency * recency + weights.salary * salary;
    // Demand scales fit rather than adding to it: a field the person does not fit at all is never
    // recommended, however many postings it has.
    const score = hasPerson ? fit * (weights.fit + weights.demand * demand) : demand;

    const typical = cluster.jobs.map((job, index) => ({ job, typicality: cluster.typicality[index] ?? 0 })).sort((left, right) => right.typicality - left.typicality || compareText(left.job.id, right.job.id));
    const newestJob = cluster.jobs.reduce<Date | undefined>((latest, job) => (job.postedAt && (!latest || job.postedAt > latest) ? job.postedAt : latest), undefined);
    const topSkills = skills.slice(0, topSkillCount).map((skill) => ({ ...skill, share: skill.postings / cluster.jobs.length, has: hasPerson && skill.has }));
    const specialisation: Specialisation = {
      id: '',
      name: titles[0]?.title ?? 'Unnamed',
      rank: 0,
      titles,
      topSkills,
      scores: { score, fit, similarity, skillCoverage, demand, count, recency, salary },
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
          .map(([currency, values]) => ({ currency, annualMedian: Math.round(median([...values].sort((left, right) => left - right))), postings: values.length }))
          .sort((left, right) => right.postings - left.postings || compareText(left.currency, right.currency)),
        ...(newestJob ? { newestPostedAt: newestJob.toISOString() } : {}),
        matchedSkills: hasPerson ? topSkills.filter((skill) => skill.has).map((skill) => skill.skill) : [],
        missingSkills: hasPerson ? topSkills.filter((skill) => !skill.has).map((skill) => skill.skill) : [],
      },
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
  specialisations.sort((left, right) => right.scores.score - left.scores.score || right.evidence.postingCount - left.evidence.postingCount || compareText(left.id, right.id));
  specialisations.forEach((specialisation, index) => (specialisation.rank = index + 1));
  return {
    specialisations: specialisations.slice(0, limit === Infinity ? undefined : Math.floor(limit)),
    postingCount: jobs.length,
    duplicateCount,
    clusterCount: clusters.length,
    now: now.toISOString(),
    weights,
  };
}
