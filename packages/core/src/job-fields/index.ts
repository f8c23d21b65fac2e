export { mapEmploymentType, mapWorkplace, parseLocationText } from './job-fields.js';
