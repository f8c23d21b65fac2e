export {
  EvaluationDataError,
  MAX_GRADE,
  datasetName,
  loadEvaluationDataset,
  type EvaluationDataset,
  type Judgement,
  type QueryDirection,
} from './dataset.js';
export { buildLabelledQueries, jobAsQuery, resumeAsJob } from './queries.js';
export {
  EVALUATION_CUTOFF,
  evaluate,
  scoreRanker,
  type EvaluateOptions,
  type QueryScore,
  type RankerEvaluation,
} from './evaluate.js';
export {
  EMBEDDING_MODEL_VARIABLE,
  RankerRegistryError,
  createRankerRegistry,
  type EmbeddingRankerFactory,
  type RankerRegistry,
  type RankerRegistrySettings,
  type RegisteredRanker,
} from './registry.js';
export {
  pairedBootstrap,
  pairedBootstrapStatistic,
  type PairedBootstrapSettings,
  type PairedDifference,
} from './bootstrap.js';
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
} from './report.js';
