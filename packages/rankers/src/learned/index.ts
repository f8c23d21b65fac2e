export {
  trainFeedbackClassifier,
  createFeedbackClassifier,
  loadFeedbackClassifier,
  crossValidateFeedbackClassifier,
  groupedNdcg,
  RIDGE_MAXIMUM_EXAMPLES,
} from './feedback-classifier.js';
export type {
  Learner,
  FeedbackExample,
  FeedbackClassifier,
  FeedbackClassifierSettings,
  FeedbackRuntimeSettings,
  TrainFeedbackSettings,
  CrossValidation,
  FoldMetrics,
} from './feedback-classifier.js';
export {
  trainHead,
  predictRow,
  headLoss,
  classWeights,
  headLayout,
  type HeadSettings,
  type HeadState,
  type HeadRow,
  type LabelKind,
  type TrainingReport,
} from './head.js';
export {
  extractFeatures,
  featureNames,
  annualSalary,
  titleTokens,
  jobSkillKeys,
  type FeatureSpec,
  type FeatureBatch,
  type FeatureContext,
} from './features.js';
export {
  LEARNED_MODEL_FORMAT,
  LEARNED_MODEL_VERSION,
  LearnedModelFormatError,
  checkSavedModel,
  readSavedModel,
  writeSavedModel,
  type SavedLearnedModel,
} from './model-file.js';
export type {
  TextRidgeSettings,
  TextRidgeState,
  TextRidgeSelection,
  TextSpaceState,
  TextSpace,
  RidgeBlock,
} from './text-ridge.js';
export { CONVEX_GRADE_TARGETS } from './text-ridge.js';
export type { MemoryBlend, MemorySettings, MemoryState } from './memory.js';
export type { TermWeightingChoice, TermWeightingSettings } from './term-weighting.js';
export type { PairWeights } from './ridge.js';
export type { TfidfVocabulary } from './tfidf.js';
export {
  trainDesirabilityModel,
  type DesirabilityModel,
  type DesirabilitySettings,
  type FeatureWeight,
  type JobRating,
} from './desirability.js';
export {
  createColdStartRanker,
  type ColdStartMode,
  type ColdStartRanker,
  type ColdStartSettings,
  type ColdStartValidation,
} from './cold-start.js';
export {
  createTrainableColdStartRanker,
  createTrainableDesirabilityModel,
  createTrainableFeedbackClassifier,
  examplesFromQueries,
} from './trainable.js';
export {
  createOnnxClassifierRanker,
  type OnnxClassifierRanker,
  type OnnxClassifierBaseSettings,
  type OnnxClassifierSettings,
} from './onnx-classifier.js';
export { shuffled, hashString } from './random.js';
export {
  createFeedbackLearner,
  FEEDBACK_ACTION_GRADES,
  type ColdStartLearner,
  feedbackToExamples,
  type FeedbackLearnerSettings,
  type FeedbackToExamplesSettings,
  type FeedbackTrainingData,
} from './from-feedback.js';
