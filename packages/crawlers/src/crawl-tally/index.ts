export { createCrawlTally, type CrawlTally } from './crawl-tally.js';
