import { type CrawlProgressEvent, isValidationError } from '@rolefit/core';
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

  it('takes a limit that is a number >= 0 (0: full at once; Infinity: none) and refuses another, naming limit', () => {
    expect(createCrawlTally('board', { limit: 0 }).full).toBe(true);
    expect(createCrawlTally('board', { limit: Number.POSITIVE_INFINITY }).full).toBe(false);
    // NaN was no limit at all, -1 a crawl full at once: a caller's miscount passed without a word.
    for (const limit of [Number.NaN, -1, '3', Number.NEGATIVE_INFINITY]) {
      let error: unknown;
      try {
        createCrawlTally('board', { limit: limit as number });
      } catch (caught) {
        error = caught;
      }
      expect(isValidationError(error), String(limit)).toBe(true);
      expect((error as Error).message).toMatch(/^Invalid CrawlOptions: limit: must be a number ≥ 0, got /);
    }
    // A fraction counts as its whole part, as a page's limit does (1.5 let two items through).
    const fractional = createCrawlTally('board', { limit: 1.5 });
    fractional.item('a');
    expect(fractional.full).toBe(true);
  });

  it('maps a record, or reports the described error and gives undefined', () => {
    const events: CrawlProgressEvent[] = [];
    const tally = createCrawlTally('board', { onProgress: (event) => events.push(event) });
    expect(
      tally.map(
        () => 42,
        () => new Error('unused'),
      ),
    ).toBe(42);
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

  it('yields a newest-first page up to the limit, skips failures and old items, and says when it met an old one', () => {
    const events: CrawlProgressEvent[] = [];
    const since = new Date('2026-01-10');
    const records = [
      { id: 'a', day: '2026-01-20' },
      { id: 'broken' },
      { id: 'b', day: '2026-01-05' },
      { id: 'c', day: '2026-01-15' }, // out of order, still new enough
      { id: 'd', day: '2026-01-12' },
    ];
    const map = (record: unknown) => {
      const { id, day } = record as { id: string; day?: string };
      if (day === undefined) throw new Error('no date');
      return { id, postedAt: new Date(day) };
    };
    const describe = (record: unknown, error: unknown) =>
      new Error(`${(record as { id: string }).id}: ${(error as Error).message}`);
    const run = (limit?: number) => {
      const tally = createCrawlTally('board', { since, limit, onProgress: (event) => events.push(event) });
      const page = tally.newestFirst(records, map, describe, 'https://board.example/1');
      const yielded: string[] = [];
      let step = page.next();
      while (!step.done) {
        yielded.push(step.value.id);
        step = page.next();
      }
      return { yielded, reachedOlder: step.value, tally };
    };
    const all = run();
    expect(all).toMatchObject({ yielded: ['a', 'c', 'd'], reachedOlder: true });
    expect([all.tally.items, all.tally.errors]).toEqual([3, 1]);
    expect(events.find((event) => event.type === 'error')).toMatchObject({ error: { message: 'broken: no date' } });
    // The limit stops the page before the old item is seen.
    expect(run(1)).toMatchObject({ yielded: ['a'], reachedOlder: false });
    const aborted = createCrawlTally('board', {}).newestFirst(records, map, describe, 'u', AbortSignal.abort());
    expect(() => aborted.next()).toThrow();
  });
});

describe('CrawlTally.unseen', () => {
  it('keeps what no earlier page had and counts the new ids; a repeated page brings nothing new', () => {
    const tally = createCrawlTally('board', {});
    const idOf = (record: { id?: string }) => record.id;
    const first = tally.unseen([{ id: 'a' }, { id: 'b' }, { id: 'a' }, {}], idOf);
    expect(first).toEqual({ records: [{ id: 'a' }, { id: 'b' }, {}], newIds: 2 });
    const second = tally.unseen([{ id: 'b' }, { id: 'c' }], idOf);
    expect(second).toEqual({ records: [{ id: 'c' }], newIds: 1 });
    // The same page again, and a page of records without ids: nothing new (the id-less records are kept for reporting).
    expect(tally.unseen([{ id: 'a' }, { id: 'b' }, { id: 'c' }], idOf)).toEqual({ records: [], newIds: 0 });
    expect(tally.unseen([{}, {}], idOf)).toEqual({ records: [{}, {}], newIds: 0 });
    // A new crawl has its own memory.
    expect(createCrawlTally('board', {}).unseen([{ id: 'a' }], idOf).newIds).toBe(1);
  });

  it('reports a record that fails to map with an error that has no stack trace, keeping the cause', () => {
    const events: CrawlProgressEvent[] = [];
    const tally = createCrawlTally('board', { onProgress: (event) => events.push(event) });
    const cause = new TypeError('no title');
    tally.map(
      () => {
        throw cause;
      },
      (error) => new Error(`record 1: ${(error as Error).message}`, { cause: error }),
    );
    const [event] = events;
    expect(event?.type === 'error' && event.error.stack).toBe('Error: record 1: no title');
    expect(event?.type === 'error' && event.error.cause).toBe(cause);
  });
});
