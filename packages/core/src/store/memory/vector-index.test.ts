import { describe, expect, it } from 'vitest';
import { createInt8Dot } from './int8-dot.js';
import { VectorIndex } from './vector-index.js';

/** Reproducible vectors around a few dozen centres, as embeddings of similar postings are (xorshift, no dependency). */
function clustered(index: number, dimensions: number): Float32Array {
  let centre = (index % 37) * 2654435761 + 1;
  let noise = index * 40503 + 11;
  const vector = new Float32Array(dimensions);
  for (let position = 0; position < dimensions; position += 1) {
    centre ^= centre << 13;
    centre ^= centre >>> 17;
    centre ^= centre << 5;
    noise ^= noise << 13;
    noise ^= noise >>> 17;
    noise ^= noise << 5;
    vector[position] = (centre >>> 0) / 4294967295 - 0.5 + 0.6 * ((noise >>> 0) / 4294967295 - 0.5);
  }
  return vector;
}

describe('int8 dot kernel', () => {
  it('gives the same dot products in WebAssembly SIMD and in JavaScript', () => {
    // Node 20 and later have WebAssembly SIMD: the module this file builds (its numbers in core's varints) validates.
    expect(createInt8Dot().simd).toBe(true);
    const results = [false, true].map((forceJavaScript) => {
      const kernel = createInt8Dot(forceJavaScript);
      const stride = 48;
      const rows = 5;
      kernel.memory.grow(1);
      const bytes = new Int8Array(kernel.memory.buffer);
      const query = new Int16Array(kernel.memory.buffer, 0, stride);
      for (let index = 0; index < stride; index += 1) query[index] = ((index * 37) % 255) - 127;
      for (let index = 0; index < rows * stride; index += 1) bytes[1024 + index] = ((index * 91) % 255) - 127;
      kernel.dots(0, 1024, rows, stride, 4096);
      return [...new Int32Array(kernel.memory.buffer, 4096, rows)];
    });
    const expected = Array.from({ length: 5 }, (_, row) => {
      let sum = 0;
      for (let column = 0; column < 48; column += 1)
        sum += ((((row * 48 + column) * 91) % 255) - 127) * (((column * 37) % 255) - 127);
      return sum;
    });
    expect(results[0]).toEqual(expected);
    expect(results[1]).toEqual(expected);
  });
});

describe('VectorIndex int8 scan with float32 re-score', () => {
  const dimensions = 72; // not a multiple of 16: rows are zero-padded
  const build = (forceJavaScript = false) => {
    const index = new VectorIndex(100, forceJavaScript);
    for (let number = 0; number < 6000; number += 1) index.set(`job-${number}`, clustered(number, dimensions));
    return index;
  };

  it('finds the exact top 10 on at least 95% of places (recall@10 against exact float32 cosine)', () => {
    const index = build();
    let found = 0;
    const queries = 30;
    for (let query = 0; query < queries; query += 1) {
      const vector = clustered(1_000_003 + query * 7, dimensions);
      const exact = index.search(vector, 10, undefined, { exact: true });
      const approximate = index.search(vector, 10);
      const ids = new Set(exact.map((hit) => hit.id));
      found += approximate.filter((hit) => ids.has(hit.id)).length;
      // Re-scored in float32: a hit's score is its exact cosine.
      for (const hit of approximate) {
        const twin = exact.find((candidate) => candidate.id === hit.id);
        if (twin) expect(hit.score).toBeCloseTo(twin.score, 6);
      }
    }
    expect(found / (10 * queries)).toBeGreaterThanOrEqual(0.95);
  });

  it('applies the filter while scanning, and the JavaScript fallback gives the same answer', () => {
    const simd = build();
    const plain = build(true);
    const query = clustered(42, dimensions);
    const even = (id: string) => Number(id.slice(4)) % 2 === 0;
    const hits = simd.search(query, 10, even);
    expect(hits).toHaveLength(10);
    expect(hits.every((hit) => even(hit.id))).toBe(true);
    expect(plain.search(query, 10, even)).toEqual(hits);
  });

  it('keeps search right after deletes move rows, and after a snapshot copy is taken', () => {
    const index = build();
    const parts = index.snapshotParts();
    const first = parts.float32[0]!;
    if (!(first instanceof Uint8Array)) throw new Error('an index built in memory has its rows in memory');
    const before = first.slice();
    for (let number = 0; number < 6000; number += 3) index.delete(`job-${number}`);
    expect(index.size).toBe(4000);
    // The snapshot's parts did not change under it (copy on write).
    expect(Buffer.from(first).equals(Buffer.from(before))).toBe(true);
    const query = clustered(5, dimensions);
    const exact = index.search(query, 10, undefined, { exact: true });
    expect(index.search(query, 10).map((hit) => hit.id)).toEqual(exact.map((hit) => hit.id));
    expect(index.search(query, 10).some((hit) => Number(hit.id.slice(4)) % 3 === 0)).toBe(false);
    expect(index.get('job-1')).toHaveLength(dimensions);
    expect(index.get('job-0')).toBeUndefined();
  });
});
