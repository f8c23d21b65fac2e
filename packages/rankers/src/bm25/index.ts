export { createBm25Ranker, type Bm25RankerSettings } from './bm25-ranker.js';
