export { createBm25Index, type Bm25Index, type Bm25Options, type Bm25Hit, type Bm25Document } from './bm25-index.js';
