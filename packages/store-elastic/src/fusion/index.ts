export { reciprocalRankFusion, type FusionOptions } from './reciprocal-rank-fusion.js';
