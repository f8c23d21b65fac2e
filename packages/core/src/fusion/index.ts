export {
  DEFAULT_RRF_K,
  reciprocalRankFusion,
  type FusedRanking,
  type ReciprocalRankFusionOptions,
} from './reciprocal-rank-fusion.js';
