export {
  ElasticBulkRequestError,
  isRetryableItem,
  isRetryableStatus,
  retryDelay,
  writeBulk,
  type BulkItemFailure,
  type BulkWriteOptions,
  type BulkWriteResult,
} from './bulk-writer.js';
