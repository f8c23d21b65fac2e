export {
  createElasticStore,
  ElasticStore,
  fromDocument,
  loadElasticClient,
  toDocument,
  toSimilarity,
  type ElasticUpsertResult,
  type HybridSearchOptions,
  type MigrationResult,
  type SkillCount,
} from './elastic-store.js';
export {
  ElasticBulkError,
  ElasticClientMissingError,
  ElasticMigrationError,
  ElasticPagingError,
  ElasticRequestError,
  ElasticResponseError,
} from './errors.js';
export type { ElasticStoreSettings } from './settings.js';
