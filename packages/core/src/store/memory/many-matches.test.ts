import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './index.js';

// More matches than a function call takes arguments (~120,000 on Node's default stack): addMatches spread them into
// push() and threw "RangeError: Maximum call stack size exceeded". Hand-written matches.
describe('MemoryStore.addMatches with 130,000 matches in one call', () => {
  it('keeps every one of them', async () => {
    const store = createMemoryStore();
    const matches = Array.from({ length: 130_000 }, (_, index) => ({ jobId: `job-${index}`, score: 0.5, ranker: 't' }));
    await store.addMatches('subject', matches);
    const listed = await store.listMatches('subject');
    expect(listed).toHaveLength(130_000);
    expect(listed.map((match) => match.jobId).sort()).toEqual(matches.map((match) => match.jobId).sort());
  });
});
