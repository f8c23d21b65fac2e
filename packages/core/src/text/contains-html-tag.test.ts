import { describe, expect, it } from 'vitest';
import { containsHtmlTag } from './normalize.js';

describe('containsHtmlTag', () => {
  it('finds a tag\'s opening as /<[a-z/!]/i did, for every UTF-16 code unit after the "<"', () => {
    const disagreements: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const character = String.fromCharCode(unit);
      if (containsHtmlTag(`<${character}>`) !== /<[a-z/!]/i.test(`<${character}`)) disagreements.push(unit);
    }
    expect(disagreements).toEqual([]);
  });

  it('needs a ">" after the first opening, however many "<" come before it', () => {
    expect(containsHtmlTag('a < b and 3<4 then <br>')).toBe(true);
    expect(containsHtmlTag('a < b and 3<4 then <br')).toBe(false);
    expect(containsHtmlTag('x > y, then <b')).toBe(false);
    expect(containsHtmlTag('<>')).toBe(false);
    expect(containsHtmlTag('<a>')).toBe(true);
    expect(containsHtmlTag('<!-- c -->')).toBe(true);
    expect(containsHtmlTag('</p>')).toBe(true);
    expect(containsHtmlTag('<\u000f>')).toBe(false);
    expect(containsHtmlTag('<\u0001>')).toBe(false);
  });
});
