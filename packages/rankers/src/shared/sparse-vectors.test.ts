import { describe, expect, it } from 'vitest';
import { centroid, cosine, dot, inverseDocumentFrequencies, norm, unit } from './sparse-vectors.js';

const vector = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('sparse vectors', () => {
  it('computes dot products, lengths and cosines over the shared features only', () => {
    const left = vector({ a: 3, b: 4 });
    const right = vector({ b: 2, c: 7 });
    expect(dot(left, right)).toBe(8);
    expect(dot(right, left)).toBe(8);
    expect(norm(left)).toBe(5);
    expect(cosine(left, right)).toBeCloseTo(8 / (5 * Math.hypot(2, 7)), 12);
    expect(cosine(left, new Map())).toBe(0);
  });

  it('scales to unit length without touching the input, and leaves an empty vector empty', () => {
    const input = vector({ a: 3, b: 4 });
    expect([...unit(input)]).toEqual([
      ['a', 0.6],
      ['b', 0.8],
    ]);
    expect(input.get('a')).toBe(3);
    expect(unit(new Map()).size).toBe(0);
  });

  it('averages vectors and weighs rare features up', () => {
    expect([...centroid([vector({ a: 1 }), vector({ a: 3, b: 2 })])]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    const idf = inverseDocumentFrequencies([new Set(['a', 'b']), new Set(['a'])]);
    expect(idf.get('a')).toBeCloseTo(Math.log(3 / 3) + 1, 12);
    expect(idf.get('b')).toBeCloseTo(Math.log(3 / 2) + 1, 12);
  });
});
