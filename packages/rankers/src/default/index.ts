export {
  createDefaultRanker,
  createRankerFromRecipe,
  defaultFusionMembers,
  defaultFusionRecipe,
  defaultRankerCandidates,
  DEFAULT_RANKER_CANDIDATES,
  DEFAULT_RANKER_CHOICE,
  DEFAULT_RANKER_MAXIMUM_LOSS,
  multiFactorAblations,
  multiFactorCandidates,
  type DefaultRankerRecipe,
  type DefaultRankerSettings,
} from './default-ranker.js';
export { MULTI_FACTOR_CANDIDATES, MULTI_FACTOR_CHOICE } from '../multi-factor/candidates.js';
