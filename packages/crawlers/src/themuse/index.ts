export { createMuseCrawler, mapMuseJob, MUSE_SOURCE, type MuseCrawlerSettings } from './themuse-crawler.js';
