import { parseJob, parseMatch, type Notification } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderDigest } from './digest.js';

const notification: Notification = {
  subjectId: 'ada',
  createdAt: new Date('2026-12-04T08:00:00Z'),
  matches: [
    // The Job schema refuses such a URL; a Notification built by hand may still carry one.
    {
      job: { ...parseJob({ id: 'j1', source: 'board', title: 'Engineer "A"' }), url: 'javascript:alert(1)' },
      match: parseMatch({ jobId: 'j1', score: 0.8, ranker: 'test' }),
    },
    {
      job: parseJob({ id: 'j2', source: 'board', title: 'Engineer B' }),
      match: parseMatch({ jobId: 'j2', score: 0.6, ranker: 'test' }),
    },
  ],
};

describe('renderDigest', () => {
  it('links only web URLs, escapes every field, and counts what it leaves out', () => {
    const digest = renderDigest(notification, { maxMatches: 1, greetingName: 'Ada' });
    expect(digest.subject).toBe('2 new job matches for ada');
    expect(digest.html).not.toContain('href="javascript');
    expect(digest.html).toContain('Engineer &quot;A&quot;');
    expect(digest.html).not.toContain('Engineer B');
    expect(digest.text).toContain('Hello Ada');
    expect(digest.text).toContain('…and 1 more.');
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('keeps the subject one header line when the subject id holds line breaks or control characters (fuzz round 10)', () => {
    // bench/fuzz-inputs.mjs, notify target, seed 1 #3: the subject was '2 new job matches for person\r\nBcc: …'.
    const digest = renderDigest({ ...notification, subjectId: 'person\r\nBcc: x@example.com\u0000\u2028' });
    expect(digest.subject).toBe('2 new job matches for person Bcc: x@example.com ');
    expect(renderDigest(notification, { subject: 'Jobs\nfor you' }).subject).toBe('Jobs for you');
  });
});
