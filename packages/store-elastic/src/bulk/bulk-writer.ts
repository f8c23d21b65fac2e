import type { Client, estypes } from '@elastic/elasticsearch';
import { backoffDelay, invalidSetting, isRetryableStatus, sleep, StoreWriteError } from '@rolefit/core';
import { checkNumberSetting } from '@rolefit/core/internal';
import { buildBulkRequest, type BulkAction } from '../requests/index.js';
import { isAnswerObject } from '../store/answers.js';
import { clientErrorReason, clientErrorStatus, ElasticRequestError, quoteServerText } from '../store/errors.js';

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

/**
 * Thrown when a bulk request is refused for good (a non-retryable HTTP error, e.g. 400 or 401) part-way through a
 * write: `result` holds what the earlier requests wrote, and lists in `failed` every item not written (those of the
 * refused request and those never sent), so nothing is lost silently. `cause` is the client's error.
 */
export class ElasticBulkRequestError extends StoreWriteError {
  override readonly name = 'ElasticBulkRequestError';
  declare readonly result: BulkWriteResult;
  /** HTTP status of the refused request, when there was a response. */
  readonly status: number | undefined;

  constructor(index: string, cause: unknown, result: BulkWriteResult) {
    const status = clientErrorStatus(cause);
    const written = result.inserted + result.updated;
    super(
      `A bulk request to ${index} failed: ${clientErrorReason(cause)}; ${written} item(s) were written before it, ${result.failed.length} were not`,
      result,
      { cause },
    );
    this.status = status;
  }
}

/** How a bulk write is chunked and retried. */
export interface BulkWriteOptions {
  /** Index or alias to write to. */
  index: string;
  /** Refresh policy of each bulk request (default false). */
  refresh?: estypes.Refresh | undefined;
  /** Actions per bulk request (default 500). */
  chunkSize?: number | undefined;
  /** Bulk requests in flight at once, 1 or 2 (default 1). */
  concurrency?: 1 | 2 | undefined;
  /** Retries of a retryable failure before it is reported (default 3). */
  maxRetries?: number | undefined;
  /** First backoff delay; each retry doubles it, with full jitter (default 100 ms). */
  retryBaseDelayMs?: number | undefined;
  /** Longest single backoff (default 30 s). */
  maxRetryDelayMs?: number | undefined;
  /** Random source for jitter, in [0, 1) (default Math.random). */
  random?: (() => number) | undefined;
}

/** True for a failed bulk item that may succeed when sent again (core's retryable statuses or a rejected execution). */
export function isRetryableItem(status: number, type: string | undefined): boolean {
  return (
    isRetryableStatus(status) || type === 'es_rejected_execution_exception' || type === 'circuit_breaking_exception'
  );
}

/**
 * Writes actions in chunks, awaiting each chunk (back-pressure), retrying retryable item and request failures
 * with exponential backoff and jitter; items that still fail are returned in `failed`. A request refused for good
 * stops the write with an {@link ElasticBulkRequestError} that carries the partial result.
 * (`client.helpers.bulk` of the 8.x client is not used: it retries only 429 items, after a fixed wait, and reports
 * only dropped documents, so it cannot tell created from updated items nor retry 5xx and rejected executions.)
 */
export async function writeBulk(
  client: Client,
  actions: readonly BulkAction[],
  options: BulkWriteOptions,
): Promise<BulkWriteResult> {
  const chunkSize = options.chunkSize ?? 500;
  if (!Number.isInteger(chunkSize) || chunkSize < 1)
    throw invalidSetting('ElasticStoreSettings', 'bulkChunkSize', `must be a positive integer, got ${chunkSize}`);
  const concurrency = checkBulkConcurrency(options.concurrency) ?? 1;
  const result: BulkWriteResult = { inserted: 0, updated: 0, failed: [], retried: 0 };
  const chunks: BulkAction[][] = [];
  for (let start = 0; start < actions.length; start += chunkSize) chunks.push(actions.slice(start, start + chunkSize));
  let next = 0;
  let stopped: ChunkStopped | undefined;
  // At most `concurrency` chunks in flight: each worker takes the next chunk only after its last one finished.
  const worker = async (): Promise<void> => {
    while (next < chunks.length && !stopped) {
      const chunk = chunks[next++]!;
      try {
        await writeChunk(client, chunk, options, result);
      } catch (error) {
        if (!(error instanceof ChunkStopped)) throw error;
        stopped ??= error;
        // Another worker's refused request: this chunk's unwritten items are still reported.
        if (stopped !== error) for (const action of error.pending) result.failed.push(refusedItem(action, error.cause));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, chunks.length) }, worker));
  if (stopped) {
    for (const action of stopped.pending) result.failed.push(refusedItem(action, stopped.cause));
    for (const chunk of chunks.slice(next))
      for (const action of chunk)
        result.failed.push({
          id: action.id,
          status: 0,
          type: 'not_sent',
          reason: `not sent: an earlier bulk request of this write failed (${clientErrorReason(stopped.cause)})`,
        });
    throw new ElasticBulkRequestError(options.index, stopped.cause, result);
  }
  return result;
}

/**
 * `ElasticStoreSettings.bulkConcurrency` when it is 1 or 2 (or left out); anything else is a ValidationError naming it.
 * 0, a negative number or NaN started no worker, so `writeBulk` sent nothing and reported nothing: every job lost
 * silently. More than 2 stays refused: one store keeps at most two bulk requests in flight on the cluster.
 */
export function checkBulkConcurrency(value: unknown): 1 | 2 | undefined {
  return checkNumberSetting('ElasticStoreSettings', 'bulkConcurrency', value, { integer: true, min: 1, max: 2 }) as
    | 1
    | 2
    | undefined;
}

/** A chunk whose request was refused for good, with the actions it had not written yet. */
class ChunkStopped extends Error {
  constructor(
    override readonly cause: unknown,
    readonly pending: readonly BulkAction[],
  ) {
    super('bulk request refused');
  }
}

function refusedItem(action: BulkAction, cause: unknown): BulkItemFailure {
  return {
    id: action.id,
    status: clientErrorStatus(cause) ?? 0,
    type: errorTypeOf(cause) ?? 'request_error',
    reason: `the bulk request failed: ${clientErrorReason(cause)}`,
  };
}

async function writeChunk(
  client: Client,
  chunk: BulkAction[],
  options: BulkWriteOptions,
  result: BulkWriteResult,
): Promise<void> {
  const maxRetries = options.maxRetries ?? 3;
  const backoff = {
    baseDelayMs: options.retryBaseDelayMs ?? 100,
    maxDelayMs: options.maxRetryDelayMs ?? 30_000,
    random: options.random,
  };
  let pending = chunk;
  for (let attempt = 0; pending.length > 0; attempt++) {
    const canRetry = attempt < maxRetries;
    let response: estypes.BulkResponse;
    try {
      // The client's own retries are off here so that one retry policy (this one) decides, and counts.
      response = await client.bulk(buildBulkRequest(options.index, pending, options.refresh ?? false), {
        maxRetries: 0,
      });
    } catch (thrown) {
      // The store's client wraps the client's error in an ElasticRequestError; the bulk error keeps the client's own.
      const error = thrown instanceof ElasticRequestError ? thrown.cause : thrown;
      const status = statusOf(error);
      if (status === undefined || !isRetryableStatus(status)) throw new ChunkStopped(error, pending);
      if (!canRetry) {
        // A reset connection or a timeout has no HTTP status: its items say what the client said instead.
        const answered = clientErrorStatus(error) !== undefined;
        const type = errorTypeOf(error) ?? (answered ? 'http_error' : 'request_error');
        for (const action of pending)
          result.failed.push({
            id: action.id,
            status: answered ? status : 0,
            type,
            reason: answered
              ? `bulk request failed with HTTP ${status} after ${attempt} retries`
              : `bulk request failed after ${attempt} retries: ${clientErrorReason(error)}`,
          });
        return;
      }
      result.retried += pending.length;
      await sleep(backoffDelay(attempt, backoff));
      continue;
    }
    const retry: BulkAction[] = [];
    // An answer with no items list (null, `{ errors: false }`, an object of items) was a TypeError after the write; its
    // items' fate is unknown, so each is reported as missing rather than assumed written.
    const items: unknown = (response as { items?: unknown } | null | undefined)?.items;
    for (const [position, action] of pending.entries()) {
      const item = Array.isArray(items) ? firstItem(items[position]) : undefined;
      if (!item) {
        // A response shorter than the request: the item's fate is unknown, so it is reported rather than assumed written.
        result.failed.push({
          id: action.id,
          status: 0,
          type: 'missing_item',
          reason: 'the bulk response had no item for this action',
        });
        continue;
      }
      // An item with no whole-number status (absent, '201') is as unknown: reported, never counted as written.
      if (typeof item.status !== 'number' || !Number.isInteger(item.status)) {
        result.failed.push({
          id: action.id,
          status: 0,
          type: 'invalid_item',
          reason: `the bulk response's item for this action has no status (${typeof item.status})`,
        });
        continue;
      }
      if (item.status >= 200 && item.status < 300) {
        if (item.result === 'created') result.inserted++;
        else result.updated++;
        continue;
      }
      const error: unknown = item.error;
      const type = isAnswerObject(error) && typeof error.type === 'string' ? error.type : 'unknown';
      if (canRetry && isRetryableItem(item.status, type)) retry.push(action);
      else {
        // The cluster's text, as every message here quotes it: one line of at most 300 characters, no controls.
        const reason = isAnswerObject(error) && typeof error.reason === 'string' ? quoteServerText(error.reason) : '';
        result.failed.push({ id: action.id, status: item.status, type: quoteServerText(type), reason });
      }
    }
    if (retry.length) {
      result.retried += retry.length;
      await sleep(backoffDelay(attempt, backoff));
    }
    pending = retry;
  }
}

// The item of one action: the object under its operation's name, or undefined (an item of another type included).
function firstItem(item: unknown): estypes.BulkResponseItem | undefined {
  if (!isAnswerObject(item)) return undefined;
  const found = item.index ?? item.create ?? item.update ?? item.delete;
  return isAnswerObject(found) ? (found as unknown as estypes.BulkResponseItem) : undefined;
}

// The status a failed request is judged by: its answer's (the client sets meta.statusCode to 0 when none came).
function statusOf(error: unknown): number | undefined {
  const status = clientErrorStatus(error);
  if (status !== undefined) return status;
  // A reset connection or a timeout is safe to send again, like a 503: bulk actions name their ids, so an action
  // that did reach Elasticsearch is written once more, not twice. (The client's ConnectionError and TimeoutError carry
  // meta.statusCode 0, which was read as a status: they were never retried.)
  const name = (error as Error | undefined)?.name;
  return name === 'ConnectionError' || name === 'TimeoutError' ? 503 : undefined;
}

function errorTypeOf(error: unknown): string | undefined {
  const type: unknown = (error as { meta?: { body?: { error?: { type?: unknown } } } } | undefined)?.meta?.body?.error
    ?.type;
  return typeof type === 'string' ? quoteServerText(type) : undefined;
}
