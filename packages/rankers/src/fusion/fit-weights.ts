import { invalidSetting } from '@rolefit/core';
import {
  checkListArgument,
  checkNumberSetting,
  checkRecordArgument,
  checkSignalOption,
  describeValue,
} from '@rolefit/core/internal';
import type { Ranker } from '@rolefit/core';
import { hasGain, type LabelledQuery } from '../training/labelled-query.js';
import { expectedAveragePrecision, expectedNdcgAtK, tiedGradeGroups } from '../training/metrics.js';
import {
  applyPseudoRelevance,
  jobTermVectors,
  type PseudoRelevanceSettings,
  type TermVector,
} from '../pseudo-relevance/index.js';
import { clampUnit, firstOfEachId } from '../shared/ranking.js';
import { fuseJob, memberContributions, type FusionArithmetic, type JobFusionInputs } from './fuse.js';
import {
  resolveFusionSettings,
  type AgreementBoost,
  type DecisiveMember,
  type FusionMethod,
  type FusionNormalization,
} from './settings.js';

/** Metric that {@link fitFusionWeights} maximises. */
export type FusionFitMetric = 'ndcg@10';

/** Options for {@link fitFusionWeights}. */
export interface FitFusionWeightsOptions {
  /** The member rankers, as for {@link createFusionRanker}. */
  rankers: readonly Ranker[];
  /** Labelled training queries; never the queries the result is reported on. */
  queries: readonly LabelledQuery[];
  /** Fusion method the weights are for. */
  method: FusionMethod;
  /** Metric to maximise, averaged over the queries that have an item graded above 0 (default `ndcg@10`). */
  metric?: FusionFitMetric | undefined;
  /** RRF constant (default 60); `rrf` only (refused with `weighted-sum`, as by {@link createFusionRanker}). */
  rrfK?: number | undefined;
  /** Normalisation (default `min-max`); `weighted-sum` only (refused with `rrf`, as by {@link createFusionRanker}). */
  normalization?: FusionNormalization | undefined;
  /** Pseudo-relevance expansion applied after fusing, as the fusion ranker will (default on; `false` for off). */
  pseudoRelevance?: PseudoRelevanceSettings | false | undefined;
  /** Steps per unit of the weight simplex: weights are multiples of 1 / grid that sum to 1 (default 10). */
  grid?: number | undefined;
  /**
   * What the weights sum to (default 1). It matters only with `agreementBoost`, whose weight is added to the
   * members' own: give the total of the weights the boost was chosen with, so the fitted recipe keeps its balance.
   */
  weightTotal?: number | undefined;
  /** A member whose high scores decide, applied in the fit as the fusion ranker will (default none). */
  decisiveMember?: DecisiveMember | false | undefined;
  /** A member whose weight grows with another's score, applied in the fit as the fusion ranker will (default none). */
  agreementBoost?: AgreementBoost | false | undefined;
  signal?: AbortSignal | undefined;
}

/** Fitted weights (summing to `weightTotal`, in the order of `rankers`) and the mean metric they reach on the training queries. */
export interface FittedFusionWeights {
  weights: number[];
  score: number;
}

/** Most weight vectors the grid may hold; beyond it, use a coarser grid. */
const MAX_CANDIDATES = 100_000;

const binomial = (n: number, k: number) => {
  let result = 1;
  for (let index = 1; index <= k; index++) result = (result * (n - k + index)) / index;
  return Math.round(result);
};

/** Every vector of `parts` whole numbers ≥ 0 that sum to `total`, in lexicographic order. */
function* compositions(total: number, parts: number): Generator<number[]> {
  if (parts === 1) {
    yield [total];
    return;
  }
  for (let first = total; first >= 0; first--)
    for (const rest of compositions(total - first, parts - 1)) yield [first, ...rest];
}

/** One training query, ready to fuse: each member's contribution per job, and the grades. */
interface PreparedQuery {
  ids: string[];
  /** Term vectors of the jobs, for the expansion step. */
  vectors: TermVector[];
  /** contributions[member][job]. */
  contributions: Float64Array[];
  /** What each job brings to the fusion besides its contributions (agreement, the deciding member's score). */
  inputs: JobFusionInputs[];
  /** Grade of each job, in the order of `ids`. */
  grades: number[];
  allGrades: number[];
}

/**
 * Fits fusion weights on labelled queries by trying every point of a simplex grid (weights that are multiples
 * of 1/grid and sum to 1: 11 points for 2 rankers, 66 for 3, 286 for 4 at the default grid of 10) and keeping
 * the one with the best mean nDCG@10 (tied fused scores count at their expected value, as in the harness).
 * Each member ranks each query once; the candidates only re-combine those cached rankings. Equal nDCG@10 is
 * decided by mean average precision (nDCG@10 saturates on a query with many relevant jobs), then by closeness
 * to equal weights, so members that are equally good (or a training set that cannot tell them apart) keep
 * equal weights. A decisive member and an agreement boost are applied as the fusion ranker applies them, and the
 * members they name keep a weight above 0 (the fusion ranker runs only those).
 */
export async function fitFusionWeights(options: FitFusionWeightsOptions): Promise<FittedFusionWeights> {
  // Options of the wrong kind were "Cannot read properties of undefined (reading 'metric')"; queries that are no list
  // "options.queries is not iterable", a query without jobs "(reading 'length')", after every member was built.
  checkRecordArgument('fitFusionWeights', 'options', options, 'FitFusionWeightsOptions ({ rankers, queries, method })');
  checkListArgument<unknown>('FitFusionWeightsOptions', 'queries', options.queries, 'a list of LabelledQuery').forEach(
    (query, index) => {
      const { jobs, grades } = (typeof query === 'object' && query !== null ? query : {}) as Record<string, unknown>;
      if (!Array.isArray(jobs) || !(grades instanceof Map))
        throw invalidSetting(
          'FitFusionWeightsOptions',
          `queries.${index}`,
          `must be a LabelledQuery ({ query, jobs, grades: Map }), got ${describeValue(query)}`,
        );
    },
  );
  const metric = options.metric ?? 'ndcg@10';
  if (metric !== 'ndcg@10')
    throw invalidSetting('FitFusionWeightsOptions', 'metric', `must be "ndcg@10", got ${String(metric)}`);
  // Validates the rankers, method and constants as the fusion ranker would: an rrfK for a weighted sum or a
  // normalization for RRF is refused (it was ignored here while createFusionRanker refused it).
  const resolved = resolveFusionSettings({
    rankers: options.rankers,
    method: options.method,
    ...(options.rrfK === undefined ? {} : { rrfK: options.rrfK }),
    ...(options.normalization === undefined ? {} : { normalization: options.normalization }),
    ...(options.pseudoRelevance === undefined ? {} : { pseudoRelevance: options.pseudoRelevance }),
    ...(options.decisiveMember ? { decisiveMember: options.decisiveMember } : {}),
    ...(options.agreementBoost ? { agreementBoost: options.agreementBoost } : {}),
  });
  const weightTotal =
    checkNumberSetting('FitFusionWeightsOptions', 'weightTotal', options.weightTotal, { above: 0 }) ?? 1;
  checkSignalOption('FitFusionWeightsOptions', options.signal);
  const decisive = resolved.decisiveMember;
  const boost = resolved.agreementBoost;
  const memberIndex = (name: string) => resolved.rankers.findIndex((ranker) => ranker.name === name);
  const decider = decisive ? memberIndex(decisive.ranker) : -1;
  const boosted = boost ? memberIndex(boost.ranker) : -1;
  const agreeing = boost ? memberIndex(boost.agreesWith) : -1;
  const required = [...new Set([decider, boosted, agreeing].filter((member) => member >= 0))];
  const grid = checkNumberSetting('FitFusionWeightsOptions', 'grid', options.grid, { integer: true, min: 1 }) ?? 10;
  if (required.length > grid)
    throw invalidSetting(
      'FitFusionWeightsOptions',
      'grid',
      `must be at least ${required.length} to weigh every member the guard and boost name, got ${grid}`,
    );
  const expansion = resolved.pseudoRelevance;
  const arithmetic: FusionArithmetic = resolved;
  const members = resolved.rankers;
  const candidateCount = binomial(grid + members.length - 1, members.length - 1);
  if (candidateCount > MAX_CANDIDATES)
    throw invalidSetting(
      'FitFusionWeightsOptions',
      'grid',
      `of ${grid} over ${members.length} rankers makes ${candidateCount} weight vectors, more than ${MAX_CANDIDATES}; use a coarser grid`,
    );

  // Rank each query once per member; queries without any gain cannot prefer one weighting over another.
  const prepared: PreparedQuery[] = [];
  for (const query of options.queries) {
    options.signal?.throwIfAborted();
    if (query.jobs.length === 0 || !hasGain(query)) continue;
    const results = await Promise.all(
      members.map((ranker) => ranker.rank(query.query, query.jobs, options.signal ? { signal: options.signal } : {})),
    );
    // The first job of each id, in batch order, as the fusion ranker keeps them.
    const unique = firstOfEachId(query.jobs, (job) => job.id);
    const ids = unique.map((job) => job.id);
    const contributions = results.map((matches) => {
      const byJob = memberContributions(matches, arithmetic);
      return Float64Array.from(ids, (id) => byJob.get(id) ?? 0);
    });
    const grades = ids.map((id) => query.grades.get(id) ?? 0);
    const ownScores = results.map((matches) => {
      const byJob = new Map(firstOfEachId(matches, (match) => match.jobId).map((match) => [match.jobId, match.score]));
      return ids.map((id) => clampUnit(byJob.get(id) ?? 0));
    });
    const inputs = ids.map(
      (_, job): JobFusionInputs => ({
        ...(boost && boosted >= 0
          ? {
              boost: {
                member: boosted,
                weight: boost.weight,
                agreement: Math.min(1, (agreeing >= 0 ? ownScores[agreeing]![job]! : 0) / boost.at),
              },
            }
          : {}),
        ...(decisive && decider >= 0
          ? { decisive: { own: ownScores[decider]![job]!, from: decisive.from, to: decisive.to } }
          : {}),
      }),
    );
    prepared.push({
      ids,
      inputs,
      vectors: expansion ? jobTermVectors(unique) : [],
      contributions,
      grades,
      allGrades: [...query.grades.values()],
    });
  }

  const uniform = weightTotal / members.length;
  const tolerance = 1e-12;
  let best: (FittedFusionWeights & { averagePrecision: number; distance: number }) | undefined;
  for (const parts of compositions(grid, members.length)) {
    options.signal?.throwIfAborted();
    // The fusion ranker runs only members weighted above 0, and needs those the guard and the boost name.
    if (required.some((member) => parts[member] === 0)) continue;
    const weights = parts.map((part) => (part / grid) * weightTotal);
    let ndcgTotal = 0;
    let averagePrecisionTotal = 0;
    for (const query of prepared) {
      // On the fusion ranker's [0, 1] scale, which the expansion step reads without normalising it.
      const fused = query.ids.map((_, job) =>
        fuseJob(
          query.contributions.map((member) => member[job]!),
          weights,
          arithmetic,
          query.ids.length,
          query.inputs[job],
        ),
      );
      const scores = (expansion && applyPseudoRelevance(fused, query.vectors, query.ids, expansion)?.scores) || fused;
      // Ranked as the harness scores the fusion ranker: by fused value, ties at their expected value.
      const groups = tiedGradeGroups(scores.map((score, job) => ({ score, grade: query.grades[job]! })));
      ndcgTotal += expectedNdcgAtK(groups, query.allGrades, 10);
      averagePrecisionTotal += expectedAveragePrecision(groups, query.allGrades);
    }
    const count = Math.max(1, prepared.length);
    const candidate = {
      weights,
      score: ndcgTotal / count,
      averagePrecision: averagePrecisionTotal / count,
      distance: weights.reduce((sum, weight) => sum + (weight - uniform) ** 2, 0),
    };
    // nDCG@10 first; when it saturates (a query with many relevant jobs), MAP, which reads the whole ranking;
    // then the weights closest to equal.
    const better =
      best === undefined ||
      candidate.score > best.score + tolerance ||
      (Math.abs(candidate.score - best.score) <= tolerance &&
        (candidate.averagePrecision > best.averagePrecision + tolerance ||
          (Math.abs(candidate.averagePrecision - best.averagePrecision) <= tolerance &&
            candidate.distance < best.distance)));
    if (better) best = candidate;
  }
  return { weights: best!.weights, score: best!.score };
}
