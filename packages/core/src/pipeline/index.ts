export {
  createPipeline,
  type Pipeline,
  type PipelineSettings,
  type PipelinePrepareOptions,
  type IngestSummary,
  type CrawlSummary,
  type Recommendation,
  type RecommendOptions,
  type RecommendRequest,
  type RecommendSubject,
  type RunResult,
} from './pipeline.js';
export { jobFingerprint } from './dedupe.js';
export {
  blacklistReason,
  crawlAll,
  createKeywordMatcher,
  type CrawlAllOptions,
  type CrawlAllProgressEvent,
  type CrawlAllRun,
  type CrawlAllSummary,
  type CrawlBlacklist,
  type SourceCrawlStats,
} from './crawl-all.js';
export {
  createIngestion,
  MAX_KEPT_CRAWL_ERRORS,
  MAX_KEPT_INGEST_PROBLEMS,
  type Ingestion,
  type IngestionSettings,
  type IngestProgressEvent,
  type PipelineCrawlOptions,
  type SourceIngestStats,
} from './ingestion.js';
export {
  DEFAULT_RETRIEVAL_DEPTH,
  retrieveCandidates,
  type RetrievalSettings,
  type RetrieveCandidatesRequest,
  type RetrievedCandidates,
} from './retrieve-candidates.js';
export {
  notifiedSubjectId,
  type WatchError,
  type WatchOptions,
  type WatchPerson,
  type WatchPersonOptions,
  type WatchRound,
} from './watch.js';
export {
  createSubjectRankers,
  type FeedbackLearner,
  type LearnRequest,
  type RetrainResult,
  type SubjectRankers,
} from './learning.js';
