import { ValidationError } from '@rolefit/core';
import type { CorpusStatistics, Job } from '@rolefit/core';
import { jobSimilarityToTop, termVectorSimilarity, type TermVector } from './job-vectors.js';

/** Settings of the pseudo-relevance expansion step. */
export interface PseudoRelevanceSettings {
  /** How many of the best-scored jobs stand for what the person is after, a whole number ≥ 1 (default 5). */
  depth?: number | undefined;
  /** Weight of a job's similarity to those jobs against its own normalised score, ≥ 0; 0 turns the step off (default 0.5). */
  weight?: number | undefined;
  /**
   * Fewest jobs in a batch for the step to run, a whole number ≥ 2 (default 2). In a small batch the "best jobs"
   * are most of the batch, so the step would reward jobs for being typical of it rather than like the best ones.
   */
  minimumJobs?: number | undefined;
  /**
   * Largest share of the batch taken as the best jobs, in (0, 1]: depth is at most ⌊share · jobs⌋ (default 1). When
   * that leaves one best job where `depth` asks for two or more (3 jobs or fewer at share 0.5), the step does not run.
   */
  maximumShare?: number | undefined;
  /**
   * How score and similarity are put on one scale before they are mixed: `min-max` over the batch (the lowest 0, the
   * highest 1: relative to the batch), or `none`: the score as the ranker gives it (in [0, 1]) and the cosine
   * similarity as it is, so a job's new score depends only on itself and the best jobs, not on the rest of the batch
   * (default `min-max`).
   */
  normalization?: PseudoRelevanceNormalization | undefined;
}

/** How the pseudo-relevance step scales scores and similarities: over the batch (`min-max`) or not at all (`none`). */
export type PseudoRelevanceNormalization = 'min-max' | 'none';

/** Pseudo-relevance settings with every default filled in. */
export type ResolvedPseudoRelevanceSettings = Required<PseudoRelevanceSettings>;

/** Defaults: the 5 best jobs, similarity weighted half as much as the ranker's own score, on any batch of 2 or more. */
export const DEFAULT_PSEUDO_RELEVANCE: Readonly<ResolvedPseudoRelevanceSettings> = Object.freeze({
  depth: 5,
  weight: 0.5,
  minimumJobs: 2,
  maximumShare: 1,
  normalization: 'min-max',
});

/** Key of the similarity to the best jobs in a re-scored Match's `breakdown`. */
export const SIMILARITY_TO_TOP_KEY = 'similarityToTop';

/** Thrown for unusable pseudo-relevance settings; `setting` names the bad one, e.g. `pseudoRelevance.depth`. */
export class InvalidPseudoRelevanceSettingsError extends ValidationError {
  /** The setting at fault, as a dot path. */
  override readonly setting: string;

  constructor(setting: string, message: string) {
    super('PseudoRelevanceSettings', [{ path: setting, message, code: 'invalid_value' }]);
    this.setting = setting;
  }
}

/** Validates pseudo-relevance settings and fills in defaults; `path` prefixes the setting named in an error. */
export function resolvePseudoRelevanceSettings(
  settings: PseudoRelevanceSettings = {},
  path = 'pseudoRelevance',
): ResolvedPseudoRelevanceSettings {
  if (typeof settings !== 'object' || settings === null)
    throw new InvalidPseudoRelevanceSettingsError(path, `must be an object or false, got ${String(settings)}`);
  const depth = settings.depth ?? DEFAULT_PSEUDO_RELEVANCE.depth;
  if (!(Number.isInteger(depth) && depth >= 1))
    throw new InvalidPseudoRelevanceSettingsError(`${path}.depth`, `must be a whole number ≥ 1, got ${String(depth)}`);
  const weight = settings.weight ?? DEFAULT_PSEUDO_RELEVANCE.weight;
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0)
    throw new InvalidPseudoRelevanceSettingsError(
      `${path}.weight`,
      `must be a finite number ≥ 0, got ${String(weight)}`,
    );
  const minimumJobs = settings.minimumJobs ?? DEFAULT_PSEUDO_RELEVANCE.minimumJobs;
  if (!(Number.isInteger(minimumJobs) && minimumJobs >= 2))
    throw new InvalidPseudoRelevanceSettingsError(
      `${path}.minimumJobs`,
      `must be a whole number ≥ 2, got ${String(minimumJobs)}`,
    );
  const maximumShare = settings.maximumShare ?? DEFAULT_PSEUDO_RELEVANCE.maximumShare;
  if (typeof maximumShare !== 'number' || !(maximumShare > 0 && maximumShare <= 1))
    throw new InvalidPseudoRelevanceSettingsError(
      `${path}.maximumShare`,
      `must be a number in (0, 1], got ${String(maximumShare)}`,
    );
  const normalization = settings.normalization ?? DEFAULT_PSEUDO_RELEVANCE.normalization;
  if (normalization !== 'min-max' && normalization !== 'none')
    throw new InvalidPseudoRelevanceSettingsError(
      `${path}.normalization`,
      `must be "min-max" or "none", got ${String(normalization)}`,
    );
  return { depth, weight, minimumJobs, maximumShare, normalization };
}

/** Positions of the `depth` highest scores, best first; equal scores by `tieKeys` (then position). */
export function topPositions(scores: readonly number[], tieKeys: readonly string[], depth: number): number[] {
  const compare = (left: number, right: number) =>
    scores[right]! - scores[left]! ||
    (tieKeys[left]! < tieKeys[right]! ? -1 : tieKeys[left]! > tieKeys[right]! ? 1 : left - right);
  // Without NaN the order is total (positions differ), so the best `depth` kept while reading the scores once are the
  // first `depth` of the whole sort; a NaN score (no total order) or a depth that is most of the batch sorts it all.
  if (Number.isInteger(depth) && depth > 0 && depth * 4 < scores.length && !scores.some(Number.isNaN)) {
    const top: number[] = [];
    for (let position = 0; position < scores.length; position += 1) {
      if (top.length === depth && compare(position, top[depth - 1]!) >= 0) continue;
      let at = top.length === depth ? depth - 1 : top.length;
      while (at > 0 && compare(position, top[at - 1]!) < 0) {
        top[at] = top[at - 1]!;
        at -= 1;
      }
      top[at] = position;
    }
    return top;
  }
  const order = scores.map((_, position) => position);
  order.sort(compare);
  return order.slice(0, depth);
}

/**
 * Each job's mean cosine similarity to the `depth` best-scored jobs, leaving itself out (so a top job is not
 * credited for resembling itself). `tieKeys` (job ids) order equal scores, so the choice never depends on input order.
 */
export function similarityToTop(
  scores: readonly number[],
  vectors: readonly TermVector[],
  tieKeys: readonly string[],
  depth: number,
): number[] {
  if (scores.length !== vectors.length || scores.length !== tieKeys.length)
    throw new RangeError('scores, vectors and tieKeys must have the same length');
  const top = topPositions(scores, tieKeys, depth);
  return vectors.map((vector, position) => {
    let sum = 0;
    let count = 0;
    for (const other of top) {
      if (other === position) continue;
      sum += termVectorSimilarity(vector, vectors[other]!);
      count += 1;
    }
    return count === 0 ? 0 : sum / count;
  });
}

const spread = (values: readonly number[]) => {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  return { min, max };
};

/** Re-scored batch: each job's new score and its normalised similarity to the best jobs, both in [0, 1]. */
export interface PseudoRelevanceResult {
  scores: number[];
  similarity: number[];
}

/**
 * Pseudo-relevance expansion: the best-scored jobs are taken as examples of what the person wants, and every
 * job moves up by how much it resembles them (the cluster hypothesis: jobs that fit one person tend to
 * resemble each other). New score = (minmax(score) + w · minmax(similarityToTop)) / (1 + w), so the result
 * is relative to the batch; with `normalization: 'none'`, (score + w · similarityToTop) / (1 + w), so a job's new
 * score depends on the batch only through which jobs are best. The best jobs are the top `depth`, but never more
 * than `maximumShare` of the batch. Returns undefined, and the caller keeps its scores, when the step can say
 * nothing: weight 0, fewer than `minimumJobs` (and 2) jobs, all scores equal (no best jobs to learn from), a batch
 * that leaves one best job where `depth` asks for more, or, under `min-max`, all similarities equal.
 */
export function applyPseudoRelevance(
  scores: readonly number[],
  vectors: readonly TermVector[],
  tieKeys: readonly string[],
  settings: Pick<ResolvedPseudoRelevanceSettings, 'depth' | 'weight'> & PseudoRelevanceSettings,
): PseudoRelevanceResult | undefined {
  return expandWithSimilarity(scores, settings, (depth) => similarityToTop(scores, vectors, tieKeys, depth));
}

/**
 * {@link applyPseudoRelevance} with each job's similarity to the best jobs computed by `similarityOf` (given the
 * positions of the best jobs, best first), and only when the step runs.
 */
export function expandWithSimilarity(
  scores: readonly number[],
  settings: Pick<ResolvedPseudoRelevanceSettings, 'depth' | 'weight'> & PseudoRelevanceSettings,
  similarityOf: (depth: number) => number[],
): PseudoRelevanceResult | undefined {
  const minimumJobs = settings.minimumJobs ?? DEFAULT_PSEUDO_RELEVANCE.minimumJobs;
  const maximumShare = settings.maximumShare ?? DEFAULT_PSEUDO_RELEVANCE.maximumShare;
  if (settings.weight === 0 || scores.length < Math.max(2, minimumJobs)) return undefined;
  const scoreRange = spread(scores);
  if (!(scoreRange.max > scoreRange.min)) return undefined;
  const depth = Math.max(1, Math.min(settings.depth, Math.floor(maximumShare * scores.length)));
  // One best job is no pattern: it is left out of its own comparison (similarity 0) while every job like it gains, so
  // a near-copy of it with a lower score could overtake it. On dev-set batches cut to 3 jobs the step lost nDCG@10 on
  // 6 of 7 sets that way; so when the batch is too small for the two or more best jobs asked for, the scores stay.
  if (depth < Math.min(2, settings.depth)) return undefined;
  const raw = similarityOf(depth);
  if ((settings.normalization ?? DEFAULT_PSEUDO_RELEVANCE.normalization) === 'none')
    return {
      scores: scores.map((score, position) => (score + settings.weight * raw[position]!) / (1 + settings.weight)),
      similarity: raw,
    };
  const similarityRange = spread(raw);
  if (!(similarityRange.max > similarityRange.min)) return undefined;
  const similarity = raw.map((value) => (value - similarityRange.min) / (similarityRange.max - similarityRange.min));
  const newScores = scores.map(
    (score, position) =>
      ((score - scoreRange.min) / (scoreRange.max - scoreRange.min) + settings.weight * similarity[position]!) /
      (1 + settings.weight),
  );
  return { scores: newScores, similarity };
}

/**
 * {@link applyPseudoRelevance} over the jobs themselves (their TF-IDF vectors as `jobTermVectors` makes them, from
 * word counts kept per job), the same result to the last bit; the vectors are built only when the step runs.
 */
export function applyPseudoRelevanceToJobs(
  scores: readonly number[],
  jobs: readonly Job[],
  tieKeys: readonly string[],
  settings: Pick<ResolvedPseudoRelevanceSettings, 'depth' | 'weight'> & PseudoRelevanceSettings,
  corpus?: CorpusStatistics,
): PseudoRelevanceResult | undefined {
  if (scores.length !== jobs.length || scores.length !== tieKeys.length)
    throw new RangeError('scores, jobs and tieKeys must have the same length');
  return expandWithSimilarity(scores, settings, (depth) =>
    jobSimilarityToTop(jobs, topPositions(scores, tieKeys, depth), corpus),
  );
}
