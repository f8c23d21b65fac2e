export { matchesJobFilter, matchesLocation, meetsSalaryFloor, profileToJobFilter } from './job-filter.js';
