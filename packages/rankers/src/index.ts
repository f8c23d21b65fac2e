export * from './bm25/index.js';
export * from './multi-factor/index.js';
export * from './shared/index.js';
