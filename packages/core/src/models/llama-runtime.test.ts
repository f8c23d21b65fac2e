import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import {
  checkLlamaRuntimeSettings,
  DEFAULT_LLAMA_GPU,
  llamaContextThreads,
  loadLlamaModel,
  type LlamaBindingLike,
} from './llama-runtime.js';

// Core does not depend on node-llama-cpp (callers pass the module they imported), so these tests hand the loader a
// recording stand-in of the binding. The real node-llama-cpp goes through this loader in the rankers' LLM ranker
// tests and the ats generator tests, on the real stories260K model.
function recordingBinding(options: { failLoad?: boolean } = {}) {
  const calls: string[] = [];
  const binding = {
    LlamaLogLevel: { disabled: 0, fatal: 1, error: 2, warn: 3, info: 4, log: 5, debug: 6 },
    async getLlama(settings: { gpu: unknown; logLevel: unknown }) {
      calls.push(`getLlama gpu=${String(settings.gpu)} logLevel=${String(settings.logLevel)}`);
      return {
        gpu: false as const,
        async loadModel({ modelPath }: { modelPath: string }) {
          calls.push(`loadModel ${modelPath}`);
          if (options.failLoad) throw new Error('not a model');
          return {
            async dispose() {
              calls.push('model.dispose');
            },
          };
        },
        async dispose() {
          calls.push('llama.dispose');
        },
      };
    },
  } satisfies LlamaBindingLike;
  return { binding, calls };
}

describe('loadLlamaModel', () => {
  it("uses one default for every caller: GPU 'auto' and log level error", async () => {
    expect(DEFAULT_LLAMA_GPU).toBe('auto');
    const { binding, calls } = recordingBinding();
    const loaded = await loadLlamaModel(binding, '/models/a.gguf');
    expect(calls).toEqual(['getLlama gpu=auto logLevel=2', 'loadModel /models/a.gguf']);
    expect(loaded.onGpu).toBe(false);
    await loaded.dispose();
    expect(calls.slice(2)).toEqual(['model.dispose', 'llama.dispose']);
  });

  it('passes the settings through and frees the backend when the model fails to load', async () => {
    const { binding, calls } = recordingBinding({ failLoad: true });
    await expect(loadLlamaModel(binding, '/models/b.gguf', { gpu: false, logLevel: 'warn' })).rejects.toThrow(
      'not a model',
    );
    expect(calls).toEqual(['getLlama gpu=false logLevel=3', 'loadModel /models/b.gguf', 'llama.dispose']);
  });
});

describe('checkLlamaRuntimeSettings', () => {
  it('accepts the documented values and names each bad field', () => {
    expect(() => checkLlamaRuntimeSettings('S', { gpu: 'metal', threads: 1, logLevel: 'debug' })).not.toThrow();
    const error = (() => {
      try {
        checkLlamaRuntimeSettings('LlmRankerSettings', { gpu: 'gpu' as never, threads: 0, logLevel: 'loud' as never });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual(['gpu', 'threads', 'logLevel']);
    expect((error as Error).message).toMatch(
      /^Invalid LlmRankerSettings: gpu: must be 'auto', 'cuda', 'vulkan', 'metal' or false, got "gpu"; threads: must be a whole number ≥ 1, got 0/,
    );
  });

  it('gives threads to a context only when set', () => {
    expect(llamaContextThreads({})).toEqual({});
    expect(llamaContextThreads({ threads: 1 })).toEqual({ threads: 1 });
  });
});
