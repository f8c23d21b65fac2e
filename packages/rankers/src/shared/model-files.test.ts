import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ModelFilesError, OptionalDependencyError, parseJob, parseResume } from '@rolefit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTransformersEmbedder } from '../embedding/index.js';
import { createOnnxClassifierRanker } from '../learned/onnx-classifier.js';
import { createLlmRanker } from '../llm/index.js';
import {
  ANY_ONNX_FILE,
  checkGgufFile,
  checkModelDirectory,
  importOptional,
  onnxFileForDtype,
  onnxModelFiles,
} from './model-files.js';

// Real files only: the all-MiniLM-L6-v2 tokenizer and config from ../shared/models (no weights: see its SOURCES.md),
// the real stories260K GGUF, and temporary directories missing some of them.
const modelsDirectory =
  process.env.ROLEFIT_MODELS ?? resolve(fileURLToPath(new URL('../../../../', import.meta.url)), '../shared/models');
const tokenizerDirectory = join(modelsDirectory, 'Xenova', 'all-MiniLM-L6-v2');
const tokenizerPresent = existsSync(join(tokenizerDirectory, 'tokenizer.json'));
const storiesPath = join(modelsDirectory, 'stories260K', 'stories260K.gguf');
const job = parseJob({ id: 'j', source: 's', title: 'Nurse', description: 'Ward work' });
const resume = parseResume({ id: 'r', skills: ['Patient care'], text: 'Registered nurse' });

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'rolefit-model-files-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const caught = async (work: () => Promise<unknown>) =>
  work().then(
    () => undefined,
    (error: unknown) => error,
  );

describe('checkModelDirectory', () => {
  it('names the directory, every expected file and the missing ones', async () => {
    const directory = join(scratch, 'only-config');
    await mkdir(directory);
    await writeFile(join(directory, 'config.json'), '{}');
    const expected = onnxModelFiles('onnx/model.onnx');
    let error: unknown;
    try {
      checkModelDirectory('embedding model', directory, expected, 'Get them somewhere.');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ModelFilesError);
    const files = error as ModelFilesError;
    expect(files.path).toBe(directory);
    expect(files.missingFiles).toEqual(['tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx']);
    expect(files.message).toBe(
      `No usable embedding model at ${directory}: missing tokenizer.json, tokenizer_config.json, onnx/model.onnx. Expected: config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx. Get them somewhere. See https://github.com/rolefit/rolefit/blob/main/docs/guides/using-real-models.md.`,
    );
  });

  it("accepts any .onnx file for dtype 'auto', and names the pattern when there is none", async () => {
    const directory = join(scratch, 'auto');
    await mkdir(join(directory, 'onnx'), { recursive: true });
    const expected = onnxModelFiles(ANY_ONNX_FILE);
    for (const file of ['config.json', 'tokenizer.json', 'tokenizer_config.json'])
      await writeFile(join(directory, file), '{}');
    expect(() => checkModelDirectory('embedding model', directory, expected, '.')).toThrow(/missing onnx\/\*\.onnx\./);
    await writeFile(join(directory, 'onnx', 'model_q4.onnx'), '');
    expect(() => checkModelDirectory('embedding model', directory, expected, '.')).not.toThrow();
  });

  it('says when the directory does not exist', () => {
    expect(() => checkModelDirectory('embedding model', join(scratch, 'absent'), ['config.json'], '.')).toThrow(
      /absent: no such directory\. Expected: config\.json/,
    );
  });

  it('maps dtypes to the file transformers.js loads', () => {
    expect([
      onnxFileForDtype('fp32'),
      onnxFileForDtype('q8'),
      onnxFileForDtype('fp16'),
      onnxFileForDtype('auto'),
    ]).toEqual(['onnx/model.onnx', 'onnx/model_quantized.onnx', 'onnx/model_fp16.onnx', undefined]);
  });
});

describe('checkGgufFile', () => {
  it('refuses a file that is not GGUF, naming what it starts with', async () => {
    const file = join(scratch, 'model.gguf');
    await writeFile(file, '<!DOCTYPE html><html>a download error page</html>');
    expect(() => checkGgufFile(file)).toThrow(ModelFilesError);
    expect(() => checkGgufFile(file)).toThrow(
      `No usable GGUF model at ${file}: it is not a GGUF file (it starts with "<!DO", not "GGUF")`,
    );
  });

  it('refuses a missing path and a directory', () => {
    expect(() => checkGgufFile(join(scratch, 'none.gguf'))).toThrow(
      /none\.gguf: no such file\. Expected: a GGUF file .*ROLEFIT_MODELS/,
    );
    expect(() => checkGgufFile(scratch)).toThrow(/it is a directory, not a GGUF file/);
  });

  it.skipIf(!existsSync(storiesPath))('accepts the real stories260K GGUF', () => {
    expect(() => checkGgufFile(storiesPath)).not.toThrow();
  });
});

describe('importOptional', () => {
  it('turns a package that is not installed into an OptionalDependencyError with the install command', async () => {
    const error = await caught(() =>
      importOptional('rolefit-no-such-package', 'The test feature', () => import('rolefit-no-such-package' as string)),
    );
    expect(error).toBeInstanceOf(OptionalDependencyError);
    expect((error as OptionalDependencyError).packageName).toBe('rolefit-no-such-package');
    expect((error as Error).message).toBe(
      'The test feature needs the optional package rolefit-no-such-package, which is not installed. Install it: npm install rolefit-no-such-package. See https://github.com/rolefit/rolefit/blob/main/docs/guides/using-real-models.md.',
    );
  });
});

describe('the embedder checks its model files before transformers.js loads them', () => {
  it.skipIf(!tokenizerPresent)(
    'a directory with the real tokenizer and config but no weights: names onnx/model.onnx',
    async () => {
      const embedder = createTransformersEmbedder({ model: tokenizerDirectory, device: 'cpu', workers: 0 });
      const error = await caught(() => embedder.embed(['Registered nurse']));
      expect(error).toBeInstanceOf(ModelFilesError);
      expect((error as ModelFilesError).path).toBe(tokenizerDirectory);
      expect((error as ModelFilesError).missingFiles).toEqual(['onnx/model.onnx']);
      expect((error as Error).message).toContain(
        `No usable embedding model at ${tokenizerDirectory}: missing onnx/model.onnx.`,
      );
      expect((error as Error).message).not.toContain('tokenizer_class');
    },
  );

  it.skipIf(!tokenizerPresent)(
    'a hub id under the models folder with a tokenizer file missing: names it, not "tokenizer_class"',
    async () => {
      const directory = join(scratch, 'models', 'someone', 'half-model');
      await mkdir(join(directory, 'onnx'), { recursive: true });
      await copyFile(join(tokenizerDirectory, 'tokenizer.json'), join(directory, 'tokenizer.json'));
      await copyFile(join(tokenizerDirectory, 'config.json'), join(directory, 'config.json'));
      await writeFile(join(directory, 'onnx', 'model.onnx'), '');
      const embedder = createTransformersEmbedder({
        model: 'someone/half-model',
        modelsDirectory: join(scratch, 'models'),
        device: 'cpu',
        workers: 0,
      });
      const error = await caught(() => embedder.embed(['x']));
      expect(error).toBeInstanceOf(ModelFilesError);
      expect((error as ModelFilesError).missingFiles).toEqual(['tokenizer_config.json']);
      expect((error as Error).message).toMatch(
        /Put the files of the Hugging Face repo someone\/half-model .* ROLEFIT_MODELS .* allowRemoteModels: true/,
      );
    },
  );

  it('a hub id that is nowhere, with remote models off: names the folder looked in', async () => {
    const embedder = createTransformersEmbedder({
      model: 'nobody/no-such-model',
      modelsDirectory: scratch,
      device: 'cpu',
      workers: 0,
    });
    const error = await caught(() => embedder.embed(['x']));
    expect(error).toBeInstanceOf(ModelFilesError);
    expect((error as Error).message).toContain(`no directory ${join(scratch, 'nobody/no-such-model')}`);
    expect((error as Error).message).toContain('remote models are off');
  });
});

describe('the ONNX classifier ranker checks its model directory', () => {
  it.skipIf(!tokenizerPresent)('the real tokenizer without onnx/model.onnx', async () => {
    const ranker = createOnnxClassifierRanker({ model: tokenizerDirectory, device: 'cpu' });
    const error = await caught(() => ranker.rank({ resume }, [job]));
    expect(error).toBeInstanceOf(ModelFilesError);
    expect((error as Error).message).toContain(
      `No usable sequence-classification model at ${tokenizerDirectory}: missing onnx/model.onnx.`,
    );
  });
});

describe('the LLM ranker checks its GGUF file', () => {
  it('a file that is not GGUF', async () => {
    const file = join(scratch, 'not-a-model.gguf');
    await writeFile(file, 'version https://git-lfs.github.com/spec/v1\noid sha256:0\nsize 1\n');
    const ranker = createLlmRanker({ model: file, threads: 1 });
    const error = await caught(() => ranker.rank({ resume }, [job]));
    expect(error).toBeInstanceOf(ModelFilesError);
    expect((error as Error).message).toContain(
      `No usable GGUF model at ${file}: it is not a GGUF file (it starts with "vers", not "GGUF")`,
    );
    await ranker.dispose();
  });

  it('a model that is nowhere', async () => {
    const ranker = createLlmRanker({ model: 'nobody/nothing', modelsDirectory: scratch, threads: 1 });
    const error = await caught(() => ranker.rank({ resume }, [job]));
    expect(error).toBeInstanceOf(ModelFilesError);
    expect((error as Error).message).toContain(`cannot find the GGUF model "nobody/nothing"`);
    await ranker.dispose();
  });
});
