// A ridge regression over sparse TF-IDF text spaces of the job (title, description, skills, company) next to dense
// features (salary, seniority, … and, for the feedback classifier, person-versus-job scores). Each block is a linear
// kernel; their weighted sum is the kernel of the concatenated, block-scaled features, solved in the dual. λ and the
// block weights are picked by stratified k-fold cross-validation on the training ratings only (criterion: pooled
// out-of-fold pairwise AUC over the grades, ties broken by MSE), and the fitted dual is turned back into primal weights
// per term, so a saved model is a readable list of term weights and scoring needs no training data.
//
// One more block, `salaryText`, lets the pay matter differently for different kinds of work: the description's TF-IDF
// vector times the job's standardised log annual salary (0 when the job states none), i.e. a salary slope per term.
// A high salary makes an ML engineering post more desirable but not a surgeon's; a plain salary feature cannot say
// that. On the lirecommend ratings (grouped 5-fold CV on the training half alone, four fold seeds) it raised the
// pooled AUC of a fixed text + dense setting from 0.882 to 0.897; with everything chosen by inner CV as shipped, nested
// CV on the training half went 0.867 → 0.884 (with the title read in the description space and the title block off).
// `salaryLead`, the same on the lead space, is opt-in (see `mixGrid`).
//
// Cost: the CV (pairwise, or pointwise as pairwise with every row its own grade) factorises each fold once for every
// λ (`fitPairwiseKernelRidgePath`), so one training is a tridiagonal reduction of an n × n matrix per mix and fold
// (13 mixes × 5 folds on the lirecommend ratings): about 0.4 s of CPU for 100 ratings, 0.8 s for 200, 2 s for 330 and 3.5 s for 413 (load average 10 on 2
// shared cores; 12 s for 330 before, with one LU solve per λ).
//
// Three options the desirability model turns on (the feedback classifier keeps them off): `lead`, a TF-IDF space of
// the first 60 terms of the title and description (the title, employer, place, pay and LinkedIn's job function and
// industry lines, before the boilerplate dilutes them); `objective: 'pairwise'`, least squares on the target
// differences of pairs of different grades instead of on the targets (RankRLS; AUC counts exactly those pairs); and
// `ensemble`, the mean of the best few CV settings, which is again one linear model. Nested grouped 5-fold CV on the
// lirecommend training half (pooled AUC, mean of nine fold seeds): 0.886 without them, lead 0.889, pairwise 0.887,
// pairwise + 5 settings 0.889, all three 0.891, and 0.892 once settings that predict alike are counted once.
import { invalidSetting, type Job, rejectUnknownKeys } from '@rolefit/core';
import { checkNumberSetting, createRandom, pushAll } from '@rolefit/core/internal';
import type { SparseVector } from '../shared/sparse-vectors.js';
import { annualSalary, jobSkillKeys } from './features.js';
import {
  blendWithMemory,
  checkMemorySettings,
  chooseKernelMemoryBlend,
  chooseMemoryBlend,
  memoryPrediction,
  type MemorySettings,
  type MemoryState,
} from './memory.js';
import {
  betterRidgeScore,
  fitKernelRidge,
  fitPairwiseKernelRidge,
  fitPairwiseKernelRidgePath,
  fitPairwiseLogisticKernel,
  groupedStratifiedFolds,
  outOfFoldPredictions,
  pairwiseOutOfFoldPredictionsPath,
  scorePredictions,
  type KernelRidgeFit,
  type Matrix,
  type PairWeights,
  type PairwiseFitter,
  type RidgeScore,
} from './ridge.js';
import { fitOrdinalLogitKernel } from './ordinal.js';
import { repostKeys } from './reposts.js';
import {
  keepTopTerms,
  scaleTerms,
  TERM_WEIGHTING_STRENGTHS,
  termWeights,
  type TermWeightingChoice,
  type TermWeightingSettings,
} from './term-weighting.js';
import { fitTfidf, textTerms, tfidfVector, withBigrams, type TfidfVocabulary } from './tfidf.js';

/** One sparse text space of a job. */
export type TextSpace = 'title' | 'lead' | 'description' | 'skills' | 'company' | 'location';
/** The sparse text spaces of a job. */
export const TEXT_SPACES: readonly TextSpace[] = ['title', 'lead', 'description', 'skills', 'company', 'location'];
/** Terms of the title and description the `lead` space reads (see `leadTerms`). */
export const LEAD_WORDS = 60;
/** A kernel block: a text space, the dense features, or the description's or the lead's × standardised log salary interaction. */
export type RidgeBlock = TextSpace | 'dense' | 'salaryText' | 'salaryLead';

/** Settings of the text ridge's cross-validation (the `text` setting of the feedback classifier and the desirability model). */
export interface TextRidgeSettings {
  /** λ candidates (default 0.03, 0.1, 0.3, 1, 3). */
  lambdas?: readonly number[] | undefined;
  /**
   * Candidate weights of each block; the first of each is where the coordinate search starts (default: description 1;
   * dense 0, 0.03, 0.1, 0.3, 1; salaryText 0, 0.1, 0.3, 1; skills and company 0, 0.25, 0.5; title 0, since the
   * description space reads the title already: a separate title block lost 0.007 of nested CV AUC on the lirecommend
   * training ratings, CV picking its weight by fold noise; give it e.g. `[0, 0.25, 0.5, 1]` to search it; lead 0 here,
   * 0, 0.25, 0.5, 1 in the desirability model; location 0: its city, region, country and workplace as tokens, which
   * the lirecommend postings also state in their lead; salaryLead 0: the lead's TF-IDF vector × the standardised log
   * salary, a pay slope per lead term; searched over 0, 0.1, 0.3, 1 next to salaryText it changed the lirecommend
   * repeated 5x5 CV AUC by +0.001 [−0.002, 0.003] and exact grade 0.652 → 0.640, so it is not on by default).
   */
  mixGrid?: Partial<Record<RidgeBlock, readonly number[]>> | undefined;
  /** Folds of the cross-validation (default 5; identical postings share a fold). */
  folds?: number | undefined;
  /** Seed of the fold split (default 1). */
  seed?: number | undefined;
  /** Bigrams in the description space too (default false; the title space always has them). */
  descriptionBigrams?: boolean | undefined;
  /** Terms in fewer training jobs are dropped from a space (default 2 from 20 rows on, else 1: a term in one job only cannot generalise). */
  minimumDocuments?: number | undefined;
  /**
   * Regression target of each grade 0–3, replacing the rows' own targets when fitting an ordinal ridge (default: the
   * rows' targets). A convex coding such as {@link CONVEX_GRADE_TARGETS} stretches the top grades apart.
   */
  gradeTargets?: readonly [number, number, number, number] | undefined;
  /**
   * `pointwise` (default): ridge regression of the targets; `pairwise`: least squares on the target differences of
   * pairs of different grades (see `fitPairwiseKernelRidge`); `logistic`: the settings searched as `pairwise`, then
   * each refitted with the pairwise logistic loss (RankNet's; `fitPairwiseLogisticKernel`), its λ scaled by a factor
   * the CV picks from `LOGISTIC_LAMBDA_FACTORS`. Not the desirability model's: on the lirecommend ratings (repeated
   * grouped CV, first two fold seeds) it changed AUC by −0.003 [−0.010, 0.002] against `pairwise` at 2.3× the time.
   * `ordinal`: the same, refitted as a cumulative logit (proportional odds: P(grade ≤ j) = σ(θⱼ − κ f); see
   * `fitOrdinalLogitKernel`), λ × a factor from `ORDINAL_LAMBDA_FACTORS`; on the lirecommend repeated 5x5 CV it
   * changed AUC by −0.002 [−0.006, 0.003] against the desirability model's defaults, at about 5× the training time.
   */
  objective?: 'pointwise' | 'pairwise' | 'logistic' | 'ordinal' | undefined;
  /** Weight of a pair of different grades in the pairwise objectives: `equal` (default) or `gradeDistance` (|gᵢ − gⱼ|; +0.001 [−0.001, 0.003] AUC on the lirecommend repeated 5x5 CV, not kept). */
  pairWeights?: PairWeights | undefined;
  /** Average the final fit over this many bootstrap resamples of the training rows (identical postings drawn together; default 0: none; 10 changed the lirecommend repeated 5x5 CV AUC by −0.001 [−0.005, 0.002]). */
  bagging?: number | undefined;
  /** Average the models of this many best settings by CV (default 1: the best alone; settings whose CV predictions are equal count once); the average is one linear model, saved as such. */
  ensemble?: number | undefined;
  /**
   * A memory-based model blended with the ridge (default: none): the similarity-weighted mean target of the k rated
   * jobs most like a job by TF-IDF cosine, k and the blend weight chosen by the CV (see `MemorySettings`). A model
   * with a memory keeps the rated jobs' vectors and saves as version 5. Not the desirability model's: on the
   * lirecommend repeated 5x5 CV it changed AUC by +0.001 [−0.005, 0.007] (description space), +0.004 [−0.001, 0.010]
   * (lead space) and +0.002 [−0.004, 0.007] (the space by CV, `space: 'auto'`), exact grade 0.652 → 0.661, 0.650, 0.651.
   */
  memory?: MemorySettings | undefined;
  /**
   * Supervised term weighting (default: none): the description and lead terms scaled by their mean |log-count ratio|
   * between well and badly rated postings (NBSVM's, over the cuts of the grades; see term-weighting.ts), learned on
   * each inner training fold only, its strength chosen by the CV on the best block mix. The fitted term weights absorb
   * the scaling, so a model saves and scores as without it. Pointwise or equal-weight pairwise objectives only, no
   * bagging. `keep` adds feature selection (the top share of terms by that weight) as candidates. Not the desirability
   * model's: on the lirecommend repeated 5x5 CV it changed AUC by 0.000 [−0.001, 0.001] (smoothing 10), at 1.6–1.8×
   * the training time; see term-weighting.ts.
   */
  termWeighting?: TermWeightingSettings | undefined;
}

/**
 * Grade → target 0, 0.2, 0.5, 1: the gaps widen towards the top grade. Not the default: on the lirecommend ratings it
 * beat grade / 3 on the train → test split (AUC 0.863 → 0.872, exact grade 0.629 → 0.649) but not in nested grouped
 * 5-fold CV over all 413 (pooled AUC 0.871 → 0.876 with fold seed 1, 0.885 → 0.882 with seed 2; exact grade equal).
 */
export const CONVEX_GRADE_TARGETS: readonly [number, number, number, number] = [0, 0.2, 0.5, 1];

/** One fitted text space: its idf and the weight of each term. */
export interface TextSpaceState {
  name: TextSpace;
  bigrams: boolean;
  vocabulary: TfidfVocabulary;
  /** term → weight on the unit TF-IDF vector (block weight included). */
  weights: Record<string, number>;
  /** Terms the `lead` space reads (absent: 60). */
  leadWords?: number | undefined;
  /** The description space reads "title\ndescription" (version 3 on; absent: the description alone). */
  titleInDescription?: boolean | undefined;
  /** term → weight on the unit TF-IDF vector times the standardised log salary (the `salaryText` block on the description, `salaryLead` on the lead). */
  salaryWeights?: Record<string, number> | undefined;
}

/** What cross-validation chose, and how well it did. */
export interface TextRidgeSelection {
  lambda: number;
  mix: Record<RidgeBlock, number>;
  folds: number;
  criterion: 'pooled out-of-fold pairwise AUC, ties by MSE';
  auc: number;
  mse: number;
  /** Settings tried. */
  candidates: number;
  /** Target of each grade 0–3 the ridge was fitted to (absent: the rows' own targets, grade / 3 for ratings). */
  gradeTargets?: [number, number, number, number] | undefined;
  /** The objective fitted (absent: pointwise). */
  objective?: 'pairwise' | 'logistic' | 'ordinal' | undefined;
  /** Pair weights of the pairwise objective (absent: equal). */
  pairWeights?: 'gradeDistance' | undefined;
  /** The logistic λ over the ridge's λ the CV chose (objective `logistic`). */
  logisticFactor?: number | undefined;
  /** Bootstrap resamples the final fit was averaged over. */
  bagging?: number | undefined;
  /** The supervised term weighting the CV chose (`termWeighting`; strength 0: plain TF-IDF). */
  termWeighting?: TermWeightingChoice | undefined;
  /** The settings averaged when `ensemble` > 1 (best first), each with its CV AUC. */
  members?:
    | Array<{
        lambda: number;
        mix: Record<RidgeBlock, number>;
        auc: number;
        termWeighting?: TermWeightingChoice | undefined;
      }>
    | undefined;
}

/** A fitted text ridge, plain numbers so it saves as JSON. */
export interface TextRidgeState {
  spaces: TextSpaceState[];
  /** Dense features: standardised with these means and scales, then weighted. */
  dense: { means: number[]; scales: number[]; weights: number[] };
  /** Mean and standard deviation of ln(annual salary) over the training jobs that state one (the `salaryText` and `salaryLead` blocks). */
  salary?: { mean: number; scale: number } | undefined;
  intercept: number;
  selection: TextRidgeSelection;
  /** Cut-points on the raw output between grades 0|1, 1|2, 2|3, fitted for exact-grade accuracy on out-of-fold predictions (ordinal only). */
  gradeCuts?: [number, number, number] | undefined;
  /** The memory blended with the ridge's output (the `memory` setting). */
  memory?: MemoryState | undefined;
}

/** One training row of the text ridge. */
export interface TextRidgeRow {
  job: Job;
  dense: readonly number[];
  target: number;
  grade: number;
}

/** A fitted text ridge and the out-of-fold predictions of the chosen setting on the training rows. */
export interface TextRidgeFit {
  state: TextRidgeState;
  outOfFold: number[];
}

const DEFAULT_LAMBDAS = [0.03, 0.1, 0.3, 1, 3];
/** Factors of the ridge's λ the `logistic` objective tries (its loss curves about 2–4 times as fast as the squared one). */
export const LOGISTIC_LAMBDA_FACTORS: readonly number[] = [1, 3, 10];
/** Factors of the ridge's λ the `ordinal` objective tries (at 330 lirecommend ratings the CV picked 0.03 from 0.001–1). */
export const ORDINAL_LAMBDA_FACTORS: readonly number[] = [0.01, 0.03, 0.1, 0.3];
const DEFAULT_MIX: Record<RidgeBlock, readonly number[]> = {
  description: [1],
  dense: [0, 0.03, 0.1, 0.3, 1],
  salaryText: [0, 0.1, 0.3, 1],
  salaryLead: [0],
  title: [0],
  lead: [0],
  skills: [0, 0.25, 0.5],
  company: [0, 0.25, 0.5],
  location: [0],
};
const BLOCKS: readonly RidgeBlock[] = [
  'description',
  'title',
  'lead',
  'skills',
  'company',
  'location',
  'dense',
  'salaryText',
  'salaryLead',
];
/** Blocks whose weight the coordinate search tunes, in order (the description's weight fixes the scale of λ). */
const SEARCH_ORDER: readonly RidgeBlock[] = [
  'dense',
  'salaryText',
  'title',
  'lead',
  'salaryLead',
  'skills',
  'company',
  'location',
  'description',
];

/** ln(annual salary) of a job, when it states a positive one. */
function logSalary(job: Job): number | undefined {
  const salary = annualSalary(job);
  return salary === undefined ? undefined : Math.log(salary);
}

/** Mean and standard deviation of the log salaries stated (0 and 1 when none is). */
function salaryStandardisation(jobs: readonly Job[]): { mean: number; scale: number } {
  const values = jobs.flatMap((job) => {
    const value = logSalary(job);
    return value === undefined ? [] : [value];
  });
  if (values.length === 0) return { mean: 0, scale: 1 };
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
  return { mean, scale: variance > 1e-12 ? Math.sqrt(variance) : 1 };
}

/** The standardised log salary of a job, 0 (the mean) when it states none. */
function standardisedSalary(job: Job, salary: { mean: number; scale: number }): number {
  const value = logSalary(job);
  return value === undefined ? 0 : (value - salary.mean) / salary.scale;
}

/**
 * The first `words` terms of the title and description: where postings put the title, the employer, the place, the
 * pay and the kind of work (LinkedIn's "Seniority level / Job function / Industries" lines), before the boilerplate.
 */
export function leadTerms(job: Job, words = LEAD_WORDS): string[] {
  return textTerms(`${job.title}\n${job.description ?? ''}`).slice(0, words);
}

/** The terms of a job in one text space; the description space reads the title too unless `titleInDescription` is false (models saved before version 3). */
export function spaceTerms(
  job: Job,
  space: TextSpace,
  bigrams: boolean,
  titleInDescription = true,
  leadWords = LEAD_WORDS,
): string[] {
  switch (space) {
    case 'title':
      return textTerms(job.title, bigrams);
    case 'lead':
      return leadTerms(job, leadWords);
    case 'description':
      return textTerms(
        titleInDescription ? `${job.title}\n${job.description ?? ''}` : (job.description ?? ''),
        bigrams,
      );
    case 'skills':
      return jobSkillKeys(job);
    case 'company': {
      const name = job.company?.trim().toLowerCase();
      return name ? [name] : [];
    }
    case 'location': {
      const place = job.location;
      if (!place) return [];
      return (['city', 'region', 'country', 'workplace'] as const).flatMap((part) => {
        const value = place[part]?.trim().toLowerCase();
        return value ? [`${part}:${value}`] : [];
      });
    }
  }
}

function standardisation(rows: ReadonlyArray<readonly number[]>): { means: number[]; scales: number[] } {
  const width = rows[0]?.length ?? 0;
  const means = new Array<number>(width).fill(0);
  const scales = new Array<number>(width).fill(0);
  for (const row of rows)
    for (let index = 0; index < width; index += 1) means[index]! += (row[index] ?? 0) / rows.length;
  for (const row of rows)
    for (let index = 0; index < width; index += 1)
      scales[index]! += ((row[index] ?? 0) - means[index]!) ** 2 / rows.length;
  return { means, scales: scales.map((variance) => (variance > 1e-12 ? Math.sqrt(variance) : 1)) };
}

const standardised = (dense: readonly number[], means: readonly number[], scales: readonly number[]) =>
  means.map((mean, index) => ((dense[index] ?? 0) - mean) / scales[index]!);

/** The linear kernel of sparse vectors: terms numbered once, each row scattered into a dense array and read by the others' term numbers. */
function gram(vectors: readonly SparseVector[]): number[][] {
  const size = vectors.length;
  const numbers = new Map<string, number>();
  const packed = vectors.map((vector) => {
    const indices = new Int32Array(vector.size);
    const values = new Float64Array(vector.size);
    let at = 0;
    for (const [term, value] of vector) {
      let number = numbers.get(term);
      if (number === undefined) numbers.set(term, (number = numbers.size));
      indices[at] = number;
      values[at] = value;
      at += 1;
    }
    return { indices, values };
  });
  const scattered = new Float64Array(numbers.size);
  const matrix = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (let row = 0; row < size; row += 1) {
    const { indices, values } = packed[row]!;
    for (let at = 0; at < indices.length; at += 1) scattered[indices[at]!] = values[at]!;
    for (let column = row; column < size; column += 1) {
      const other = packed[column]!;
      let value = 0;
      for (let at = 0; at < other.indices.length; at += 1) value += scattered[other.indices[at]!]! * other.values[at]!;
      matrix[row]![column] = value;
      matrix[column]![row] = value;
    }
    for (let at = 0; at < indices.length; at += 1) scattered[indices[at]!] = 0;
  }
  return matrix;
}

function denseGram(rows: ReadonlyArray<readonly number[]>): number[][] {
  const width = Math.max(1, rows[0]?.length ?? 1);
  return rows.map((left) =>
    rows.map((right) => left.reduce((sum, value, index) => sum + value * (right[index] ?? 0), 0) / width),
  );
}

function combine(kernels: Readonly<Record<RidgeBlock, Matrix>>, mix: Readonly<Record<RidgeBlock, number>>): number[][] {
  const size = kernels.description.length;
  const matrix = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const block of BLOCKS) {
    const weight = mix[block];
    if (weight === 0) continue;
    const kernel = kernels[block];
    for (let row = 0; row < size; row += 1)
      for (let column = 0; column < size; column += 1) matrix[row]![column]! += weight * kernel[row]![column]!;
  }
  return matrix;
}

/**
 * Cut-points on a score between grades 0|1, 1|2 and 2|3 that maximise exact-grade accuracy of `scores` against
 * `grades` (dynamic programme over the sorted scores; a grade may get an empty interval). Cuts lie midway between
 * neighbouring distinct scores.
 */
export function fitGradeCuts(scores: readonly number[], grades: readonly number[]): [number, number, number] {
  if (scores.length === 0) return [1 / 6, 1 / 2, 5 / 6];
  const order = scores.map((_score, index) => index).sort((left, right) => scores[left]! - scores[right]!);
  const sorted = order.map((index) => scores[index]!);
  const size = sorted.length;
  // Boundaries: before position p (0 … size), allowed where the score changes.
  const boundaries = [0];
  for (let position = 1; position < size; position += 1)
    if (sorted[position]! > sorted[position - 1]!) boundaries.push(position);
  boundaries.push(size);
  const prefix = [0, 1, 2, 3].map((grade) => {
    const counts = [0];
    for (const index of order) counts.push(counts.at(-1)! + (grades[index] === grade ? 1 : 0));
    return counts;
  });
  // best[g][b]: most correct among the first boundaries[b] items when they take grades 0 … g.
  const best: number[][] = [boundaries.map((position) => prefix[0]![position]!)];
  const choice: number[][] = [boundaries.map(() => 0)];
  for (let grade = 1; grade <= 3; grade += 1) {
    const row: number[] = [];
    const from: number[] = [];
    boundaries.forEach((position, b) => {
      let top = -1;
      let at = 0;
      for (let previous = 0; previous <= b; previous += 1) {
        const value = best[grade - 1]![previous]! + prefix[grade]![position]! - prefix[grade]![boundaries[previous]!]!;
        if (value > top) [top, at] = [value, previous];
      }
      row.push(top);
      from.push(at);
    });
    best.push(row);
    choice.push(from);
  }
  const cutsAt: number[] = [];
  let b = boundaries.length - 1;
  for (let grade = 3; grade >= 1; grade -= 1) {
    b = choice[grade]![b]!;
    cutsAt.unshift(boundaries[b]!);
  }
  const valueAt = (position: number) =>
    position <= 0
      ? sorted[0]! - 1e-3
      : position >= size
        ? sorted[size - 1]! + 1e-3
        : (sorted[position - 1]! + sorted[position]!) / 2;
  const cuts = cutsAt.map(valueAt);
  for (let index = 1; index < 3; index += 1) cuts[index] = Math.max(cuts[index]!, cuts[index - 1]! + 1e-6);
  return cuts as [number, number, number];
}

/** The grade 0–3 a raw output falls in, given cut-points. */
export function gradeOf(value: number, cuts: readonly [number, number, number]): 0 | 1 | 2 | 3 {
  return value < cuts[0] ? 0 : value < cuts[1] ? 1 : value < cuts[2] ? 2 : 3;
}

/** Strictly increasing map of ℝ into (0, 1): identity on [0.1, 0.9], rational tails beyond (slow, so far values stay apart and AUC is kept). */
export function softUnit(value: number): number {
  if (value > 0.9) return 0.9 + (0.1 * (value - 0.9)) / (value - 0.9 + 0.1);
  if (value < 0.1) return 0.01 / (0.1 + (0.1 - value));
  return value;
}

/**
 * Raw output → score in (0, 1) whose grade × 3 rounds to the calibrated grade: piecewise linear through
 * (cut k, (k + ½) / 3), extended with the outer slopes, then `softUnit`. Without cuts, `softUnit` alone.
 */
export function calibratedScore(value: number, cuts: readonly [number, number, number] | undefined): number {
  if (!cuts) return softUnit(value);
  const knots = cuts.map((cut, index) => [cut, (index + 0.5) / 3] as const);
  const slope = (left: readonly [number, number], right: readonly [number, number]) =>
    (right[1] - left[1]) / Math.max(1e-9, right[0] - left[0]);
  let mapped: number;
  if (value <= knots[0]![0]) mapped = knots[0]![1] + (value - knots[0]![0]) * slope(knots[0]!, knots[1]!);
  else if (value <= knots[1]![0]) mapped = knots[0]![1] + (value - knots[0]![0]) * slope(knots[0]!, knots[1]!);
  else if (value <= knots[2]![0]) mapped = knots[1]![1] + (value - knots[1]![0]) * slope(knots[1]!, knots[2]!);
  else mapped = knots[2]![1] + (value - knots[2]![0]) * slope(knots[1]!, knots[2]!);
  return softUnit(mapped);
}

/** The raw ridge output for one job and its dense features. */
export function predictTextRidge(state: TextRidgeState, job: Job, dense: readonly number[]): number {
  let sum = state.intercept;
  const salary = state.salary ? standardisedSalary(job, state.salary) : 0;
  for (const space of state.spaces) {
    const vector = tfidfVector(
      space.vocabulary,
      spaceTerms(job, space.name, space.bigrams, space.titleInDescription ?? false, space.leadWords),
    );
    const salaryWeights = salary !== 0 ? space.salaryWeights : undefined;
    for (const [term, value] of vector) {
      sum += value * (space.weights[term] ?? 0);
      if (salaryWeights) sum += salary * value * (salaryWeights[term] ?? 0);
    }
  }
  const z = standardised(dense, state.dense.means, state.dense.scales);
  z.forEach((value, index) => (sum += value * (state.dense.weights[index] ?? 0)));
  const memory = state.memory;
  if (memory && memory.weight > 0) {
    const vector = tfidfVector(memory.vocabulary, spaceTerms(job, memory.space, memory.bigrams, true, LEAD_WORDS));
    return blendWithMemory(memory, sum, memoryPrediction(memory, vector));
  }
  return sum;
}

/**
 * Refuses numeric text-ridge settings that are not finite whole numbers in range (NaN, Infinity, a fraction, too few
 * folds), naming the setting; the desirability model's factory calls it too, so a bad `text` fails when it is created.
 */
export function checkTextRidgeNumbers(settings: TextRidgeSettings, entity = 'TextRidgeSettings', prefix = ''): void {
  const count = (setting: 'folds' | 'minimumDocuments' | 'bagging' | 'ensemble', min: number) =>
    checkNumberSetting(entity, `${prefix}${setting}`, settings[setting], { integer: true, min });
  count('folds', 2);
  count('minimumDocuments', 1);
  count('bagging', 0);
  count('ensemble', 1);
  checkNumberSetting(entity, `${prefix}seed`, settings.seed, { integer: true });
  checkMemorySettings(settings.memory, entity, prefix);
  const weighting = settings.termWeighting;
  if (weighting !== undefined) {
    rejectUnknownKeys(`${entity}.${prefix}termWeighting`, weighting, { strengths: true, smoothing: true, keep: true });
    for (const [index, keep] of (weighting.keep ?? []).entries())
      checkNumberSetting(entity, `${prefix}termWeighting.keep[${index}]`, keep, { above: 0, max: 1 });
    for (const [index, strength] of (weighting.strengths ?? []).entries())
      checkNumberSetting(entity, `${prefix}termWeighting.strengths[${index}]`, strength, { min: 0 });
    checkNumberSetting(entity, `${prefix}termWeighting.smoothing`, weighting.smoothing, { above: 0 });
  }
}

/**
 * Fits the text ridge: TF-IDF spaces (idf from these rows only), dense features standardised on these rows, block
 * weights and λ by stratified k-fold CV, the final fit on all rows, and grade cut-points from the chosen setting's
 * out-of-fold predictions when `ordinal`. Deterministic for a seed.
 */
export function trainTextRidge(
  rows: readonly TextRidgeRow[],
  ordinal: boolean,
  settings: TextRidgeSettings = {},
): TextRidgeFit {
  if (rows.length === 0) throw new RangeError('trainTextRidge needs at least one row');
  if (
    settings.objective !== undefined &&
    settings.objective !== 'pointwise' &&
    settings.objective !== 'pairwise' &&
    settings.objective !== 'logistic' &&
    settings.objective !== 'ordinal'
  )
    throw invalidSetting(
      'TextRidgeSettings',
      'objective',
      `must be 'pointwise', 'pairwise', 'logistic' or 'ordinal', got ${settings.objective}`,
    );
  if (
    settings.pairWeights !== undefined &&
    settings.pairWeights !== 'equal' &&
    settings.pairWeights !== 'gradeDistance'
  )
    throw invalidSetting(
      'TextRidgeSettings',
      'pairWeights',
      `must be 'equal' or 'gradeDistance', got ${settings.pairWeights}`,
    );
  checkTextRidgeNumbers(settings);
  if (
    settings.termWeighting !== undefined &&
    (settings.objective === 'logistic' ||
      settings.objective === 'ordinal' ||
      settings.pairWeights === 'gradeDistance' ||
      (settings.bagging ?? 0) > 0)
  )
    throw invalidSetting(
      'TextRidgeSettings',
      'termWeighting',
      'works with the pointwise or equal-weight pairwise objective without bagging only',
    );
  const lambdas = settings.lambdas ?? DEFAULT_LAMBDAS;
  const grid = { ...DEFAULT_MIX, ...settings.mixGrid } as Record<RidgeBlock, readonly number[]>;
  const bigrams: Record<TextSpace, boolean> = {
    title: true,
    lead: false,
    description: settings.descriptionBigrams ?? false,
    skills: false,
    company: false,
    location: false,
  };
  // The description and lead spaces read the same words of "title\ndescription": tokenised once.
  const words = rows.map((row) => textTerms(`${row.job.title}\n${row.job.description ?? ''}`));
  const terms = Object.fromEntries(
    TEXT_SPACES.map((space) => [
      space,
      space === 'description'
        ? words.map((list) => (bigrams.description ? withBigrams(list) : list))
        : space === 'lead'
          ? words.map((list) => list.slice(0, LEAD_WORDS))
          : rows.map((row) => spaceTerms(row.job, space, bigrams[space])),
    ]),
  ) as Record<TextSpace, string[][]>;
  const minimumDocuments = settings.minimumDocuments ?? (rows.length >= 20 ? 2 : 1);
  const vocabularies = Object.fromEntries(
    TEXT_SPACES.map((space) => [space, fitTfidf(terms[space], minimumDocuments)]),
  ) as Record<TextSpace, TfidfVocabulary>;
  const vectors = Object.fromEntries(
    TEXT_SPACES.map((space) => [space, terms[space].map((list) => tfidfVector(vocabularies[space], list))]),
  ) as Record<TextSpace, SparseVector[]>;
  const { means, scales } = standardisation(rows.map((row) => row.dense));
  const denseRows = rows.map((row) => standardised(row.dense, means, scales));
  const salary = salaryStandardisation(rows.map((row) => row.job));
  const salaries = rows.map((row) => standardisedSalary(row.job, salary));
  const description = gram(vectors.description);
  const kernels: Record<RidgeBlock, Matrix> = {
    title: gram(vectors.title),
    lead: gram(vectors.lead),
    description,
    skills: gram(vectors.skills),
    company: gram(vectors.company),
    location: gram(vectors.location),
    dense: denseGram(denseRows),
    salaryText: description.map((row, left) => row.map((value, right) => value * salaries[left]! * salaries[right]!)),
    salaryLead: [],
  };
  kernels.salaryLead = kernels.lead.map((row, left) =>
    row.map((value, right) => value * salaries[left]! * salaries[right]!),
  );
  const coding = ordinal ? settings.gradeTargets : undefined;
  const targets = rows.map((row) => (coding ? coding[Math.max(0, Math.min(3, Math.round(row.grade)))]! : row.target));
  const grades = rows.map((row) => row.grade);
  const pairwise =
    (settings.objective === 'pairwise' || settings.objective === 'logistic' || settings.objective === 'ordinal') &&
    new Set(grades).size > 1;
  const ordinalObjective = pairwise && settings.objective === 'ordinal';
  const logistic = pairwise && (settings.objective === 'logistic' || ordinalObjective);
  const pairWeights = settings.pairWeights ?? 'equal';
  const ridgeFitter: PairwiseFitter = (kernel, fitTargets, fitGrades, fitLambda) =>
    fitPairwiseKernelRidge(kernel, fitTargets, fitGrades, fitLambda, pairWeights);
  const logisticFitter: PairwiseFitter = ordinalObjective
    ? (kernel, fitTargets, fitGrades, fitLambda) => fitOrdinalLogitKernel(kernel, fitTargets, fitGrades, fitLambda)
    : (kernel, fitTargets, fitGrades, fitLambda) =>
        fitPairwiseLogisticKernel(kernel, fitTargets, fitGrades, fitLambda, { pairWeights });
  const pointwiseGrades = rows.map((_row, index) => index);
  const foldCount = Math.min(settings.folds ?? 5, rows.length);
  type Setting = { lambda: number; mix: Record<RidgeBlock, number>; score: RidgeScore; terms?: TermWeightingChoice };
  let chosen: Setting | undefined;
  const results: Setting[] = [];
  // Supervised term weighting: the kernels of the description and lead (and their salary blocks) with each term
  // scaled by weight^strength, the weights learned on the rows `indices` (a CV fold's training part, or all rows);
  // with `keep`, the weights are 1 for the top share of terms and 0 for the rest (feature selection).
  const smoothing = settings.termWeighting?.smoothing ?? 1;
  const weightCache = new Map<string, Record<'description' | 'lead', Map<string, number>>>();
  const weightsOn = (indices: readonly number[], keep?: number) => {
    const key = `${keep ?? ''}|${indices.join(',')}`;
    let cached = weightCache.get(key);
    if (!cached) {
      const fitted = (space: 'description' | 'lead') => {
        const weights = termWeights(vectors[space], grades, indices, smoothing);
        return keep === undefined ? weights : keepTopTerms(weights, keep);
      };
      cached = { description: fitted('description'), lead: fitted('lead') };
      weightCache.set(key, cached);
    }
    return cached;
  };
  const termsKey = (terms: TermWeightingChoice | undefined) =>
    terms === undefined || terms.strength === 0 ? '' : `${terms.strength}|${terms.keep ?? ''}`;
  const allRows = rows.map((_row, index) => index);
  const weightedKernel = (
    mix: Record<RidgeBlock, number>,
    terms: TermWeightingChoice | undefined,
    indices: readonly number[] = allRows,
  ): number[][] => {
    if (terms === undefined || terms.strength === 0) return combine(kernels, mix);
    const strength = terms.strength;
    const weights = weightsOn(indices, terms.keep);
    const scaled = { ...kernels };
    if (mix.description !== 0 || mix.salaryText !== 0) {
      const gramOf = gram(vectors.description.map((vector) => scaleTerms(vector, weights.description, strength)));
      scaled.description = gramOf;
      scaled.salaryText = gramOf.map((row, left) =>
        row.map((value, right) => value * salaries[left]! * salaries[right]!),
      );
    }
    if (mix.lead !== 0 || mix.salaryLead !== 0) {
      const gramOf = gram(vectors.lead.map((vector) => scaleTerms(vector, weights.lead, strength)));
      scaled.lead = gramOf;
      scaled.salaryLead = gramOf.map((row, left) =>
        row.map((value, right) => value * salaries[left]! * salaries[right]!),
      );
    }
    return combine(scaled, mix);
  };
  let tried = 0;
  let folds: number[] | undefined;
  if (foldCount >= 2 && new Set(grades).size > 1) {
    // Identical postings (a repost) share a fold: split apart, the title and company spaces would win CV by
    // recognising the copy, which is no use on new postings. (Grouping by repostKeys, which also joins the same title
    // at the company and near-identical descriptions, changed the outer repeated 5x5 CV AUC on the lirecommend
    // ratings by -0.002 [-0.006, 0.002] and merges the near-copies that small or synthetic training sets are made of.)
    const keys = rows.map((row) => `${row.job.title}\n${row.job.description ?? ''}`);
    folds = groupedStratifiedFolds(grades, keys, foldCount, settings.seed ?? 1);
    const tryMix = (mix: Record<RidgeBlock, number>) => {
      if (!BLOCKS.some((block) => mix[block] > 0)) return;
      const kernel = combine(kernels, mix);
      // The equal-weight pairwise ridge factorises each fold once for every λ (the same fits as one solve per λ); so
      // does the pointwise ridge, which is the pairwise one with every row its own grade (every pair counted).
      const path =
        !pairwise || pairWeights === 'equal'
          ? pairwiseOutOfFoldPredictionsPath(kernel, targets, lambdas, folds!, pairwise ? grades : pointwiseGrades)
          : undefined;
      lambdas.forEach((lambda, position) => {
        tried += 1;
        const score = scorePredictions(
          path?.[position] ??
            outOfFoldPredictions(kernel, targets, lambda, folds!, pairwise ? grades : undefined, ridgeFitter),
          grades,
          targets,
        );
        results.push({ lambda, mix, score });
        if (betterRidgeScore(score, chosen?.score)) chosen = { lambda, mix, score };
      });
    };
    // Coordinate search: the description alone (or the first weights of the grid), then each other block's weights
    // in turn with the rest held at the best so far, every λ each time.
    const start = Object.fromEntries(BLOCKS.map((block) => [block, grid[block][0] ?? 0])) as Record<RidgeBlock, number>;
    tryMix(start);
    // A block whose kernel is all zero (no job has skills, say) changes no prediction: its weights are not tried.
    const empty = (block: RidgeBlock) => kernels[block].every((row) => row.every((value) => value === 0));
    for (const block of SEARCH_ORDER) {
      if (empty(block)) continue;
      const base = chosen?.mix ?? start;
      for (const weight of grid[block]) if (weight !== base[block]) tryMix({ ...base, [block]: weight });
    }
    // Supervised term weighting on the best mix: each fold's kernel scaled by weights learned on its training part.
    if (settings.termWeighting && chosen) {
      const mix = chosen.mix;
      const fitGrades = pairwise ? grades : pointwiseGrades;
      const candidates: TermWeightingChoice[] = [
        ...(settings.termWeighting.strengths ?? TERM_WEIGHTING_STRENGTHS)
          .filter((strength) => strength !== 0)
          .map((strength) => ({ strength })),
        ...(settings.termWeighting.keep ?? []).map((keep) => ({ strength: 1, keep })),
      ];
      for (const terms of candidates) {
        const predictions = pairwiseOutOfFoldPredictionsPath(
          (kept) => weightedKernel(mix, terms, kept),
          targets,
          lambdas,
          folds,
          fitGrades,
        );
        lambdas.forEach((lambda, position) => {
          tried += 1;
          const score = scorePredictions(predictions[position]!, grades, targets);
          results.push({ lambda, mix, score, terms });
          if (betterRidgeScore(score, chosen?.score)) chosen = { lambda, mix, score, terms };
        });
      }
    }
  }
  // Without CV (too few rows or one grade): every block at 1 (or its largest weight), but no salary interaction.
  const fallbackMix = Object.fromEntries(
    BLOCKS.map((block) => [
      block,
      block === 'salaryText' || block === 'salaryLead'
        ? (grid[block][0] ?? 0)
        : grid[block].includes(1)
          ? 1
          : (grid[block].at(-1) ?? 0),
    ]),
  ) as Record<RidgeBlock, number>;
  const lambda = chosen?.lambda ?? lambdas[Math.floor(lambdas.length / 2)] ?? 1;
  const mix = chosen?.mix ?? fallbackMix;
  // The settings averaged: the best, then the next best by CV (distinct settings), up to `ensemble`.
  const seen = new Set<string>();
  type Member = { lambda: number; mix: Record<RidgeBlock, number>; score?: RidgeScore; terms?: TermWeightingChoice };
  let logisticFactor: number | undefined;
  const ranked: Member[] = chosen
    ? [...results].sort((left, right) =>
        betterRidgeScore(left.score, right.score) ? -1 : betterRidgeScore(right.score, left.score) ? 1 : 0,
      )
    : [{ lambda, mix }];
  const members = ranked
    .filter((member) => {
      // A setting that only moves an empty block's weight (no job has skills, say) predicts the same: count it once.
      const key = member.score
        ? member.score.predictions.map((value) => value.toPrecision(10)).join(',')
        : JSON.stringify([member.lambda, member.mix]);
      return !seen.has(key) && seen.add(key);
    })
    .slice(0, Math.max(1, settings.ensemble ?? 1));
  // Per term weighting and block, the coefficient of each training row: the mean over members of block weight × αᵢ
  // (one entry, plain TF-IDF, without termWeighting).
  const termCoefficients = new Map<
    string,
    { terms: TermWeightingChoice | undefined; coefficients: Record<RidgeBlock, number[]> }
  >();
  const coefficientsOf = (terms: TermWeightingChoice | undefined) => {
    let entry = termCoefficients.get(termsKey(terms));
    if (!entry) {
      const coefficients = Object.fromEntries(
        BLOCKS.map((block) => [block, new Array<number>(rows.length).fill(0)]),
      ) as Record<RidgeBlock, number[]>;
      entry = { terms, coefficients };
      termCoefficients.set(termsKey(terms), entry);
    }
    return entry.coefficients;
  };
  // The logistic objective: the factor of λ by CV on the best setting, then every member's CV predictions with it.
  if (logistic && folds) {
    const kernel = combine(kernels, members[0]!.mix);
    let best: RidgeScore | undefined;
    for (const factor of ordinalObjective ? ORDINAL_LAMBDA_FACTORS : LOGISTIC_LAMBDA_FACTORS) {
      const score = scorePredictions(
        outOfFoldPredictions(kernel, targets, members[0]!.lambda * factor, folds, grades, logisticFitter),
        grades,
        targets,
      );
      if (betterRidgeScore(score, best)) [best, logisticFactor] = [score, factor];
    }
    members[0] = { ...members[0]!, score: best! };
    for (let index = 1; index < members.length; index += 1) {
      const member = members[index]!;
      const predictions = outOfFoldPredictions(
        combine(kernels, member.mix),
        targets,
        member.lambda * logisticFactor!,
        folds,
        grades,
        logisticFitter,
      );
      members[index] = { ...member, score: scorePredictions(predictions, grades, targets) };
    }
  }
  const fitMember = (member: Member, kernel: Matrix, fitTargets: number[], fitGrades: number[]): KernelRidgeFit =>
    logistic
      ? logisticFitter(kernel, fitTargets, fitGrades, member.lambda * (logisticFactor ?? 1))
      : pairwise
        ? ridgeFitter(kernel, fitTargets, fitGrades, member.lambda)
        : fitKernelRidge(kernel, fitTargets, member.lambda);
  // Bagging: the final fit of each member averaged over bootstrap resamples of the identical-text groups.
  const bags = settings.bagging ?? 0;
  const draws: number[][] = [];
  if (bags > 0) {
    const keys = rows.map((row) => `${row.job.title}\n${row.job.description ?? ''}`);
    const groups = [...new Set(keys)];
    const groupRows = groups.map((key) => keys.flatMap((other, index) => (other === key ? [index] : [])));
    for (let bag = 0; bag < bags; bag += 1) {
      const random = createRandom((settings.seed ?? 1) * 1000 + bag + 1);
      const drawn: number[] = [];
      for (let index = 0; index < groups.length; index += 1)
        pushAll(drawn, groupRows[Math.floor(random() * groups.length)]!);
      if (new Set(drawn.map((index) => grades[index])).size > 1) draws.push(drawn);
    }
  }
  // The equal-weight pairwise ridge without bagging: the members of one mix (they differ in λ) from one factorisation.
  const pathFits = new Map<string, Map<number, KernelRidgeFit>>();
  if (pairwise && !logistic && pairWeights === 'equal' && draws.length === 0) {
    const byMix = new Map<
      string,
      { mix: Record<RidgeBlock, number>; terms: TermWeightingChoice | undefined; lambdas: number[] }
    >();
    for (const member of members) {
      const key = JSON.stringify([member.mix, termsKey(member.terms)]);
      const entry = byMix.get(key) ?? { mix: member.mix, terms: member.terms, lambdas: [] };
      entry.lambdas.push(member.lambda);
      byMix.set(key, entry);
    }
    for (const [key, entry] of byMix) {
      const fits = fitPairwiseKernelRidgePath(weightedKernel(entry.mix, entry.terms), targets, grades, entry.lambdas);
      pathFits.set(key, new Map(entry.lambdas.map((value, index) => [value, fits[index]!])));
    }
  }
  for (const member of members) {
    const fromPath = pathFits.get(JSON.stringify([member.mix, termsKey(member.terms)]))?.get(member.lambda);
    const coefficients = coefficientsOf(member.terms);
    const memberFits = (): Array<{ indices: number[]; fit: KernelRidgeFit }> => {
      const kernel = weightedKernel(member.mix, member.terms);
      return draws.length > 0
        ? draws.map((indices) => ({
            indices,
            fit: fitMember(
              member,
              indices.map((row) => indices.map((column) => kernel[row]![column]!)),
              indices.map((index) => targets[index]!),
              indices.map((index) => grades[index]!),
            ),
          }))
        : [{ indices: rows.map((_row, index) => index), fit: fitMember(member, kernel, targets, grades) }];
    };
    const fits = fromPath ? [{ indices: rows.map((_row, index) => index), fit: fromPath }] : memberFits();
    for (const { indices, fit } of fits)
      for (const block of BLOCKS)
        if (member.mix[block] !== 0)
          fit.alpha.forEach(
            (value, position) =>
              (coefficients[block][indices[position]!]! +=
                (member.mix[block] * value) / (members.length * fits.length)),
          );
  }
  const used = (block: RidgeBlock) => members.some((member) => member.mix[block] !== 0);

  // Primal weights: Σ α = 0 (the centred system), so β = Σᵢ αᵢ φ(xᵢ) per block, and the intercept takes the mean.
  // The salaryText block: β = Σᵢ αᵢ sᵢ φ(xᵢ) on the description's terms, read against s(x) φ(x). With term weighting
  // at strength s, φ(x) is the vector scaled by w^s on both sides of the kernel, so a term's β is multiplied by w^(2s).
  const spaces: TextSpaceState[] = [];
  for (const space of TEXT_SPACES) {
    const salaryBlock = space === 'description' ? 'salaryText' : space === 'lead' ? 'salaryLead' : undefined;
    const interaction = salaryBlock !== undefined && used(salaryBlock);
    if (!used(space) && !interaction) continue;
    const weights = new Map<string, number>();
    const salaryWeights = new Map<string, number>();
    for (const { terms, coefficients } of termCoefficients.values()) {
      const strength = terms?.strength ?? 0;
      const termWeight =
        strength !== 0 && (space === 'description' || space === 'lead')
          ? weightsOn(allRows, terms?.keep)[space]
          : undefined;
      vectors[space].forEach((vector, index) => {
        for (const [term, plain] of vector) {
          const value = termWeight ? plain * (termWeight.get(term) ?? 0) ** (2 * strength) : plain;
          if (used(space)) weights.set(term, (weights.get(term) ?? 0) + coefficients[space][index]! * value);
          if (interaction && salaries[index] !== 0)
            salaryWeights.set(
              term,
              (salaryWeights.get(term) ?? 0) + coefficients[salaryBlock!][index]! * salaries[index]! * value,
            );
        }
      });
    }
    spaces.push({
      name: space,
      bigrams: bigrams[space],
      vocabulary: vocabularies[space],
      weights: Object.fromEntries(weights),
      ...(space === 'description' ? { titleInDescription: true } : {}),
      ...(space === 'lead' ? { leadWords: LEAD_WORDS } : {}),
      ...(interaction ? { salaryWeights: Object.fromEntries(salaryWeights) } : {}),
    });
  }
  const width = Math.max(1, means.length);
  const denseWeights = means.map(
    (_mean, column) =>
      [...termCoefficients.values()].reduce(
        (total, { coefficients }) =>
          total + denseRows.reduce((sum, row, index) => sum + coefficients.dense[index]! * row[column]!, 0),
        0,
      ) / width,
  );
  const state: TextRidgeState = {
    spaces,
    dense: { means, scales, weights: denseWeights },
    ...(used('salaryText') || used('salaryLead') ? { salary } : {}),
    intercept: 0,
    selection: {
      lambda,
      mix,
      folds: foldCount,
      criterion: 'pooled out-of-fold pairwise AUC, ties by MSE',
      auc: chosen?.score.auc ?? Number.NaN,
      mse: chosen?.score.mse ?? Number.NaN,
      candidates: tried,
      ...(coding ? { gradeTargets: [...coding] as [number, number, number, number] } : {}),
      ...(logistic
        ? {
            objective: ordinalObjective ? ('ordinal' as const) : ('logistic' as const),
            logisticFactor: logisticFactor ?? 1,
          }
        : pairwise
          ? { objective: 'pairwise' as const }
          : {}),
      ...(pairwise && pairWeights === 'gradeDistance' ? { pairWeights: 'gradeDistance' as const } : {}),
      ...(draws.length > 0 ? { bagging: draws.length } : {}),
      ...(settings.termWeighting ? { termWeighting: chosen?.terms ?? { strength: 0 } } : {}),
      ...(members.length > 1
        ? {
            members: members.map((member) => ({
              lambda: member.lambda,
              mix: member.mix,
              auc: member.score?.auc ?? Number.NaN,
              ...(settings.termWeighting ? { termWeighting: member.terms ?? { strength: 0 } } : {}),
            })),
          }
        : {}),
    },
  };
  // predictTextRidge on the training rows, from their vectors already built.
  const raw = rows.map((row, index) => {
    let sum = 0;
    for (const space of spaces) {
      const salaryWeights = salaries[index] !== 0 ? space.salaryWeights : undefined;
      for (const [term, value] of vectors[space.name][index]!) {
        sum += value * (space.weights[term] ?? 0);
        if (salaryWeights) sum += salaries[index]! * value * (salaryWeights[term] ?? 0);
      }
    }
    standardised(row.dense, means, scales).forEach((value, column) => (sum += value * denseWeights[column]!));
    return sum;
  });
  const targetMean = targets.reduce((sum, value) => sum + value, 0) / targets.length;
  state.intercept = targetMean - raw.reduce((sum, value) => sum + value, 0) / raw.length;
  const outOfFold = chosen
    ? chosen.score.predictions.map(
        (_value, index) =>
          members.reduce((sum, member) => sum + (member.score?.predictions[index] ?? 0), 0) / members.length,
      )
    : raw.map((value) => value + state.intercept);
  let blendedOutOfFold = outOfFold;
  if (settings.memory && chosen && folds) {
    const memory = settings.memory;
    const groups = memory.excludeReposts ? repostKeys(rows.map((row) => row.job)) : undefined;
    const spaces: Array<'description' | 'lead'> =
      memory.space === 'auto' ? ['description', 'lead'] : [memory.space ?? 'description'];
    if (memory.model === 'kernel') {
      let best: { space: 'description' | 'lead'; choice: ReturnType<typeof chooseKernelMemoryBlend> } | undefined;
      for (const candidate of spaces) {
        const choice = chooseKernelMemoryBlend(
          kernels[candidate],
          targets,
          pairwise ? grades : pointwiseGrades,
          grades,
          folds,
          outOfFold,
          memory,
          lambdas,
        );
        if (!best || betterRidgeScore(choice.score, best.choice.score)) best = { space: candidate, choice };
      }
      const { space, choice } = best!;
      state.memory = {
        space,
        k: 0,
        weight: choice.weight,
        blend: 'score',
        vocabulary: vocabularies[space],
        bigrams: bigrams[space],
        vectors: vectors[space].map((vector) => Object.fromEntries(vector)),
        targets: [...targets],
        auc: choice.score.auc,
        kernel: { gamma: choice.gamma, lambda: choice.lambda, ...choice.fit },
      };
      if (ordinal) state.gradeCuts = fitGradeCuts(choice.score.predictions, grades);
      return { state, outOfFold: choice.score.predictions };
    }
    let space = spaces[0]!;
    let choice = chooseMemoryBlend(kernels[space], targets, grades, folds, outOfFold, memory, groups);
    for (const other of spaces.slice(1)) {
      const candidate = chooseMemoryBlend(kernels[other], targets, grades, folds, outOfFold, memory, groups);
      if (betterRidgeScore(candidate.score, choice.score)) [space, choice] = [other, candidate];
    }
    state.memory = {
      space,
      k: choice.k,
      weight: choice.weight,
      blend: choice.blend,
      vocabulary: vocabularies[space],
      bigrams: bigrams[space],
      vectors: vectors[space].map((vector) => Object.fromEntries(vector)),
      targets: [...targets],
      ...(choice.ridgeReference
        ? { ridgeReference: choice.ridgeReference, memoryReference: choice.memoryReference }
        : {}),
      auc: choice.score.auc,
    };
    blendedOutOfFold = choice.score.predictions;
  }
  if (ordinal) state.gradeCuts = fitGradeCuts(blendedOutOfFold, grades);
  return { state, outOfFold: blendedOutOfFold };
}
