import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhookPayload, verifyWebhookSignature } from './signature.js';

const secret = 'whsec_test';
const body = '{"type":"rolefit.matches","subjectId":"ada"}';
const at = new Date('2026-12-04T08:00:00Z');

describe('signWebhookPayload / verifyWebhookSignature', () => {
  it('signs t=<seconds>,v1=<HMAC-SHA256 of "<t>.<body>"> as documented', () => {
    const header = signWebhookPayload({ secret, body, timestamp: at });
    const seconds = at.getTime() / 1000;
    expect(header).toBe(`t=${seconds},v1=${createHmac('sha256', secret).update(`${seconds}.${body}`).digest('hex')}`);
    expect(verifyWebhookSignature({ secret, body, header, now: at })).toEqual({ ok: true, timestamp: at });
    expect(
      verifyWebhookSignature({
        secret,
        body: new TextEncoder().encode(body),
        header,
        now: new Date(at.getTime() + 299_000),
      }).ok,
    ).toBe(true);
  });

  it('names a timestamp or now that is no real time (an Invalid Date, a Date look-alike) as a ValidationError', () => {
    for (const bad of [new Date(Number.NaN), Object.create(Date.prototype), '2026-12-04']) {
      expect(() => signWebhookPayload({ secret, body, timestamp: bad })).toThrow(
        'Invalid SignWebhookPayloadInput: timestamp: must be a valid Date',
      );
      const header = signWebhookPayload({ secret, body, timestamp: at });
      expect(() => verifyWebhookSignature({ secret, body, header, now: bad })).toThrow(
        'Invalid VerifyWebhookSignatureInput: now: must be a valid Date',
      );
    }
  });

  it('refuses a changed body, another secret, an old timestamp and malformed headers, saying why', () => {
    const header = signWebhookPayload({ secret, body, timestamp: at });
    expect(verifyWebhookSignature({ secret, body: body.replace('ada', 'eve'), header, now: at })).toEqual({
      ok: false,
      reason: 'mismatch',
    });
    expect(verifyWebhookSignature({ secret: 'other', body, header, now: at })).toEqual({
      ok: false,
      reason: 'mismatch',
    });
    expect(verifyWebhookSignature({ secret, body, header, now: new Date(at.getTime() + 301_000) })).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(verifyWebhookSignature({ secret, body, header: undefined })).toEqual({ ok: false, reason: 'missing' });
    expect(verifyWebhookSignature({ secret, body, header: 't=abc,v1=00' })).toEqual({ ok: false, reason: 'malformed' });
    // A signature of the right length that is not the right one.
    expect(
      verifyWebhookSignature({ secret, body, header: `t=${at.getTime() / 1000},v1=${'0'.repeat(64)}`, now: at }),
    ).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('accepts any of several v1 values (secret rotation)', () => {
    const [time, good] = signWebhookPayload({ secret, body, timestamp: at }).split(',');
    expect(verifyWebhookSignature({ secret, body, header: `${time},v1=${'a'.repeat(64)},${good}`, now: at }).ok).toBe(
      true,
    );
  });
});
