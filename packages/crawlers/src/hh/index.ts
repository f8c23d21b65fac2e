export { createHhCrawler, mapHhVacancy, HH_SOURCE, type HhCrawlerSettings, type HhHost } from './hh-crawler.js';
