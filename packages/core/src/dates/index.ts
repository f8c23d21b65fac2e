export {
  findDateRanges,
  monthsBetween,
  parseDateRange,
  parseMonthYear,
  totalYearsOfExperience,
  type DateRange,
  type DateRangeOptions,
} from './parse.js';
