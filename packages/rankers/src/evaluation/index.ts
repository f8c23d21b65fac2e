export {
  DEFAULT_RELEVANT_GRADE,
  auc,
  averagePrecision,
  dcgAtK,
  expectedAveragePrecision,
  expectedNdcgAtK,
  expectedRecallAtK,
  expectedReciprocalRank,
  ndcgAtK,
  recallAtK,
  reciprocalRank,
  tiedGradeGroups,
  type RelevanceOptions,
  type ScoredGrade,
} from '../training/metrics.js';
export { hasGain, type LabelledQuery } from '../training/labelled-query.js';
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
export { isTrainableRanker, type FitOptions, type TrainableRanker } from '../training/trainable.js';
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
export { pairedBootstrap, type PairedBootstrapSettings, type PairedDifference } from './bootstrap.js';
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
