import type { Client, estypes } from '@elastic/elasticsearch';
import { buildBulkRequest, type BulkAction } from '../requests/index.js';

/** One bulk item Elasticsearch refused for good (or still refused after every retry). */
export interface BulkItemFailure {
  /** Document id (the job id). */
  id: string;
  /** HTTP status of the item, e.g. 400 or 429. */
  status: number;
  /** Elasticsearch error type, e.g. `mapper_parsing_exception`. */
  type: string;
  /** Elasticsearch's reason text. */
  reason: string;
}

/** What a bulk write did: core's UpsertResult plus the items that failed. */
export interface BulkWriteResult {
  /** Documents created (item result `created`). */
  inserted: number;
  /** Documents replaced or changed (item result `updated`, `noop` or `deleted`). */
  updated: number;
  /** Items refused, never silently dropped. */
  failed: BulkItemFailure[];
  /** How many item writes were sent again after a retryable failure. */
  retried: number;
}

/** How a bulk write is chunked and retried. */
export interface BulkWriteOptions {
  /** Index or alias to write to. */
  index: string;
  /** Refresh policy of each bulk request (default false). */
  refresh?: estypes.Refresh;
  /** Actions per bulk request (default 500). */
  chunkSize?: number;
  /** Bulk requests in flight at once, 1 or 2 (default 1). */
  concurrency?: 1 | 2;
  /** Retries of a retryable failure before it is reported (default 3). */
  maxRetries?: number;
  /** First backoff delay; each retry doubles it, with full jitter (default 100 ms). */
  retryBaseDelayMs?: number;
  /** Longest single backoff (default 30 s). */
  maxRetryDelayMs?: number;
  /** Random source for jitter, in [0, 1) (default Math.random). */
  random?: () => number;
}

/** Statuses worth retrying: too many requests and server-side trouble. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/** True for a failed bulk item that may succeed when sent again (429, 5xx or a rejected execution). */
export function isRetryableItem(status: number, type: string | undefined): boolean {
  return isRetryableStatus(status) || type === 'es_rejected_execution_exception' || type === 'circuit_breaking_exception';
}

/** Backoff before retry number `attempt` (0-based): full jitter over base × 2^attempt, capped. */
export function retryDelay(attempt: number, baseDelayMs: number, maxDelayMs: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** attempt));
}

/**
 * Writes actions in chunks, awaiting each chunk (back-pressure), retrying retryable item and request failures
 * with exponential backoff and jitter; items that still fail are returned in `failed`.
 */
export async function writeBulk(client: Client, actions: readonly BulkAction[], options: BulkWriteOptions): Promise<BulkWriteResult> {
  const chunkSize = options.chunkSize ?? 500;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new RangeError(`bulkChunkSize must be a positive integer, got ${chunkSize}`);
  const concurrency = options.concurrency ?? 1;
  const result: BulkWriteResult = { inserted: 0, updated: 0, failed: [], retried: 0 };
  const chunks: BulkAction[][] = [];
  for (let start = 0; start < actions.length; start += chunkSize) chunks.push(actions.slice(start, start + chunkSize));
  let next = 0;
  // At most `concurrency` chunks in flight: each worker takes the next chunk only after its last one finished.
  const worker = async (): Promise<void> => {
    while (next < chunks.length) {
      const chunk = chunks[next++]!;
      await writeChunk(client, chunk, options, result);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, chunks.length) }, worker));
  return result;
}

async function writeChunk(client: Client, chunk: BulkAction[], options: BulkWriteOptions, result: BulkWriteResult): Promise<void> {
  const maxRetries = options.maxRetries ?? 3;
  const baseDelay = options.retryBaseDelayMs ?? 100;
  const maxDelay = options.maxRetryDelayMs ?? 30_000;
  let pending = chunk;
  for (let attempt = 0; pending.length > 0; attempt++) {
    const canRetry = attempt < maxRetries;
    let response: estypes.BulkResponse;
    try {
      // The client's own retries are off here so that one retry policy (this one) decides, and counts.
      response = await client.bulk(buildBulkRequest(options.index, pending, options.refresh ?? false), { maxRetries: 0 });
    } catch (error) {
      const status = statusOf(error);
      if (status === undefined || !isRetryableStatus(status)) throw error;
      if (!canRetry) {
        const type = errorTypeOf(error) ?? 'http_error';
        for (const action of pending) result.failed.push({ id: action.id, status, type, reason: `bulk request failed with HTTP ${status} after ${attempt} retries` });
        return;
      }
      result.retried += pending.length;
      await sleep(retryDelay(attempt, baseDelay, maxDelay, options.random));
      continue;
    }
    const retry: BulkAction[] = [];
    for (const [position, action] of pending.entries()) {
      const item = firstItem(response.items[position]);
      if (!item) {
        // A response shorter than the request: the item's fate is unknown, so it is reported rather than assumed written.
        result.failed.push({ id: action.id, status: 0, type: 'missing_item', reason: 'the bulk response had no item for this action' });
        continue;
      }
      if (item.status >= 200 && item.status < 300) {
        if (item.result === 'created') result.inserted++;
        else result.updated++;
        continue;
      }
      const type = item.error?.type ?? 'unknown';
      if (canRetry && isRetryableItem(item.status, type)) retry.push(action);
      else result.failed.push({ id: action.id, status: item.status, type, reason: item.error?.reason ?? '' });
    }
    if (retry.length) {
      result.retried += retry.length;
      await sleep(retryDelay(attempt, baseDelay, maxDelay, options.random));
    }
    pending = retry;
  }
}

function firstItem(item: Partial<Record<estypes.BulkOperationType, estypes.BulkResponseItem>> | undefined): estypes.BulkResponseItem | undefined {
  return item ? (item.index ?? item.create ?? item.update ?? item.delete) : undefined;
}

function statusOf(error: unknown): number | undefined {
  const meta = (error as { meta?: { statusCode?: number } } | undefined)?.meta;
  if (typeof meta?.statusCode === 'number') return meta.statusCode;
  // Connection resets and timeouts never reached Elasticsearch: safe to send again, like a 503.
  const name = (error as Error | undefined)?.name;
  return name === 'ConnectionError' || name === 'TimeoutError' ? 503 : undefined;
}

function errorTypeOf(error: unknown): string | undefined {
  const body = (error as { meta?: { body?: { error?: { type?: string } } } }).meta?.body;
  return body?.error?.type;
}

function sleep(milliseconds: number): Promise<void> {
  return milliseconds > 0 ? new Promise((resolve) => setTimeout(resolve, milliseconds)) : Promise.resolve();
}
