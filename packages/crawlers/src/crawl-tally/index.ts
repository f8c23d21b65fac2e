export { checkCrawlLimit, createCrawlTally, type CrawlTally, type UnseenRecords } from './crawl-tally.js';
