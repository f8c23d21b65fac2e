import { isValidationError } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { createLlamaCppGenerator, createOpenAiCompatibleGenerator } from './index.js';

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(isValidationError(error), String(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error('nothing was thrown');
}

// The text generators refuse a mistyped option (issue #17, item 6) before loading or calling anything.
describe('generator options refuse unknown keys', () => {
  it('createOpenAiCompatibleGenerator', () => {
    expect(messageOf(() => createOpenAiCompatibleGenerator({ baseUrl: 'http://127.0.0.1:1/v1', model: 'm', apikey: 'k' } as never))).toContain(
      "unknown key 'apikey' (did you mean 'apiKey'?)",
    );
  });

  it('createLlamaCppGenerator', () => {
    expect(messageOf(() => createLlamaCppGenerator({ modelPath: '/nonexistent.gguf', contextsize: 512 } as never))).toContain("unknown key 'contextsize' (did you mean 'contextSize'?)");
  });
});
