// The llama.cpp runtime helpers refuse arguments of the wrong kind with a ValidationError naming them (round 17 of
// ADVERSARIAL.md): checkLlamaRuntimeSettings('X', undefined) was "Cannot read properties of undefined (reading 'gpu')",
// loadLlamaModel(undefined) "(reading 'LlamaLogLevel')", readModelSetting('X', undefined) "(reading 'model')".
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import { checkLlamaRuntimeSettings, llamaContextThreads, loadLlamaModel } from './llama-runtime.js';
import { readModelSetting } from './model-setting.js';

const binding = { LlamaLogLevel: { error: 2 }, getLlama: async () => ({}) };

const refusals: Array<[string, () => unknown, string]> = [
  [
    'checkLlamaRuntimeSettings',
    () => checkLlamaRuntimeSettings('X', undefined as never),
    'Invalid X: settings: must be LlamaRuntimeSettings',
  ],
  [
    'checkLlamaRuntimeSettings',
    () => checkLlamaRuntimeSettings(42 as never, {}),
    'entity: must be a string, got a number (42)',
  ],
  ['llamaContextThreads', () => llamaContextThreads(null as never), 'Invalid llamaContextThreads: settings: must be'],
  [
    'readModelSetting',
    () => readModelSetting('X', undefined as never, 'a path'),
    'Invalid X: settings: must be a settings object',
  ],
  [
    'readModelSetting',
    () => readModelSetting(null as never, {}, 'a path'),
    'Invalid readModelSetting: entity: must be a string',
  ],
];

const rejections: Array<[string, () => Promise<unknown>, string]> = [
  ['loadLlamaModel', () => loadLlamaModel(undefined as never, 'a.gguf'), 'Invalid loadLlamaModel: binding: must be'],
  ['loadLlamaModel', () => loadLlamaModel({} as never, 'a.gguf'), 'it has no getLlama() and LlamaLogLevel'],
  ['loadLlamaModel', () => loadLlamaModel(binding as never, 42 as never), 'modelPath: must be a string, got a number'],
  [
    'loadLlamaModel',
    () => loadLlamaModel(binding as never, 'a.gguf', 'x' as never),
    'settings: must be LlamaRuntimeSettings',
  ],
  ['loadLlamaModel', () => loadLlamaModel(binding as never, 'a.gguf', { gpu: 'tpu' } as never), "gpu: must be 'auto'"],
];

describe('arguments of the wrong kind', () => {
  for (const [name, call, message] of refusals)
    it(`${name}: ${message}`, () => {
      expect(call).toThrow(ValidationError);
      expect(call).toThrow(message);
    });
  for (const [name, call, message] of rejections)
    it(`${name}: ${message}`, async () => {
      await expect(call()).rejects.toThrow(ValidationError);
      await expect(call()).rejects.toThrow(message);
    });
});
