export {
  createDiceCrawler,
  mapDiceJob,
  DICE_SOURCE,
  type DiceCrawlerSettings,
  type DicePostedWithin,
} from './dice-crawler.js';
