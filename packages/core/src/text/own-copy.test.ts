import { describe, expect, it } from 'vitest';
import { heapKeptAfter, lineOfLongText } from '../testing/retained-heap.js';
import { ownCopy } from './own-copy.js';

describe('ownCopy', () => {
  it('is the same text', () => {
    for (const text of ['', 'a', 'Bachelor of Science in Biology', 'é’ \u{1f600} tab\there', 'x'.repeat(10_000)])
      expect(ownCopy(text)).toBe(text);
  });

  it('keeps none of the long text a line was cut from, where the line itself keeps it all', () => {
    // 64 lines cut from texts of 1,000,000 characters: the lines hold about 64 MB, their copies about nothing.
    const line = (index: number) => lineOfLongText(`Bachelor of Science in Biology ${index} Hill College`, 1_000_000);
    const copies: string[] = [];
    expect(heapKeptAfter(64, (index) => copies.push(ownCopy(line(index))))).toBeLessThan(8_000_000);
    const cut: string[] = [];
    expect(heapKeptAfter(64, (index) => cut.push(line(index)))).toBeGreaterThan(32_000_000);
    expect(copies).toEqual(cut);
  });
});
