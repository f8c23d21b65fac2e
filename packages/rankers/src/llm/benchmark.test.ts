import { isValidationError } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { benchmarkLlmRanker } from './benchmark.js';

// Option checks only: both are refused before any model is loaded, so no model file is needed.
describe('benchmarkLlmRanker options', () => {
  it('names the model `model` and says so when given its old name `modelPath`', async () => {
    const error = await benchmarkLlmRanker({
      modelPath: '/models/x.gguf',
      jobs: [],
      resume: { text: '' },
    } as never).catch((caught: unknown) => caught);
    expect(isValidationError(error)).toBe(true);
    expect(error).toMatchObject({ setting: 'modelPath' });
    expect(String((error as Error).message)).toContain('renamed to model');
  });

  it('refuses an unknown option, naming the nearest known one', async () => {
    const error = await benchmarkLlmRanker({
      model: '/models/x.gguf',
      jobs: [],
      resume: { text: '' },
      sequnces: 2,
    } as never).catch((caught: unknown) => caught);
    expect(isValidationError(error)).toBe(true);
    expect(String((error as Error).message)).toMatch(/sequnces.*sequences/s);
  });
});
