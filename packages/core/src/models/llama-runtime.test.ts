import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import {
  checkLlamaRuntimeSettings,
  DEFAULT_LLAMA_GPU,
  llamaContextThreads,
  loadLlamaModel,
  type LlamaBindingLike,
} from './llama-runtime.js';

const modelsDirectory = process.env.ROLEFIT_MODELS ?? path.resolve(import.meta.dirname, '../../../../../shared/models');
const storiesPath = path.join(modelsDirectory, 'stories260K', 'stories260K.gguf');
// The real tiny GGUF lives outside the repository (see shared/models/SOURCES.md); without it those tests are skipped.
const hasModel = existsSync(storiesPath);

// Core does not depend on node-llama-cpp at run time (callers pass the module they imported). The tests below load
// the real node-llama-cpp (a devDependency) on the real stories260K model; these first ones hand the loader a
// recording stand-in of the binding, for what the real one cannot be made to do on demand: fail to start a backend
// (on demand it would try to download and build llama.cpp) and record the order of its calls.
function recordingBinding(options: { failLoad?: boolean; failGetLlama?: number } = {}) {
  const calls: string[] = [];
  let getLlamaFailures = options.failGetLlama ?? 0;
  const binding = {
    LlamaLogLevel: { disabled: 0, fatal: 1, error: 2, warn: 3, info: 4, log: 5, debug: 6 },
    async getLlama(settings: { gpu: unknown; logLevel: unknown }) {
      calls.push(`getLlama gpu=${String(settings.gpu)} logLevel=${String(settings.logLevel)}`);
      if (getLlamaFailures > 0) {
        getLlamaFailures -= 1;
        throw new Error('no backend');
      }
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

  it('starts the backend again after a failed start, and frees it once however often a model is disposed', async () => {
    const { binding, calls } = recordingBinding({ failGetLlama: 1 });
    await expect(loadLlamaModel(binding, '/models/c.gguf')).rejects.toThrow('no backend');
    const first = await loadLlamaModel(binding, '/models/c.gguf');
    const second = await loadLlamaModel(binding, '/models/d.gguf');
    expect(second.llama).toBe(first.llama);
    await first.dispose();
    await first.dispose();
    expect(calls.filter((call) => call === 'llama.dispose')).toEqual([]);
    await second.dispose();
    expect(calls).toEqual([
      'getLlama gpu=auto logLevel=2',
      'getLlama gpu=auto logLevel=2',
      'loadModel /models/c.gguf',
      'loadModel /models/d.gguf',
      'model.dispose',
      'model.dispose',
      'llama.dispose',
    ]);
  });
});

describe.skipIf(!hasModel)('loadLlamaModel with node-llama-cpp', () => {
  const binding = () => import('node-llama-cpp');
  const evaluates = async (loaded: { model: import('node-llama-cpp').LlamaModel }) => {
    const context = await loaded.model.createContext({ contextSize: 256, ...llamaContextThreads({ threads: 1 }) });
    try {
      const sequence = context.getSequence();
      const tokens = loaded.model.tokenize('Once upon a time there was a little girl');
      await sequence.evaluateWithoutGeneratingNewTokens(tokens);
      return sequence.nextTokenIndex === tokens.length;
    } finally {
      await context.dispose();
    }
  };

  it('shares one backend among models of the same settings, and frees it with the last model', async () => {
    const module = await binding();
    const listenersBefore = process.listenerCount('beforeExit');
    const first = await loadLlamaModel(module, storiesPath, { gpu: false });
    const listenersWithOne = process.listenerCount('beforeExit');
    // Concurrent loads wait for the one start.
    const others = await Promise.all(
      Array.from({ length: 4 }, () => loadLlamaModel(module, storiesPath, { gpu: false })),
    );
    for (const other of others) expect(other.llama).toBe(first.llama);
    // Each node-llama-cpp backend adds a 'beforeExit' listener until disposed: eleven were Node's warning.
    expect(process.listenerCount('beforeExit')).toBe(listenersWithOne);

    await first.dispose();
    await others[0]!.dispose();
    expect(first.llama.disposed).toBe(false);
    expect(await evaluates(others[1]!)).toBe(true);
    const later = await loadLlamaModel(module, storiesPath, { gpu: false });
    expect(later.llama).toBe(first.llama);

    for (const other of [...others.slice(1), later]) await other.dispose();
    expect(first.llama.disposed).toBe(true);
    expect(process.listenerCount('beforeExit')).toBe(listenersBefore);
    // The next load starts a new backend.
    const fresh = await loadLlamaModel(module, storiesPath, { gpu: false });
    try {
      expect(fresh.llama).not.toBe(first.llama);
      expect(await evaluates(fresh)).toBe(true);
    } finally {
      await fresh.dispose();
    }
  });

  it('gives another log level its own backend', async () => {
    const module = await binding();
    const quiet = await loadLlamaModel(module, storiesPath, { gpu: false, logLevel: 'error' });
    const louder = await loadLlamaModel(module, storiesPath, { gpu: false, logLevel: 'warn' });
    try {
      expect(louder.llama).not.toBe(quiet.llama);
      expect(louder.llama.logLevel).toBe(module.LlamaLogLevel.warn);
      expect(quiet.llama.logLevel).toBe(module.LlamaLogLevel.error);
    } finally {
      await quiet.dispose();
      await louder.dispose();
    }
    expect(quiet.llama.disposed).toBe(true);
    expect(louder.llama.disposed).toBe(true);
  });

  it('loads a new backend when the shared one was disposed behind its back', async () => {
    const module = await binding();
    const first = await loadLlamaModel(module, storiesPath, { gpu: false });
    // node-llama-cpp disposes every backend before the process exits; a caller may also dispose it.
    await first.llama.dispose();
    const second = await loadLlamaModel(module, storiesPath, { gpu: false });
    try {
      expect(second.llama).not.toBe(first.llama);
      expect(await evaluates(second)).toBe(true);
    } finally {
      await first.dispose();
      await second.dispose();
    }
    expect(second.llama.disposed).toBe(true);
  });

  it('a model that fails to load releases its reference only, and the last release frees the backend', async () => {
    const module = await binding();
    const kept = await loadLlamaModel(module, storiesPath, { gpu: false, logLevel: 'fatal' });
    const directory = mkdtempSync(path.join(tmpdir(), 'rolefit-llama-runtime-'));
    try {
      // The model's first 4 KiB: a GGUF header whose tensors are cut off.
      const cut = path.join(directory, 'cut.gguf');
      writeFileSync(cut, readFileSync(storiesPath).subarray(0, 4096));
      await expect(loadLlamaModel(module, cut, { gpu: false, logLevel: 'fatal' })).rejects.toThrow(
        'llama.cpp could not load it',
      );
      // The failed load released its reference only: the backend still serves the model loaded before.
      expect(kept.llama.disposed).toBe(false);
      expect(await evaluates(kept)).toBe(true);
    } finally {
      rmSync(directory, { recursive: true, force: true });
      await kept.dispose();
    }
    expect(kept.llama.disposed).toBe(true);
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

  it('gives threads to a context when set, and on a machine of fewer than 4 CPUs one less than it has', () => {
    // node-llama-cpp's own default is at least 4 threads: on 2 busy cores tailorResume with stories260K took over 140 s
    // with it, 46 s with 2 and 8 s with 1 (the packed packages), and rolefit tailor --gguf did not finish in 200 s.
    expect(llamaContextThreads({}, 8)).toEqual({});
    expect(llamaContextThreads({}, 4)).toEqual({});
    expect(llamaContextThreads({}, 3)).toEqual({ threads: 2 });
    expect(llamaContextThreads({}, 2)).toEqual({ threads: 1 });
    expect(llamaContextThreads({}, 1)).toEqual({ threads: 1 });
    expect(llamaContextThreads({ threads: 1 }, 8)).toEqual({ threads: 1 });
    expect(llamaContextThreads({ threads: 3 }, 2)).toEqual({ threads: 3 });
    const cpus = availableParallelism();
    expect(llamaContextThreads({})).toEqual(cpus < 4 ? { threads: Math.max(1, cpus - 1) } : {});
  });
});
