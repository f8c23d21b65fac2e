export { ResumeParseError, isResumeParseError, type ResumeParseErrorCode } from './errors.js';
export { parseResumeText, type ParseResumeTextOptions } from './parse-resume-text.js';
export {
  decodeResumeText,
  DEFAULT_MAX_RESUME_BYTES,
  parseResumeFile,
  readResumeBytes,
  resumeFileToText,
  sniffResumeType,
  type ParseResumeFileOptions,
  type ResumeFileType,
} from './parse-resume-file.js';
export { readFileLimited, readStreamLimited, type ByteSource } from './read-limited.js';
export {
  DEFAULT_EXTRACTION_TIMEOUT_MS,
  DEFAULT_MAX_DECODED_BYTES,
  DEFAULT_MAX_MEMORY_MB,
  DEFAULT_MAX_PDF_PAGES,
  DEFAULT_MAX_TEXT_CHARS,
  type ExtractionLimits,
} from './sandbox.js';
export { findDegree, parseEducationSection } from './education.js';
export { parseExperienceSection, type EntryOptions } from './experience.js';
