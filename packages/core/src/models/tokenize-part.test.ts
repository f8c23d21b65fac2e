import { describe, expect, it } from 'vitest';
import { tokenizeLeading, tokenizeTrailing } from './tokenize-part.js';

// A hand-written tokenizer: one token per `span` characters, numbered by its place in the text it is given (so the
// tokens of a text's end are 0, 1, … too); it records how many characters it was asked to read.
const counting = (span: number) => {
  const asked: number[] = [];
  const tokenize = (text: string) => {
    asked.push(text.length);
    return Array.from({ length: Math.ceil(text.length / span) }, (_, index) => index);
  };
  return { asked, tokenize };
};

describe('tokenizeLeading', () => {
  it('tokenises only the start of a long text that the tokens need (fuzz round 11: llama.cpp is quadratic on a run)', () => {
    const { asked, tokenize } = counting(1);
    expect(tokenizeLeading(tokenize, 'x'.repeat(1_000_000), 100)).toEqual([...Array(100).keys()]);
    expect(asked).toEqual([(100 + 16) * 8]);
  });

  it('reads twice as much again while too few tokens came out, and a short text whole', () => {
    const long = counting(20);
    expect(tokenizeLeading(long.tokenize, 'x'.repeat(1_000_000), 100)).toEqual([...Array(100).keys()]);
    expect(long.asked).toEqual([928, 1856, 3712]);
    const short = counting(1);
    expect(tokenizeLeading(short.tokenize, 'abc', 100)).toEqual([0, 1, 2]);
    expect(short.asked).toEqual([3]);
    expect(tokenizeLeading(short.tokenize, 'abc', 0)).toEqual([]);
  });
});

describe('tokenizeTrailing', () => {
  it('tokenises only the end of a long text that the last tokens need', () => {
    const { asked, tokenize } = counting(1);
    const tokens = tokenizeTrailing(tokenize, 'x'.repeat(1_000_000), 100);
    expect(tokens).toHaveLength(100);
    // The last 100 of the 928 tokens of the text's last 928 characters.
    expect(tokens[0]).toBe(928 - 100);
    expect(asked).toEqual([(100 + 16) * 8]);
  });

  it('reads twice as much again while too few tokens came out, and keeps the end of a short text', () => {
    const long = counting(20);
    expect(tokenizeTrailing(long.tokenize, 'x'.repeat(1_000_000), 100)).toHaveLength(100);
    expect(long.asked).toEqual([928, 1856, 3712]);
    const short = counting(1);
    expect(tokenizeTrailing(short.tokenize, 'abcdef', 4)).toEqual([2, 3, 4, 5]);
    expect(tokenizeTrailing(short.tokenize, 'abc', 100)).toEqual([0, 1, 2]);
    expect(tokenizeTrailing(short.tokenize, 'abc', 0)).toEqual([]);
  });
});
