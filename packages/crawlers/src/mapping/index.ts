export {
  SourceRecordError,
  descriptionToText,
  experienceLevelFromTitle,
  finishJob,
  isRecord,
  recordIdOf,
  mapEmploymentType,
  mapSalaryPeriod,
  mapWorkplace,
  parseLocationText,
  stringField,
  type JobDraft,
} from './fields.js';
