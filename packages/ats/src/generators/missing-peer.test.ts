import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OptionalDependencyError } from '@rolefit/core';
import { describe, expect, it, vi } from 'vitest';
import { createLlamaCppGenerator, GeneratorDependencyError } from './index.js';

// node-llama-cpp is a dev dependency here, so "not installed" is simulated the way Node reports an absent package.
vi.mock('node-llama-cpp', () => {
  throw Object.assign(new Error("Cannot find package 'node-llama-cpp' imported from /app/index.js"), {
    code: 'ERR_MODULE_NOT_FOUND',
  });
});

const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const modelPath = join(
  process.env.ROLEFIT_MODELS ?? join(repositoryRoot, '..', 'shared', 'models'),
  'stories260K',
  'stories260K.gguf',
);

describe('createLlamaCppGenerator without node-llama-cpp', () => {
  it.skipIf(!existsSync(modelPath))(
    'names the package and its install command in a GeneratorDependencyError',
    async () => {
      const generator = createLlamaCppGenerator({ model: modelPath, gpu: false });
      const error = await generator.generate('hi').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(GeneratorDependencyError);
      expect(error).toBeInstanceOf(OptionalDependencyError);
      expect((error as GeneratorDependencyError).installCommand).toBe('npm install node-llama-cpp');
      expect((error as Error).message).toBe(
        'This generator needs the optional package node-llama-cpp, which is not installed. Install it: npm install node-llama-cpp. See https://github.com/rolefit/rolefit/blob/main/docs/guides/using-real-models.md.',
      );
      await generator.dispose();
    },
  );
});
