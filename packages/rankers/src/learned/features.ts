import {
  experienceLevelSchema,
  readSeniority,
  seniorityRank,
  type Embedder,
  type Job,
  type RankQuery,
} from '@rolefit/core';
import { tokenize } from '@rolefit/core/text';
import { createBm25Ranker } from '../bm25/index.js';
import { jobEmbeddingText } from '../embedding/index.js';
import { createMultiFactorRanker, MULTI_FACTOR_NAMES } from '../multi-factor/index.js';
import { personText } from '../shared/person.js';
import { hashString } from './random.js';
import { pushAll } from '@rolefit/core/internal';

/** Which features a learned model reads; saved with its weights so a loaded model computes the same ones. */
export interface FeatureSpec {
  /** Person-versus-job features: BM25, TF-IDF cosine and the multi-factor factor scores. */
  personFeatures: boolean;
  /** Job-side features: salary, seniority, workplace, employment type, posting age. */
  jobFeatures: boolean;
  /** Buckets title tokens are hashed into (0: none); ignored when `titleVocabulary` is set. */
  titleBuckets: number;
  /** Buckets job skills are hashed into (0: none); ignored when `skillVocabulary` is set. */
  skillBuckets: number;
  /** Named title tokens, one indicator each (readable weights, for the desirability model). */
  titleVocabulary?: string[] | undefined;
  /** Named skills, one indicator each. */
  skillVocabulary?: string[] | undefined;
  /** The frozen embedder's identity, when embedding features (person ⊙ job, |person − job|) are used. */
  embedding?: { name: string; dimensions: number } | undefined;
}

/** Features of a batch of jobs for one query, plus the raw embeddings the low-rank adapter reads. */
export interface FeatureBatch {
  rows: number[][];
  personVector?: Float32Array;
  jobVectors?: Float32Array[];
}

/** Context of feature extraction. */
export interface FeatureContext {
  /** Clock for posting age and the multi-factor ranker. */
  now: () => Date;
  /** The frozen encoder, required when the spec has `embedding`. */
  embedder?: Embedder;
  signal?: AbortSignal;
}

/** LinkedIn's six experience levels in their order in core's schema (internship 0 … executive 5). */
const EXPERIENCE_LEVEL_ORDER: readonly string[] = experienceLevelSchema.options;
const SENIOR_RANK = seniorityRank('senior');
const JUNIOR_RANK = seniorityRank('junior');
const CURRENCIES = ['USD', 'EUR', 'GBP', 'INR'] as const;
const WORKPLACES = ['remote', 'hybrid', 'onsite'] as const;
const EMPLOYMENT = ['full-time', 'part-time', 'contract', 'internship'] as const;

/** Lower-case title words (letters and digits, two characters or more). */
export function titleTokens(title: string): string[] {
  return [
    ...new Set(
      title
        .toLowerCase()
        .split(/[^\p{L}\p{N}+#]+/u)
        .filter((token) => token.length >= 2),
    ),
  ];
}

/** Lower-case job skills. */
export function jobSkillKeys(job: Job): string[] {
  return [...new Set((job.skills ?? []).map((skill) => skill.trim().toLowerCase()).filter((skill) => skill !== ''))];
}

/** The names of the features a spec produces, in row order. */
export function featureNames(spec: FeatureSpec): string[] {
  const names: string[] = [];
  if (spec.personFeatures)
    names.push('bm25', 'tfidf-cosine', ...MULTI_FACTOR_NAMES.map((factor) => `factor:${factor}`));
  if (spec.jobFeatures) {
    names.push('salary:log-annual', 'salary:missing', ...CURRENCIES.map((currency) => `salary:currency-${currency}`));
    names.push('seniority:level', 'seniority:level-missing', 'seniority:senior-title', 'seniority:junior-title');
    names.push(
      ...WORKPLACES.map((workplace) => `workplace:${workplace}`),
      ...EMPLOYMENT.map((type) => `employment:${type}`),
    );
    names.push('posting:age-log-days', 'posting:age-missing', 'description:log-length');
  }
  if (spec.titleVocabulary)
    pushAll(
      names,
      spec.titleVocabulary.map((token) => `title:${token}`),
    );
  else for (let bucket = 0; bucket < spec.titleBuckets; bucket += 1) names.push(`title:hash-${bucket}`);
  if (spec.skillVocabulary)
    pushAll(
      names,
      spec.skillVocabulary.map((skill) => `skill:${skill}`),
    );
  else for (let bucket = 0; bucket < spec.skillBuckets; bucket += 1) names.push(`skill:hash-${bucket}`);
  if (spec.embedding) {
    for (let index = 0; index < spec.embedding.dimensions; index += 1) names.push(`embedding:product-${index}`);
    for (let index = 0; index < spec.embedding.dimensions; index += 1) names.push(`embedding:distance-${index}`);
  }
  return names;
}

/** Annual pay midpoint of a job, when it states one. */
export function annualSalary(job: Job): number | undefined {
  const salary = job.salary;
  if (!salary) return undefined;
  const low = salary.annualMin ?? salary.annualMax;
  const high = salary.annualMax ?? salary.annualMin;
  if (low === undefined || high === undefined) return undefined;
  const middle = (low + high) / 2;
  return middle > 0 ? middle : undefined;
}

/** Job-side features of one job (no person involved). */
function jobSideFeatures(job: Job, now: Date): number[] {
  const salary = annualSalary(job);
  const currency = job.salary?.currency;
  const level = job.experienceLevel === undefined ? undefined : EXPERIENCE_LEVEL_ORDER.indexOf(job.experienceLevel);
  const titleLevel = readSeniority(job.title);
  const titleRank = titleLevel === undefined ? undefined : seniorityRank(titleLevel);
  const workplace = job.location?.workplace;
  const employment =
    job.employmentType === 'temporary' || job.employmentType === 'volunteer' ? 'contract' : job.employmentType;
  const age = job.postedAt ? Math.max(0, (now.getTime() - job.postedAt.getTime()) / 86_400_000) : undefined;
  return [
    salary === undefined ? 0 : Math.log(salary),
    salary === undefined ? 1 : 0,
    ...CURRENCIES.map((code) => (salary !== undefined && currency === code ? 1 : 0)),
    level === undefined ? 0 : level / 5,
    level === undefined ? 1 : 0,
    // Core's seniority vocabulary: senior and above, junior and below.
    titleRank !== undefined && titleRank >= SENIOR_RANK ? 1 : 0,
    titleRank !== undefined && titleRank <= JUNIOR_RANK ? 1 : 0,
    ...WORKPLACES.map((value) => (workplace === value ? 1 : 0)),
    ...EMPLOYMENT.map((value) => (employment === value ? 1 : 0)),
    age === undefined ? 0 : Math.log1p(age),
    age === undefined ? 1 : 0,
    Math.log1p((job.description ?? '').length),
  ];
}

function indicators(tokens: readonly string[], vocabulary: readonly string[] | undefined, buckets: number): number[] {
  if (vocabulary) {
    const present = new Set(tokens);
    return vocabulary.map((token) => (present.has(token) ? 1 : 0));
  }
  const vector = new Array<number>(buckets).fill(0);
  // Signed hashing keeps collisions from always adding up.
  for (const token of tokens) {
    const hash = hashString(token);
    vector[hash % buckets] = (vector[hash % buckets] ?? 0) + (hash >>> 31 === 1 ? -1 : 1);
  }
  return vector;
}

const stems = (text: string) => tokenize(text, { removeStopwords: true, stem: true });

/** TF-IDF cosine of the person's text against each job, with IDF over the batch plus the person. */
function tfidfCosines(person: string, jobs: readonly Job[]): number[] {
  const documents = jobs.map((job) => stems(`${job.title} ${(job.skills ?? []).join(' ')} ${job.description ?? ''}`));
  const query = stems(person);
  if (query.length === 0) return jobs.map(() => 0);
  const frequency = new Map<string, number>();
  for (const document of [query, ...documents])
    for (const term of new Set(document)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const total = documents.length + 1;
  const weigh = (terms: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [term, count] of counts) {
      const weight = (1 + Math.log(count)) * Math.log((1 + total) / (1 + (frequency.get(term) ?? 0)) + 1);
      vector.set(term, weight);
      norm += weight * weight;
    }
    return { vector, norm: Math.sqrt(norm) };
  };
  const person_ = weigh(query);
  return documents.map((document) => {
    const job = weigh(document);
    if (job.norm === 0 || person_.norm === 0) return 0;
    let dot = 0;
    for (const [term, weight] of person_.vector) dot += weight * (job.vector.get(term) ?? 0);
    return dot / (person_.norm * job.norm);
  });
}

const ALL_FACTORS = Object.fromEntries(MULTI_FACTOR_NAMES.map((factor) => [factor, 1]));

/** Computes the spec's features for `jobs` as ranked for `query` (BM25 and TF-IDF statistics are taken over this batch). */
export async function extractFeatures(
  spec: FeatureSpec,
  query: RankQuery,
  jobs: readonly Job[],
  context: FeatureContext,
): Promise<FeatureBatch> {
  const now = context.now();
  const columns: number[][] = jobs.map(() => []);
  if (spec.personFeatures) {
    const text = personText(query);
    const bm25 = await createBm25Ranker().rank(query, jobs, context.signal ? { signal: context.signal } : {});
    const multiFactor = await createMultiFactorRanker({ weights: ALL_FACTORS, now: () => now }).rank(
      query,
      jobs,
      context.signal ? { signal: context.signal } : {},
    );
    const bm25ById = new Map(bm25.map((match) => [match.jobId, match.score]));
    const factorsById = new Map(multiFactor.map((match) => [match.jobId, match.breakdown]));
    const cosines = tfidfCosines(text, jobs);
    jobs.forEach((job, position) => {
      const breakdown = factorsById.get(job.id) ?? {};
      columns[position]!.push(
        bm25ById.get(job.id) ?? 0,
        cosines[position] ?? 0,
        ...MULTI_FACTOR_NAMES.map((factor) => breakdown[factor] ?? 0.5),
      );
    });
  }
  jobs.forEach((job, position) => {
    const row = columns[position]!;
    if (spec.jobFeatures) row.push(...jobSideFeatures(job, now));
    pushAll(row, indicators(titleTokens(job.title), spec.titleVocabulary, spec.titleBuckets));
    pushAll(row, indicators(jobSkillKeys(job), spec.skillVocabulary, spec.skillBuckets));
  });
  if (!spec.embedding) return { rows: columns };
  const embedder = context.embedder;
  if (!embedder) throw new RangeError(`this model needs the embedder "${spec.embedding.name}"; none was given`);
  if (embedder.dimensions !== spec.embedding.dimensions || embedder.name !== spec.embedding.name)
    throw new RangeError(
      `this model was trained with the embedder "${spec.embedding.name}" (${spec.embedding.dimensions} dimensions), got "${embedder.name}" (${embedder.dimensions})`,
    );
  const options = context.signal ? { signal: context.signal } : {};
  const [personVector] = await embedder.embed([personText(query) || ' '], { ...options, kind: 'query' });
  const jobVectors = await embedder.embed(
    jobs.map((job) => jobEmbeddingText(job)),
    { ...options, kind: 'passage' },
  );
  jobs.forEach((_job, position) => {
    const job = jobVectors[position]!;
    const row = columns[position]!;
    for (let index = 0; index < job.length; index += 1) row.push((personVector![index] ?? 0) * (job[index] ?? 0));
    for (let index = 0; index < job.length; index += 1)
      row.push(Math.abs((personVector![index] ?? 0) - (job[index] ?? 0)));
  });
  return { rows: columns, personVector: personVector!, jobVectors };
}
