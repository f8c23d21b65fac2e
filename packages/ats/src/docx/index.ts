export { docxToText, type DocxToTextOptions } from './docx-to-text.js';
export { formatDateRange, formatMonth, resumeToDocx, type ResumeToDocxOptions } from './resume-to-docx.js';
