import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OptionalDependencyError, parseJob, parseResume } from '@rolefit/core';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createTransformersEmbedder } from '../embedding/index.js';
import { createOnnxClassifierRanker } from '../learned/onnx-classifier.js';
import { createLlmRanker } from '../llm/index.js';

// The optional peers are dev dependencies here, so "not installed" is simulated: each import fails the way Node fails
// for a package that is absent. Everything else (the model files) is real.
vi.mock('@huggingface/transformers', () => {
  throw Object.assign(new Error("Cannot find package '@huggingface/transformers' imported from /app/index.js"), {
    code: 'ERR_MODULE_NOT_FOUND',
  });
});
vi.mock('onnxruntime-node', () => {
  throw Object.assign(new Error("Cannot find package 'onnxruntime-node' imported from /app/index.js"), {
    code: 'ERR_MODULE_NOT_FOUND',
  });
});
vi.mock('node-llama-cpp', () => {
  throw Object.assign(new Error("Cannot find package 'node-llama-cpp' imported from /app/index.js"), {
    code: 'ERR_MODULE_NOT_FOUND',
  });
});

const modelsDirectory =
  process.env.ROLEFIT_MODELS ?? resolve(fileURLToPath(new URL('../../../../', import.meta.url)), '../shared/models');
const tokenizerDirectory = join(modelsDirectory, 'Xenova', 'all-MiniLM-L6-v2');
const storiesPath = join(modelsDirectory, 'stories260K', 'stories260K.gguf');
const job = parseJob({ id: 'j', source: 's', title: 'Nurse' });
const resume = parseResume({ id: 'r', skills: ['Patient care'] });
const caught = async (work: () => Promise<unknown>) =>
  work().then(
    () => undefined,
    (error: unknown) => error,
  );
const scratch: string[] = [];
afterAll(async () => Promise.all(scratch.map((directory) => rm(directory, { recursive: true, force: true }))));

describe('a missing optional peer is an OptionalDependencyError naming the package and its install command', () => {
  it('the embedder without @huggingface/transformers', async () => {
    const error = await caught(() =>
      createTransformersEmbedder({ model: 'Xenova/all-MiniLM-L6-v2', modelsDirectory, workers: 0 }).embed(['x']),
    );
    expect(error).toBeInstanceOf(OptionalDependencyError);
    expect((error as OptionalDependencyError).packageName).toBe('@huggingface/transformers');
    expect((error as Error).message).toBe(
      "The embedding ranker (createTransformersEmbedder) needs the optional package @huggingface/transformers, which is not installed. Install it: ONNXRUNTIME_NODE_INSTALL=skip npm install @huggingface/transformers. ONNXRUNTIME_NODE_INSTALL=skip stops onnxruntime-node's install script, which on Linux x64 downloads its CUDA libraries from api.nuget.org and fails offline; the CPU build is inside the npm package. See https://github.com/rolefit/rolefit/blob/main/docs/guides/using-real-models.md.",
    );
  });

  it.skipIf(!existsSync(join(tokenizerDirectory, 'tokenizer.json')))(
    'the ONNX classifier without @huggingface/transformers',
    async () => {
      // Real tokenizer files and a placeholder model file: the file check passes, then the import fails.
      const directory = await mkdtemp(join(tmpdir(), 'rolefit-peers-'));
      scratch.push(directory);
      await mkdir(join(directory, 'onnx'));
      for (const file of ['tokenizer.json', 'tokenizer_config.json'])
        await copyFile(join(tokenizerDirectory, file), join(directory, file));
      await copyFile(join(tokenizerDirectory, 'config.json'), join(directory, 'onnx', 'model.onnx'));
      const error = await caught(() => createOnnxClassifierRanker({ model: directory }).rank({ resume }, [job]));
      expect(error).toBeInstanceOf(OptionalDependencyError);
      expect((error as Error).message).toMatch(
        /^The ONNX classifier ranker \(createOnnxClassifierRanker\) needs the optional package @huggingface\/transformers, which is not installed\. Install it: ONNXRUNTIME_NODE_INSTALL=skip npm install @huggingface\/transformers\./,
      );
    },
  );

  it.skipIf(!existsSync(storiesPath))('the LLM ranker without node-llama-cpp', async () => {
    const error = await caught(() => createLlmRanker({ model: storiesPath, threads: 1 }).rank({ resume }, [job]));
    expect(error).toBeInstanceOf(OptionalDependencyError);
    expect((error as Error).message).toBe(
      'The LLM ranker (createLlmRanker) needs the optional package node-llama-cpp, which is not installed. Install it: npm install node-llama-cpp. See https://github.com/rolefit/rolefit/blob/main/docs/guides/using-real-models.md.',
    );
  });
});
