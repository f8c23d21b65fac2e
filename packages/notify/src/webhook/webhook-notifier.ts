import {
  honoursRetryAfter,
  invalidSetting,
  parseRetryAfter,
  rejectUnknownKeys,
  retry,
  RolefitError,
  type Notification,
  type FetchFunction,
  type Notifier,
  type ValidationError,
} from '@rolefit/core';
import { checkSignalOption, readBodyPrefix } from '@rolefit/core/internal';
import { buildSlackPayload, buildWebhookPayload, notificationIdempotencyKey } from './payload.js';
import { IDEMPOTENCY_HEADER, SIGNATURE_HEADER, signWebhookPayload } from './signature.js';

/**
 * Settings for {@link createWebhookNotifier}: the payload's `format` and its `secret` (required with the default
 * `'json'`, optional for `'slack'`), and the rest ({@link WebhookNotifierBaseSettings}).
 */
export type WebhookNotifierSettings = WebhookNotifierBaseSettings &
  (
    | {
        /** `'json'` (default): {@link WebhookPayload}. */
        format?: 'json' | undefined;
        /** Shared secret for the `Rolefit-Signature` HMAC-SHA256 header; required with `'json'`. */
        secret: string;
      }
    | {
        /** `'slack'`: Slack's incoming-webhook `{ text, blocks }`. */
        format: 'slack';
        /** Shared secret for the `Rolefit-Signature` HMAC-SHA256 header; optional for Slack. */
        secret?: string | undefined;
      }
  );

/** Every setting of {@link createWebhookNotifier} but `format` and `secret`. */
export interface WebhookNotifierBaseSettings {
  /** Where to POST (http or https). */
  url: string | URL;
  /** Notifier name, used in logs and as the key watch records deliveries under (default `webhook`). */
  name?: string | undefined;
  /** Extra request headers (an Authorization header, say). */
  headers?: Readonly<Record<string, string>> | undefined;
  /** The fetch to use (default the global fetch); called with the URL as a string (see `FetchFunction`). */
  fetch?: FetchFunction | undefined;
  /** Retries after the first attempt, for 5xx, 408, 429 and network errors (default 4); a 4xx is never retried. */
  maxRetries?: number | undefined;
  /** First backoff ceiling in ms, doubled each retry, with full jitter (default 500). */
  baseDelayMs?: number | undefined;
  /** Cap on one wait in ms, `Retry-After` included (default 30,000). */
  maxDelayMs?: number | undefined;
  /** Time limit for one attempt in ms (default 10,000). */
  timeoutMs?: number | undefined;
  /** Random source in [0, 1) for the jitter (default Math.random). */
  random?: (() => number) | undefined;
  /** Called before each retry with the attempt number (0-based), the wait and why. */
  onRetry?:
    | ((info: { attempt: number; delayMs: number; status?: number | undefined; error?: unknown }) => void)
    | undefined;
}

/** A delivery that failed for good: a 4xx, or 5xx / network errors after every retry. */
export class WebhookDeliveryError extends RolefitError {
  override readonly name: string = 'WebhookDeliveryError';
  /** Always `ROLEFIT_WEBHOOK_DELIVERY`. */
  declare readonly code: 'ROLEFIT_WEBHOOK_DELIVERY';
  /** The last HTTP status, when a response came back. */
  readonly status: number | undefined;
  /** Attempts made. */
  readonly attempts: number;
  /** The idempotency key every attempt carried. */
  readonly idempotencyKey: string;

  constructor(
    url: string,
    details: {
      status?: number | undefined;
      attempts: number;
      idempotencyKey: string;
      body?: string | undefined;
      cause?: unknown;
    },
  ) {
    const what =
      details.status === undefined
        ? `failed (${(details.cause as Error)?.message ?? String(details.cause)})`
        : `answered ${details.status}${details.body ? `: ${details.body}` : ''}`;
    super(
      'ROLEFIT_WEBHOOK_DELIVERY',
      `Webhook ${url} ${what} after ${details.attempts} attempt${details.attempts === 1 ? '' : 's'}`,
      { cause: details.cause },
    );
    this.status = details.status;
    this.attempts = details.attempts;
    this.idempotencyKey = details.idempotencyKey;
  }
}

/** A non-2xx answer of one attempt, with the wait its `Retry-After` asks for. */
class AttemptStatusError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterMs: number | undefined,
    readonly body: string,
  ) {
    super(`status ${status}`);
  }
}

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const WEBHOOK_SETTING_NAMES = {
  url: true,
  secret: true,
  format: true,
  name: true,
  headers: true,
  fetch: true,
  maxRetries: true,
  baseDelayMs: true,
  maxDelayMs: true,
  timeoutMs: true,
  random: true,
  onRetry: true,
} satisfies Record<keyof WebhookNotifierSettings, true>;

function invalid(field: string, message: string): ValidationError {
  return invalidSetting('WebhookNotifierSettings', field, message);
}

function checkCount(
  settings: WebhookNotifierSettings,
  field: 'maxRetries' | 'baseDelayMs' | 'maxDelayMs' | 'timeoutMs',
  minimum: number,
): void {
  const value = settings[field];
  if (value !== undefined && !(Number.isInteger(value) && value >= minimum))
    throw invalid(field, `must be a whole number ≥ ${minimum}, got ${String(value)}`);
}

/** Whether an attempt's status is worth sending again: 5xx, 408 and 429; never another 4xx. */
function retryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

/** Bytes of an error answer's body read for its snippet; the rest is never read. */
const SNIPPET_BYTES = 2048;

/**
 * The first 500 characters of an error answer's body (whitespace folded), for the error. Only its first
 * {@link SNIPPET_BYTES} bytes are read and the rest cancelled: `response.text()` read the whole body, so a receiver
 * answering 500 with an endless body grew the process by gigabytes, past the attempt's timeout (the timeout's timer
 * did not get a turn while the body streamed in).
 */
async function bodySnippet(response: Response): Promise<string> {
  let bytes: Uint8Array;
  try {
    ({ bytes } = await readBodyPrefix(response.body, SNIPPET_BYTES));
  } catch {
    // The attempt's timeout, or the connection closed: the error says the status without a snippet.
    return '';
  }
  // A character cut at the end decodes to U+FFFD, which the slice to 500 characters drops unless the body is short.
  return new TextDecoder().decode(bytes).slice(0, 500).replace(/\s+/g, ' ').trim();
}

/**
 * A Notifier that POSTs each notification as JSON, signed with HMAC-SHA256 (`Rolefit-Signature:
 * t=<unix seconds>,v1=<hex HMAC of "<t>.<body>">`, check it with `verifyWebhookSignature`) and carrying an
 * `Idempotency-Key` that stays the same on every retry. 5xx, 408, 429 and network errors are retried with exponential
 * backoff and full jitter, waiting as long as `Retry-After` asks on 429 and 503; any other 4xx fails at once.
 */
export function createWebhookNotifier(settings: WebhookNotifierSettings): Notifier {
  rejectUnknownKeys('WebhookNotifierSettings', settings, WEBHOOK_SETTING_NAMES, { required: true });
  let url: URL;
  try {
    url = new URL(String(settings.url));
  } catch {
    throw invalid('url', `must be an absolute http(s) URL, got ${JSON.stringify(String(settings.url))}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw invalid('url', `must be http or https, got ${url.protocol}`);
  const format = settings.format ?? 'json';
  if (format !== 'json' && format !== 'slack')
    throw invalid('format', `must be 'json' or 'slack', got ${JSON.stringify(format)}`);
  if (format === 'json' && !settings.secret)
    throw invalid('secret', "is required with format 'json', so that receivers can check the signature");
  for (const [field, minimum] of [
    ['maxRetries', 0],
    ['baseDelayMs', 0],
    ['maxDelayMs', 0],
    ['timeoutMs', 1],
  ] as const)
    checkCount(settings, field, minimum);
  const fetchImpl = settings.fetch ?? globalThis.fetch;
  const timeoutMs = settings.timeoutMs ?? 10_000;
  const target = url.toString();
  // The URL may carry a token (Slack's does): errors name only its origin and path.
  const shown = `${url.origin}${url.pathname}`;

  return {
    name: settings.name ?? 'webhook',
    async notify(notification: Notification, options: { signal?: AbortSignal } = {}) {
      checkSignalOption('NotifyOptions', options.signal);
      const body = JSON.stringify(
        format === 'slack' ? buildSlackPayload(notification) : buildWebhookPayload(notification),
      );
      const idempotencyKey = notificationIdempotencyKey(notification);
      let attempts = 0;
      try {
        await retry(
          async () => {
            attempts += 1;
            const headers: Record<string, string> = {
              ...settings.headers,
              'content-type': 'application/json',
              [IDEMPOTENCY_HEADER]: idempotencyKey,
              'user-agent': 'rolefit-notify',
            };
            // Signed per attempt, so that a retry after a long Retry-After still falls inside the receiver's window.
            if (settings.secret) headers[SIGNATURE_HEADER] = signWebhookPayload({ secret: settings.secret, body });
            const timeout = AbortSignal.timeout(timeoutMs);
            const response = await fetchImpl(target, {
              method: 'POST',
              headers,
              body,
              signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout,
              redirect: 'error',
            });
            if (response.ok) {
              await response.body?.cancel().catch(() => undefined);
              return;
            }
            const retryAfterMs = honoursRetryAfter(response.status)
              ? parseRetryAfter(response.headers.get('retry-after'))
              : undefined;
            throw new AttemptStatusError(response.status, retryAfterMs, await bodySnippet(response));
          },
          {
            maxRetries: settings.maxRetries ?? 4,
            baseDelayMs: settings.baseDelayMs ?? 500,
            maxDelayMs: settings.maxDelayMs ?? 30_000,
            random: settings.random,
            signal: options.signal,
            shouldRetry(outcome) {
              if (outcome.ok || options.signal?.aborted) return false;
              const error = outcome.error;
              if (error instanceof AttemptStatusError)
                return retryableStatus(error.status) ? (error.retryAfterMs ?? true) : false;
              return true; // network error or the attempt's timeout
            },
            onRetry(attempt, delayMs, outcome) {
              const error = outcome.ok ? undefined : outcome.error;
              settings.onRetry?.({
                attempt,
                delayMs,
                ...(error instanceof AttemptStatusError ? { status: error.status } : { error }),
              });
            },
          },
        );
      } catch (error) {
        if (options.signal?.aborted) throw options.signal.reason ?? error;
        if (error instanceof AttemptStatusError)
          throw new WebhookDeliveryError(shown, { status: error.status, body: error.body, attempts, idempotencyKey });
        throw new WebhookDeliveryError(shown, { attempts, idempotencyKey, cause: error });
      }
    },
  };
}
