import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import {
  invalidSetting,
  ModelFilesError,
  RolefitError,
  rejectUnknownKeys,
  type Embedder,
  type EmbeddingCache,
  type EmbeddingKind,
  type EmbedOptions,
} from '@rolefit/core';
import {
  checkListArgument,
  checkNumberSetting,
  checkSignalOption,
  checkTextArgument,
  guideUrl,
  tokenizeLeading,
} from '@rolefit/core/internal';
import { createMemoryEmbeddingCache, embeddingKey } from './embedding-cache.js';
import { type Chunking, packSentences, slidingWindows, splitSentences } from './chunking.js';
import {
  createInThreadModelRunner,
  createWorkerModelRunner,
  onnxruntimeVersionFor,
  runsInSeveralThreads,
  type ModelRunner,
  type ModelRunnerOptions,
} from './model-runner.js';
import { combineChunks, poolHiddenStates, type Pooling } from './pooling.js';
import { readSentenceTransformersConfig, type SentenceTransformersConfig } from './sentence-transformers-config.js';
import {
  ANY_ONNX_FILE,
  checkModelDirectory,
  importOptional,
  importPeer,
  onnxFileForDtype,
  onnxModelFiles,
} from '../shared/model-files.js';

/** Which hardware runs the model: `auto` tries CUDA and falls back to the CPU. */
export type EmbeddingDevice = 'auto' | 'cpu' | 'cuda';

/** Settings for {@link createTransformersEmbedder}. */
export interface TransformersEmbedderSettings {
  /** A Hugging Face hub id (`Xenova/bge-small-en-v1.5`) or a local directory in Hugging Face layout. */
  model: string;
  /** Where local models live; a hub id is looked up here first (default: env `ROLEFIT_MODELS`). */
  modelsDirectory?: string | undefined;
  /** Download from the hub when the model is not found locally (default false: never touch the network). */
  allowRemoteModels?: boolean | undefined;
  device?: EmbeddingDevice | undefined;
  /**
   * Weights to load: `fp32` (onnx/model.onnx), `fp16`, `q8` (model_quantized.onnx), `int8`, `uint8`, `q4`…
   * Default: `q8` when the model runs on the CPU and its local directory has `onnx/model_quantized.onnx`
   * (int8 matrix products run about twice as fast there; vectors differ slightly from fp32), else `fp32`.
   */
  dtype?: 'auto' | 'fp32' | 'fp16' | 'q8' | 'int8' | 'uint8' | 'q4' | 'bnb4' | 'q4f16' | undefined;
  /**
   * Mean of token vectors (sentence-transformers, e5) or the first token (bge). Default: what the model
   * directory's sentence-transformers pooling config says, else `cls` for the bge family, else `mean`.
   */
  pooling?: Pooling | undefined;
  /** Scale vectors to unit length (default true). */
  normalize?: boolean | undefined;
  /** Text put before queries and passages, e.g. e5's `query: ` / `passage: ` (default: from the model name). */
  queryPrefix?: string | undefined;
  passagePrefix?: string | undefined;
  /** Most chunks per model call (default 64). */
  batchSize?: number | undefined;
  /** Most tokens per model call, padding included; long chunks go in smaller batches so memory stays flat (default 768: measured best on a 2-core CPU; larger batches of long chunks run slower). */
  maxBatchTokens?: number | undefined;
  /**
   * Tokens per chunk, special tokens included. Default: `max_seq_length` from sentence_bert_config.json,
   * else the one the sentence-transformers release of a known model uses (256 for all-MiniLM-L6/L12-v2),
   * else the model's window; never above the window or 512.
   */
  maxTokens?: number | undefined;
  /**
   * How a text longer than the window is split (default `sentences`: whole sentences packed into each
   * chunk, so no chunk starts mid-sentence and no token is embedded twice; `windows`: fixed overlapping windows).
   */
  chunking?: Chunking | undefined;
  /** Tokens repeated between neighbouring windows: all of them with `windows`, only inside a sentence longer than the window with `sentences` (default 32). */
  chunkOverlap?: number | undefined;
  /**
   * What happens to a text longer than the window: `chunk` (default) embeds it chunk by chunk (see `chunking`), up to
   * `maxChunks` chunks;
   * `truncate` embeds only its first `maxTokens` tokens, as sentence-transformers and a plain
   * `pipeline('feature-extraction')` call do (the same tokens in, so the same vector out).
   */
  longTexts?: 'chunk' | 'truncate' | undefined;
  /**
   * Most chunks embedded per text with `longTexts: 'chunk'` (default 64); a longer text is embedded from its first
   * `maxChunks` chunks, and only that much of it is tokenized ({@link TransformersEmbedder.cutTextCount} counts them).
   * The start is kept: the ranker's texts put the title and skills first, as most résumés and job ads do. The default
   * cuts no real text: the longest of 120 DataTurks résumés, 962 UpdatedResumeDataSet résumés and 1,000 LinkedIn job
   * ads took 26 chunks of all-MiniLM-L6-v2's 256 tokens (a parsed résumé's person text), and bounds a hostile 1 MB text
   * to 64 chunks (about 16,000 tokens, a few seconds on a CPU) where every one of its ~200,000 tokens ran.
   */
  maxChunks?: number | undefined;
  /**
   * Where vectors are cached by content hash; pass a Store to keep them across runs (default: in memory). The caller
   * closes a Store it passes: {@link TransformersEmbedder.dispose} frees the model only.
   */
  cache?: EmbeddingCache | undefined;
  /** Threads onnxruntime may use for one model call (default: onnxruntime's own choice, or an equal share of the cores per worker when there are several). */
  threads?: number | undefined;
  /**
   * Worker threads that run the model, each with its own copy of it and an equal share of the cores. The
   * calling thread's event loop stays free while batches run. Default: 2 on a CPU with 2 or more cores
   * (on a 2-core CPU, 2 workers of 1 thread each ran about 8% more tokens per second than the model on the
   * calling thread; the cost is a second copy of the model in memory), else 1; 0 with onnxruntime-node
   * 1.21.x, which aborts the process when a second thread runs a model. `0` runs the model on the calling
   * thread, which blocks its event loop while each batch runs.
   */
  workers?: number | undefined;
}

/** An Embedder that also says what it runs on. */
export interface TransformersEmbedder extends Embedder {
  /** The device actually used, once loaded. */
  readonly device: 'cpu' | 'cuda' | undefined;
  /** The weights in use: the `dtype` setting, or the default chosen for this model and device. */
  readonly dtype: NonNullable<TransformersEmbedderSettings['dtype']>;
  /** Worker threads running the model (0: the calling thread), from the setting or the default for this machine. */
  readonly workers: number;
  /** Texts embedded by the model (not served from the cache) since creation. */
  readonly embeddedCount: number;
  /** Tokens the model has run on since creation, special tokens included and padding not: the work done. */
  readonly embeddedTokenCount: number;
  /** Texts longer than `maxChunks` chunks since creation, each embedded from its first `maxChunks` chunks only. */
  readonly cutTextCount: number;
  /** Loads the model now instead of on first use. */
  load(): Promise<void>;
  /** Frees the model. */
  dispose(): Promise<void>;
}

/**
 * Thrown when the model cannot be loaded; names the model and where it was looked for. Files missing before the
 * load are a `ModelFilesError` and a missing `@huggingface/transformers` an `OptionalDependencyError` (both from `@rolefit/core`).
 */
export class EmbeddingModelError extends RolefitError {
  override readonly name: string = 'EmbeddingModelError';
  /** Always `ROLEFIT_EMBEDDING_MODEL`. */
  declare readonly code: 'ROLEFIT_EMBEDDING_MODEL';

  constructor(message: string, options?: { cause?: unknown }) {
    super('ROLEFIT_EMBEDDING_MODEL', message, { cause: options?.cause });
  }
}

interface Loaded {
  tokenizer: {
    encode(text: string, options?: { add_special_tokens?: boolean }): number[];
    model_max_length?: number;
    pad_token_id?: number;
  };
  /** Special token ids the tokenizer puts before and after every text ([CLS] … [SEP] for BERT). */
  prefixIds: number[];
  suffixIds: number[];
  runner: ModelRunner;
  dimensions: number;
  maxTokens: number;
  /** Tokens repeated between neighbouring chunks. */
  overlap: number;
}

/**
 * True when onnxruntime-node carries its CUDA provider library. Its install script downloads that
 * library and is off by default (and offline), so most installs are CPU-only; probing first avoids
 * onnxruntime logging a failed CUDA load on every start.
 */
export function isCudaProviderInstalled(): boolean {
  try {
    const require = createRequire(import.meta.url);
    const binding = dirname(require.resolve('onnxruntime-node'));
    const candidates = [
      join(binding, '..', 'bin', 'napi-v6', process.platform, process.arch),
      join(binding, '..', '..', 'bin', 'napi-v6', process.platform, process.arch),
    ];
    return candidates.some((directory) => existsSync(join(directory, 'libonnxruntime_providers_cuda.so')));
  } catch {
    return false;
  }
}

/** The devices an ONNX model is tried on, in order: the one asked for, or for `auto` CUDA (when installed) then CPU. */
export function devicesToTry(device: EmbeddingDevice | undefined): Array<'cuda' | 'cpu'> {
  if (device === 'cuda') return ['cuda'];
  return device === 'cpu' || !isCudaProviderInstalled() ? ['cpu'] : ['cuda', 'cpu'];
}

/**
 * The pooling a model was trained with: its sentence-transformers pooling config when the directory has one,
 * else `cls` for the bge family (bge-small/base/large, bge-m3), else `mean`.
 */
function defaultPooling(model: string, config: SentenceTransformersConfig): Pooling {
  const modes = config.poolingModes;
  if (modes !== undefined) {
    if (modes.length === 1 && modes[0] === 'cls_token') return 'cls';
    if (modes.length === 1 && modes[0] === 'mean_tokens') return 'mean';
    throw new EmbeddingModelError(
      `${model}: its pooling config asks for ${modes.join(' + ') || 'no pooling'}, which this embedder does not do; pass pooling: 'mean' or 'cls' to choose one`,
    );
  }
  return /(^|[/_-])bge/i.test(model) ? 'cls' : 'mean';
}

/**
 * Window of known models whose sentence-transformers release truncates below the position table, for
 * copies that lack sentence_bert_config.json (Xenova's ONNX exports do): all-MiniLM-L6/L12-v2 use 256.
 */
function knownMaxSeqLength(model: string): number | undefined {
  return /(^|[/_-])all-minilm-l(6|12)-v2($|[/_-])/i.test(model) ? 256 : undefined;
}

/** Prefixes the e5 and bge families were trained with; other models get none. */
function defaultPrefixes(model: string): { query: string; passage: string } {
  const name = model.toLowerCase();
  if (/(^|[/_-])e5[-_]/.test(name) || name.includes('/e5')) return { query: 'query: ', passage: 'passage: ' };
  if (name.includes('bge') && !name.includes('bge-m3'))
    return { query: 'Represent this sentence for searching relevant passages: ', passage: '' };
  return { query: '', passage: '' };
}

/** Where @huggingface/transformers is installed and the onnxruntime-node it loads; looked up once per process. */
let installedRuntime: { transformersPath: string | undefined; onnxruntimeVersion: string | undefined } | undefined;
function findInstalledRuntime(): NonNullable<typeof installedRuntime> {
  if (installedRuntime) return installedRuntime;
  let transformersPath: string | undefined;
  try {
    transformersPath = createRequire(import.meta.url).resolve('@huggingface/transformers');
  } catch {
    transformersPath = undefined; // not installed: loading the model says so
  }
  installedRuntime = {
    transformersPath,
    onnxruntimeVersion: transformersPath === undefined ? undefined : onnxruntimeVersionFor(transformersPath),
  };
  return installedRuntime;
}

/** Number of whitespace-separated words in a text. */
function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const space = code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x3000;
    if (!space && !inWord) words += 1;
    inWord = !space;
  }
  return words;
}

// transformers.js reads its model folder and remote switch from one global env, so two embedders
// loading from different folders at once could read each other's files: loads take turns.
let loadQueue: Promise<unknown> = Promise.resolve();
function oneLoadAtATime<T>(work: () => Promise<T>): Promise<T> {
  const result = loadQueue.then(work, work);
  loadQueue = result.catch(() => undefined);
  return result;
}

/** Most chunks embedded per long text by default: over twice the most a real text took (see `maxChunks`). */
const DEFAULT_MAX_CHUNKS = 64;

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const TRANSFORMERS_EMBEDDER_SETTINGS_NAMES = {
  model: true,
  modelsDirectory: true,
  allowRemoteModels: true,
  device: true,
  dtype: true,
  pooling: true,
  normalize: true,
  queryPrefix: true,
  passagePrefix: true,
  batchSize: true,
  maxBatchTokens: true,
  maxTokens: true,
  chunking: true,
  chunkOverlap: true,
  longTexts: true,
  maxChunks: true,
  cache: true,
  threads: true,
  workers: true,
} satisfies Record<keyof TransformersEmbedderSettings, true>;

/** Sentence embeddings from any Hugging Face-layout ONNX model through @huggingface/transformers, batched, chunked and cached. */
export function createTransformersEmbedder(settings: TransformersEmbedderSettings): TransformersEmbedder {
  rejectUnknownKeys('TransformersEmbedderSettings', settings, TRANSFORMERS_EMBEDDER_SETTINGS_NAMES, { required: true });
  const batchSize = settings.batchSize ?? 64;
  const maxBatchTokens = settings.maxBatchTokens ?? 768;
  const chunkOverlap = settings.chunkOverlap ?? 32;
  const chunking = settings.chunking ?? 'sentences';
  const longTexts = settings.longTexts ?? 'chunk';
  const normalize = settings.normalize ?? true;
  const maxChunks = settings.maxChunks ?? DEFAULT_MAX_CHUNKS;
  checkNumberSetting('TransformersEmbedderSettings', 'workers', settings.workers, { integer: true, min: 0 });
  checkNumberSetting('TransformersEmbedderSettings', 'threads', settings.threads, { integer: true, min: 1 });
  // A model that is no text was node's TypeError ('The "path" argument must be of type string') from the factory.
  if (typeof settings.model !== 'string' || settings.model.trim() === '')
    throw invalidSetting(
      'TransformersEmbedderSettings',
      'model',
      'must be a model id under the models folder (Xenova/all-MiniLM-L6-v2) or a model directory',
    );
  checkNumberSetting('TransformersEmbedderSettings', 'batchSize', batchSize, { integer: true, min: 1 });
  checkNumberSetting('TransformersEmbedderSettings', 'maxBatchTokens', maxBatchTokens, { integer: true, min: 1 });
  if (chunking !== 'sentences' && chunking !== 'windows')
    throw invalidSetting(
      'TransformersEmbedderSettings',
      'chunking',
      `must be 'sentences' or 'windows', got ${String(chunking)}`,
    );
  if (longTexts !== 'chunk' && longTexts !== 'truncate')
    throw invalidSetting(
      'TransformersEmbedderSettings',
      'longTexts',
      `must be 'chunk' or 'truncate', got ${String(longTexts)}`,
    );
  checkNumberSetting('TransformersEmbedderSettings', 'chunkOverlap', chunkOverlap, { integer: true, min: 0 });
  checkNumberSetting('TransformersEmbedderSettings', 'maxChunks', maxChunks, { integer: true, min: 1 });
  if (
    settings.maxTokens !== undefined &&
    !(Number.isInteger(settings.maxTokens) && settings.maxTokens > chunkOverlap + 2)
  )
    throw invalidSetting(
      'TransformersEmbedderSettings',
      'maxTokens',
      `must be a whole number above chunkOverlap + 2, got ${settings.maxTokens}`,
    );
  // A path (absolute, ./ or an existing directory) is loaded from disk; anything else is a hub id.
  const isPath = isAbsolute(settings.model) || settings.model.startsWith('.') || existsSync(settings.model);
  const modelsDirectory = isPath
    ? dirname(resolve(settings.model))
    : (settings.modelsDirectory ?? process.env.ROLEFIT_MODELS);
  const modelId = isPath ? basename(resolve(settings.model)) : settings.model;
  const localDirectory = modelsDirectory === undefined ? undefined : join(modelsDirectory, modelId);
  let sentenceConfig: SentenceTransformersConfig = {};
  try {
    if (localDirectory !== undefined && existsSync(localDirectory))
      sentenceConfig = readSentenceTransformersConfig(localDirectory);
  } catch (error) {
    throw new EmbeddingModelError(
      `Cannot read the sentence-transformers config of ${settings.model}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const devices = devicesToTry(settings.device);
  // Chosen before loading, so the cache key (and a persisted cache) always matches the weights in use.
  const cpuOnly = devices.length === 1 && devices[0] === 'cpu';
  const hasQuantized = localDirectory !== undefined && existsSync(join(localDirectory, 'onnx', 'model_quantized.onnx'));
  const dtype = settings.dtype ?? (cpuOnly && hasQuantized ? 'q8' : 'fp32');
  // Two copies share the CPU's cores better than one (onnxruntime splits small batches poorly); a GPU runs one.
  // An onnxruntime-node that crashes in worker threads keeps the model on the calling thread.
  const { transformersPath, onnxruntimeVersion } = findInstalledRuntime();
  const threadSafe = runsInSeveralThreads(onnxruntimeVersion);
  if (settings.workers && transformersPath !== undefined && !threadSafe)
    throw new EmbeddingModelError(
      `workers: ${settings.workers} needs an onnxruntime-node that runs in worker threads; found ${onnxruntimeVersion ?? 'an unknown version'} (1.21.x aborts the process there): upgrade it or pass workers: 0`,
    );
  const workers = settings.workers ?? (!threadSafe ? 0 : cpuOnly && availableParallelism() >= 2 ? 2 : 1);
  const maxSeqLength = sentenceConfig.maxSeqLength ?? knownMaxSeqLength(settings.model);
  const pooling = settings.pooling ?? defaultPooling(settings.model, sentenceConfig);
  const prefixes = defaultPrefixes(settings.model);
  const queryPrefix = settings.queryPrefix ?? prefixes.query;
  const passagePrefix = settings.passagePrefix ?? prefixes.passage;
  const cache = settings.cache ?? createMemoryEmbeddingCache();
  // Window, chunking and overlap change the vectors of long texts, so a persisted cache must tell them apart.
  const modelKey = JSON.stringify([
    settings.model,
    dtype,
    pooling,
    normalize,
    settings.maxTokens ?? maxSeqLength ?? 'window',
    ...(longTexts === 'truncate' ? ['truncate'] : [chunkOverlap, chunking]),
    // Only a text longer than the default's 64 chunks embeds differently, so the default keeps the keys of vectors
    // cached before maxChunks existed (a long text's whole-text vector from then stays served).
    ...(longTexts === 'chunk' && maxChunks !== DEFAULT_MAX_CHUNKS ? [`maxChunks ${maxChunks}`] : []),
  ]);

  let loading: Promise<Loaded> | undefined;
  let loaded: Loaded | undefined;
  let embeddedCount = 0;
  let embeddedTokenCount = 0;
  let cutTextCount = 0;

  /**
   * Throws a ModelFilesError naming the directory and the missing files when the model cannot load without the
   * network, before transformers.js fails on them ("reading 'tokenizer_class'" for a missing tokenizer file).
   */
  function checkModelFiles(allowRemoteModels: boolean, cacheDirectory: string | undefined): void {
    const onnxFile = onnxFileForDtype(dtype);
    const expected = onnxModelFiles(onnxFile ?? ANY_ONNX_FILE);
    const howToGet = isPath
      ? `Put a Hugging Face-layout ONNX export there (e.g. the files of Xenova/all-MiniLM-L6-v2${onnxFile ? '' : '; dtype auto needs the .onnx file its device picks'}).`
      : `Put the files of the Hugging Face repo ${modelId} (its ONNX export) in that directory, point ROLEFIT_MODELS or modelsDirectory at the folder that holds ${modelId}/, or pass allowRemoteModels: true to download them once into the transformers.js cache.`;
    const local = localDirectory !== undefined && existsSync(localDirectory);
    if (isPath || (local && !allowRemoteModels))
      return checkModelDirectory('embedding model', localDirectory!, expected, howToGet);
    if (local || allowRemoteModels) return; // transformers.js fills in what is absent from the hub
    // A hub id with no local directory loads only from the transformers.js cache.
    const cached = cacheDirectory === undefined ? undefined : join(cacheDirectory, modelId);
    if (cached !== undefined && existsSync(cached))
      return checkModelDirectory('embedding model', cached, expected, howToGet);
    throw new ModelFilesError({
      what: 'embedding model',
      path: localDirectory ?? modelId,
      expectedFiles: expected,
      missingFiles: expected,
      problem: `no directory ${localDirectory ?? `(no models folder: set ROLEFIT_MODELS or modelsDirectory)`}${cached === undefined ? '' : ` nor ${cached} in the transformers.js cache`}, and remote models are off`,
      howToGet,
    });
  }

  async function loadModel(): Promise<Loaded> {
    const transformers = await importOptional(
      '@huggingface/transformers',
      'The embedding ranker (createTransformersEmbedder)',
      () => importPeer<typeof import('@huggingface/transformers')>('@huggingface/transformers'),
    );
    const { env, AutoTokenizer, AutoConfig } = transformers;
    env.allowLocalModels = true;
    env.allowRemoteModels = settings.allowRemoteModels ?? false;
    if (modelsDirectory) env.localModelPath = modelsDirectory.endsWith('/') ? modelsDirectory : `${modelsDirectory}/`;
    checkModelFiles(env.allowRemoteModels, env.cacheDir ?? undefined);
    const where = `${modelId} (local directory: ${modelsDirectory ?? 'none'}; remote: ${env.allowRemoteModels ? 'allowed' : 'off'})`;
    const common = { local_files_only: !env.allowRemoteModels };
    let tokenizer: Loaded['tokenizer'];
    let config: Record<string, unknown>;
    try {
      tokenizer = (await AutoTokenizer.from_pretrained(modelId, common)) as unknown as Loaded['tokenizer'];
      config = (await AutoConfig.from_pretrained(modelId, common)) as unknown as Record<string, unknown>;
    } catch (error) {
      const message = (error as Error)?.message ?? String(error);
      // transformers.js's own words for a missing tokenizer_config.json or tokenizer.json (e.g. a hub repo without them).
      const hint = message.includes("reading 'tokenizer_class'")
        ? ` (tokenizer.json or tokenizer_config.json is missing: a transformers.js model needs both; see ${guideUrl('using-real-models.md')})`
        : '';
      throw new EmbeddingModelError(`Cannot load the tokenizer or config of ${where}: ${message}${hint}`, {
        cause: error,
      });
    }
    const runnerOptions: ModelRunnerOptions = {
      modelId,
      localModelPath: env.localModelPath,
      allowRemoteModels: env.allowRemoteModels,
      devices,
      dtype,
      threads: settings.threads,
      // Workers load the weights with their own copy of transformers.js: the same mirror and cache as this thread.
      remoteHost: env.remoteHost,
      remotePathTemplate: env.remotePathTemplate,
      cacheDir: env.cacheDir ?? undefined,
    };
    let runner: ModelRunner;
    try {
      runner =
        workers === 0
          ? await createInThreadModelRunner(transformers, runnerOptions)
          : await createWorkerModelRunner(transformersPath!, runnerOptions, workers);
    } catch (error) {
      throw new EmbeddingModelError(
        `Cannot load the model ${where} on ${devices.join(' or ')}: ${(error as Error).message}`,
        { cause: error },
      );
    }
    const hidden = Number(config.hidden_size ?? config.d_model ?? config.dim);
    const window = Math.min(
      512,
      Number(config.max_position_embeddings ?? 512),
      Number(tokenizer.model_max_length ?? 512),
    );
    // Learn the special tokens once, so texts are tokenized once and chunks need no re-tokenizing.
    const bare = tokenizer.encode('a', { add_special_tokens: false });
    const full = tokenizer.encode('a', { add_special_tokens: true });
    const at = full.findIndex((_, index) => bare.every((id, offset) => full[index + offset] === id));
    const prefixIds = at < 0 ? [] : full.slice(0, at);
    const suffixIds = at < 0 ? [] : full.slice(at + bare.length);
    const maxTokens = settings.maxTokens ?? Math.min(window, maxSeqLength ?? window);
    // A window the model chose may be short (128 tokens): keep the overlap to a quarter of it. An explicit maxTokens was checked against it.
    const room = maxTokens - prefixIds.length - suffixIds.length;
    const overlap = settings.maxTokens === undefined ? Math.min(chunkOverlap, Math.floor(room / 4)) : chunkOverlap;
    return { tokenizer, prefixIds, suffixIds, runner, dimensions: hidden, maxTokens, overlap };
  }

  async function ensureLoaded(): Promise<Loaded> {
    if (!loading) {
      const attempt: Promise<Loaded> = oneLoadAtATime(loadModel).then(async (value) => {
        // dispose() came while this load ran: free what it loaded rather than keep threads nobody can stop.
        if (loading !== attempt) {
          await value.runner.dispose();
          throw new EmbeddingModelError('The embedder was disposed while its model was loading');
        }
        loaded = value;
        return value;
      });
      loading = attempt;
    }
    const attempt = loading;
    try {
      return await attempt;
    } catch (error) {
      if (loading === attempt) loading = undefined; // let a later call retry, e.g. after the files appear
      throw error;
    }
  }

  /**
   * Splits `prompt + text` into token id chunks that fit the window, each wrapped in the special tokens.
   * Every chunk of a long text starts with the prompt (e5's `passage: `), as the model was trained.
   */
  function chunkIds(model: Loaded, prompt: string, promptIds: number[], text: string): number[][] {
    const room = model.maxTokens - model.prefixIds.length - model.suffixIds.length;
    const encode = (part: string) => model.tokenizer.encode(part, { add_special_tokens: false });
    // Each word is at least one token, so a text with more words than the room is long without tokenizing it whole.
    if (countWords(prompt) + countWords(text) <= room) {
      const whole = tokenizeLeading(encode, prompt + text, room + 1);
      if (whole.length <= room) return [[...model.prefixIds, ...whole, ...model.suffixIds]];
    }
    // Cut like the tokenizer's own truncation: the first `room` tokens, then the closing special tokens.
    if (longTexts === 'truncate')
      return [[...model.prefixIds, ...tokenizeLeading(encode, prompt + text, room), ...model.suffixIds]];
    const textRoom = room - promptIds.length;
    if (textRoom <= model.overlap)
      throw new EmbeddingModelError(
        `The prompt ${JSON.stringify(prompt)} takes ${promptIds.length} of the ${room} tokens a chunk holds, leaving no room for text`,
      );
    // The first maxChunks chunks hold at most maxChunks × textRoom tokens of the text's start, so only its first
    // (maxChunks + 1) × textRoom tokens are read: the chunks built from them are the whole text's up to the one that
    // holds the last token read, which starts past the kept ones (a chunk holds at most textRoom tokens).
    const readTokens = (maxChunks + 1) * textRoom;
    let chunks: number[][];
    if (chunking === 'windows')
      chunks = slidingWindows(tokenizeLeading(encode, text, readTokens), textRoom, model.overlap);
    else {
      const sentences: number[][] = [];
      let read = 0;
      for (const sentence of splitSentences(text)) {
        const ids = tokenizeLeading(encode, sentence, readTokens - read);
        sentences.push(ids);
        read += ids.length;
        if (read >= readTokens) break;
      }
      chunks = packSentences(sentences, textRoom, model.overlap);
    }
    if (chunks.length > maxChunks) {
      cutTextCount += 1;
      chunks.length = maxChunks;
    }
    return chunks.map((ids) => [...model.prefixIds, ...promptIds, ...ids, ...model.suffixIds]);
  }

  async function embedUncached(
    model: Loaded,
    prompt: string,
    texts: readonly string[],
    signal: AbortSignal | undefined,
  ): Promise<Float32Array[]> {
    // The prompt alone, without the space that joins it to the text ("passage:" then the text's own first word).
    const promptIds =
      prompt.trim() === '' ? [] : model.tokenizer.encode(prompt.trimEnd(), { add_special_tokens: false });
    const pieces: Array<{ owner: number; ids: number[] }> = [];
    texts.forEach((text, owner) => {
      for (const ids of chunkIds(model, prompt, promptIds, text)) pieces.push({ owner, ids });
    });
    // Similar lengths share a batch, so little compute goes to padding; a token budget keeps batches
    // of long chunks small (attention memory grows with the square of the length).
    const order = pieces
      .map((_, index) => index)
      .sort((left, right) => pieces[left]!.ids.length - pieces[right]!.ids.length);
    const vectors: Float32Array[] = new Array(pieces.length);
    const padId = BigInt(model.tokenizer.pad_token_id ?? 0);
    // Up to `concurrency` batches in flight (one per worker); the first failure stops the rest.
    const inFlight = new Set<Promise<void>>();
    let failure: { error: unknown } | undefined;
    let start = 0;
    while (start < order.length && !failure) {
      signal?.throwIfAborted();
      let end = start + 1;
      while (
        end < order.length &&
        end - start < batchSize &&
        (end - start + 1) * pieces[order[end]!]!.ids.length <= maxBatchTokens
      )
        end += 1;
      const batch = order.slice(start, end);
      start = end;
      for (const pieceIndex of batch) embeddedTokenCount += pieces[pieceIndex]!.ids.length;
      const columns = pieces[batch[batch.length - 1]!]!.ids.length;
      const inputIds = new BigInt64Array(batch.length * columns).fill(padId);
      const attentionMask = new BigInt64Array(batch.length * columns);
      batch.forEach((pieceIndex, row) => {
        pieces[pieceIndex]!.ids.forEach((id, column) => {
          inputIds[row * columns + column] = BigInt(id);
          attentionMask[row * columns + column] = 1n;
        });
      });
      // The runner may hand its arrays to a worker; pooling keeps its own copy of the mask.
      const task = model.runner.run(inputIds, attentionMask.slice(), batch.length, columns).then(
        (hidden) => {
          poolHiddenStates(hidden.data, hidden.dims, attentionMask, pooling, normalize).forEach((vector, row) => {
            vectors[batch[row]!] = vector;
          });
        },
        (error: unknown) => {
          failure ??= { error };
        },
      );
      inFlight.add(task);
      void task.finally(() => inFlight.delete(task));
      if (inFlight.size >= model.runner.concurrency) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (failure)
      throw new EmbeddingModelError(
        `Model ${modelId} failed on a batch: ${(failure.error as Error)?.message ?? String(failure.error)}`,
        { cause: failure.error },
      );
    const byOwner: Array<Array<{ vector: Float32Array; tokens: number }>> = texts.map(() => []);
    pieces.forEach((piece, index) => byOwner[piece.owner]!.push({ vector: vectors[index]!, tokens: piece.ids.length }));
    embeddedCount += texts.length;
    return byOwner.map((chunks) => combineChunks(chunks, normalize));
  }

  return {
    name: `transformers:${settings.model}`,
    get dimensions() {
      if (!loaded)
        throw new EmbeddingModelError('dimensions are known once the model is loaded: call load() or embed() first');
      return loaded.dimensions;
    },
    get device() {
      return loaded?.runner.device;
    },
    dtype,
    workers,
    get embeddedCount() {
      return embeddedCount;
    },
    get embeddedTokenCount() {
      return embeddedTokenCount;
    },
    get cutTextCount() {
      return cutTextCount;
    },
    async load() {
      await ensureLoaded();
    },
    async dispose() {
      const model = loaded;
      const pending = loading;
      loaded = undefined;
      loading = undefined;
      await model?.runner.dispose();
      // A load still running frees its own model when it ends (see ensureLoaded).
      await pending?.catch(() => undefined);
    },
    async embed(texts: readonly string[], options: EmbedOptions = {}) {
      checkSignalOption('EmbedOptions', options.signal);
      options.signal?.throwIfAborted();
      // A ValidationError naming the item (a TypeError before; texts that were no list, one from inside).
      checkListArgument('Embedder.embed', 'texts', texts, 'a list of strings').forEach((text, index) =>
        checkTextArgument('Embedder.embed', `texts.${index}`, text),
      );
      if (texts.length === 0) return [];
      const kind: EmbeddingKind = options.kind ?? 'passage';
      const prefix = kind === 'query' ? queryPrefix : passagePrefix;
      const keys = texts.map((text) => embeddingKey(modelKey, kind, prefix + text));
      const cached = await cache.getEmbeddings(keys);
      // Each distinct missing text is embedded once, however often it repeats.
      const missing = new Map<string, string>();
      cached.forEach((vector, index) => {
        if (!vector) missing.set(keys[index]!, texts[index]!);
      });
      const fresh = new Map<string, Float32Array>();
      if (missing.size) {
        const model = await ensureLoaded();
        const missingKeys = [...missing.keys()];
        let vectors: Float32Array[];
        try {
          vectors = await embedUncached(model, prefix, [...missing.values()], options.signal);
        } catch (error) {
          // A worker that stopped cannot come back: load afresh on the next call.
          if (model.runner.stopped && loaded === model) {
            loaded = undefined;
            loading = undefined;
            await model.runner.dispose().catch(() => undefined);
          }
          throw error;
        }
        missingKeys.forEach((key, index) => fresh.set(key, vectors[index]!));
        await cache.putEmbeddings(missingKeys.map((key) => ({ key, vector: fresh.get(key)! })));
      }
      return keys.map((key, index) => cached[index] ?? fresh.get(key)!);
    },
  };
}
