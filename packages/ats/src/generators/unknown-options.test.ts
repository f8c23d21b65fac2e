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

  it('createOpenAiCompatibleGenerator refuses a missing or non-http baseUrl and a missing model, naming them', () => {
    // A missing baseUrl was "TypeError: Cannot read properties of undefined (reading 'replace')" (round 13).
    for (const [settings, setting] of [
      [{ model: 'm' }, 'baseUrl'],
      [{ baseUrl: 'ftp://127.0.0.1/v1', model: 'm' }, 'baseUrl'],
      [{ baseUrl: '127.0.0.1:8080/v1', model: 'm' }, 'baseUrl'],
      [{ baseUrl: 'http://127.0.0.1:1/v1' }, 'model'],
      [{ baseUrl: 'http://127.0.0.1:1/v1', model: '' }, 'model'],
    ] as const)
      expect(() => createOpenAiCompatibleGenerator(settings as never), JSON.stringify(settings)).toThrow(
        expect.objectContaining({ name: 'ValidationError', setting }),
      );
    expect(createOpenAiCompatibleGenerator({ baseUrl: 'HTTPS://api.example.com/v1/', model: 'm' }).name).toBeTruthy();
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
