export {
  appendTailoringReview,
  createTailoringReview,
  tailoringReviewSchema,
  readTailoringReviews,
  type TailoringReview,
  type TailoringReviewInput,
} from './review.js';
export {
  buildFineTuningExport,
  DEFAULT_TAILORING_SYSTEM_PROMPT,
  exportFineTuningJsonl,
  type FineTuningExport,
  type FineTuningExportOptions,
} from './fine-tuning.js';
