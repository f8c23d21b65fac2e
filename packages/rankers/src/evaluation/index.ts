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
} from './metrics.js';
export { hasGain, type LabelledQuery } from './labelled-query.js';
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
export { isTrainableRanker, type FitOptions, type TrainableRanker } from './trainable.js';
export { EVALUATION_CUTOFF, evaluate, type EvaluateOptions, type RankerEvaluation } from './evaluate.js';
export {
  EMBEDDING_MODEL_VARIABLE,
  RankerRegistryError,
  createRankerRegistry,
  type EmbeddingRankerFactory,
  type RankerRegistry,
  type RankerRegistryOptions,
  type RegisteredRanker,
} from './registry.js';
