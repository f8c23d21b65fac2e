// What learners train on and are scored by: labelled queries (a query, its judged jobs and their 0–3 grades), the
// TrainableRanker contract, and the ranking metrics that serve as training objectives and as evaluation measures.
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
export { isTrainableRanker, type FitOptions, type TrainableRanker } from './trainable.js';
