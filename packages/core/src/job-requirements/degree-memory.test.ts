import { describe, expect, it } from 'vitest';
import { heapKeptAfter, lineOfLongText } from '../testing/retained-heap.js';
import { findDegreeMentions } from './degrees.js';

describe('findDegreeMentions remembering short texts', () => {
  it('keeps no more than the lines it remembers, not the long texts they were cut from', () => {
    // 64 education lines cut from distinct texts of 1,000,000 characters: remembered as cut, each held its whole text
    // (about 64 MB). Each line names a bachelor's degree.
    const kept = heapKeptAfter(64, (index) => {
      const line = lineOfLongText(`Bachelor of Science in Biology ${index} Hill College`, 1_000_000);
      expect(findDegreeMentions(line, { mode: 'education' })[0]?.level).toBe('bachelor');
    });
    expect(kept).toBeLessThan(8_000_000);
  });
});
