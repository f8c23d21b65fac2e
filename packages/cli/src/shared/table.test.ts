import { describe, expect, it } from 'vitest';
import { clip, formatTable, printable } from './table.js';

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

  it('prints no terminal controls: escape sequences, BEL, C1 and bidirectional overrides become U+FFFD', () => {
    // A JSON Lines line of these bytes was quoted in JSON.parse's error, which rolefit crawl printed raw: the terminal
    // took '\x1b]0;PWNED\x07' as a new window title and '\x1b[2J' as clearing the screen.
    expect(printable('a\x1b]0;PWNED\x07b\x1b[2J\u009b31m\u202Eevil\tok\n')).toBe(
      'a\uFFFD]0;PWNED\uFFFDb\uFFFD[2J\uFFFD31m\uFFFDevil\tok\n',
    );
    expect(clip('Engineer\x1b[31m', 40)).toBe('Engineer\uFFFD[31m');
    expect(formatTable([{ title: '\x1b[2JJob' }])).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
  });
});
