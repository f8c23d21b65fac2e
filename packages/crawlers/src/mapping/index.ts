export {
  SourceRecordError,
  checkSourceRecord,
  descriptionToText,
  fieldsFromJobText,
  finishJob,
  isRecord,
  recordIdOf,
  mapSalaryPeriod,
  stringField,
  type JobDraft,
  unreadableRecord,
  type JobTextFields,
  withFieldsFromText,
} from './fields.js';
export {
  EXPORT_FIELD_ALIASES,
  EXPORT_SALARY_FIELDS,
  EXPORT_WORKPLACE_FIELDS,
  jobInputFromExport,
} from './export-fields.js';
