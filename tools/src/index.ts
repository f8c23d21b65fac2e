export * from './random-bert/index.js';
