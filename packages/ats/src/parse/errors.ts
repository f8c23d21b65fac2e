import { RolefitError } from '@rolefit/core/base';

/**
 * Why a resume file could not be read: 'too-large' covers the file size, decoded or inflated bytes, extracted text and memory;
 * 'too-many-pages' a PDF over the page cap; 'timeout' the wall-clock limit; 'empty' a file of zero bytes; 'unreadable' a
 * path the system will not open or read (missing, a directory, no permission; Node's error is the `cause`); 'ocr-failed'
 * an OCR recognizer that threw (its error is the `cause`) or answered no `{ text, confidence }`.
 */
export type ResumeParseErrorCode =
  | 'scanned-pdf'
  | 'encrypted'
  | 'corrupt'
  | 'too-large'
  | 'too-many-pages'
  | 'unsupported-type'
  | 'timeout'
  | 'empty'
  | 'unreadable'
  | 'ocr-failed';

/** A resume file that could not be turned into text; `code` (a RolefitError code) says why. */
export class ResumeParseError extends RolefitError {
  override readonly name: string = 'ResumeParseError';
  /** Why the file could not be read. */
  declare readonly code: ResumeParseErrorCode;

  constructor(code: ResumeParseErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, { cause: options?.cause });
  }
}

/** True when a value is a {@link ResumeParseError}, optionally with the given code (to which it then narrows `code`). */
export function isResumeParseError<Code extends ResumeParseErrorCode = ResumeParseErrorCode>(
  value: unknown,
  code?: Code,
): value is [ResumeParseErrorCode] extends [Code] ? ResumeParseError : ResumeParseError & { readonly code: Code } {
  return value instanceof ResumeParseError && (code === undefined || value.code === code);
}
