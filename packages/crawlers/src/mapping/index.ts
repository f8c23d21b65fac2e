export {
  SourceRecordError,
  descriptionToText,
  experienceLevelFromTitle,
  finishJob,
  isRecord,
  mapEmploymentType,
  mapSalaryPeriod,
  mapWorkplace,
  parseLocationText,
  stringField,
  type JobDraft,
} from './fields.js';
