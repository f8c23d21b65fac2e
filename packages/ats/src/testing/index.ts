// Test support only: not re-exported from the package.
export {
  DATATURKS_FILE,
  DATATURKS_SCORED_FIELDS,
  dataturksExpected,
  dataturksSkillItems,
  dataturksPredicted,
  readDataturks,
  type DataturksResume,
  type DataturksScoredField,
} from './dataturks.js';
