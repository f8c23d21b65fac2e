export {
  SourceRecordError,
  descriptionToText,
  experienceLevelFromTitle,
  finishJob,
  isRecord,
  recordIdOf,
  mapSalaryPeriod,
  stringField,
  type JobDraft,
} from './fields.js';
