import { availableParallelism } from 'node:os';
import { checkRecordArgument, checkTextArgument, invalidArgument } from '../errors/argument.js';
import { ModelFilesError } from '../errors/dependency-error.js';
import { checkNumberSetting } from '../errors/number-setting.js';
import { ValidationError } from '../errors/validation-error.js';

/**
 * Where llama.cpp runs a GGUF model: `'auto'` (the default) uses CUDA, Vulkan or Metal when node-llama-cpp finds
 * one that works, else the CPU; `false` is always the CPU; a name asks for that backend only.
 */
export type LlamaGpu = 'auto' | 'cuda' | 'vulkan' | 'metal' | false;

/** The compute backend every llama.cpp model of Rolefit uses unless told otherwise (the ranker's and the generator's alike). */
export const DEFAULT_LLAMA_GPU: LlamaGpu = 'auto';

/** Least severe llama.cpp message shown; names of node-llama-cpp's `LlamaLogLevel`. */
export type LlamaLogLevelName = 'disabled' | 'fatal' | 'error' | 'warn' | 'info' | 'log' | 'debug';

/** The llama.cpp log level used unless told otherwise: node-llama-cpp prints later loads' warnings on stdout, past its logger. */
export const DEFAULT_LLAMA_LOG_LEVEL: LlamaLogLevelName = 'error';

/** How a llama.cpp model runs: the same names and defaults for every factory that loads one. */
export interface LlamaRuntimeSettings {
  /** Compute backend (default `DEFAULT_LLAMA_GPU`: a GPU when one works, else the CPU). */
  gpu?: LlamaGpu | undefined;
  /**
   * CPU threads of a context (default: node-llama-cpp's choice, at least 4, on a machine of 4 CPUs or more; else one less
   * than the CPUs, at least 1: its 4 threads spin against each other on 2 cores).
   */
  threads?: number | undefined;
  /** Least severe llama.cpp message shown (default `DEFAULT_LLAMA_LOG_LEVEL`). */
  logLevel?: LlamaLogLevelName | undefined;
}

/** The keys of {@link LlamaRuntimeSettings}, for a factory's unknown-setting check. */
export const LLAMA_RUNTIME_SETTING_NAMES = { gpu: true, threads: true, logLevel: true } as const satisfies Record<
  keyof LlamaRuntimeSettings,
  true
>;

const GPU_VALUES: readonly unknown[] = ['auto', 'cuda', 'vulkan', 'metal', false];
const LOG_LEVELS: readonly unknown[] = ['disabled', 'fatal', 'error', 'warn', 'info', 'log', 'debug'];

/** Throws a ValidationError naming `entity.field` when a runtime setting has a value node-llama-cpp would not take. */
export function checkLlamaRuntimeSettings(entity: string, settings: LlamaRuntimeSettings): void {
  checkTextArgument('checkLlamaRuntimeSettings', 'entity', entity);
  // Settings that are no object were "Cannot read properties of undefined (reading 'gpu')".
  checkRecordArgument(entity, 'settings', settings, 'LlamaRuntimeSettings ({ gpu?, threads?, logLevel? })');
  const issues: Array<{ path: string; message: string; code: string }> = [];
  if (settings.gpu !== undefined && !GPU_VALUES.includes(settings.gpu))
    issues.push({
      path: 'gpu',
      message: `must be 'auto', 'cuda', 'vulkan', 'metal' or false, got ${JSON.stringify(settings.gpu)}`,
      code: 'invalid_value',
    });
  try {
    checkNumberSetting(entity, 'threads', settings.threads, { integer: true, min: 1 });
  } catch (error) {
    // Listed with the other bad settings, in the order they are declared.
    if (!(error instanceof ValidationError)) throw error;
    issues.push(...error.issues);
  }
  if (settings.logLevel !== undefined && !LOG_LEVELS.includes(settings.logLevel))
    issues.push({
      path: 'logLevel',
      message: `must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(settings.logLevel)}`,
      code: 'invalid_value',
    });
  if (issues.length) throw new ValidationError(entity, issues);
}

/** What the loader needs of a llama.cpp binding: node-llama-cpp's module has this shape. */
export interface LlamaBindingLike {
  getLlama(options: { gpu: LlamaGpu; logLevel: never }): Promise<{
    readonly gpu: string | false;
    loadModel(options: { modelPath: string }): Promise<{ dispose(): Promise<void> }>;
    dispose(): Promise<void>;
  }>;
  readonly LlamaLogLevel: Readonly<Record<LlamaLogLevelName, unknown>>;
}

/** A model loaded by {@link loadLlamaModel}, typed as the binding passed in types it. */
export interface LoadedLlamaModel<Binding extends LlamaBindingLike> {
  /**
   * The llama.cpp backend instance, shared by every model loaded through the same binding with the same `gpu` and
   * `logLevel` while any of them is loaded: leave its disposal to {@link LoadedLlamaModel.dispose}.
   */
  llama: Awaited<ReturnType<Binding['getLlama']>>;
  /** The model, loaded with the binding's defaults (as many layers on the GPU as fit). */
  model: Awaited<ReturnType<Awaited<ReturnType<Binding['getLlama']>>['loadModel']>>;
  /** Whether the backend in use is a GPU (what `'auto'` chose). */
  onGpu: boolean;
  /** Frees the model, then the backend instance when no other loaded model uses it; a second call does nothing more. */
  dispose(): Promise<void>;
}

type SharedLlamaInstance = Awaited<ReturnType<LlamaBindingLike['getLlama']>>;

/** One backend instance and how many loaded models hold it. */
interface SharedLlama {
  llama: Promise<SharedLlamaInstance>;
  references: number;
}

// node-llama-cpp's getLlama() starts a new backend instance on every call (it reloads the addon, and on Linux first
// tests the binary in a child process), and each instance adds a process 'beforeExit' listener until disposed: eleven
// models kept loaded were Node's MaxListenersExceededWarning. One instance loads any number of models and shares its
// memory and thread accounting among them, so models with the same binding, gpu and logLevel share one.
const sharedLlamas = new WeakMap<object, Map<string, SharedLlama>>();

/** Takes a reference to the shared backend instance for these options, starting it when none is running. */
async function acquireLlama(
  binding: LlamaBindingLike,
  gpu: LlamaGpu,
  logLevelName: LlamaLogLevelName,
): Promise<{ llama: SharedLlamaInstance; release: () => Promise<void> }> {
  let instances = sharedLlamas.get(binding);
  if (!instances) {
    instances = new Map();
    sharedLlamas.set(binding, instances);
  }
  const byOptions = instances;
  const key = `${String(gpu)} ${logLevelName}`;
  for (;;) {
    let shared = byOptions.get(key);
    if (!shared) {
      const entry: SharedLlama = {
        llama: binding.getLlama({ gpu, logLevel: binding.LlamaLogLevel[logLevelName] as never }),
        references: 0,
      };
      // A failed start is not kept: the next load tries again (a backend installed or freed in the meantime).
      entry.llama.catch(() => {
        if (byOptions.get(key) === entry) byOptions.delete(key);
      });
      byOptions.set(key, entry);
      shared = entry;
    }
    const entry = shared;
    entry.references += 1;
    let llama: SharedLlamaInstance;
    try {
      llama = await entry.llama;
    } catch (error) {
      entry.references -= 1;
      throw error;
    }
    // An instance disposed behind the loader's back (node-llama-cpp disposes every instance before the process
    // exits; a caller may have disposed `llama` itself) loads no model: start a new one.
    if ((llama as { readonly disposed?: unknown }).disposed === true) {
      entry.references -= 1;
      if (byOptions.get(key) === entry) byOptions.delete(key);
      continue;
    }
    return {
      llama,
      async release() {
        entry.references -= 1;
        if (entry.references > 0) return;
        if (byOptions.get(key) === entry) byOptions.delete(key);
        await llama.dispose();
      },
    };
  }
}

/**
 * Loads a GGUF model through node-llama-cpp with the one set of runtime defaults (GPU `'auto'`, log level
 * `error`): the loader behind `@rolefit/rankers`' LLM ranker and `@rolefit/ats`' llama.cpp generator.
 *
 * Models loaded through the same binding with the same `gpu` and `logLevel` share one llama.cpp backend instance
 * (started once, even for concurrent loads); it is disposed when the last of them is.
 *
 * Core never imports node-llama-cpp: the caller passes the module it imported (an optional peer of the
 * caller's package, so the caller names it in its own "not installed" error). Check the file first
 * (`ggufFileProblem`), since llama.cpp's own error for a missing or non-GGUF file says less.
 */
export async function loadLlamaModel<Binding extends LlamaBindingLike>(
  binding: Binding,
  modelPath: string,
  settings: LlamaRuntimeSettings = {},
): Promise<LoadedLlamaModel<Binding>> {
  // A binding that is no node-llama-cpp module, or a path that is no string, was a TypeError from inside.
  const { getLlama, LlamaLogLevel } = checkRecordArgument(
    'loadLlamaModel',
    'binding',
    binding,
    "node-llama-cpp's module (await import('node-llama-cpp'))",
  );
  if (typeof getLlama !== 'function' || typeof LlamaLogLevel !== 'object' || LlamaLogLevel === null)
    throw invalidArgument(
      'loadLlamaModel',
      'binding',
      "must be node-llama-cpp's module (await import('node-llama-cpp')): it has no getLlama() and LlamaLogLevel",
    );
  checkTextArgument('loadLlamaModel', 'modelPath', modelPath);
  checkLlamaRuntimeSettings('LlamaRuntimeSettings', settings);
  const acquired = await acquireLlama(
    binding,
    settings.gpu ?? DEFAULT_LLAMA_GPU,
    settings.logLevel ?? DEFAULT_LLAMA_LOG_LEVEL,
  );
  const llama = acquired.llama as LoadedLlamaModel<Binding>['llama'];
  let model: LoadedLlamaModel<Binding>['model'];
  try {
    model = (await llama.loadModel({ modelPath })) as LoadedLlamaModel<Binding>['model'];
  } catch (error) {
    await acquired.release().catch(() => undefined);
    // A file that starts with "GGUF" but cannot be loaded (cut short by a failed download, corrupt, an architecture
    // this llama.cpp does not know) was node-llama-cpp's bare "Failed to load model", naming no file.
    throw new ModelFilesError({
      what: 'GGUF model',
      path: modelPath,
      expectedFiles: [modelPath],
      missingFiles: [],
      problem: `llama.cpp could not load it (${error instanceof Error ? error.message : String(error)}): a download cut short, a corrupt file, or an architecture this llama.cpp does not know`,
      howToGet: 'Download the GGUF file again and compare its size (and checksum, where the publisher gives one).',
      cause: error,
    });
  }
  let disposing: Promise<void> | undefined;
  return {
    llama,
    model,
    onGpu: llama.gpu !== false,
    dispose() {
      // Calling twice releases the backend once (a second release would dispose it under another model).
      disposing ??= (async () => {
        try {
          await model.dispose();
        } finally {
          await acquired.release();
        }
      })();
      return disposing;
    },
  };
}

/**
 * The fewest CPU threads node-llama-cpp gives a context by default (`max(4, math cores)` on the CPU). On a machine with
 * fewer CPUs they spin against each other: on 2 busy cores `tailorResume` with stories260K took over 140 s that way, 46 s
 * with 2 threads and 8 s with 1, and `rolefit tailor --gguf`, which sets no threads, did not finish in 200 s.
 */
const LLAMA_DEFAULT_MIN_THREADS = 4;

/**
 * The context options of {@link LlamaRuntimeSettings}: `threads` when set; else, on a machine of fewer than 4 CPUs
 * (`cpus`, default `os.availableParallelism()`), one less than it has (at least 1), leaving a core to the rest of the
 * process; else none, so node-llama-cpp picks.
 */
export function llamaContextThreads(
  settings: LlamaRuntimeSettings,
  cpus: number = availableParallelism(),
): { threads?: number | undefined } {
  checkRecordArgument(
    'llamaContextThreads',
    'settings',
    settings,
    'LlamaRuntimeSettings ({ gpu?, threads?, logLevel? })',
  );
  if (settings.threads !== undefined) return { threads: settings.threads };
  return cpus < LLAMA_DEFAULT_MIN_THREADS ? { threads: Math.max(1, Math.floor(cpus) - 1) } : {};
}
