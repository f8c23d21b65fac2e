export { parseCsv, parseCsvRows, type CsvOptions } from './parse-csv.js';
