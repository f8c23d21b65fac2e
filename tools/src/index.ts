export * from './random-bert/index.js';
export * from './random-llama/index.js';
