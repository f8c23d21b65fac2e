export { extractContact } from './contact/index.js';
export { splitSections, type ResumeSection, type ResumeSectionKind } from './sections/index.js';
export {
  decodeResumeText,
  DEFAULT_EXTRACTION_TIMEOUT_MS,
  DEFAULT_MAX_DECODED_BYTES,
  DEFAULT_MAX_MEMORY_MB,
  DEFAULT_MAX_PDF_PAGES,
  DEFAULT_MAX_RESUME_BYTES,
  DEFAULT_MAX_TEXT_CHARS,
  DEFAULT_READ_TIMEOUT_MS,
  isResumeParseError,
  parseResumeFile,
  parseResumeText,
  readFileLimited,
  readResumeBytes,
  readResumeFile,
  readStreamLimited,
  resumeFileToText,
  ResumeParseError,
  sniffResumeType,
  type ExtractionLimits,
  type ParseResumeFileOptions,
  type ByteSource,
  type ParseResumeTextOptions,
  type ReadFileLimitedOptions,
  type ReadResumeBytesOptions,
  type ResumeReadout,
  type ResumeFileType,
  type ResumeParseErrorCode,
} from './parse/index.js';
export { DEFAULT_PDF_TIMEOUT_MS, pdfToText, type PdfToTextOptions } from './pdf/index.js';
export { docxToText, resumeToDocx, type DocxToTextOptions, type ResumeToDocxOptions } from './docx/index.js';
export {
  createTesseractRecognizer,
  DEFAULT_OCR_TIMEOUT_MS,
  type OcrSettings,
  type TesseractRecognizerSettings,
} from './ocr/index.js';
export { extractDocumentLayout, type DocumentLayout, type ExtractDocumentLayoutOptions } from './layout/index.js';
export {
  createLlamaCppGenerator,
  createOpenAiCompatibleGenerator,
  GeneratorDependencyError,
  GeneratorError,
  GeneratorHttpError,
  GeneratorResponseError,
  ModelFileNotFoundError,
  type ChatMessage,
  type GenerateOptions,
  type LlamaCppGenerator,
  type LlamaCppGeneratorBaseSettings,
  type LlamaCppGeneratorSettings,
  type OpenAiCompatibleGeneratorSettings,
  type TextGenerator,
} from './generators/index.js';
export { tailorResume, type TailoredResume, type TailorResumeOptions } from './tailor/index.js';
export { checkTruthfulness, type Claim, type ClaimKind, type TruthfulnessReport } from './truthfulness/index.js';
export {
  atsComponents,
  DEFAULT_ATS_WEIGHTS,
  formatAtsReport,
  jobFromText,
  scoreResumeAgainstJob,
  type AtsComponent,
  type AtsComponentScore,
  type AtsReport,
  type AtsScoreOptions,
  type AtsSkillCheck,
  type AtsSuggestion,
  type IssueSeverity,
  type MissingKeyword,
  type ParseabilityIssue,
  type ParseabilityIssueCode,
  type ResumeLayout,
} from './score/index.js';
export {
  appendTailoringReview,
  buildFineTuningExport,
  createTailoringReview,
  DEFAULT_TAILORING_SYSTEM_PROMPT,
  exportFineTuningJsonl,
  readTailoringReviews,
  tailoringReviewSchema,
  type FineTuningExport,
  type FineTuningExportOptions,
  type TailoringReview,
  type TailoringReviewInput,
} from './review/index.js';
