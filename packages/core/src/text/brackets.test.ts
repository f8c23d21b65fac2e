import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../testing/scaling.js';
import { textFrom } from '../testing/text-arbitrary.js';
import { finalParenthesis, LINE_TERMINATORS, replaceBracketed } from './brackets.js';

const BRACKET_TOKENS = [
  '(',
  ')',
  '[',
  ']',
  '((',
  '))',
  '[[',
  ']]',
  'a',
  'ab',
  ' ',
  '\n',
  '\r',
  '\u2028',
  'é',
  '\u{1f600}',
];
const PARENTHESES_AND_BRACKETS = [
  { open: '(', close: ')', notInside: '(' },
  { open: '[', close: ']' },
] as const;
const ANY_PARENTHESIS = [{ open: '(', close: ')', notInside: LINE_TERMINATORS }] as const;

describe('replaceBracketed', () => {
  it('replaces what the regex alternating its pairs replaces', () => {
    expect(replaceBracketed('Engineer (Node.js) [Remote]', PARENTHESES_AND_BRACKETS, ' ')).toBe('Engineer    ');
    expect(replaceBracketed('a (b (c) d) [e [f] g]', PARENTHESES_AND_BRACKETS, '_')).toBe('a (b _ d) _ g]');
    expect(replaceBracketed('a ((b) c\n(d) (e', ANY_PARENTHESIS, '_')).toBe('a _ c\n_ (e');
    expect(replaceBracketed('no brackets', ANY_PARENTHESIS, '_')).toBe('no brackets');
    fc.assert(
      fc.property(textFrom(BRACKET_TOKENS, 24), (text) => {
        expect(replaceBracketed(text, PARENTHESES_AND_BRACKETS, ' ')).toBe(text.replace(/\([^()]*\)|\[[^\]]*\]/g, ' '));
        expect(replaceBracketed(text, ANY_PARENTHESIS, ' ')).toBe(text.replace(/\(.*?\)/g, ' '));
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('answers a long run of brackets that never close, where the regexes retried from each one', () => {
    // '(' × 200,000: /\(.*?\)/g scanned to the end from each one (about 20 billion steps).
    expect(replaceBracketed('('.repeat(200_000), ANY_PARENTHESIS, ' ')).toBe('('.repeat(200_000));
    expect(replaceBracketed(`${'['.repeat(200_000)}]`, PARENTHESES_AND_BRACKETS, ' ')).toBe(' ');
  });
});

describe('finalParenthesis', () => {
  it('gives the captures of /^(.*?)\\s*\\(([^()]+)\\)$/', () => {
    expect(finalParenthesis('Acme Corp (Berlin)')).toEqual(['Acme Corp', 'Berlin']);
    expect(finalParenthesis('(HR)')).toEqual(['', 'HR']);
    expect(finalParenthesis('a\n(b)')).toEqual(['a', 'b']);
    expect(finalParenthesis('a\nb (c)')).toBeUndefined();
    expect(finalParenthesis('a ()')).toBeUndefined();
    fc.assert(
      fc.property(textFrom([...BRACKET_TOKENS, ' (x)', ')'], 20), (text) => {
        const match = /^(.*?)\s*\(([^()]+)\)$/.exec(text);
        expect(finalParenthesis(text)).toEqual(match ? [match[1], match[2]] : undefined);
      }),
      { numRuns: propertyRuns() },
    );
  });
});
