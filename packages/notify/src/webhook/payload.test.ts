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

  it("keeps each Slack section within 3,000 characters without cutting an entity, a link's '>' or a surrogate pair", () => {
    const sectionOf = (title: string, extra: Record<string, unknown> = {}) => {
      const notification: Notification = {
        subjectId: 'ada',
        createdAt: new Date('2026-12-04T08:00:00Z'),
        matches: [
          {
            job: parseJob({ id: 'j1', source: 'board', title, url: 'https://jobs.example.com/j1', ...extra }),
            match: parseMatch({ jobId: 'j1', score: 0.5, ranker: 'test' }),
          },
        ],
      };
      const block = buildSlackPayload(notification).blocks[1] as { text: { text: string } };
      return block.text.text;
    };
    // Titles and companies are at most 1,000 characters, but '&' escapes to five: cut as a whole line, the link lost its '>'.
    for (const title of ['R&D '.repeat(250), '&'.repeat(1_000), `${'a'.repeat(299)}😀😀`]) {
      const text = sectionOf(title, { company: 'A&B <Labs>'.repeat(100) });
      expect(text.length).toBeLessThanOrEqual(3_000);
      expect(text).toMatch(/^\*<https:\/\/jobs\.example\.com\/j1\|[^>]*…>\* \(score 0\.50\)\n/);
      // Without the link's own brackets and the three entities, no '&', '<' or '>' is left: no entity was cut.
      const body = text.replace(/^\*<[^|]*\|/, '').replace('>* (score', '* (score');
      expect(body.replace(/&(?:amp|lt|gt);/g, '')).not.toMatch(/[&<>]/);
      expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
    // A short title is written whole, as before.
    expect(sectionOf('Data & Analytics Lead')).toBe(
      '*<https://jobs.example.com/j1|Data &amp; Analytics Lead>* (score 0.50)',
    );
  });
});
