export {
  createJobIndexMappings,
  createJobIndexSettings,
  JOB_MAPPING_VERSION,
  JOB_NORMALIZER,
  KEYWORD_IGNORE_ABOVE,
  MAX_VECTOR_DIMENSIONS,
  type JobIndexShardSettings,
  type JobMappingSettings,
} from './job-mappings.js';
