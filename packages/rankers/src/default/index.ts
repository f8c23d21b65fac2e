export {
  createDefaultRanker,
  createRankerFromRecipe,
  defaultFusionRecipe,
  defaultRankerCandidates,
  DEFAULT_RANKER_CANDIDATES,
  DEFAULT_RANKER_CHOICE,
  DEFAULT_RANKER_MAXIMUM_LOSS,
  MULTI_FACTOR_CANDIDATES,
  multiFactorCandidates,
  type DefaultRankerRecipe,
  type DefaultRankerSettings,
} from './default-ranker.js';
