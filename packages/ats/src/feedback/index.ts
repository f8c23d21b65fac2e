export {
  appendFeedbackRecord,
  createTailoringFeedback,
  tailoringFeedbackSchema,
  readFeedbackRecords,
  type TailoringFeedback,
  type TailoringFeedbackInput,
} from './feedback.js';
export {
  buildFineTuningExport,
  DEFAULT_TAILORING_SYSTEM_PROMPT,
  exportFineTuningJsonl,
  type FineTuningExport,
  type FineTuningExportOptions,
} from './fine-tuning.js';
