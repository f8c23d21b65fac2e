export { mapEmploymentType, mapExperienceLevel, mapWorkplace, parseLocationText } from './job-fields.js';
