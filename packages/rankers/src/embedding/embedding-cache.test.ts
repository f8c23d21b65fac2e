import { ValidationError } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { createMemoryEmbeddingCache, embeddingKey } from './embedding-cache.js';

const vector = (value: number) => Float32Array.of(value, value);

describe('embeddingKey', () => {
  it('differs by model, kind and text, and is the same for the same three', () => {
    const key = embeddingKey('model-a', 'query', 'Python developer');
    expect(embeddingKey('model-a', 'query', 'Python developer')).toBe(key);
    expect(
      new Set([
        key,
        embeddingKey('model-b', 'query', 'Python developer'),
        embeddingKey('model-a', 'passage', 'Python developer'),
        embeddingKey('model-a', 'query', 'Python developers'),
        // The parts are kept apart: moving a character from one part to the next is another key.
        embeddingKey('model-aq', 'uery', 'Python developer'),
      ]).size,
    ).toBe(5);
  });
});

describe('createMemoryEmbeddingCache', () => {
  it('gives back what was put, undefined for keys it never had', async () => {
    const cache = createMemoryEmbeddingCache();
    await cache.putEmbeddings([{ key: 'a', vector: vector(1) }]);
    expect(await cache.getEmbeddings(['a', 'b'])).toEqual([vector(1), undefined]);
    expect(cache.size).toBe(1);
  });

  it('forgets the least recently used entry first once past maxEntries (a read counts as a use)', async () => {
    const cache = createMemoryEmbeddingCache(2);
    await cache.putEmbeddings([
      { key: 'a', vector: vector(1) },
      { key: 'b', vector: vector(2) },
    ]);
    await cache.getEmbeddings(['a']);
    await cache.putEmbeddings([{ key: 'c', vector: vector(3) }]);
    expect(cache.size).toBe(2);
    expect(await cache.getEmbeddings(['a', 'b', 'c'])).toEqual([vector(1), undefined, vector(3)]);
    // Putting a key again replaces its vector and makes it the most recent.
    await cache.putEmbeddings([{ key: 'a', vector: vector(4) }]);
    await cache.putEmbeddings([{ key: 'd', vector: vector(5) }]);
    expect(await cache.getEmbeddings(['a', 'c', 'd'])).toEqual([vector(4), undefined, vector(5)]);
  });

  it('refuses a maxEntries that is no whole number ≥ 1, naming it', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '10' as never]) {
      expect(() => createMemoryEmbeddingCache(bad)).toThrow(ValidationError);
      expect(() => createMemoryEmbeddingCache(bad)).toThrow(
        /createMemoryEmbeddingCache: maxEntries: must be a whole number ≥ 1/,
      );
    }
  });
});
