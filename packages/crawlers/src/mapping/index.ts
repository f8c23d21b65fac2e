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
export {
  EXPORT_FIELD_ALIASES,
  EXPORT_SALARY_FIELDS,
  EXPORT_WORKPLACE_FIELDS,
  jobInputFromExport,
} from './export-fields.js';
