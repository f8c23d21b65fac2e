export * from './file/index.js';
