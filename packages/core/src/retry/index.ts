export {
  backoffDelay,
  DEFAULT_MAX_RETRY_DELAY_MS,
  DEFAULT_RETRY_BASE_DELAY_MS,
  honoursRetryAfter,
  isRetryableStatus,
  parseRetryAfter,
  retry,
  RETRYABLE_STATUSES,
  sleep,
  type BackoffSettings,
  type RetryOutcome,
  type RetrySettings,
} from './retry.js';
