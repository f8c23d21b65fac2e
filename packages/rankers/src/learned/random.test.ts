import { describe, expect, it } from 'vitest';
import { hashString, shuffled } from './random.js';

describe('shuffled', () => {
  it('gives a copy holding the same items, the same order for the same seed, another for another seed', () => {
    const items = Array.from({ length: 50 }, (_, index) => index);
    const first = shuffled(items, 7);
    expect(items).toEqual(Array.from({ length: 50 }, (_, index) => index));
    expect([...first].sort((left, right) => left - right)).toEqual(items);
    expect(shuffled(items, 7)).toEqual(first);
    expect(shuffled(items, 8)).not.toEqual(first);
    expect(first).not.toEqual(items);
    expect(shuffled([], 1)).toEqual([]);
  });
});

describe('hashString', () => {
  it('is the 32-bit FNV-1a hash', () => {
    // Published FNV-1a test values: "" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
  });
});
