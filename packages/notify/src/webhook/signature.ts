import { createHmac, timingSafeEqual } from 'node:crypto';
import { rejectUnknownKeys } from '@rolefit/core';
import {
  checkBytesArgument,
  checkNumberSetting,
  checkTextArgument,
  describeValue,
  invalidArgument,
  isValidDate,
} from '@rolefit/core/internal';

/** The header that carries the signature: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const SIGNATURE_HEADER = 'rolefit-signature';
/** The header that carries the idempotency key, equal on every retry of one delivery. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** Default tolerance of {@link verifyWebhookSignature} for the signed timestamp, in seconds (5 minutes). */
export const DEFAULT_SIGNATURE_TOLERANCE_SECONDS = 300;

/** What {@link signWebhookPayload} signs. */
export interface SignWebhookPayloadInput {
  secret: string;
  /** The exact request body, as sent. */
  body: string;
  /** When the request is signed (default now). */
  timestamp?: Date | undefined;
}

// A time given as a Date that is a real time; left out (undefined) is now.
function checkDate(fn: string, argument: string, value: unknown): void {
  if (value !== undefined && !isValidDate(value))
    throw invalidArgument(fn, argument, `must be a valid Date, got ${describeValue(value)}`);
}

/** The hex HMAC-SHA256 over `<unix seconds>.<body>`. */
function digest(secret: string, seconds: number, body: string): string {
  return createHmac('sha256', secret).update(`${seconds}.`).update(body).digest('hex');
}

/** The `Rolefit-Signature` header value for a body: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`. */
export function signWebhookPayload(input: SignWebhookPayloadInput): string {
  const fn = 'SignWebhookPayloadInput';
  rejectUnknownKeys(fn, input, { secret: true, body: true, timestamp: true }, { required: true });
  checkTextArgument(fn, 'secret', input.secret);
  checkTextArgument(fn, 'body', input.body);
  checkDate(fn, 'timestamp', input.timestamp);
  const seconds = Math.floor((input.timestamp ?? new Date()).getTime() / 1000);
  return `t=${seconds},v1=${digest(input.secret, seconds, input.body)}`;
}

/** What a receiver checks with {@link verifyWebhookSignature}. */
export interface VerifyWebhookSignatureInput {
  secret: string;
  /** The raw request body, byte for byte as received (not re-serialised JSON). */
  body: string | Uint8Array;
  /** The `Rolefit-Signature` header as received. */
  header: string | readonly string[] | undefined;
  /** How far the signed time may be from `now`, in seconds (default 300); guards against replays. */
  toleranceSeconds?: number | undefined;
  /** The receiver's clock (default now). */
  now?: Date | undefined;
}

/** Why a signature was refused, or `ok`. */
export type WebhookSignatureCheck =
  | { ok: true; timestamp: Date }
  | { ok: false; reason: 'missing' | 'malformed' | 'mismatch' | 'expired' };

/**
 * Checks a `Rolefit-Signature` header against the raw body with the shared secret: the HMAC is compared in constant
 * time, and a timestamp further than `toleranceSeconds` from now is refused. Several `v1=` values (during a secret
 * rotation) are each tried.
 */
export function verifyWebhookSignature(input: VerifyWebhookSignatureInput): WebhookSignatureCheck {
  const fn = 'VerifyWebhookSignatureInput';
  const names = { secret: true, body: true, header: true, toleranceSeconds: true, now: true };
  rejectUnknownKeys(fn, input, names, { required: true });
  checkTextArgument(fn, 'secret', input.secret);
  if (typeof input.body !== 'string') checkBytesArgument(fn, 'body', input.body);
  if (input.header !== undefined && typeof input.header !== 'string' && !Array.isArray(input.header))
    throw invalidArgument(fn, 'header', `must be the header's string (or strings), got ${describeValue(input.header)}`);
  checkNumberSetting(fn, 'toleranceSeconds', input.toleranceSeconds, { min: 0 });
  checkDate(fn, 'now', input.now);
  const header = Array.isArray(input.header) ? input.header.join(',') : (input.header as string | undefined);
  if (!header) return { ok: false, reason: 'missing' };
  let seconds: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value = ''] = part.trim().split('=', 2) as [string, string?];
    if (key === 't' && /^\d{1,12}$/.test(value)) seconds = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value)) signatures.push(value.toLowerCase());
  }
  if (seconds === undefined || !signatures.length) return { ok: false, reason: 'malformed' };
  const body =
    typeof input.body === 'string'
      ? input.body
      : Buffer.from(input.body.buffer, input.body.byteOffset, input.body.byteLength).toString('utf8');
  const expected = Buffer.from(digest(input.secret, seconds, body), 'hex');
  // Every candidate is compared, so the time taken does not tell which one (or how much of it) matched.
  let matched = false;
  for (const signature of signatures) matched = timingSafeEqual(expected, Buffer.from(signature, 'hex')) || matched;
  if (!matched) return { ok: false, reason: 'mismatch' };
  const tolerance = input.toleranceSeconds ?? DEFAULT_SIGNATURE_TOLERANCE_SECONDS;
  const now = (input.now ?? new Date()).getTime() / 1000;
  if (Math.abs(now - seconds) > tolerance) return { ok: false, reason: 'expired' };
  return { ok: true, timestamp: new Date(seconds * 1000) };
}
