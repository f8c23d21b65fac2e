export type { Crawler, CrawlOptions, CrawlProgressEvent } from './crawler.js';
export type { Embedder, EmbedOptions, EmbeddingCache, EmbeddingKind } from './embedder.js';
export type { FetchFunction } from './fetch.js';
export type { PrepareOptions, Ranker, RankQuery, RankOptions } from './ranker.js';
export type { Notifier, Notification } from './notifier.js';
export type { Store, JobFilter, ScoredJob, PageOptions, UpsertResult, StoredMatch } from './store.js';
export type { ChatMessage, GenerateOptions, TextGenerator } from './text-generator.js';
export type { RecognizedText, RecognizeOptions, RecognizerImage, TextRecognizer } from './text-recognizer.js';
