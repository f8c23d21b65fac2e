export { createFileCrawler, FileRecordError, type FileCrawlerSettings } from './file-crawler.js';
