export {
  createGreenhouseCrawler,
  mapGreenhouseJob,
  GREENHOUSE_SOURCE,
  type GreenhouseCrawlerSettings,
} from './greenhouse-crawler.js';
