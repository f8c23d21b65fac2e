export * from './mappings/index.js';
export * from './filters/index.js';
