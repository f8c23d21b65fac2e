// The payload builders and the signature helpers refuse a notification or input of the wrong shape with a
// ValidationError naming the field. Before, `buildWebhookPayload(null)` was "Cannot read properties of null (reading
// 'matches')" and a notification whose match had no `missingSkills` failed halfway through the payload.
import { parseJob, parseMatch, type Notification } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderDigest } from '../email/digest.js';
import { buildSlackPayload, buildWebhookPayload, notificationIdempotencyKey } from './payload.js';
import { signWebhookPayload, verifyWebhookSignature } from './signature.js';

const job = parseJob({ id: 'j', source: 'test', title: 'Analyst', description: '' });
const match = parseMatch({ jobId: 'j', score: 0.5, ranker: 'test', matchedSkills: [], missingSkills: [] });
const notification: Notification = { subjectId: 'me', createdAt: new Date(0), matches: [{ job, match }] };

describe('a data argument of the wrong shape', () => {
  it('a notification: a ValidationError naming the field', () => {
    expect(() => buildWebhookPayload(null as never)).toThrow(
      'Invalid buildWebhookPayload: notification: must be a Notification, got null',
    );
    const { missingSkills: _, ...partial } = match;
    expect(() => buildWebhookPayload({ ...notification, matches: [{ job, match: partial as never }] })).toThrow(
      'notification.matches.0.match: must be a Match',
    );
    expect(() => buildSlackPayload({ ...notification, createdAt: '2026-01-01' as never })).toThrow(
      'notification.createdAt',
    );
    expect(() => renderDigest({ ...notification, matches: undefined as never })).toThrow('notification.matches');
    expect(() => notificationIdempotencyKey({ subjectId: 1 } as never)).toThrow('notification.subjectId');
    expect(() => escapeHtml(undefined as never)).toThrow('Invalid escapeHtml: text');
  });

  it('the signature input: a ValidationError naming the field', () => {
    expect(() => signWebhookPayload(null as never)).toThrow('Invalid SignWebhookPayloadInput: (root)');
    expect(() => signWebhookPayload({ secret: 's', body: { a: 1 } as never })).toThrow(
      'body: must be a string, got an object',
    );
    expect(() => verifyWebhookSignature({ secret: 's', body: '{}', header: 42 as never })).toThrow('header');
    const header = signWebhookPayload({ secret: 's', body: '{}', timestamp: new Date(0) });
    expect(verifyWebhookSignature({ secret: 's', body: '{}', header, now: new Date(0) })).toEqual({
      ok: true,
      timestamp: new Date(0),
    });
  });

  it('a valid notification builds as before', () => {
    expect(buildWebhookPayload(notification).matches.map((item) => item.jobId)).toEqual(['j']);
  });
});
