import { describe, expect, it } from 'vitest';
import { createLlamaCppGenerator, createOpenAiCompatibleGenerator } from './index.js';
import { validationMessageOf } from '../../../core/src/testing/validation-message.js';

// The text generators refuse a mistyped option (issue #17, item 6) before loading or calling anything.
describe('generator options refuse unknown keys', () => {
  it('createOpenAiCompatibleGenerator', async () => {
    expect(
      await validationMessageOf(() =>
        createOpenAiCompatibleGenerator({ baseUrl: 'http://127.0.0.1:1/v1', model: 'm', apikey: 'k' } as never),
      ),
    ).toContain("unknown key 'apikey' (did you mean 'apiKey'?)");
  });

  it('createLlamaCppGenerator', async () => {
    expect(
      await validationMessageOf(() =>
        createLlamaCppGenerator({ model: '/nonexistent.gguf', contextsize: 512 } as never),
      ),
    ).toContain("unknown key 'contextsize' (did you mean 'contextSize'?)");
  });

  it('createLlamaCppGenerator takes the model as `model`, and still as its deprecated name `modelPath`, never both', async () => {
    expect(createLlamaCppGenerator({ model: '/srv/models/a.gguf' }).name).toBe('llama.cpp:a.gguf');
    expect(createLlamaCppGenerator({ modelPath: '/srv/models/b.gguf' }).name).toBe('llama.cpp:b.gguf');
    expect(
      await validationMessageOf(() => createLlamaCppGenerator({ model: '/a.gguf', modelPath: '/b.gguf' } as never)),
    ).toContain('modelPath: is the old name of model; give only model');
    expect(await validationMessageOf(() => createLlamaCppGenerator({} as never))).toContain(
      'model: must be the path of a GGUF model file',
    );
  });
});
