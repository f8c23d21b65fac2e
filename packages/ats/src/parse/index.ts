export { ResumeParseError, isResumeParseError, type ResumeParseErrorCode } from './errors.js';
export { parseResumeText, type ParseResumeTextOptions } from './parse-resume-text.js';
export { DEFAULT_MAX_RESUME_BYTES, parseResumeFile, readResumeBytes, resumeFileToText, sniffResumeType, type ParseResumeFileOptions, type ResumeFileType } from './parse-resume-file.js';
export { findDegree, parseEducationSection } from './education.js';
export { parseExperienceSection, type EntryOptions } from './experience.js';
