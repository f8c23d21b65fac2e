export {
  createTransformersEmbedder,
  EmbeddingModelError,
  devicesToTry,
  isCudaProviderInstalled,
  type EmbeddingDevice,
  type TransformersEmbedder,
  type TransformersEmbedderSettings,
} from './transformers-embedder.js';
export {
  createEmbeddingRanker,
  cosineSimilarity,
  jobEmbeddingText,
  type EmbeddingRankerSettings,
} from './embedding-ranker.js';
export { createMemoryEmbeddingCache, embeddingKey } from './embedding-cache.js';
export { packSentences, slidingWindows, splitSentences, type Chunking } from './chunking.js';
export { poolHiddenStates, combineChunks, unitLength, type Pooling } from './pooling.js';
export {
  readSentenceTransformersConfig,
  SentenceTransformersConfigError,
  type SentenceTransformersConfig,
} from './sentence-transformers-config.js';
