export { ResumeParseError, isResumeParseError, type ResumeParseErrorCode } from './errors.js';
export { parseResumeText, type ParseResumeTextOptions } from './parse-resume-text.js';
export {
  decodeResumeText,
  DEFAULT_MAX_RESUME_BYTES,
  parseResumeFile,
  readResumeBytes,
  readResumeFile,
  type ReadResumeBytesOptions,
  type ResumeReadout,
  resumeFileToText,
  sniffResumeType,
  type ParseResumeFileOptions,
  type ResumeFileType,
} from './parse-resume-file.js';
export {
  DEFAULT_READ_TIMEOUT_MS,
  readFileLimited,
  readStreamLimited,
  type ByteSource,
  type ReadFileLimitedOptions,
} from './read-limited.js';
export {
  DEFAULT_EXTRACTION_TIMEOUT_MS,
  DEFAULT_MAX_DECODED_BYTES,
  DEFAULT_MAX_MEMORY_MB,
  DEFAULT_MAX_PDF_PAGES,
  DEFAULT_MAX_TEXT_CHARS,
  type ExtractionLimits,
} from './sandbox.js';
export { parseEducationSection } from './education.js';
export { parseExperienceSection, type EntryOptions } from './experience.js';
