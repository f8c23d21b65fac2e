/**
 * The small part of core that reading an input needs before any work is handed on, importable as
 * `@rolefit/core/base`: the error classes and their guards, the checks of arguments and settings, the plain reason for a
 * file-system error, reading a file a chunk at a time, and decoding text bytes. It loads no zod, none of the parsers'
 * tables and no HTML reader: `@rolefit/ats/read` (a résumé file read on the main thread and parsed in a worker) and the
 * `rolefit` command load only this much of core before a worker does the work. The same classes and functions as
 * `@rolefit/core`, `@rolefit/core/internal` and `@rolefit/core/text` export (one copy: `instanceof` holds across them).
 * Like `@rolefit/core/internal`, for Rolefit's own packages: not part of the public API (no semver promise).
 * @module base
 */
export { RolefitError, isRolefitError, type RolefitErrorOptions } from '../errors/rolefit-error.js';
export { invalidSetting, isValidationError, ValidationError, type FieldIssue } from '../errors/validation-error.js';
export { ModelFilesError, OptionalDependencyError } from '../errors/dependency-error.js';
export { checkBytesArgument, describeValue, invalidArgument, readRecordArgument } from '../errors/argument.js';
export { checkNumberSetting, type NumberSettingRange } from '../errors/number-setting.js';
export { checkSignalOption } from '../errors/signal-option.js';
export { rejectUnknownKeys } from '../errors/reject-unknown-keys.js';
export { fileSystemReason } from '../file-system/file-system-reason.js';
export {
  FileIdleTimeoutError,
  readFileChunks,
  type ReadFileChunksOptions,
} from '../file-system/read-file-chunks.js';
export { decodeTextBytes, detectTextEncoding, type TextEncodingName } from '../text/encoding.js';
