// Test support only: not re-exported from the package.
export {
  DATATURKS_FILE,
  DATATURKS_SCORED_FIELDS,
  dataturksPredicted,
  readDataturks,
  type DataturksResume,
  type DataturksScoredField,
} from './dataturks.js';
