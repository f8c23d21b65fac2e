export * from './contact/index.js';
export * from './sections/index.js';
