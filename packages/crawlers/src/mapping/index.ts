export {
  SourceRecordError,
  descriptionToText,
  finishJob,
  isRecord,
  recordIdOf,
  mapSalaryPeriod,
  stringField,
  type JobDraft,
} from './fields.js';
