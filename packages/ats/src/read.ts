/**
 * A résumé file read without loading the parser on the calling thread, importable as `@rolefit/ats/read`: the file (a
 * path or its bytes) is read and checked here and parsed in the extraction worker, under the same time, memory and size
 * limits as through `@rolefit/ats` ({@link parseResumeFile}, {@link readResumeFile}); its type sniffed
 * ({@link sniffResumeType}), its text decoded ({@link decodeResumeText}), a path or a stream read under a byte cap
 * ({@link readFileLimited}, {@link readStreamLimited}). Only this much (with `@rolefit/core/base`) is loaded on the main
 * thread: the parser, pdf.js, the DOCX reader and zod load in the worker. The main `@rolefit/ats` entry exports the same
 * functions; the `rolefit` command reads résumés through this one.
 * @module read
 */
export { isResumeParseError, ResumeParseError, type ResumeParseErrorCode } from './parse/errors.js';
export {
  decodeResumeText,
  DEFAULT_MAX_RESUME_BYTES,
  parseResumeFile,
  readResumeBytes,
  readResumeFile,
  sniffResumeType,
  type ParseResumeFileOptions,
  type ReadResumeBytesOptions,
  type ResumeFileType,
  type ResumeReadout,
} from './parse/read-resume-file.js';
export {
  DEFAULT_READ_TIMEOUT_MS,
  readFileLimited,
  readStreamLimited,
  type ByteSource,
  type ReadFileLimitedOptions,
} from './parse/read-limited.js';
export { DEFAULT_MAX_TEXT_CHARS, type ExtractionLimits } from './parse/sandbox.js';
