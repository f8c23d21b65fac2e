export {
  createJsonLdCrawler,
  extractJsonLdBlocks,
  findJobPostings,
  mapJobPosting,
  JSON_LD_SOURCE,
  type JsonLdCrawlerSettings,
} from './json-ld-crawler.js';
