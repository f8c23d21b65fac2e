import { isValidationError } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { createEmbeddingRanker, createTransformersEmbedder } from './index.js';

describe('createEmbeddingRanker', () => {
  it('refuses an unknown setting, naming the nearest known one (issue #17, item 6)', () => {
    const embedder = {
      name: 'fake',
      dimensions: 2,
      embed: async (texts: readonly string[]) => texts.map(() => new Float32Array(2)),
    };
    let caught: unknown;
    try {
      createEmbeddingRanker({ embedder, taxonmy: undefined } as never);
    } catch (error) {
      caught = error;
    }
    expect(isValidationError(caught)).toBe(true);
    expect((caught as Error).message).toContain("unknown key 'taxonmy' (did you mean 'taxonomy'?)");
    expect(createEmbeddingRanker({ embedder: embedder as never, name: 'e' }).name).toBe('e');
  });
});

describe('createTransformersEmbedder', () => {
  it('refuses an unknown setting before loading anything, naming the nearest known one', () => {
    expect(() => createTransformersEmbedder({ model: 'x', batchsize: 8 } as never)).toThrow(
      "unknown key 'batchsize' (did you mean 'batchSize'?)",
    );
  });
});

describe('required settings of the wrong kind', () => {
  it('refuse an embedder and a model that are missing or of the wrong kind, naming them (round 13)', () => {
    // They were TypeErrors: "reading 'embed'" at the first rank, node's "path" argument from the embedder's factory.
    for (const embedder of [undefined, null, {}, 'Xenova/all-MiniLM-L6-v2'])
      expect(() => createEmbeddingRanker({ embedder } as never), String(embedder)).toThrow(
        expect.objectContaining({ name: 'ValidationError', setting: 'embedder' }),
      );
    for (const model of [undefined, 42, ' '])
      expect(() => createTransformersEmbedder({ model } as never), String(model)).toThrow(
        expect.objectContaining({ name: 'ValidationError', setting: 'model' }),
      );
  });

  it("refuses embed()'s texts when they are no list of strings, naming the item, before the model loads", async () => {
    // A TypeError before ('embed() needs strings; item 1 is number'), and "texts.entries is not a function" for null.
    const embedder = createTransformersEmbedder({ model: 'no-such-model' });
    await expect(embedder.embed(['a', 42] as never)).rejects.toMatchObject({
      name: 'ValidationError',
      message: 'Invalid Embedder.embed: texts.1: must be a string, got a number (42)',
    });
    await expect(embedder.embed(null as never)).rejects.toMatchObject({ name: 'ValidationError', field: 'texts' });
  });
});
