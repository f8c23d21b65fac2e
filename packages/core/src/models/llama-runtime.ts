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
  /** CPU threads of a context (default: node-llama-cpp's choice; 1 is fastest on a busy 2-core machine). */
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
  /** The llama.cpp backend instance. */
  llama: Awaited<ReturnType<Binding['getLlama']>>;
  /** The model, loaded with the binding's defaults (as many layers on the GPU as fit). */
  model: Awaited<ReturnType<Awaited<ReturnType<Binding['getLlama']>>['loadModel']>>;
  /** Whether the backend in use is a GPU (what `'auto'` chose). */
  onGpu: boolean;
  /** Frees the model, then the backend instance. */
  dispose(): Promise<void>;
}

/**
 * Loads a GGUF model through node-llama-cpp with the one set of runtime defaults (GPU `'auto'`, log level
 * `error`): the loader behind `@rolefit/rankers`' LLM ranker and `@rolefit/ats`' llama.cpp generator.
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
  const logLevel = binding.LlamaLogLevel[settings.logLevel ?? DEFAULT_LLAMA_LOG_LEVEL] as never;
  const llama = (await binding.getLlama({
    gpu: settings.gpu ?? DEFAULT_LLAMA_GPU,
    logLevel,
  })) as LoadedLlamaModel<Binding>['llama'];
  let model: LoadedLlamaModel<Binding>['model'];
  try {
    model = (await llama.loadModel({ modelPath })) as LoadedLlamaModel<Binding>['model'];
  } catch (error) {
    await llama.dispose().catch(() => undefined);
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
  return {
    llama,
    model,
    onGpu: llama.gpu !== false,
    async dispose() {
      await model.dispose();
      await llama.dispose();
    },
  };
}

/** The context options of {@link LlamaRuntimeSettings}: `threads` when set, so node-llama-cpp picks otherwise. */
export function llamaContextThreads(settings: LlamaRuntimeSettings): { threads?: number | undefined } {
  checkRecordArgument(
    'llamaContextThreads',
    'settings',
    settings,
    'LlamaRuntimeSettings ({ gpu?, threads?, logLevel? })',
  );
  return settings.threads === undefined ? {} : { threads: settings.threads };
}
