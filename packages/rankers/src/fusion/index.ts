export { createFusionRanker } from './fusion-ranker.js';
export {
  fitFusionWeights,
  type FitFusionWeightsOptions,
  type FittedFusionWeights,
  type FusionFitMetric,
} from './fit-weights.js';
export {
  createTrainableFusionRanker,
  DEFAULT_TRAINED_FUSION,
  DEFAULT_UNTRAINED_FUSION,
  type FusionRecipe,
  type TrainableFusionSettings,
} from './trainable-fusion.js';
export {
  DEFAULT_FUSION_NORMALIZATION,
  DEFAULT_RRF_K,
  FUSION_METHODS,
  FUSION_NORMALIZATIONS,
  InvalidFusionSettingsError,
  resolveFusionSettings,
  type FusionMethod,
  type FusionNormalization,
  type AgreementBoost,
  type DecisiveMember,
  type FusionSettings,
  type ResolvedFusionSettings,
} from './settings.js';
export {
  fractionalRanks,
  maxContribution,
  memberContributions,
  normalizeScores,
  rescaleFused,
  standardNormalCdf,
  type FusionArithmetic,
} from './fuse.js';
