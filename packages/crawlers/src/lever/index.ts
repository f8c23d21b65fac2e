export { createLeverCrawler, mapLeverPosting, LEVER_SOURCE, type LeverCrawlerSettings } from './lever-crawler.js';
