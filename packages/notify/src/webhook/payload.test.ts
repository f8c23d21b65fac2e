import { parseJob, parseMatch, type Notification } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { buildSlackPayload, buildWebhookPayload, matchIdempotencyKey, notificationIdempotencyKey } from './payload.js';

const notificationOf = (count: number, subjectId = 'ada'): Notification => ({
  subjectId,
  createdAt: new Date('2026-12-04T08:00:00Z'),
  matches: Array.from({ length: count }, (_, index) => ({
    job: parseJob({ id: `j${index}`, source: 'board', title: `Role ${index}` }),
    match: parseMatch({ jobId: `j${index}`, score: 0.5, ranker: 'test' }),
  })),
});

describe('webhook payloads', () => {
  it('keys a delivery by person and job set, in any order, and each match by person and job', () => {
    const forward = notificationOf(3);
    const reversed = { ...forward, matches: [...forward.matches].reverse(), createdAt: new Date() };
    expect(notificationIdempotencyKey(reversed)).toBe(notificationIdempotencyKey(forward));
    expect(notificationIdempotencyKey(notificationOf(3, 'bo'))).not.toBe(notificationIdempotencyKey(forward));
    expect(notificationIdempotencyKey(notificationOf(2))).not.toBe(notificationIdempotencyKey(forward));
    expect(buildWebhookPayload(forward).matches.map((match) => match.idempotencyKey)).toEqual(
      ['j0', 'j1', 'j2'].map((id) => matchIdempotencyKey('ada', id)),
    );
    expect(matchIdempotencyKey('ada', 'j1')).toMatch(/^[0-9a-f]{32}$/);
  });

  it("keeps a Slack message within Slack's 50 blocks, counting the matches it leaves out", () => {
    const payload = buildSlackPayload(notificationOf(60));
    expect(payload.blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(payload.blocks.at(-1))).toContain('and 15 more');
    expect(payload.text.split('\n')[0]).toBe('60 new job matches for ada');
  });
});
