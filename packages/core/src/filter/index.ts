export {
  REMOTE_PLACE_WORDS,
  equivalentPlaceNames,
  matchesCheckedJobFilter,
  matchesJobFilter,
  matchesLocation,
  meetsSalaryFloor,
  profileToJobFilter,
  withJobFilter,
} from './job-filter.js';
export { checkJobFilter, jobFilterSchema, parseJobFilter } from './job-filter-schema.js';
