export {
  checkCrawlLimit,
  checkCrawlOptions,
  createCrawlTally,
  type CrawlTally,
  type UnseenRecords,
} from './crawl-tally.js';
