export {
  createJobIndexMappings,
  createJobIndexSettings,
  JOB_MAPPING_VERSION,
  KEYWORD_IGNORE_ABOVE,
  MAX_VECTOR_DIMENSIONS,
  type JobIndexShardSettings,
  type JobMappingSettings,
} from './mappings/index.js';
export { toElasticFilter, toElasticQuery } from './filters/index.js';
export type { IndexNames } from './requests/index.js';
export { ElasticBulkRequestError, type BulkItemFailure, type BulkWriteResult } from './bulk/index.js';
export {
  createElasticStore,
  ElasticBulkError,
  ElasticClientMissingError,
  ElasticMigrationError,
  ElasticPagingError,
  ElasticRequestError,
  ElasticResponseError,
  ElasticStore,
  type ElasticStoreSettings,
  type ElasticUpsertResult,
  type HybridSearchOptions,
  type MigrationResult,
  type SkillCount,
} from './store/index.js';
