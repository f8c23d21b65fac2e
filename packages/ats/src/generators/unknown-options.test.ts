import { describe, expect, it } from 'vitest';
import { createLlamaCppGenerator, createOpenAiCompatibleGenerator } from './index.js';
import { validationMessageOf } from '../../../core/src/testing/validation-message.js';

// The text generators refuse a mistyped option (issue #17, item 6) before loading or calling anything.
describe('generator options refuse unknown keys', () => {
  it('createOpenAiCompatibleGenerator', async () => {
    expect(await validationMessageOf(() => createOpenAiCompatibleGenerator({ baseUrl: 'http://127.0.0.1:1/v1', model: 'm', apikey: 'k' } as never))).toContain(
      "unknown key 'apikey' (did you mean 'apiKey'?)",
    );
  });

  it('createLlamaCppGenerator', async () => {
    expect(await validationMessageOf(() => createLlamaCppGenerator({ modelPath: '/nonexistent.gguf', contextsize: 512 } as never))).toContain("unknown key 'contextsize' (did you mean 'contextSize'?)");
  });
});
