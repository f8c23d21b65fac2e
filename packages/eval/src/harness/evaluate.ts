import { performance } from 'node:perf_hooks';
import { invalidSetting, rejectUnknownKeys, type Ranker } from '@rolefit/core';
import { checkListArgument, checkNumberSetting, checkRankerArgument, invalidArgument } from '@rolefit/core/internal';
import type { EvaluationDataset, QueryDirection } from './dataset.js';
import {
  type LabelledQuery,
  DEFAULT_RELEVANT_GRADE,
  auc,
  expectedAveragePrecision,
  expectedNdcgAtK,
  expectedRecallAtK,
  expectedReciprocalRank,
  tiedGradeGroups,
  isTrainableRanker,
  type TrainableRanker,
} from '@rolefit/rankers';
import { buildLabelledQueries, checkEvaluationDataset, checkQueryDirection } from './queries.js';

/** Cut-off of nDCG and recall in the report. */
export const EVALUATION_CUTOFF = 10;

/** One ranker's results on a dataset. Means are `null` when no query qualifies for them. */
export interface RankerEvaluation {
  /** Mean nDCG@10 over the queries with an item graded above 0. */
  'ndcg@10': number | null;
  /** Mean average precision over the queries with a relevant item. */
  map: number | null;
  /** Mean reciprocal rank over the queries with a relevant item. */
  mrr: number | null;
  /** Mean recall@10 over the queries with a relevant item. */
  'recall@10': number | null;
  /** Mean pairwise AUC over the queries with at least two distinct grades. */
  auc: number | null;
  /** Queries ranked: those with at least one judged item. */
  queries: number;
  /** Judged (query, item) pairs ranked. */
  pairs: number;
  /** Wall time ranking the queries, in milliseconds (fitting on the training set is not counted). */
  ms: number;
  /** Each query's nDCG@10 and AUC, in query order; only when {@link EvaluateOptions.perQuery} is set. */
  perQuery?: QueryScore[] | undefined;
}

/** One query's scores, for paired comparisons between rankers (the same query ids in the same order for each). */
export interface QueryScore {
  /** The query's id (a resume id, or a job id when jobs are the queries). */
  id: string;
  /** nDCG@10, or `null` when no judged item has a grade above 0. */
  ndcg: number | null;
  /** Pairwise AUC, or `null` when the judged items have fewer than two distinct grades. */
  auc: number | null;
}

/** Options for {@link evaluate}. */
export interface EvaluateOptions {
  /** The set reported on. Nothing is ever fitted on it. */
  dataset: EvaluationDataset;
  /** Ready rankers, and trainable ones that are fitted on `train` first. */
  rankers: ReadonlyArray<Ranker | TrainableRanker>;
  /** Which side is the query (default: the dataset's README, else `resume`). */
  query?: QueryDirection | undefined;
  /** Set the trainable rankers are fitted on; without it they use their untrained defaults. */
  train?: EvaluationDataset | undefined;
  /** Smallest grade that counts as relevant for MAP, MRR and recall (default: the dataset's, else 1). */
  relevantGrade?: number | undefined;
  signal?: AbortSignal | undefined;
  /** Receives progress lines (the CLI writes them to stderr). */
  onProgress?: ((message: string) => void) | undefined;
  /** Also return each query's nDCG@10 and AUC (`perQuery`), for paired bootstrap intervals. */
  perQuery?: boolean | undefined;
}

// Every option, so that an unknown key (a typo) is refused with the nearest known one.
const EVALUATE_OPTION_NAMES = {
  dataset: true,
  rankers: true,
  query: true,
  train: true,
  relevantGrade: true,
  signal: true,
  onProgress: true,
  perQuery: true,
} satisfies Record<keyof EvaluateOptions, true>;

// The options checked before any is read: a dataset or ranker of the wrong shape was a TypeError from inside
// ("Cannot read properties of undefined (reading 'defaultQuery')").
function checkEvaluateOptions(options: EvaluateOptions): void {
  rejectUnknownKeys('EvaluateOptions', options, EVALUATE_OPTION_NAMES, { required: true });
  checkEvaluationDataset('EvaluateOptions', 'dataset', options.dataset);
  if (options.train !== undefined) checkEvaluationDataset('EvaluateOptions', 'train', options.train);
  if (options.query !== undefined) checkQueryDirection('EvaluateOptions', 'query', options.query);
  checkNumberSetting('EvaluateOptions', 'relevantGrade', options.relevantGrade, {});
  checkListArgument('EvaluateOptions', 'rankers', options.rankers, 'a list of rankers').forEach((entry, index) => {
    if (!isTrainableRanker(entry as Ranker | TrainableRanker))
      checkRankerArgument('EvaluateOptions', `rankers.${index}`, entry);
    else if (typeof (entry as TrainableRanker).name !== 'string')
      throw invalidArgument(
        'EvaluateOptions',
        `rankers.${index}`,
        'must be a Ranker or TrainableRanker with a string name',
      );
  });
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

/** Scores one ranker on prepared queries: the means, and each query's nDCG@10 and AUC. */
export async function scoreRanker(
  ranker: Ranker,
  queries: readonly LabelledQuery[],
  relevantGrade: number = DEFAULT_RELEVANT_GRADE,
  signal?: AbortSignal,
): Promise<RankerEvaluation & { perQuery: QueryScore[] }> {
  checkRankerArgument('scoreRanker', 'ranker', ranker);
  checkListArgument('scoreRanker', 'queries', queries, 'a list of labelled queries (use buildLabelledQueries)');
  checkNumberSetting('scoreRanker', 'relevantGrade', relevantGrade, {});
  const ndcg: number[] = [];
  const ap: number[] = [];
  const rr: number[] = [];
  const recall: number[] = [];
  const areas: number[] = [];
  const perQuery: QueryScore[] = [];
  let counted = 0;
  let pairs = 0;
  const relevance = { relevantGrade };
  const start = performance.now();
  for (const query of queries) {
    if (query.jobs.length === 0) continue;
    const matches = await ranker.rank(query.query, query.jobs, signal ? { signal } : {});
    counted += 1;
    pairs += query.grades.size;
    // Judged jobs a ranker left out rank below every job it returned.
    const scores = new Map(matches.map((match) => [match.jobId, match.score]));
    const items = [...query.grades].map(([jobId, grade]) => ({ grade, score: scores.get(jobId) ?? -Infinity }));
    // The order of tied scores is not the ranker's choice (rankers break ties by job id): score their expected value.
    const groups = tiedGradeGroups(items);
    const all = [...query.grades.values()];
    const queryNdcg = all.some((grade) => grade > 0) ? expectedNdcgAtK(groups, all, EVALUATION_CUTOFF) : null;
    if (queryNdcg !== null) ndcg.push(queryNdcg);
    if (all.some((grade) => grade >= relevantGrade)) {
      ap.push(expectedAveragePrecision(groups, all, relevance));
      rr.push(expectedReciprocalRank(groups, relevance));
      recall.push(expectedRecallAtK(groups, all, EVALUATION_CUTOFF, relevance));
    }
    const area = auc(items);
    if (area !== undefined) areas.push(area);
    perQuery.push({ id: query.id, ndcg: queryNdcg, auc: area ?? null });
  }
  const ms = performance.now() - start;
  return {
    'ndcg@10': mean(ndcg),
    map: mean(ap),
    mrr: mean(rr),
    'recall@10': mean(recall),
    auc: mean(areas),
    queries: counted,
    pairs,
    ms: Math.round(ms),
    perQuery,
  };
}

/**
 * Scores rankers on a labelled dataset. With `query: 'resume'` each judged resume ranks exactly its judged
 * jobs; with `query: 'job'` each judged job ranks its judged resumes as pseudo-jobs (see
 * {@link buildLabelledQueries}). Jobs are ranked by the scores the ranker gives them; tied scores are scored as
 * the expected value over every order of the tied jobs, so how a ranker happens to break ties (by job id) neither
 * helps nor hurts it. Trainable rankers are fitted on `train` only (or get `undefined` without it)
 * and never see `dataset`'s judgements. Rankers run one after another so their times do not overlap.
 */
export async function evaluate(options: EvaluateOptions): Promise<Record<string, RankerEvaluation>> {
  checkEvaluateOptions(options);
  const direction = options.query ?? options.dataset.defaultQuery ?? 'resume';
  const relevantGrade = options.relevantGrade ?? options.dataset.relevantGrade ?? DEFAULT_RELEVANT_GRADE;
  const names = options.rankers.map((ranker) => ranker.name);
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate !== undefined)
    throw invalidSetting('EvaluateOptions', 'rankers', `two rankers are named "${duplicate}"; each needs its own name`);

  const queries = buildLabelledQueries(options.dataset, direction);
  const trainQueries = options.train ? buildLabelledQueries(options.train, direction) : undefined;
  const results: Record<string, RankerEvaluation> = {};
  for (const entry of options.rankers) {
    options.signal?.throwIfAborted();
    let ranker: Ranker;
    if (isTrainableRanker(entry)) {
      options.onProgress?.(
        trainQueries
          ? `${entry.name}: fitting on ${options.train!.name} (${trainQueries.length} queries)`
          : `${entry.name}: no training set, using defaults`,
      );
      const fitOptions = {
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      };
      ranker = await entry.fit(trainQueries, fitOptions);
    } else ranker = entry;
    options.onProgress?.(`${entry.name}: ranking ${queries.length} queries of ${options.dataset.name}`);
    const { perQuery, ...summary } = await scoreRanker(ranker, queries, relevantGrade, options.signal);
    results[entry.name] = options.perQuery ? { ...summary, perQuery } : summary;
  }
  return results;
}
