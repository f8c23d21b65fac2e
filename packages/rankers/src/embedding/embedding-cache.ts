import { createHash } from 'node:crypto';
import type { EmbeddingCache } from '@rolefit/core';
import {
  checkListArgument,
  checkNumberSetting,
  checkRecordArgument,
  checkTextArgument,
  describeValue,
  invalidArgument,
} from '@rolefit/core/internal';

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
      // Arguments of the wrong kind were TypeErrors from inside ("keys.map is not a function", "items is not iterable").
      checkListArgument('EmbeddingCache.getEmbeddings', 'keys', keys, 'a list of keys');
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
      checkListArgument<unknown>('EmbeddingCache.putEmbeddings', 'items', items, 'a list of { key, vector }').forEach(
        (item, index) => {
          const { key, vector } = checkRecordArgument(
            'EmbeddingCache.putEmbeddings',
            `items.${index}`,
            item,
            '{ key, vector }',
          );
          checkTextArgument('EmbeddingCache.putEmbeddings', `items.${index}.key`, key);
          if (!(vector instanceof Float32Array))
            throw invalidArgument(
              'EmbeddingCache.putEmbeddings',
              `items.${index}.vector`,
              `must be a Float32Array, got ${describeValue(vector)}`,
            );
        },
      );
      for (const { key, vector } of items) {
        entries.delete(key);
        entries.set(key, vector);
      }
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
  };
}
