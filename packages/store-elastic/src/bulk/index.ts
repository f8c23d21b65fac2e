export {
  checkBulkConcurrency,
  ElasticBulkRequestError,
  isRetryableItem,
  writeBulk,
  type BulkItemFailure,
  type BulkWriteOptions,
  type BulkWriteResult,
} from './bulk-writer.js';
