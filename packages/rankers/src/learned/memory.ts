// A memory-based model next to the text ridge: the similarity-weighted mean target of the k rated jobs most like a
// job (TF-IDF cosine in one text space), blended with the ridge's output. k and the blend weight are chosen by the
// ridge's own inner cross-validation on the training rows: the k-NN out-of-fold prediction of each row from the
// other folds' rows, blended with the ridge's out-of-fold prediction, scored as the ridge's settings are (pooled AUC,
// ties by MSE). Weight 0 (the ridge alone) is always a candidate.
//
// Opt-in (`memory: {}`), not the desirability model's default: on the lirecommend ratings (repeated grouped 5x5 CV,
// paired against the shipped model) it changed AUC by +0.001 [−0.005, 0.007] in the description space (exact grade
// 0.652 → 0.661, within one 0.961 → 0.970), +0.004 [−0.001, 0.010] in the lead space (ahead on 4 of 5 fold seeds;
// exact 0.650) and +0.002 [−0.004, 0.007] with the space chosen by the CV; the rank blend −0.002 [−0.012, 0.008]
// (first two fold seeds). Training took 3.4 s of CPU instead of 2.5 s at 330 ratings. A saved model with a memory
// holds the rated jobs' vectors (version 5 of the saved format), and scoring a job reads all of them (4.2 ms of CPU
// per job instead of 0.7 ms with 413 ratings, load average 6.5–7.7).
//
// `model: 'kernel'` replaces the k-NN mean by a kernel ridge over the same space with the Gaussian kernel of the unit
// TF-IDF vectors, exp(γ (cos − 1)), fitted with the ridge's objective: a smooth, regularised memory, γ by the CV.
// Opt-in as well: on the same folds it changed AUC by +0.001 [−0.001, 0.003] (5x5; exact grade 0.652 → 0.648). It keeps a dual
// coefficient per rated job (saved format version 6).
import { invalidSetting, rejectUnknownKeys } from '@rolefit/core';
import { checkNumberSetting } from '@rolefit/core/internal';
import type { TfidfVocabulary } from './tfidf.js';
import {
  betterRidgeScore,
  fitPairwiseKernelRidgePath,
  type KernelRidgeFit,
  type Matrix,
  pairwiseOutOfFoldPredictionsPath,
  predictKernelRidge,
  type RidgeScore,
  scorePredictions,
} from './ridge.js';

/** How the memory's prediction is blended with the ridge's: `score` mixes the outputs, `rank` their ranks among the training rows' out-of-fold predictions. */
export type MemoryBlend = 'score' | 'rank';

/** Settings of the memory blend (the text ridge's `memory`). */
export interface MemorySettings {
  /** Neighbour counts the CV tries (default 5, 10, 20, 40). */
  k?: readonly number[] | undefined;
  /** Blend weights of the memory the CV tries, 0 (the ridge alone) always among them (default 0.1, 0.2, 0.3, 0.5). */
  weights?: readonly number[] | undefined;
  /** The text space whose TF-IDF cosine measures similarity: `description` (default: title + description), `lead` (its first 60 terms) or `auto` (the one the CV prefers). */
  space?: 'description' | 'lead' | 'auto' | undefined;
  /** `score` (default) or `rank`. */
  blend?: MemoryBlend | undefined;
  /** In the CV, a row's neighbours leave out its reposts (repostKeys) as well as its own fold (default false). */
  excludeReposts?: boolean | undefined;
  /**
   * `neighbours` (default): the k-NN mean above. `kernel`: a kernel ridge over the space with the Gaussian kernel of
   * the unit TF-IDF vectors, exp(γ (cos − 1)) = exp(−γ ‖x − y‖² / 2), fitted with the ridge's objective (pointwise or
   * pairwise) and λ grid; γ (from `gammas`), λ and the blend weight by the inner CV. Its fit keeps a coefficient per
   * rated job (saved format version 6).
   */
  model?: 'neighbours' | 'kernel' | undefined;
  /** γ of the `kernel` model the CV tries (default 1, 3, 10). */
  gammas?: readonly number[] | undefined;
}

/** γ of the Gaussian kernel memory tried by default. */
export const MEMORY_GAMMAS: readonly number[] = [1, 3, 10];

/** What a fitted memory holds: the training rows' vectors and targets, and what the CV chose. */
export interface MemoryState {
  space: 'description' | 'lead';
  k: number;
  weight: number;
  blend: MemoryBlend;
  /** Idf of the space, fitted on the training rows. */
  vocabulary: TfidfVocabulary;
  /** The space reads word pairs too (the description space with `descriptionBigrams`). */
  bigrams: boolean;
  /** Unit TF-IDF vector of each training row in `space` (term → weight). */
  vectors: Array<Record<string, number>>;
  targets: number[];
  /** Sorted out-of-fold ridge and memory predictions of the training rows (`rank` blend): a new output's rank is its place among them. */
  ridgeReference?: number[] | undefined;
  memoryReference?: number[] | undefined;
  /** Pooled out-of-fold AUC of the chosen blend. */
  auc: number;
  /**
   * The `kernel` model: γ, λ and the kernel ridge fitted on every training row (the memory's output is its
   * prediction): a coefficient per row, the training targets' mean, and the kernel's column means and grand mean.
   */
  kernel?:
    | {
        gamma: number;
        lambda: number;
        alpha: number[];
        mean: number;
        columnMeans: number[];
        grandMean: number;
      }
    | undefined;
}

/** The Gaussian kernel exp(γ (cos − 1)) of a cosine-similarity matrix. */
export function gaussianOfCosine(similarity: Matrix, gamma: number): number[][] {
  return similarity.map((row) => row.map((value) => Math.exp(gamma * (value - 1))));
}

/**
 * The `kernel` memory: for each γ, the kernel ridge's out-of-fold predictions on the ridge's folds for every λ (one
 * factorisation per fold), blended with the ridge's out-of-fold predictions at each weight; the best by pooled AUC
 * (ties by MSE), weight 0 (the ridge alone) always a candidate. Returns the choice with its fit on every row.
 */
export function chooseKernelMemoryBlend(
  similarity: Matrix,
  targets: readonly number[],
  fitGrades: readonly number[],
  grades: readonly number[],
  folds: readonly number[],
  ridgeOutOfFold: readonly number[],
  settings: MemorySettings,
  lambdas: readonly number[],
): { gamma: number; lambda: number; weight: number; score: RidgeScore; fit: KernelRidgeFit } {
  const weights = [0, ...(settings.weights ?? [0.1, 0.2, 0.3, 0.5]).filter((value) => value !== 0)];
  let best: { gamma: number; lambda: number; weight: number; score: RidgeScore } | undefined;
  for (const gamma of settings.gammas ?? MEMORY_GAMMAS) {
    const kernel = gaussianOfCosine(similarity, gamma);
    const paths = pairwiseOutOfFoldPredictionsPath(kernel, targets, lambdas, folds, fitGrades);
    paths.forEach((memory, position) => {
      for (const weight of weights) {
        if (weight === 0 && best !== undefined) continue;
        const blended = ridgeOutOfFold.map((value, index) => (1 - weight) * value + weight * memory[index]!);
        const score = scorePredictions(blended, grades, targets);
        if (betterRidgeScore(score, best?.score)) best = { gamma, lambda: lambdas[position]!, weight, score };
      }
    });
  }
  const chosen = best!;
  const [fit] = fitPairwiseKernelRidgePath(gaussianOfCosine(similarity, chosen.gamma), targets, fitGrades, [
    chosen.lambda,
  ]);
  return { ...chosen, fit: fit! };
}

/** The similarity-weighted mean target of the `k` most similar of `candidates` (`fallback` when none is similar). */
export function neighbourMean(
  similarities: readonly number[],
  targets: readonly number[],
  k: number,
  fallback: number,
): number {
  const order = similarities
    .map((value, index) => index)
    .filter((index) => similarities[index]! > 0)
    .sort((left, right) => similarities[right]! - similarities[left]! || left - right)
    .slice(0, k);
  let weight = 0;
  let sum = 0;
  for (const index of order) {
    weight += similarities[index]!;
    sum += similarities[index]! * targets[index]!;
  }
  return weight > 0 ? sum / weight : fallback;
}

/**
 * Place of `value` among `sorted` values in (0, 1): the empirical distribution interpolated linearly between the
 * sorted values (the i-th at (i + ½) / n) and with slow tails beyond them, so it is strictly increasing and keeps
 * every order.
 */
export function rankAmong(sorted: readonly number[], value: number): number {
  const size = sorted.length;
  if (size === 0) return 0.5;
  const edge = 0.5 / size;
  if (value <= sorted[0]!) return edge / (1 + (sorted[0]! - value));
  if (value >= sorted[size - 1]!) return 1 - edge / (1 + (value - sorted[size - 1]!));
  // The last position whose value is ≤ value (0 … size − 2 here).
  let low = 0;
  let high = size - 1;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! <= value) low = middle;
    else high = middle;
  }
  const span = sorted[high]! - sorted[low]!;
  const fraction = span > 0 ? (value - sorted[low]!) / span : 0;
  return (low + 0.5 + fraction) / size;
}

/** k-NN out-of-fold predictions: each row from the rows of the other folds. */
function memoryOutOfFold(
  similarity: Matrix,
  targets: readonly number[],
  folds: readonly number[],
  k: number,
  groups?: readonly string[],
): number[] {
  const mean = targets.reduce((sum, value) => sum + value, 0) / Math.max(1, targets.length);
  return targets.map((_target, row) => {
    const similarities = similarity[row]!.map((value, column) =>
      folds[column] === folds[row] || (groups !== undefined && groups[column] === groups[row]) ? 0 : value,
    );
    return neighbourMean(similarities, targets, k, mean);
  });
}

/**
 * Chooses k and the blend weight by the inner CV (`folds`, the ridge's) from the ridge's out-of-fold predictions;
 * returns the choice and the blended out-of-fold predictions (for the grade cut-points).
 */
export function chooseMemoryBlend(
  similarity: Matrix,
  targets: readonly number[],
  grades: readonly number[],
  folds: readonly number[],
  ridgeOutOfFold: readonly number[],
  settings: MemorySettings,
  groups?: readonly string[],
): {
  k: number;
  weight: number;
  blend: MemoryBlend;
  score: RidgeScore;
  ridgeReference?: number[];
  memoryReference?: number[];
} {
  const blend = settings.blend ?? 'score';
  const ks = settings.k ?? [5, 10, 20, 40];
  const weights = [0, ...(settings.weights ?? [0.1, 0.2, 0.3, 0.5]).filter((value) => value !== 0)];
  const sortedRidge = [...ridgeOutOfFold].sort((left, right) => left - right);
  const ridgePart = blend === 'rank' ? ridgeOutOfFold.map((value) => rankAmong(sortedRidge, value)) : ridgeOutOfFold;
  let best: { k: number; weight: number; score: RidgeScore; memory: number[] } | undefined;
  for (const k of ks) {
    const memory = memoryOutOfFold(similarity, targets, folds, k, groups);
    const sortedMemory = [...memory].sort((left, right) => left - right);
    const memoryPart = blend === 'rank' ? memory.map((value) => rankAmong(sortedMemory, value)) : memory;
    for (const weight of weights) {
      if (weight === 0 && best !== undefined) continue;
      const blended = ridgePart.map((value, index) => (1 - weight) * value + weight * memoryPart[index]!);
      const score = scorePredictions(blended, grades, targets);
      if (betterRidgeScore(score, best?.score)) best = { k, weight, score, memory };
    }
  }
  const chosen = best!;
  return {
    k: chosen.k,
    weight: chosen.weight,
    blend,
    score: chosen.score,
    ...(blend === 'rank'
      ? { ridgeReference: sortedRidge, memoryReference: [...chosen.memory].sort((left, right) => left - right) }
      : {}),
  };
}

/** The memory's prediction for a job's unit vector in the memory's space. */
export function memoryPrediction(state: MemoryState, vector: ReadonlyMap<string, number>): number {
  const similarities = state.vectors.map((other) => {
    let sum = 0;
    for (const [term, value] of vector) sum += value * (other[term] ?? 0);
    return sum;
  });
  if (state.kernel) {
    const gamma = state.kernel.gamma;
    return predictKernelRidge(
      state.kernel,
      similarities.map((value) => Math.exp(gamma * (value - 1))),
    );
  }
  const mean = state.targets.reduce((sum, value) => sum + value, 0) / Math.max(1, state.targets.length);
  return neighbourMean(similarities, state.targets, state.k, mean);
}

/** The ridge's output blended with the memory's prediction as the state says. */
export function blendWithMemory(state: MemoryState, ridge: number, memory: number): number {
  if (state.blend === 'rank')
    return (
      (1 - state.weight) * rankAmong(state.ridgeReference ?? [], ridge) +
      state.weight * rankAmong(state.memoryReference ?? [], memory)
    );
  return (1 - state.weight) * ridge + state.weight * memory;
}

/** Names of {@link MemorySettings}, for refusing unknown keys. */
const MEMORY_SETTING_NAMES = {
  k: true,
  weights: true,
  space: true,
  blend: true,
  excludeReposts: true,
  model: true,
  gammas: true,
} satisfies Record<keyof MemorySettings, true>;

/** Refuses memory settings with unknown keys, neighbour counts that are not whole numbers ≥ 1, weights outside [0, 1], or an unknown space or blend. */
export function checkMemorySettings(
  settings: MemorySettings | undefined,
  entity = 'TextRidgeSettings',
  prefix = '',
): void {
  if (settings === undefined) return;
  rejectUnknownKeys(`${entity}.${prefix}memory`, settings, MEMORY_SETTING_NAMES);
  for (const [index, k] of (settings.k ?? []).entries())
    checkNumberSetting(entity, `${prefix}memory.k[${index}]`, k, { integer: true, min: 1 });
  for (const [index, weight] of (settings.weights ?? []).entries())
    checkNumberSetting(entity, `${prefix}memory.weights[${index}]`, weight, { min: 0, max: 1 });
  if (settings.k !== undefined && settings.k.length === 0)
    throw invalidSetting(entity, `${prefix}memory.k`, 'needs at least one neighbour count');
  if (settings.space !== undefined && !['description', 'lead', 'auto'].includes(settings.space))
    throw invalidSetting(
      entity,
      `${prefix}memory.space`,
      `must be 'description', 'lead' or 'auto', got ${settings.space}`,
    );
  for (const [index, gamma] of (settings.gammas ?? []).entries())
    checkNumberSetting(entity, `${prefix}memory.gammas[${index}]`, gamma, { above: 0 });
  if (settings.gammas !== undefined && settings.gammas.length === 0)
    throw invalidSetting(entity, `${prefix}memory.gammas`, 'needs at least one γ');
  if (settings.model !== undefined && settings.model !== 'neighbours' && settings.model !== 'kernel')
    throw invalidSetting(entity, `${prefix}memory.model`, `must be 'neighbours' or 'kernel', got ${settings.model}`);
  if (settings.model === 'kernel' && settings.blend === 'rank')
    throw invalidSetting(entity, `${prefix}memory.blend`, "the 'kernel' model blends by score only");
  if (settings.blend !== undefined && settings.blend !== 'score' && settings.blend !== 'rank')
    throw invalidSetting(entity, `${prefix}memory.blend`, `must be 'score' or 'rank', got ${settings.blend}`);
}
