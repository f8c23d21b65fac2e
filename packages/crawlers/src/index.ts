export { createFileCrawler, FileRecordError, FileSourceError, type FileCrawlerSettings } from './file/index.js';
export {
  CacheMissError,
  CrawlError,
  type CrawlErrorCode,
  createHttpClient,
  DEFAULT_USER_AGENT,
  defaultCacheDirectory,
  HttpNetworkError,
  HttpStatusError,
  HttpTimeoutError,
  InvalidJsonError,
  InvalidRedirectError,
  PrivateAddressError,
  RateLimitedError,
  ResponseTooLargeError,
  RobotsDisallowedError,
  TooManyRedirectsError,
  UnsupportedUrlError,
  type HttpClient,
  type HttpClientSettings,
  type HttpRequestOptions,
  type HttpResponse,
  type LookupAddress,
  type LookupFunction,
} from './http/index.js';
export {
  descriptionToText,
  finishJob,
  isRecord,
  SourceRecordError,
  stringField,
  type JobDraft,
} from './mapping/index.js';
export {
  createGreenhouseCrawler,
  GREENHOUSE_SOURCE,
  mapGreenhouseJob,
  type GreenhouseCrawlerSettings,
} from './greenhouse/index.js';
export { createLeverCrawler, LEVER_SOURCE, mapLeverPosting, type LeverCrawlerSettings } from './lever/index.js';
export {
  createJsonLdCrawler,
  extractJsonLdBlocks,
  findJobPostings,
  JSON_LD_SOURCE,
  mapJobPosting,
  type JsonLdCrawlerSettings,
} from './json-ld/index.js';
export { createMuseCrawler, mapMuseJob, MUSE_SOURCE, type MuseCrawlerSettings } from './themuse/index.js';
export {
  createDiceCrawler,
  DICE_SOURCE,
  mapDiceJob,
  type DiceCrawlerSettings,
  type DicePostedWithin,
} from './dice/index.js';
export { createHhCrawler, HH_SOURCE, mapHhVacancy, type HhCrawlerSettings, type HhHost } from './hh/index.js';
export {
  createLinkedInCrawler,
  createLinkedInPostingCrawler,
  LINKEDIN_SOURCE,
  parseLinkedInPosting,
  parseLinkedInSearchPage,
  type LinkedInCrawlerSettings,
  type LinkedInExperienceCode,
  type LinkedInJobTypeCode,
  type LinkedInPostingCrawlerSettings,
  type LinkedInPostingDetails,
  type LinkedInSearchPage,
} from './linkedin/index.js';
export {
  COURSERA_SOURCE,
  createCourseraCrawler,
  mapCourseraCourse,
  parseCourseraPage,
  type CourseraCrawlerSettings,
  type CourseraPage,
} from './coursera/index.js';
// crawlAll and the blacklists live in @rolefit/core next to the pipeline's crawl, the one ingestion path.
export {
  createRefreshScheduler,
  type RefreshResult,
  type RefreshScheduler,
  type RefreshSchedulerSettings,
  type SourceRefresh,
} from './orchestration/index.js';
