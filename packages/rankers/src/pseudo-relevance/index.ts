export { termVectorSimilarity, jobTermVectors, type TermVector } from './job-vectors.js';
export {
  applyPseudoRelevance,
  DEFAULT_PSEUDO_RELEVANCE,
  InvalidPseudoRelevanceSettingsError,
  resolvePseudoRelevanceSettings,
  SIMILARITY_TO_TOP_KEY,
  similarityToTop,
  type PseudoRelevanceResult,
  type PseudoRelevanceNormalization,
  type PseudoRelevanceSettings,
  type ResolvedPseudoRelevanceSettings,
} from './pseudo-relevance.js';
export { createPseudoRelevanceRanker, type PseudoRelevanceRankerSettings } from './pseudo-relevance-ranker.js';
