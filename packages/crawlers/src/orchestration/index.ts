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
export { createRefreshScheduler, type RefreshResult, type RefreshScheduler, type RefreshSchedulerSettings, type SourceRefresh } from './refresh.js';
