export {
  JOB_FEATURES_VERSION,
  openJobFeatures,
  writeJobFeatures,
  type JobFeatureFile,
  type JobFeaturesWriteSummary,
  type WriteJobFeaturesOptions,
} from './job-features.js';
