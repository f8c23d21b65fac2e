import { describe, expect, it } from 'vitest';
import { clip, formatTable } from './table.js';

describe('formatTable', () => {
  it('aligns columns to their widest cell, cuts long cells with an ellipsis, and says when there are no rows', () => {
    const table = formatTable(
      [
        { a: '1', why: 'short' },
        { a: '22', why: 'a much longer reason\nover two lines' },
      ],
      { why: 12 },
    );
    expect(table).toBe('a   why\n--  ------------\n1   short\n22  a much long…\n');
    expect(formatTable([], {}, '(none)\n')).toBe('(none)\n');
  });

  it('clips on one line', () => {
    expect(clip('  a\n b  ', 10)).toBe('a b');
    expect(clip('abcdef', 4)).toBe('abc…');
  });
});
