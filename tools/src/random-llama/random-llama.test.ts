import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findRepositoryRoot } from '../random-bert/paths.js';
import { countLlamaParameters, LLAMA_SHAPES, readGgufMetadata, toFloat16Bits, writeRandomLlamaGguf } from './index.js';

// node-llama-cpp is a dev dependency of @rolefit/rankers, not of the tools package: load it through a require rooted there.
const rankersRequire = createRequire(new URL('../../../packages/rankers/package.json', import.meta.url));
const storiesPath = path.resolve(
  process.env.ROLEFIT_MODELS ?? path.join(findRepositoryRoot()!, '..', 'shared', 'models'),
  'stories260K',
  'stories260K.gguf',
);
// The tokenizer source lives outside the repository (shared/models/SOURCES.md); without it the writing tests are skipped.
const hasTokenizer = existsSync(storiesPath);

// Just the parts of node-llama-cpp these tests use (its types do not resolve from the tools package).
type EvaluateItem = number | [number, { generateNext: { probabilities: true } }];
interface LlamaModule {
  getLlama(options: { gpu: false }): Promise<{
    loadModel(options: { modelPath: string }): Promise<{
      tokenize(text: string): number[];
      dispose(): Promise<void>;
      createContext(options: { contextSize: number; threads: number }): Promise<{
        dispose(): Promise<void>;
        getSequence(): {
          controlledEvaluate(
            input: EvaluateItem[],
          ): Promise<Array<{ next: { probabilities?: Map<number, number> } } | undefined>>;
        };
      }>;
    }>;
  }>;
}

describe('toFloat16Bits', () => {
  it('encodes exact halves and rounds to nearest even', () => {
    expect(toFloat16Bits(0)).toBe(0);
    expect(toFloat16Bits(1)).toBe(0x3c00);
    expect(toFloat16Bits(-2)).toBe(0xc000);
    expect(toFloat16Bits(65504)).toBe(0x7bff);
    expect(toFloat16Bits(1e6)).toBe(0x7c00);
    expect(toFloat16Bits(2 ** -24)).toBe(1);
    expect(toFloat16Bits(1 + 2 ** -11)).toBe(0x3c00);
  });
});

describe('countLlamaParameters', () => {
  it('gives the 0.5b shape about 0.28B parameters with the 512-token stories260K vocabulary', () => {
    expect(countLlamaParameters(LLAMA_SHAPES['0.5b'], 512)).toBe(284_214_272);
  });
});

describe.skipIf(!hasTokenizer)('writeRandomLlamaGguf', () => {
  const folders: string[] = [];
  const scratch = async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'rolefit-random-llama-test-'));
    folders.push(folder);
    return folder;
  };
  afterAll(async () => {
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  it('writes the same bytes for the same seed and different ones for another seed', async () => {
    const first = await writeRandomLlamaGguf({ directory: await scratch(), shape: 'tiny', seed: 7 });
    const second = await writeRandomLlamaGguf({ directory: await scratch(), shape: 'tiny', seed: 7 });
    const other = await writeRandomLlamaGguf({ directory: await scratch(), shape: 'tiny', seed: 8 });
    const firstBytes = await readFile(first.path);
    expect(firstBytes.length).toBe(first.bytes);
    expect(firstBytes.equals(await readFile(second.path))).toBe(true);
    expect(firstBytes.equals(await readFile(other.path))).toBe(false);
  });

  it('writes GGUF v3 metadata with the tokenizer copied from the source', async () => {
    const written = await writeRandomLlamaGguf({ directory: await scratch(), shape: 'tiny' });
    const metadata = await readGgufMetadata(written.path);
    const source = await readGgufMetadata(storiesPath);
    expect(metadata.version).toBe(3);
    expect(Number(metadata.tensorCount)).toBe(3 + 9 * LLAMA_SHAPES.tiny.blockCount);
    const keys = metadata.entries.map((entry) => entry.key);
    for (const key of [
      'general.architecture',
      'general.alignment',
      'llama.block_count',
      'llama.attention.head_count_kv',
      'llama.rope.dimension_count',
    ])
      expect(keys).toContain(key);
    const sourceTokens = source.entries.find((entry) => entry.key === 'tokenizer.ggml.tokens')!;
    const copiedTokens = metadata.entries.find((entry) => entry.key === 'tokenizer.ggml.tokens')!;
    expect(Buffer.from(copiedTokens.value).equals(Buffer.from(sourceTokens.value))).toBe(true);
    expect(written.vocabularySize).toBe(512);
    expect(keys).not.toContain('tokenizer.chat_template');
    const template = "{% for message in messages %}{{ message['content'] }}{% endfor %}";
    const chat = await writeRandomLlamaGguf({ directory: await scratch(), shape: 'tiny', chatTemplate: template });
    const chatEntry = (await readGgufMetadata(chat.path)).entries.find(
      (entry) => entry.key === 'tokenizer.chat_template',
    );
    expect(Buffer.from(chatEntry!.value).subarray(8).toString('utf8')).toBe(template);
  });

  it('loads in node-llama-cpp and evaluates a few tokens', async () => {
    const written = await writeRandomLlamaGguf({ directory: await scratch(), shape: 'tiny', seed: 3 });
    const { getLlama } = (await import(rankersRequire.resolve('node-llama-cpp'))) as LlamaModule;
    const llama = await getLlama({ gpu: false });
    const model = await llama.loadModel({ modelPath: written.path });
    try {
      const context = await model.createContext({ contextSize: 256, threads: 1 });
      const sequence = context.getSequence();
      const tokens = model.tokenize('Once upon a time');
      const last = tokens.length - 1;
      const output = await sequence.controlledEvaluate(
        tokens.map(
          (token, index): EvaluateItem => (index === last ? [token, { generateNext: { probabilities: true } }] : token),
        ),
      );
      const probabilities = output[last]?.next.probabilities;
      expect(probabilities?.size).toBeGreaterThan(0);
      const total = [...probabilities!.values()].reduce((sum, value) => sum + value, 0);
      expect(total).toBeGreaterThan(0.99);
      await context.dispose();
    } finally {
      await model.dispose();
    }
  });

  it('refuses to write inside the repository', async () => {
    await expect(writeRandomLlamaGguf({ directory: path.join(findRepositoryRoot()!, 'tmp-models') })).rejects.toThrow(
      /Refusing/,
    );
  });
});
