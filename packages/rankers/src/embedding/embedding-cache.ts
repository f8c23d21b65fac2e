import { createHash } from 'node:crypto';
import type { EmbeddingCache } from '@rolefit/core';
import { checkNumberSetting } from '@rolefit/core/internal';

/** The cache key of a text: a SHA-256 of the model identity, the kind (query/passage) and the text. */
export function embeddingKey(modelKey: string, kind: string, text: string): string {
  return createHash('sha256')
    .update(modelKey)
    .update('\u0000')
    .update(kind)
    .update('\u0000')
    .update(text)
    .digest('base64url');
}

/** A bounded in-memory EmbeddingCache that forgets the least recently used entries first. */
export function createMemoryEmbeddingCache(maxEntries = 50_000): EmbeddingCache & { readonly size: number } {
  checkNumberSetting('createMemoryEmbeddingCache', 'maxEntries', maxEntries, { integer: true, min: 1 });
  const entries = new Map<string, Float32Array>();
  return {
    get size() {
      return entries.size;
    },
    async getEmbeddings(keys) {
      return keys.map((key) => {
        const vector = entries.get(key);
        if (vector) {
          // Re-insert so Map order tracks recency.
          entries.delete(key);
          entries.set(key, vector);
        }
        return vector;
      });
    },
    async putEmbeddings(items) {
      for (const { key, vector } of items) {
        entries.delete(key);
        entries.set(key, vector);
      }
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
  };
}
