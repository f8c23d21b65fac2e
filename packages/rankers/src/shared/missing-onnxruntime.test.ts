import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OptionalDependencyError } from '@rolefit/core';
import { describe, expect, it, vi } from 'vitest';
import { createOnnxClassifierRanker } from '../learned/onnx-classifier.js';

// Only the classifier's own import of onnxruntime-node fails (as for an absent package); @huggingface/transformers,
// loaded by Node itself, keeps its copy. The tokenizer files are the real ones.
vi.mock('onnxruntime-node', () => {
  throw Object.assign(new Error("Cannot find package 'onnxruntime-node' imported from /app/index.js"), {
    code: 'ERR_MODULE_NOT_FOUND',
  });
});

const modelsDirectory =
  process.env.ROLEFIT_MODELS ?? resolve(fileURLToPath(new URL('../../../../', import.meta.url)), '../shared/models');
const tokenizerDirectory = join(modelsDirectory, 'Xenova', 'all-MiniLM-L6-v2');

describe('the ONNX classifier without onnxruntime-node', () => {
  it.skipIf(!existsSync(join(tokenizerDirectory, 'tokenizer.json')))(
    'names onnxruntime-node and the command that installs it without the CUDA download',
    async () => {
      const directory = await mkdtemp(join(tmpdir(), 'rolefit-onnxruntime-'));
      try {
        await mkdir(join(directory, 'onnx'));
        for (const file of ['tokenizer.json', 'tokenizer_config.json'])
          await copyFile(join(tokenizerDirectory, file), join(directory, file));
        await copyFile(join(tokenizerDirectory, 'config.json'), join(directory, 'onnx', 'model.onnx'));
        const ranker = createOnnxClassifierRanker({ model: directory, device: 'cpu' });
        const error = await ranker.load().then(
          () => undefined,
          (caught: unknown) => caught,
        );
        expect(error).toBeInstanceOf(OptionalDependencyError);
        expect((error as OptionalDependencyError).packageName).toBe('onnxruntime-node');
        expect((error as Error).message).toMatch(
          /^The ONNX classifier ranker \(createOnnxClassifierRanker\) needs the optional package onnxruntime-node, which is not installed\. Install it: ONNXRUNTIME_NODE_INSTALL=skip npm install onnxruntime-node\./,
        );
      } finally {
        await rm(directory, { recursive: true, force: true });
      }
    },
  );
});
