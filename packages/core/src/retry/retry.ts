/**
 * Retry with exponential backoff and jitter, `Retry-After` parsing and an abortable sleep: the one retry policy
 * the HTTP client, the OpenAI-compatible generator and the Elasticsearch bulk writer share.
 */

import { checkRecordArgument, describeValue, invalidArgument } from '../errors/argument.js';
import { checkNumberSetting } from '../errors/number-setting.js';
import { checkSignalOption } from '../errors/signal-option.js';

/** Statuses worth sending again: request timeout, too many requests and server-side trouble. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/** True for an HTTP status that may succeed when the request is sent again (408, 429, 500, 502, 503, 504). */
export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

/** True for a status whose `Retry-After` header says how long to wait (429 and 503, RFC 9110 §10.2.3). */
export function honoursRetryAfter(status: number): boolean {
  return status === 429 || status === 503;
}

/**
 * Reads a `Retry-After` value, either delta seconds (`"120"`) or an HTTP date, as milliseconds from `now`;
 * undefined when absent or unreadable. A date in the past waits 0 ms.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  // A value that is no string (a header read as a list or a number) is unreadable: it was a TypeError (value.trim).
  if (typeof value !== 'string' || value === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  if (trimmed === '' || /^[-+.\d]/.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** How the wait before each retry grows. */
export interface BackoffSettings {
  /** Wait ceiling before the first retry, doubled on each later one (default 500 ms). */
  baseDelayMs?: number | undefined;
  /** Cap on any single wait (default 30,000 ms). */
  maxDelayMs?: number | undefined;
  /** `'full'`: a random share of the ceiling (AWS "full jitter", the default); `'none'`: the ceiling itself. */
  jitter?: 'full' | 'none' | undefined;
  /** Random source in [0, 1) for the jitter (default Math.random). */
  random?: (() => number) | undefined;
}

/** Default first backoff ceiling, in ms. */
export const DEFAULT_RETRY_BASE_DELAY_MS = 500;
/** Default cap on one wait between attempts, in ms. */
export const DEFAULT_MAX_RETRY_DELAY_MS = 30_000;

/** Wait before retry number `attempt` (0-based): base × 2^attempt capped at maxDelayMs, jittered, whole ms. */
export function backoffDelay(attempt: number, settings: BackoffSettings = {}): number {
  const base = settings.baseDelayMs ?? DEFAULT_RETRY_BASE_DELAY_MS;
  const max = settings.maxDelayMs ?? DEFAULT_MAX_RETRY_DELAY_MS;
  const ceiling = Math.min(max, base * 2 ** Math.max(0, attempt));
  if (settings.jitter === 'none') return Math.floor(ceiling);
  return Math.floor((settings.random ?? Math.random)() * ceiling);
}

/**
 * Waits `ms` milliseconds; rejects with the signal's reason as soon as `signal` aborts (or at once if it already has),
 * and with a ValidationError naming it when `signal` is no AbortSignal.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    checkSignalOption('sleep', signal);
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
      Math.max(0, ms),
    );
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** What one attempt produced: a value or a thrown error. */
export type RetryOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: unknown };

/** Settings for {@link retry}. */
export interface RetrySettings<T> extends BackoffSettings {
  /** Retries after the first attempt (default 3). */
  maxRetries?: number | undefined;
  /** Aborts the backoff sleeps; an aborted signal is never retried. */
  signal?: AbortSignal | undefined;
  /**
   * Decides whether an attempt's outcome is tried again: `false` settles it (the value is returned, the error
   * thrown), `true` retries after the backoff, a number retries after that many ms (e.g. from `Retry-After`, capped
   * at `maxDelayMs`). It may throw to stop with its own error. Default: retry every error, accept every value.
   */
  shouldRetry?: ((outcome: RetryOutcome<T>, attempt: number) => boolean | number) | undefined;
  /** Called before each wait with the retry number (0-based) and the wait in ms. */
  onRetry?: ((attempt: number, delayMs: number, outcome: RetryOutcome<T>) => void) | undefined;
}

const defaultShouldRetry = (outcome: RetryOutcome<unknown>): boolean => !outcome.ok;

/**
 * Runs `operation` until `shouldRetry` accepts its outcome or `maxRetries` retries are spent, sleeping with
 * exponential backoff and jitter (or the wait `shouldRetry` names) in between; the last outcome is returned or thrown.
 */
export async function retry<T>(
  operation: (attempt: number) => Promise<T>,
  settings: RetrySettings<T> = {},
): Promise<T> {
  // An operation that is no function was "operation is not a function" from inside; settings of null a TypeError.
  if (typeof operation !== 'function')
    throw invalidArgument(
      'retry',
      'operation',
      `must be a function (attempt) => Promise, got ${describeValue(operation)}`,
    );
  checkRecordArgument('retry', 'settings', settings, 'RetrySettings ({ maxRetries?, shouldRetry?, … })');
  for (const hook of ['shouldRetry', 'onRetry', 'random'] as const)
    if (settings[hook] !== undefined && typeof settings[hook] !== 'function')
      throw invalidArgument('retry', `settings.${hook}`, `must be a function, got ${describeValue(settings[hook])}`);
  const maxRetries =
    checkNumberSetting('RetrySettings', 'maxRetries', settings.maxRetries, { integer: true, min: 0 }) ?? 3;
  const maxDelayMs =
    checkNumberSetting('RetrySettings', 'maxDelayMs', settings.maxDelayMs, { min: 0 }) ?? DEFAULT_MAX_RETRY_DELAY_MS;
  checkNumberSetting('RetrySettings', 'baseDelayMs', settings.baseDelayMs, { min: 0 });
  checkSignalOption('RetrySettings', settings.signal);
  const shouldRetry = settings.shouldRetry ?? defaultShouldRetry;
  for (let attempt = 0; ; attempt++) {
    settings.signal?.throwIfAborted();
    let outcome: RetryOutcome<T>;
    try {
      outcome = { ok: true, value: await operation(attempt) };
    } catch (error) {
      outcome = { ok: false, error };
    }
    const decision = attempt < maxRetries && !settings.signal?.aborted ? shouldRetry(outcome, attempt) : false;
    if (decision === false) {
      if (outcome.ok) return outcome.value;
      throw outcome.error;
    }
    const delayMs = decision === true ? backoffDelay(attempt, settings) : Math.min(Math.max(0, decision), maxDelayMs);
    settings.onRetry?.(attempt, delayMs, outcome);
    await sleep(delayMs, settings.signal);
  }
}
