import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BERT_SHAPES,
  decodeModel,
  defaultRandomModelDirectory,
  defaultTokenizerDirectory,
  findRepositoryRoot,
  MANIFEST_FILE,
  quantizeWeights,
  resolveBertShape,
  SENTENCE_TRANSFORMERS_FILES,
  writeRandomBertModel,
} from './index.js';

// onnxruntime-node and @huggingface/transformers are dev dependencies of @rolefit/rankers, not of the
// tools package, so they are loaded through a require rooted there (plain Node loading, no Vite).
const rankersRequire = createRequire(new URL('../../../packages/rankers/package.json', import.meta.url));

// Just the parts of the onnxruntime-node and transformers.js APIs these tests use.
interface OrtTensor {
  dims: readonly number[];
  data: Float32Array;
}
interface OrtSession {
  inputNames: readonly string[];
  outputNames: readonly string[];
  run(feeds: Record<string, OrtTensor>): Promise<Record<string, OrtTensor>>;
  release(): Promise<void>;
}
interface OrtModule {
  InferenceSession: { create(path: string, options?: { intraOpNumThreads?: number }): Promise<OrtSession> };
  Tensor: new (type: 'int64', data: BigInt64Array, dims: number[]) => OrtTensor;
}
interface TransformersModule {
  env: { allowRemoteModels: boolean; allowLocalModels: boolean; localModelPath: string };
  pipeline(
    task: 'feature-extraction',
    model: string,
    options: { local_files_only: boolean; dtype: 'fp32' },
  ): Promise<{
    (
      texts: string[],
      options: { pooling: 'mean'; normalize: boolean },
    ): Promise<{ dims: number[]; tolist(): number[][] }>;
    dispose(): Promise<void>;
  }>;
}

// The model writer copies the real tokenizer; without the shared models folder there is nothing to test against.
const tokenizerAvailable = (() => {
  try {
    return existsSync(path.join(defaultTokenizerDirectory(), 'tokenizer.json'));
  } catch {
    return false;
  }
})();
const TINY_HIDDEN = BERT_SHAPES.tiny.hiddenSize;

/** Runs the model on rows of token ids, padding with 0 and masking the padding; returns [batch, sequence, hidden] states. */
async function runBatch(session: OrtSession, ort: OrtModule, rows: number[][], maskPadding = true): Promise<OrtTensor> {
  const sequenceLength = Math.max(...rows.map((row) => row.length));
  const inputIds = new BigInt64Array(rows.length * sequenceLength);
  const attentionMask = new BigInt64Array(rows.length * sequenceLength);
  rows.forEach((row, rowIndex) => {
    for (let position = 0; position < sequenceLength; position += 1) {
      const offset = rowIndex * sequenceLength + position;
      inputIds[offset] = BigInt(row[position] ?? 0);
      attentionMask[offset] = position < row.length || !maskPadding ? 1n : 0n;
    }
  });
  const dims = [rows.length, sequenceLength];
  const outputs = await session.run({
    input_ids: new ort.Tensor('int64', inputIds, dims),
    attention_mask: new ort.Tensor('int64', attentionMask, dims),
    token_type_ids: new ort.Tensor('int64', new BigInt64Array(rows.length * sequenceLength), dims),
  });
  const states = outputs.last_hidden_state;
  if (states === undefined) throw new Error('model returned no last_hidden_state');
  return states;
}

/** Copies the hidden states of the first `tokens` positions of one row. */
function rowStates(states: OrtTensor, row: number, tokens: number): Float32Array {
  const [, sequenceLength = 0, hidden = 0] = states.dims;
  const start = row * sequenceLength * hidden;
  return states.data.slice(start, start + tokens * hidden);
}

function largestDifference(left: Float32Array, right: Float32Array): number {
  expect(left.length).toBe(right.length);
  return left.reduce((largest, value, index) => Math.max(largest, Math.abs(value - (right[index] ?? Number.NaN))), 0);
}

// [CLS] hello world [SEP], and a longer sentence, as the real WordPiece tokenizer encodes them.
const SHORT_TEXT = [101, 7592, 2088, 102];
const LONG_TEXT = [101, 2023, 2003, 1037, 2936, 6251, 2055, 1037, 4007, 3992, 3105, 1012, 102];

describe('writeRandomBertModel', () => {
  let workDirectory = '';
  let tinyDirectory = '';

  beforeAll(async () => {
    workDirectory = await mkdtemp(path.join(tmpdir(), 'rolefit-random-bert-test-'));
    tinyDirectory = path.join(workDirectory, 'random-bert-tiny-7');
  });
  afterAll(async () => {
    if (workDirectory) await rm(workDirectory, { recursive: true, force: true });
  });

  it.skipIf(!tokenizerAvailable)('writes a tiny model that onnxruntime-node runs on a padded batch', async () => {
    const model = await writeRandomBertModel({ directory: tinyDirectory, shape: 'tiny', seed: 7 });
    expect(model).toEqual({
      directory: tinyDirectory,
      modelPath: path.join(tinyDirectory, 'onnx', 'model.onnx'),
      quantizedModelPath: path.join(tinyDirectory, 'onnx', 'model_quantized.onnx'),
      shape: BERT_SHAPES.tiny,
    });
    for (const file of [
      'config.json',
      'tokenizer.json',
      'tokenizer_config.json',
      'special_tokens_map.json',
      'README.md',
      MANIFEST_FILE,
    ]) {
      expect(existsSync(path.join(tinyDirectory, file)), file).toBe(true);
    }
    const config = JSON.parse(await readFile(path.join(tinyDirectory, 'config.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(config).toMatchObject({
      model_type: 'bert',
      hidden_size: 32,
      num_hidden_layers: 2,
      num_attention_heads: 4,
      intermediate_size: 64,
      max_position_embeddings: 512,
      vocab_size: 30522,
      type_vocab_size: 2,
      rolefit_random_weights: true,
      rolefit_seed: 7,
    });
    expect(await readFile(path.join(tinyDirectory, 'README.md'), 'utf8')).toMatch(/random weights.*speed tests only/i);

    const ort = rankersRequire('onnxruntime-node') as OrtModule;
    const session = await ort.InferenceSession.create(model.modelPath, { intraOpNumThreads: 1 });
    try {
      expect(session.inputNames).toEqual(['input_ids', 'attention_mask', 'token_type_ids']);
      expect(session.outputNames).toEqual(['last_hidden_state']);
      const states = await runBatch(session, ort, [SHORT_TEXT, LONG_TEXT]);
      expect(states.dims).toEqual([2, LONG_TEXT.length, TINY_HIDDEN]);
      expect(states.data.every(Number.isFinite)).toBe(true);
    } finally {
      await session.release();
    }
  });

  it.skipIf(!tokenizerAvailable)('applies the attention mask: real-token states do not depend on padding', async () => {
    const model = await writeRandomBertModel({ directory: tinyDirectory, shape: 'tiny', seed: 7 });
    const ort = rankersRequire('onnxruntime-node') as OrtModule;
    const session = await ort.InferenceSession.create(model.modelPath, { intraOpNumThreads: 1 });
    try {
      const alone = rowStates(await runBatch(session, ort, [SHORT_TEXT]), 0, SHORT_TEXT.length);
      const padded = rowStates(await runBatch(session, ort, [SHORT_TEXT, LONG_TEXT]), 0, SHORT_TEXT.length);
      expect(largestDifference(alone, padded)).toBeLessThan(1e-4);
      // Control: attending to the padding must change the states, or the check above proves nothing.
      const unmasked = rowStates(await runBatch(session, ort, [SHORT_TEXT, LONG_TEXT], false), 0, SHORT_TEXT.length);
      expect(largestDifference(alone, unmasked)).toBeGreaterThan(1e-3);
    } finally {
      await session.release();
    }
  });

  it.skipIf(!tokenizerAvailable)('writes an int8 copy whose states stay close to the float model', async () => {
    const model = await writeRandomBertModel({ directory: tinyDirectory, shape: 'tiny', seed: 7 });
    const decoded = decodeModel(await readFile(model.quantizedModelPath));
    const operators = (decoded.graph?.node ?? []).map((node) => node.opType);
    // Six linear layers per block (query, key, value, attention output, two feed-forward), two blocks.
    expect(operators.filter((operator) => operator === 'MatMulInteger')).toHaveLength(12);
    // Query, key and value share one quantized input, as quantize_dynamic writes it: four per block.
    expect(operators.filter((operator) => operator === 'DynamicQuantizeLinear')).toHaveLength(8);
    expect((await stat(model.quantizedModelPath)).size).toBeLessThan((await stat(model.modelPath)).size);
    const ort = rankersRequire('onnxruntime-node') as OrtModule;
    const float = await ort.InferenceSession.create(model.modelPath, { intraOpNumThreads: 1 });
    const int8 = await ort.InferenceSession.create(model.quantizedModelPath, { intraOpNumThreads: 1 });
    try {
      const expected = rowStates(await runBatch(float, ort, [LONG_TEXT]), 0, LONG_TEXT.length);
      const actual = rowStates(await runBatch(int8, ort, [LONG_TEXT]), 0, LONG_TEXT.length);
      // LayerNorm outputs are about unit size; int8 rounding moves them by a few hundredths at most.
      const difference = largestDifference(expected, actual);
      expect(difference).toBeGreaterThan(0);
      expect(difference).toBeLessThan(0.1);
    } finally {
      await Promise.all([float.release(), int8.release()]);
    }
  });

  it('quantizes weights symmetrically to int8 within half a step', () => {
    const values = Float32Array.of(-0.04, -0.01, 0, 0.005, 0.02);
    const { values: quantized, scale } = quantizeWeights(values);
    expect(scale).toBeCloseTo(0.04 / 127, 8);
    expect([...quantized]).toEqual([-127, -32, 0, 16, 64]);
    values.forEach((value, index) =>
      expect(Math.abs(quantized[index]! * scale - value)).toBeLessThanOrEqual(scale / 2 + 1e-9),
    );
    expect(quantizeWeights(new Float32Array(3))).toEqual({ values: new Int8Array(3), scale: 1 });
  });

  it.skipIf(!tokenizerAvailable)(
    "gives the MiniLM-L6 shape the real model's sentence-transformers files",
    async () => {
      // The bench's model folder: written once per machine and reused.
      const model = await writeRandomBertModel({
        directory: defaultRandomModelDirectory('minilm-l6', 42),
        shape: 'minilm-l6',
        seed: 42,
      });
      const read = async (file: string) =>
        JSON.parse(await readFile(path.join(model.directory, file), 'utf8')) as unknown;
      expect(await read('sentence_bert_config.json')).toEqual({ max_seq_length: 256, do_lower_case: false });
      expect(await read('1_Pooling/config.json')).toMatchObject({
        word_embedding_dimension: 384,
        pooling_mode_mean_tokens: true,
      });
      expect(Object.keys(SENTENCE_TRANSFORMERS_FILES)).toEqual(['minilm-l6']);
      expect(existsSync(path.join(tinyDirectory, 'sentence_bert_config.json'))).toBe(false);
    },
    120_000,
  );

  it.skipIf(!tokenizerAvailable)(
    'gives byte-identical files for the same seed and different files for another seed',
    async () => {
      const write = async (name: string, seed: number) =>
        readFile(
          (await writeRandomBertModel({ directory: path.join(workDirectory, name), shape: 'tiny', seed })).modelPath,
        );
      const first = await write('seed-1-a', 1);
      const again = await write('seed-1-b', 1);
      const other = await write('seed-2', 2);
      expect(first.equals(again)).toBe(true);
      expect(first.equals(other)).toBe(false);
      expect(first.byteLength).toBe(other.byteLength);
    },
  );

  it.skipIf(!tokenizerAvailable)(
    'stores an opset 17 graph with symbolic batch and sequence dims and raw float32 weights',
    async () => {
      const model = await writeRandomBertModel({ directory: tinyDirectory, shape: 'tiny', seed: 7 });
      const decoded = decodeModel(await readFile(model.modelPath));
      expect(decoded.opsetImport.map((opset) => [opset.domain, Number(opset.version)])).toEqual([['', 17]]);
      const graph = decoded.graph;
      if (!graph) throw new Error('model has no graph');
      const dims = (value: {
        type?: {
          tensorType?: { shape?: { dim?: { dimParam?: string | null; dimValue?: unknown }[] | null } | null } | null;
        } | null;
      }) => (value.type?.tensorType?.shape?.dim ?? []).map((dim) => dim.dimParam || Number(dim.dimValue));
      const named = (values: typeof graph.input) => (values ?? []).map((value) => [value.name, dims(value)]);
      expect(named(graph.input)).toEqual([
        ['input_ids', ['batch_size', 'sequence_length']],
        ['attention_mask', ['batch_size', 'sequence_length']],
        ['token_type_ids', ['batch_size', 'sequence_length']],
      ]);
      expect(named(graph.output)).toEqual([['last_hidden_state', ['batch_size', 'sequence_length', 32]]]);
      const operators = new Set((graph.node ?? []).map((node) => node.opType));
      for (const operator of ['Gather', 'LayerNormalization', 'Softmax', 'Erf', 'Slice'])
        expect(operators.has(operator), operator).toBe(true);
      const words = (graph.initializer ?? []).find((tensor) => tensor.name === 'embeddings.word_embeddings.weight');
      expect((words?.dims ?? []).map(Number)).toEqual([30522, 32]);
      expect(words?.rawData?.byteLength).toBe(30522 * 32 * 4);
      // BERT-like init: mean about 0, standard deviation about 0.02.
      const values = new Float32Array(Uint8Array.from(words?.rawData ?? []).buffer);
      const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
      const deviation = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length);
      expect(Math.abs(mean)).toBeLessThan(1e-3);
      expect(deviation).toBeCloseTo(0.02, 3);
    },
  );

  it.skipIf(!tokenizerAvailable)(
    'skips an existing model with the same shape and seed, and rewrites for another seed',
    async () => {
      const directory = path.join(workDirectory, 'reused');
      const { modelPath } = await writeRandomBertModel({ directory, shape: 'tiny', seed: 3 });
      const written = (await stat(modelPath)).mtimeMs;
      await new Promise((resolve) => setTimeout(resolve, 20));
      await writeRandomBertModel({ directory, shape: 'tiny', seed: 3 });
      expect((await stat(modelPath)).mtimeMs).toBe(written);
      await writeRandomBertModel({ directory, shape: 'tiny', seed: 4 });
      expect((await stat(modelPath)).mtimeMs).not.toBe(written);
      const manifest = JSON.parse(await readFile(path.join(directory, MANIFEST_FILE), 'utf8')) as { seed: number };
      expect(manifest.seed).toBe(4);
    },
  );

  it.skipIf(!tokenizerAvailable)(
    'runs in the transformers.js feature-extraction pipeline with mean pooling',
    async () => {
      const model = await writeRandomBertModel({ directory: tinyDirectory, shape: 'tiny', seed: 7 });
      const transformers = rankersRequire('@huggingface/transformers') as TransformersModule;
      // transformers.js resolves a model id that looks like a Hub id to <localModelPath>/<id>/.
      transformers.env.allowRemoteModels = false;
      transformers.env.allowLocalModels = true;
      transformers.env.localModelPath = path.dirname(model.directory);
      const extractor = await transformers.pipeline('feature-extraction', path.basename(model.directory), {
        local_files_only: true,
        dtype: 'fp32',
      });
      try {
        const texts = ['Senior TypeScript engineer', 'Registered nurse, night shifts, Lyon', 'hello'];
        const embeddings = await extractor(texts, { pooling: 'mean', normalize: true });
        expect(embeddings.dims).toEqual([texts.length, TINY_HIDDEN]);
        for (const vector of embeddings.tolist()) {
          expect(Math.hypot(...vector)).toBeCloseTo(1, 5);
        }
      } finally {
        await extractor.dispose();
      }
    },
    60_000,
  );

  it('refuses an output folder inside the repository', async () => {
    const repositoryRoot = findRepositoryRoot();
    if (repositoryRoot === undefined) throw new Error('tests run inside the repository');
    const inside = path.join(repositoryRoot, 'tools', 'random-bert-should-not-exist');
    await expect(writeRandomBertModel({ directory: inside, shape: 'tiny' })).rejects.toThrow(/inside the repository/);
    expect(existsSync(inside)).toBe(false);
  });

  it('names the folder and the environment variable when the tokenizer is missing', async () => {
    const missing = path.join(workDirectory, 'no-tokenizer-here');
    await expect(
      writeRandomBertModel({ directory: path.join(workDirectory, 'no-tokenizer-model'), tokenizerDirectory: missing }),
    ).rejects.toThrow(new RegExp(`${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*ROLEFIT_MODELS`));
  });

  it('validates shapes and names default folders', () => {
    expect(resolveBertShape('minilm-l6')).toEqual({
      layers: 6,
      hiddenSize: 384,
      heads: 12,
      intermediateSize: 1536,
      maxPositions: 512,
      vocabSize: 30522,
      typeVocabSize: 2,
    });
    expect(() => resolveBertShape({ ...BERT_SHAPES.tiny, heads: 5 })).toThrow(/multiple of heads/);
    expect(() => resolveBertShape({ ...BERT_SHAPES.tiny, layers: 0 })).toThrow(/layers/);
    expect(defaultRandomModelDirectory('minilm-l6', 9)).toBe(
      path.join(tmpdir(), 'rolefit-models', 'random-bert-minilm-l6-9'),
    );
    expect(defaultRandomModelDirectory({ ...BERT_SHAPES.tiny }, 9)).toBe(
      path.join(tmpdir(), 'rolefit-models', 'random-bert-tiny-9'),
    );
  });
});
