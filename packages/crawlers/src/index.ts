export * from './file/index.js';
export * from './http/index.js';
export * from './mapping/index.js';
export * from './greenhouse/index.js';
export * from './lever/index.js';
export * from './json-ld/index.js';
