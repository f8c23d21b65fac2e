// Test support only: not re-exported from the package.
export { DATATURKS_FILE, readDataturks, type DataturksResume } from './dataturks.js';
