export { jobPlaceText, jobToText, type JobTextField, type JobTextSettings } from './job-text.js';
