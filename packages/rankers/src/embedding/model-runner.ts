import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { RolefitError } from '@rolefit/core';

/** Hidden states of one batch: `data` holds `dims` = [rows, columns, hidden] floats. */
export interface HiddenStates {
  data: Float32Array;
  dims: number[];
}

/** Runs an encoder on batches of token ids, on the calling thread or in worker threads. */
export interface ModelRunner {
  /** The device the model was loaded on. */
  readonly device: 'cpu' | 'cuda';
  /** How many batches it runs at once: the batches to keep in flight. */
  readonly concurrency: number;
  /** Set once a worker has stopped (out of memory, a native crash): the runner cannot run batches any more. */
  readonly stopped: Error | undefined;
  /** Runs one batch of `rows` × `columns` token ids; the arrays are handed over and must not be used after. */
  run(inputIds: BigInt64Array, attentionMask: BigInt64Array, rows: number, columns: number): Promise<HiddenStates>;
  /** Frees the model, and stops the workers. */
  dispose(): Promise<void>;
}

/** What a runner needs to load a model through @huggingface/transformers. */
export interface ModelRunnerOptions {
  /** Hub id or directory name under `localModelPath`. */
  modelId: string;
  /** Folder of local models, ending in `/`. */
  localModelPath: string | undefined;
  allowRemoteModels: boolean;
  /** Devices to try in order; the first that loads is used. */
  devices: ReadonlyArray<'cpu' | 'cuda'>;
  dtype: string;
  /** onnxruntime threads per model copy; undefined lets onnxruntime choose. */
  threads: number | undefined;
  /** transformers.js `env.remoteHost`, `env.remotePathTemplate` and `env.cacheDir` for worker threads (a mirror, a cache folder); undefined keeps the defaults. */
  remoteHost?: string | undefined;
  remotePathTemplate?: string | undefined;
  cacheDir?: string | undefined;
}

/** A model that no device could load; the message is the last device's error. */
export class ModelLoadError extends RolefitError {
  override readonly name: string = 'ModelLoadError';
  /** Always `ROLEFIT_MODEL_LOAD`. */
  declare readonly code: 'ROLEFIT_MODEL_LOAD';

  constructor(message: string, options?: { cause?: unknown }) {
    super('ROLEFIT_MODEL_LOAD', message, { cause: options?.cause });
  }
}

/**
 * The version of the onnxruntime-node package that the @huggingface/transformers at `transformersPath` loads,
 * or undefined when it cannot be found.
 */
export function onnxruntimeVersionFor(transformersPath: string): string | undefined {
  try {
    let directory = dirname(createRequire(transformersPath).resolve('onnxruntime-node'));
    for (let depth = 0; depth < 4; depth += 1, directory = dirname(directory)) {
      try {
        const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as {
          name?: string;
          version?: string;
        };
        if (manifest.name === 'onnxruntime-node') return manifest.version;
      } catch {
        // no package.json at this level: look one up
      }
    }
  } catch {
    // onnxruntime-node is not installed where transformers.js would load it
  }
  return undefined;
}

/**
 * Whether this onnxruntime-node version can run models in several threads of one process. 1.21.0 and
 * 1.21.1 abort the whole process (V8 "HandleScope ... without proper locking") as soon as a second thread
 * runs a model: 5 of 5 runs of main + 3 workers here; 1.20.1 and 1.22.0 through 1.30.0 ran clean. An
 * unknown version is not trusted.
 */
export function runsInSeveralThreads(onnxruntimeVersion: string | undefined): boolean {
  return onnxruntimeVersion !== undefined && !/^1\.21\./.test(onnxruntimeVersion);
}

function sessionOptions(threads: number | undefined) {
  return threads ? { intraOpNumThreads: threads, interOpNumThreads: 1 } : undefined;
}

function hiddenStatesOf(output: Record<string, { data: Float32Array; dims: number[] } | undefined>): HiddenStates {
  const hidden = output.last_hidden_state ?? output.token_embeddings ?? Object.values(output)[0];
  if (!hidden) throw new Error('the model returned no hidden states');
  return { data: hidden.data, dims: hidden.dims };
}

type TransformersModule = typeof import('@huggingface/transformers');
type LoadedModel = ((
  inputs: Record<string, unknown>,
) => Promise<Record<string, { data: Float32Array; dims: number[] }>>) & { dispose(): Promise<unknown> };

/**
 * Loads the model on the calling thread: each batch blocks the event loop while onnxruntime runs it.
 * `transformers` is the loaded module; the caller has set its `env` (model folder, remote switch).
 */
export async function createInThreadModelRunner(
  transformers: TransformersModule,
  options: ModelRunnerOptions,
): Promise<ModelRunner> {
  const { AutoModel, Tensor } = transformers;
  let lastError: unknown;
  for (const device of options.devices) {
    try {
      const model = (await AutoModel.from_pretrained(options.modelId, {
        local_files_only: !options.allowRemoteModels,
        device,
        dtype: options.dtype as 'fp32',
        session_options: sessionOptions(options.threads),
      })) as unknown as LoadedModel;
      return {
        device,
        concurrency: 1,
        stopped: undefined,
        async run(inputIds, attentionMask, rows, columns) {
          const output = await model({
            input_ids: new Tensor('int64', inputIds, [rows, columns]),
            attention_mask: new Tensor('int64', attentionMask, [rows, columns]),
          });
          return hiddenStatesOf(output);
        },
        async dispose() {
          await model.dispose();
        },
      };
    } catch (error) {
      lastError = error; // CUDA absent or unusable: try the next device.
    }
  }
  throw new ModelLoadError((lastError as Error)?.message ?? String(lastError), { cause: lastError });
}

// The worker's program, as plain CommonJS so it runs the same from the TypeScript sources (tests) and from
// either build. It loads @huggingface/transformers from the path the calling thread resolved.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { env, AutoModel, Tensor } = require(workerData.transformersPath);
env.allowLocalModels = true;
env.allowRemoteModels = workerData.allowRemoteModels;
if (workerData.localModelPath) env.localModelPath = workerData.localModelPath;
if (workerData.remoteHost) env.remoteHost = workerData.remoteHost;
if (workerData.remotePathTemplate) env.remotePathTemplate = workerData.remotePathTemplate;
if (workerData.cacheDir) env.cacheDir = workerData.cacheDir;
const messageOf = (error) => (error && error.message) || String(error);
(async () => {
  let model;
  let lastError;
  for (const device of workerData.devices) {
    try {
      model = await AutoModel.from_pretrained(workerData.modelId, {
        local_files_only: !workerData.allowRemoteModels,
        device,
        dtype: workerData.dtype,
        session_options: workerData.sessionOptions,
      });
      parentPort.postMessage({ type: 'ready', device });
      break;
    } catch (error) {
      lastError = error;
    }
  }
  if (!model) return parentPort.postMessage({ type: 'load-failed', message: messageOf(lastError) });
  parentPort.on('message', async (message) => {
    if (message.type === 'dispose') {
      await model.dispose();
      return parentPort.postMessage({ type: 'disposed' });
    }
    try {
      const dims = [message.rows, message.columns];
      const output = await model({ input_ids: new Tensor('int64', message.inputIds, dims), attention_mask: new Tensor('int64', message.attentionMask, dims) });
      const hidden = output.last_hidden_state || output.token_embeddings || Object.values(output)[0];
      if (!hidden) throw new Error('the model returned no hidden states');
      const data = new Float32Array(hidden.data);
      parentPort.postMessage({ type: 'result', id: message.id, data, dims: hidden.dims }, [data.buffer]);
    } catch (error) {
      parentPort.postMessage({ type: 'run-failed', id: message.id, message: messageOf(error) });
    }
  });
})().catch((error) => parentPort.postMessage({ type: 'load-failed', message: messageOf(error) }));
`;

type WorkerMessage =
  | { type: 'ready'; device: 'cpu' | 'cuda' }
  | { type: 'load-failed'; message: string }
  | { type: 'result'; id: number; data: Float32Array; dims: number[] }
  | { type: 'run-failed'; id: number; message: string }
  | { type: 'disposed' };

/** Batches sent to a worker ahead of the one it is running: it never waits for the calling thread between batches. */
const PIPELINE_DEPTH = 2;

/** One worker thread holding one copy of the model, running one batch at a time. */
class ModelWorker {
  private readonly pending = new Map<
    number,
    { resolve: (states: HiddenStates) => void; reject: (error: Error) => void }
  >();
  private nextId = 0;
  /** Why the worker cannot run batches: its load failed, or it stopped. */
  failure: Error | undefined;
  private loaded = false;
  readonly ready: Promise<'cpu' | 'cuda'>;
  private disposed: (() => void) | undefined;

  constructor(private readonly worker: Worker) {
    this.ready = new Promise((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'ready') {
          this.loaded = true;
          worker.unref();
          resolve(message.device);
        } else if (message.type === 'load-failed') {
          this.failure = new ModelLoadError(message.message);
          reject(this.failure);
        } else if (message.type === 'disposed') this.disposed?.();
        else {
          const call = this.pending.get(message.id);
          this.pending.delete(message.id);
          if (message.type === 'result') call?.resolve({ data: message.data, dims: message.dims });
          else call?.reject(new Error(message.message));
        }
      });
      // A worker that dies (out of memory, a native crash) fails what it was running and everything after.
      const fail = (error: Error) => {
        this.failure ??= error;
        reject(error);
        for (const call of this.pending.values()) call.reject(error);
        this.pending.clear();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`the embedding worker stopped (exit code ${code})`)));
    });
    this.ready.catch(() => undefined); // observed by the pool; avoids an unhandled rejection in between
  }

  run(inputIds: BigInt64Array, attentionMask: BigInt64Array, rows: number, columns: number): Promise<HiddenStates> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    // Held only while it runs a batch: an idle worker never keeps the process from exiting.
    this.worker.ref();
    return new Promise<HiddenStates>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ type: 'run', id, inputIds, attentionMask, rows, columns }, [
        inputIds.buffer as ArrayBuffer,
        attentionMask.buffer as ArrayBuffer,
      ]);
    }).finally(() => {
      if (this.pending.size === 0) this.worker.unref();
    });
  }

  async dispose(): Promise<void> {
    if (this.loaded && !this.failure) {
      // Let the model free its session before the thread goes, but never wait on a stuck worker for long.
      const acknowledged = new Promise<void>((resolve) => (this.disposed = resolve));
      this.worker.postMessage({ type: 'dispose' });
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([acknowledged, new Promise<void>((resolve) => (timer = setTimeout(resolve, 2_000)))]);
      clearTimeout(timer);
    }
    await this.worker.terminate();
  }
}

/**
 * Loads `workers` copies of the model, each in its own worker thread, so the calling thread's event loop
 * stays free while batches run and, with more than one, batches run side by side. Each copy gets
 * `threads` onnxruntime threads, or an equal share of the cores when there are several copies.
 */
export async function createWorkerModelRunner(
  transformersPath: string,
  options: ModelRunnerOptions,
  workers: number,
): Promise<ModelRunner> {
  const threads =
    options.threads ?? (workers > 1 ? Math.max(1, Math.floor(availableParallelism() / workers)) : undefined);
  const workerData = {
    transformersPath,
    modelId: options.modelId,
    localModelPath: options.localModelPath,
    allowRemoteModels: options.allowRemoteModels,
    remoteHost: options.remoteHost,
    remotePathTemplate: options.remotePathTemplate,
    cacheDir: options.cacheDir,
    devices: [...options.devices],
    dtype: options.dtype,
    sessionOptions: sessionOptions(threads),
  };
  const pool = Array.from(
    { length: workers },
    () => new ModelWorker(new Worker(WORKER_SOURCE, { eval: true, workerData })),
  );
  let devices: Array<'cpu' | 'cuda'>;
  try {
    devices = await Promise.all(pool.map((worker) => worker.ready));
  } catch (error) {
    await Promise.all(pool.map((worker) => worker.dispose().catch(() => undefined)));
    throw error instanceof ModelLoadError ? error : new ModelLoadError((error as Error).message, { cause: error });
  }
  // Each worker holds up to PIPELINE_DEPTH batches, so the next is already there when one finishes.
  const slots = Array.from({ length: PIPELINE_DEPTH }, () => pool).flat();
  const waiting: Array<(worker: ModelWorker) => void> = [];
  const release = (worker: ModelWorker) => {
    const next = waiting.shift();
    if (next) next(worker);
    else slots.push(worker);
  };
  return {
    device: devices[0]!,
    concurrency: slots.length,
    get stopped() {
      return pool.find((worker) => worker.failure)?.failure;
    },
    async run(inputIds, attentionMask, rows, columns) {
      // Slots are taken from the front, so batches spread over the workers before any gets a second one.
      const worker = slots.shift() ?? (await new Promise<ModelWorker>((resolve) => waiting.push(resolve)));
      try {
        return await worker.run(inputIds, attentionMask, rows, columns);
      } finally {
        release(worker);
      }
    },
    async dispose() {
      await Promise.all(pool.map((worker) => worker.dispose()));
    },
  };
}
