import { describe, expect, it } from 'vitest';
import { escapeRegExp, matchesOf } from './regexp.js';

describe('escapeRegExp', () => {
  it('makes a pattern that matches the text literally', () => {
    const text = 'C++ (v1.2) [beta] $5 ^x | a*b? {3} \\d';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('a.c')).test('abc')).toBe(false);
  });
});

describe('matchesOf', () => {
  const plain = (matches: RegExpExecArray[]) => matches.map((match) => [match.index, [...match], { ...match.groups }]);

  it('gives the matches matchAll gives, empty ones and astral characters included, and leaves lastIndex at 0', () => {
    const cases: [string, RegExp][] = [
      ['BS, MS and PhD in CS', /(?<degree>[A-Z][a-zA-Z]+)/g],
      ['a😀b', /x*/gu],
      ['a😀b', /x*/g],
      ['a😀b', new RegExp('(?:)', 'gv')],
      ['', /x*/g],
      ['no match here', /\d+/giu],
    ];
    for (const [text, pattern] of cases) {
      expect(plain(matchesOf(text, pattern))).toEqual(plain([...text.matchAll(pattern)] as RegExpExecArray[]));
      expect(pattern.lastIndex).toBe(0);
    }
  });

  it('collects every match before the caller reads one, so the caller may use the pattern again', () => {
    const pattern = /\d/g;
    const seen: string[] = [];
    for (const match of matchesOf('1 2 3', pattern)) {
      expect(matchesOf('x9', pattern).map((inner) => inner[0])).toEqual(['9']);
      seen.push(match[0]);
    }
    expect(seen).toEqual(['1', '2', '3']);
  });

  it('refuses a pattern without the g flag, as matchAll does', () => {
    expect(() => matchesOf('abc', /b/)).toThrow(TypeError);
  });
});
