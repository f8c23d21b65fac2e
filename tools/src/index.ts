export * from './random-bert/index.js';
export * from './random-llama/index.js';
export * from './bundle-program/index.js';
export * from './csv/index.js';
