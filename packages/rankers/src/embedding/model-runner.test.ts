import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultRandomModelDirectory, writeRandomBertModel } from '@rolefit/dev-tools';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createInThreadModelRunner,
  createWorkerModelRunner,
  ModelLoadError,
  onnxruntimeVersionFor,
  runsInSeveralThreads,
  type ModelRunnerOptions,
} from './model-runner.js';

// A tiny BERT with seeded random weights and the real all-MiniLM-L6-v2 tokenizer (see transformers-embedder.test.ts).
const modelsDirectory =
  process.env.ROLEFIT_MODELS ?? resolve(fileURLToPath(new URL('../../../../', import.meta.url)), '../shared/models');
const tokenizerPresent = existsSync(join(modelsDirectory, 'Xenova/all-MiniLM-L6-v2/tokenizer.json'));
const modelDirectory = defaultRandomModelDirectory('tiny', 7);
const transformersPath = createRequire(import.meta.url).resolve('@huggingface/transformers');
const options: ModelRunnerOptions = {
  modelId: basename(modelDirectory),
  localModelPath: `${dirname(modelDirectory)}/`,
  allowRemoteModels: false,
  devices: ['cpu'],
  dtype: 'fp32',
  threads: 1,
};

/** Two rows of token ids, the second padded after 3 tokens. */
function batch() {
  const inputIds = BigInt64Array.from([101n, 7592n, 2088n, 4248n, 102n, 101n, 7592n, 102n, 0n, 0n]);
  const attentionMask = BigInt64Array.from([1n, 1n, 1n, 1n, 1n, 1n, 1n, 1n, 0n, 0n]);
  return { inputIds, attentionMask, rows: 2, columns: 5 };
}

describe('onnxruntime-node in several threads', () => {
  it('finds the version transformers.js loads', () => {
    const expected = createRequire(transformersPath)('onnxruntime-node/package.json') as { version: string };
    expect(onnxruntimeVersionFor(transformersPath)).toBe(expected.version);
  });

  it('reads the version next to a transformers.js installed elsewhere', async () => {
    // A package folder laid out as npm installs it, with an onnxruntime-node that says it is 1.21.0.
    const root = await mkdtemp(join(tmpdir(), 'rolefit-ort-version-'));
    try {
      const ort = join(root, 'node_modules', 'onnxruntime-node');
      await mkdir(join(ort, 'dist'), { recursive: true });
      await writeFile(
        join(ort, 'package.json'),
        JSON.stringify({ name: 'onnxruntime-node', version: '1.21.0', main: 'dist/index.js' }),
      );
      await writeFile(join(ort, 'dist', 'index.js'), '');
      expect(onnxruntimeVersionFor(join(root, 'transformers.node.cjs'))).toBe('1.21.0');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('trusts every version but 1.21.x, which aborts the process, and an unknown one', () => {
    expect(['1.20.1', '1.22.0', '1.30.0', '2.0.0'].map(runsInSeveralThreads)).toEqual([true, true, true, true]);
    expect(['1.21.0', '1.21.1', undefined].map(runsInSeveralThreads)).toEqual([false, false, false]);
  });
});

describe.skipIf(!tokenizerPresent)('model runners on a random-weight tiny BERT', () => {
  beforeAll(async () => {
    await writeRandomBertModel({ directory: modelDirectory, shape: 'tiny', seed: 7 });
  }, 60_000);

  it('gives the same hidden states in worker threads as on the calling thread, several batches at once', async () => {
    const transformers = await import('@huggingface/transformers');
    transformers.env.allowLocalModels = true;
    transformers.env.allowRemoteModels = false;
    transformers.env.localModelPath = options.localModelPath!;
    const inThread = await createInThreadModelRunner(transformers, options);
    const workers = await createWorkerModelRunner(transformersPath, options, 2);
    try {
      expect(inThread.concurrency).toBe(1);
      expect(workers.concurrency).toBe(4); // two batches queued per worker
      expect(workers.device).toBe('cpu');
      const { inputIds, attentionMask, rows, columns } = batch();
      const expected = await inThread.run(inputIds.slice(), attentionMask.slice(), rows, columns);
      expect(expected.dims).toEqual([2, 5, 32]);
      const results = await Promise.all(
        Array.from({ length: 6 }, () => workers.run(inputIds.slice(), attentionMask.slice(), rows, columns)),
      );
      for (const result of results) {
        expect(result.dims).toEqual(expected.dims);
        expect([...result.data]).toEqual([...expected.data]);
      }
    } finally {
      await Promise.all([inThread.dispose(), workers.dispose()]);
    }
  });

  it('rejects a batch the model cannot run and keeps working after it', async () => {
    const workers = await createWorkerModelRunner(transformersPath, options, 1);
    try {
      // 3 ids cannot fill a 2 × 2 batch.
      await expect(workers.run(new BigInt64Array(3), new BigInt64Array(3), 2, 2)).rejects.toThrow(/.+/);
      const { inputIds, attentionMask, rows, columns } = batch();
      expect((await workers.run(inputIds, attentionMask, rows, columns)).dims).toEqual([2, 5, 32]);
    } finally {
      await workers.dispose();
    }
  });

  it('fails to load a missing model with a ModelLoadError, on every thread', async () => {
    const missing = { ...options, modelId: 'no-such-model' };
    await expect(createWorkerModelRunner(transformersPath, missing, 2)).rejects.toBeInstanceOf(ModelLoadError);
    const transformers = await import('@huggingface/transformers');
    await expect(createInThreadModelRunner(transformers, missing)).rejects.toBeInstanceOf(ModelLoadError);
    await expect(createInThreadModelRunner(transformers, missing)).rejects.toMatchObject({
      code: 'ROLEFIT_MODEL_LOAD',
    });
  });

  it('refuses batches once disposed', async () => {
    const workers = await createWorkerModelRunner(transformersPath, options, 1);
    expect(workers.stopped).toBeUndefined();
    await workers.dispose();
    expect(workers.stopped?.message).toMatch(/stopped/);
    const { inputIds, attentionMask, rows, columns } = batch();
    await expect(workers.run(inputIds, attentionMask, rows, columns)).rejects.toThrow(/stopped/);
  });
});
