import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJob, parseResume } from '@rolefit/core';
import { createRandom } from '@rolefit/core/internal';
import { decodeModel, defaultRandomModelDirectory, writeRandomBertModel } from '@rolefit/dev-tools';
import { describe, expect, it } from 'vitest';
import { isCudaProviderInstalled } from '../embedding/index.js';
import { createOnnxClassifierRanker } from './onnx-classifier.js';

// No fine-tuned classifier exists here: the model is the dev tool's random tiny BERT plus a random classification head
// (first token → MatMul → 2 logits) spliced into its graph. It proves the loading and inference path only, never quality.
const modelsDirectory =
  process.env.ROLEFIT_MODELS ?? resolve(fileURLToPath(new URL('../../../../', import.meta.url)), '../shared/models');
const tokenizerPresent = existsSync(join(modelsDirectory, 'Xenova/all-MiniLM-L6-v2/tokenizer.json'));

async function writeClassifier(): Promise<string> {
  const base = await writeRandomBertModel({
    directory: defaultRandomModelDirectory('tiny', 11),
    shape: 'tiny',
    seed: 11,
  });
  const directory = `${base.directory}-classifier`;
  const model = decodeModel(await readFile(base.modelPath));
  const graph = model.graph!;
  const hidden = base.shape.hiddenSize;
  const random = createRandom(5);
  const weights = Float32Array.from({ length: hidden * 2 }, () => random() - 0.5);
  const int64 = 7;
  const float = 1;
  (graph.initializer ??= []).push(
    { name: 'classifier.first_token', dims: [], dataType: int64, rawData: Buffer.from(new BigInt64Array([0n]).buffer) },
    { name: 'classifier.weight', dims: [hidden, 2], dataType: float, rawData: Buffer.from(weights.buffer) },
  );
  (graph.node ??= []).push(
    {
      name: 'classifier_gather',
      opType: 'Gather',
      input: ['last_hidden_state', 'classifier.first_token'],
      output: ['classifier.pooled'],
      attribute: [{ name: 'axis', i: 1, type: 2 }],
    },
    {
      name: 'classifier_matmul',
      opType: 'MatMul',
      input: ['classifier.pooled', 'classifier.weight'],
      output: ['logits'],
    },
  );
  graph.output = [
    {
      name: 'logits',
      type: { tensorType: { elemType: float, shape: { dim: [{ dimParam: 'batch_size' }, { dimValue: 2 }] } } },
    },
  ];
  const encoder = model.constructor as unknown as { encode(message: unknown): { finish(): Uint8Array } };
  await mkdir(join(directory, 'onnx'), { recursive: true });
  await writeFile(join(directory, 'onnx', 'model.onnx'), encoder.encode(model).finish());
  for (const file of ['tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json', 'config.json'])
    await writeFile(join(directory, file), await readFile(join(base.directory, file)));
  return directory;
}

describe.skipIf(!tokenizerPresent)('createOnnxClassifierRanker on a random-weight BERT with a random head', () => {
  it('loads, tokenizes person [SEP] job pairs and returns softmax scores in [0, 1]', async () => {
    const directory = await writeClassifier();
    const ranker = createOnnxClassifierRanker({ model: directory, device: 'auto', batchSize: 2 });
    const query = { resume: parseResume({ id: 'r', text: 'Backend engineer, TypeScript and PostgreSQL' }) };
    const jobs = ['Backend Engineer', 'Nurse', 'Welder'].map((title, index) =>
      parseJob({ id: `j${index}`, source: 'test', title, description: `${title} wanted` }),
    );
    const matches = await ranker.rank(query, jobs);
    expect(ranker.device).toBe(isCudaProviderInstalled() ? 'cuda' : 'cpu');
    expect(matches).toHaveLength(3);
    for (const match of matches) expect(match.score).toBeGreaterThanOrEqual(0);
    for (const match of matches) expect(match.score).toBeLessThanOrEqual(1);
    // Batched and one-by-one give the same scores.
    const alone = createOnnxClassifierRanker({ model: directory, device: 'cpu', batchSize: 1 });
    const single = await alone.rank(query, jobs);
    for (const match of matches)
      expect(single.find((other) => other.jobId === match.jobId)!.score).toBeCloseTo(match.score, 4);
    await ranker.dispose();
    await alone.dispose();
  }, 60_000);
});
