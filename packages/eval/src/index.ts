/**
 * `@rolefit/eval` (private): Rolefit's evaluation harness. Loads labelled sets (jobs.jsonl, resumes.jsonl,
 * qrels.tsv), runs rankers over them with tie-aware metrics, compares rankers with a paired bootstrap, reports every
 * ranker on every dev set with the default ranker chosen leave-one-dataset-out, runs the `pnpm eval` command line,
 * and builds the dev sets from the public data. It depends on `@rolefit/rankers` and `@rolefit/core`; production
 * packages never import it. The ranking metrics and the `LabelledQuery` / `TrainableRanker` types the learned rankers
 * train on live in `@rolefit/rankers`.
 *
 * @packageDocumentation
 */
export {
  EvaluationDataError,
  MAX_GRADE,
  datasetName,
  loadEvaluationDataset,
  type EvaluationDataset,
  type Judgement,
  type QueryDirection,
} from './harness/dataset.js';
export { buildLabelledQueries, jobAsQuery, resumeAsJob } from './harness/queries.js';
export {
  EVALUATION_CUTOFF,
  evaluate,
  scoreRanker,
  type EvaluateOptions,
  type QueryScore,
  type RankerEvaluation,
} from './harness/evaluate.js';
export {
  EMBEDDING_MODEL_VARIABLE,
  RankerRegistryError,
  createRankerRegistry,
  type EmbeddingRankerFactory,
  type RankerRegistry,
  type RankerRegistrySettings,
  type RegisteredRanker,
} from './harness/registry.js';
export {
  pairedBootstrap,
  pairedBootstrapStatistic,
  type PairedBootstrapSettings,
  type PairedDifference,
} from './harness/bootstrap.js';
export {
  buildEvaluationReport,
  findReportSets,
  formatEvaluationReport,
  type CandidateFamily,
  type EvaluationReport,
  type EvaluationReportSettings,
  type LeaveOneOutFamily,
  type LeaveOneOutResult,
  type ReportCell,
  type ReportRankerFactory,
  type ReportSet,
  type ReportSetResult,
  type ReportSummary,
} from './harness/report.js';
export { EVAL_USAGE, formatEvaluationTable, runEvalCli, type EvalCliIo } from './cli/index.js';
export {
  DEV_SET_BUILDERS,
  DEV_SETS,
  buildDevSets,
  createDevSetContext,
  runBuildDevSetsCli,
  writeDevSet,
  type BuildDevSetsSettings,
  type DevJob,
  type DevLocation,
  type DevResume,
  type DevSet,
  type DevSetContext,
  type DevSetData,
  type Qrel,
} from './dev-sets/index.js';
export {
  exactAccuracy,
  loadRatings,
  majorityGrade,
  pairedBootstrapAuc,
  crossValidatedAuc,
  crossValidatedLearningCurve,
  learningCurve,
  ratingAuc,
  tasteReport,
  type CrossValidatedCurvePoint,
  type LearningCurvePoint,
  type TasteReportOptions,
} from './bench/taste-report.js';
