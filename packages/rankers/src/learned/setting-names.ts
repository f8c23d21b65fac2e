// Every setting of the learned rankers, so that an unknown key (a typo) is refused with the nearest known one
// (rejectUnknownKeys, issue #17 item 6). `satisfies` keeps each list complete when a setting is added.
import type { ColdStartSettings } from './cold-start.js';
import type { DesirabilitySettings } from './desirability.js';
import type {
  FeedbackClassifierSettings,
  FeedbackRuntimeSettings,
  TrainFeedbackSettings,
} from './feedback-classifier.js';
import type { HeadSettings } from './head.js';
import type { TextRidgeSettings } from './text-ridge.js';

/** Every key of {@link HeadSettings}. */
export const HEAD_SETTING_NAMES = {
  hidden: true,
  adapterRank: true,
  learningRate: true,
  l2: true,
  epochs: true,
  batchSize: true,
  patience: true,
  validationShare: true,
  classWeighting: true,
  seed: true,
} satisfies Record<keyof HeadSettings, true>;

/** Every key of {@link FeedbackRuntimeSettings}. */
export const FEEDBACK_RUNTIME_SETTING_NAMES = { name: true, embedder: true, now: true } satisfies Record<
  keyof FeedbackRuntimeSettings,
  true
>;

/** Every key of {@link TrainFeedbackSettings}. */
export const TRAIN_FEEDBACK_SETTING_NAMES = {
  ...HEAD_SETTING_NAMES,
  ...FEEDBACK_RUNTIME_SETTING_NAMES,
  examples: true,
  labelKind: true,
  titleBuckets: true,
  skillBuckets: true,
  titleVocabulary: true,
  skillVocabulary: true,
  personFeatures: true,
  learner: true,
  text: true,
  signal: true,
} satisfies Record<keyof TrainFeedbackSettings, true>;

/** Every key of {@link FeedbackClassifierSettings}. */
export const FEEDBACK_CLASSIFIER_SETTING_NAMES = { ...FEEDBACK_RUNTIME_SETTING_NAMES, model: true } satisfies Record<
  keyof FeedbackClassifierSettings,
  true
>;

/** Every key of {@link DesirabilitySettings}. */
export const DESIRABILITY_SETTING_NAMES = {
  ...HEAD_SETTING_NAMES,
  learner: true,
  text: true,
  name: true,
  minimumCount: true,
  maximumTitleTokens: true,
  maximumSkills: true,
  now: true,
} satisfies Record<keyof DesirabilitySettings, true>;

/** Every key of {@link ColdStartSettings}. */
export const COLD_START_SETTING_NAMES = {
  learned: true,
  unsupervised: true,
  minLabels: true,
  minGain: true,
  folds: true,
  weights: true,
  name: true,
  seed: true,
} satisfies Record<keyof ColdStartSettings, true>;

/** Every key of {@link TextRidgeSettings}. */
export const TEXT_RIDGE_SETTING_NAMES = {
  lambdas: true,
  mixGrid: true,
  folds: true,
  seed: true,
  descriptionBigrams: true,
  minimumDocuments: true,
  gradeTargets: true,
  objective: true,
  ensemble: true,
  pairWeights: true,
  bagging: true,
  memory: true,
  termWeighting: true,
} satisfies Record<keyof TextRidgeSettings, true>;
