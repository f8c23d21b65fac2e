export { createFileCrawler, FileRecordError, FileSourceError, type FileCrawlerSettings } from './file-crawler.js';
