export * from './mappings/index.js';
export * from './filters/index.js';
export * from './requests/index.js';
export * from './bulk/index.js';
export * from './fusion/index.js';
export * from './store/index.js';
