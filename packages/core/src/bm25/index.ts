export {
  createBm25Index,
  MAX_FIELD_WEIGHT,
  type Bm25Index,
  type Bm25IndexSettings,
  type Bm25Hit,
  type Bm25Document,
  type Bm25State,
} from './bm25-index.js';
export { checkCorpusStatistics, type CorpusStatistics } from './corpus-statistics.js';
