export * from './bm25/index.js';
export * from './multi-factor/index.js';
export * from './shared/index.js';
export * from './fusion/index.js';
export * from './evaluation/index.js';
export * from './embedding/index.js';
export * from './career/index.js';
export * from './learned/index.js';
