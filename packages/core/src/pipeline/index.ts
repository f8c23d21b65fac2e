export {
  createPipeline,
  type Pipeline,
  type PipelineSettings,
  type IngestSummary,
  type CrawlSummary,
  type Recommendation,
  type RecommendRequest,
  type RunResult,
} from './pipeline.js';
export { jobFingerprint } from './dedupe.js';
