/**
 * Resume parsing, importable as `@rolefit/ats/resume`: read a PDF, DOCX or text file (or its bytes) into a validated
 * `Resume` with {@link parseResumeFile}, or plain text with {@link parseResumeText}. Files are read in a worker thread
 * under time, memory and size limits; what cannot be read is a {@link ResumeParseError} with a stable `code`.
 * The main `@rolefit/ats` entry exports the same functions.
 * @module resume
 */
export {
  isResumeParseError,
  parseResumeFile,
  parseResumeText,
  resumeFileToText,
  ResumeParseError,
  sniffResumeType,
  type ExtractionLimits,
  type ParseResumeFileOptions,
  type ParseResumeTextOptions,
  type ResumeFileType,
  type ResumeParseErrorCode,
} from './parse/index.js';
// OCR of scanned PDFs (the `ocr` setting of parseResumeFile), with tesseract.js as an optional peer.
export {
  createTesseractRecognizer,
  DEFAULT_OCR_TIMEOUT_MS,
  type OcrSettings,
  type TesseractRecognizerSettings,
} from './ocr/index.js';
