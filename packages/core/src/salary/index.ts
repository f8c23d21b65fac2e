export { parseSalary, type ParseSalaryOptions } from './parse.js';
export { formatSalary } from './format.js';
