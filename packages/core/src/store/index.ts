export * from './memory/index.js';
export { writeFileAtomic } from './atomic-file.js';
