import type { CrawlProgressEvent } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { createCrawlTally } from './index.js';

describe('createCrawlTally', () => {
  it('counts pages, items and errors and reports each, then the totals', () => {
    const events: CrawlProgressEvent[] = [];
    const tally = createCrawlTally('board', { onProgress: (event) => events.push(event) });
    tally.page('https://board.example/1', 2);
    tally.item('board:1');
    tally.error(new Error('bad record'), 'https://board.example/1');
    tally.page(undefined, 0);
    tally.done();
    expect([tally.pages, tally.items, tally.errors]).toEqual([2, 1, 1]);
    expect(events.map((event) => event.type)).toEqual(['page', 'item', 'error', 'page', 'done']);
    expect(events[0]).toEqual({ type: 'page', source: 'board', url: 'https://board.example/1', page: 1, items: 2 });
    expect(events[3]).toEqual({ type: 'page', source: 'board', page: 2, items: 0 });
    expect(events[4]).toEqual({ type: 'done', source: 'board', pages: 2, items: 1, errors: 1 });
  });

  it('is full once the limit is reached, and never without a limit', () => {
    const limited = createCrawlTally('board', { limit: 2 });
    limited.item('a');
    expect(limited.full).toBe(false);
    limited.item('b');
    expect(limited.full).toBe(true);
    const open = createCrawlTally('board', {});
    for (let index = 0; index < 1000; index++) open.item(String(index));
    expect(open.full).toBe(false);
  });

  it('maps a record, or reports the described error and gives undefined', () => {
    const events: CrawlProgressEvent[] = [];
    const tally = createCrawlTally('board', { onProgress: (event) => events.push(event) });
    expect(tally.map(() => 42, () => new Error('unused'))).toBe(42);
    const failed = tally.map(
      () => {
        throw new TypeError('no title');
      },
      (error) => new Error(`record 7: ${(error as Error).message}`, { cause: error }),
      'https://board.example/2',
    );
    expect(failed).toBeUndefined();
    expect(tally.errors).toBe(1);
    const event = events[0];
    expect(event?.type === 'error' && event.error.message).toBe('record 7: no title');
    expect(event?.type === 'error' && event.url).toBe('https://board.example/2');
  });

  it('says a posting is older than since only when both dates are known', () => {
    const since = new Date('2026-01-10T00:00:00Z');
    const tally = createCrawlTally('board', { since });
    expect(tally.olderThanSince(new Date('2026-01-09T23:59:59Z'))).toBe(true);
    expect(tally.olderThanSince(since)).toBe(false);
    expect(tally.olderThanSince(undefined)).toBe(false);
    expect(createCrawlTally('board', {}).olderThanSince(new Date(0))).toBe(false);
  });
});
