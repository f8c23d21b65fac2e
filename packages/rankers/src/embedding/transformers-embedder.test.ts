import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMemoryStore, type MemoryStore, ModelFilesError, parseJob, parseMatch, parseResume } from '@rolefit/core';
import { defaultRandomModelDirectory, writeRandomBertModel } from '@rolefit/dev-tools';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cosineSimilarity,
  createEmbeddingRanker,
  createTransformersEmbedder,
  EmbeddingModelError,
  isCudaProviderInstalled,
  type TransformersEmbedder,
} from './index.js';

// The model is a tiny BERT with seeded random weights and the real all-MiniLM-L6-v2 tokenizer from
// ../shared/models: it exercises the whole load → tokenize → batch → pool → cache path; its vectors
// mean nothing, so these tests check mechanics, never quality.
const modelsDirectory =
  process.env.ROLEFIT_MODELS ?? resolve(fileURLToPath(new URL('../../../../', import.meta.url)), '../shared/models');
const tokenizerPresent = existsSync(join(modelsDirectory, 'Xenova/all-MiniLM-L6-v2/tokenizer.json'));
const modelDirectory = defaultRandomModelDirectory('tiny', 7);

/** The unit-length weighted mean of vectors: what a text split into chunks of these token counts should embed to. */
const unitMean = (parts: Array<[Float32Array | undefined, number]>) => {
  const total = parts.reduce((sum, [, weight]) => sum + weight, 0);
  const mean = parts[0]![0]!.map(
    (_, index) => parts.reduce((sum, [vector, weight]) => sum + weight * vector![index]!, 0) / total,
  );
  const norm = Math.hypot(...mean);
  return mean.map((value) => value / norm);
};
const close = (left: Float32Array, right: Float32Array, tolerance = 1e-4) =>
  left.every((value, index) => Math.abs(value - right[index]!) < tolerance);

describe.skipIf(!tokenizerPresent)('createTransformersEmbedder on a random-weight tiny BERT', () => {
  let embedder: TransformersEmbedder;
  beforeAll(async () => {
    await writeRandomBertModel({ directory: modelDirectory, shape: 'tiny', seed: 7 });
    embedder = createTransformersEmbedder({ model: modelDirectory, device: 'auto' });
    await embedder.load();
  }, 60_000);
  afterAll(async () => embedder?.dispose());

  it('loads from a local directory without the network and reports its size and device', () => {
    expect(embedder.dimensions).toBe(32);
    // auto uses CUDA only where onnxruntime-node's CUDA provider is installed, else the CPU.
    expect(embedder.device).toBe(isCudaProviderInstalled() ? 'cuda' : 'cpu');
  });

  it('returns one unit-length vector per text, the same alone as in a padded batch', async () => {
    const texts = [
      'Registered nurse',
      'Senior backend engineer with Node.js, TypeScript and PostgreSQL experience in payments',
      'Welder',
    ];
    const batch = await embedder.embed(texts);
    expect(batch).toHaveLength(3);
    for (const vector of batch) expect(Math.hypot(...vector)).toBeCloseTo(1, 5);
    // Padding and the attention mask are ours to get right: with fp32 weights a text's vector in a padded batch is its
    // vector alone, to float rounding.
    const floatBatch = createTransformersEmbedder({ model: modelDirectory, dtype: 'fp32' });
    const floatAlone = createTransformersEmbedder({ model: modelDirectory, dtype: 'fp32', batchSize: 1 });
    const [inBatch, alone] = [await floatBatch.embed(texts), await floatAlone.embed(texts)];
    for (const [index, vector] of inBatch.entries()) expect(close(vector, alone[index]!)).toBe(true);
    expect(close(inBatch[0]!, inBatch[2]!)).toBe(false);
    // The default int8 weights quantize activations per batch (onnxruntime's dynamic quantization), so a batch moves a
    // vector by quantization noise, more or less by CPU kernel (3e-4 at most here on AVX2, under 1e-4 elsewhere): close,
    // not equal.
    const int8Alone = createTransformersEmbedder({ model: modelDirectory, batchSize: 1 });
    const quantizedAlone = await int8Alone.embed(texts);
    for (const [index, vector] of batch.entries()) expect(close(vector, quantizedAlone[index]!, 5e-3)).toBe(true);
    expect(close(batch[0]!, batch[2]!, 5e-3)).toBe(false);
    await Promise.all([floatBatch.dispose(), floatAlone.dispose(), int8Alone.dispose()]);
  });

  it('runs the model in worker threads by default (two on a CPU with two cores or more) with the same vectors as on the calling thread', async () => {
    expect(embedder.workers).toBe(isCudaProviderInstalled() || availableParallelism() < 2 ? 1 : 2);
    const texts = Array.from(
      { length: 40 },
      (_, index) => `Engineer number ${index} with ${'Node.js and SQL '.repeat(index % 7)}experience`,
    );
    const onThisThread = createTransformersEmbedder({ model: modelDirectory, workers: 0, batchSize: 4 });
    const inThreeWorkers = createTransformersEmbedder({ model: modelDirectory, workers: 3, batchSize: 4 });
    expect([onThisThread.workers, inThreeWorkers.workers]).toEqual([0, 3]);
    const [expected, actual] = await Promise.all([onThisThread.embed(texts), inThreeWorkers.embed(texts)]);
    for (const [index, vector] of expected.entries()) expect(close(vector, actual[index]!, 1e-6)).toBe(true);
    await Promise.all([onThisThread.dispose(), inThreeWorkers.dispose()]);
  });

  it('frees a model whose load dispose() interrupted, and loads afresh on the next call', async () => {
    const interrupted = createTransformersEmbedder({ model: modelDirectory, workers: 1 });
    const loading = interrupted.load();
    await interrupted.dispose();
    await expect(loading).rejects.toThrow(/disposed while its model was loading/);
    expect(interrupted.device).toBeUndefined();
    const [vector] = await interrupted.embed(['welder']);
    const [expected] = await embedder.embed(['welder']);
    expect(close(vector!, expected!)).toBe(true);
    await interrupted.dispose();
  });

  it('serves repeats from the cache and embeds duplicates once', async () => {
    const before = embedder.embeddedCount;
    await embedder.embed(['cache me', 'cache me', 'and me']);
    expect(embedder.embeddedCount - before).toBe(2);
    await embedder.embed(['and me', 'cache me']);
    expect(embedder.embeddedCount - before).toBe(2);
  });

  it('keeps its cache in a store across embedder instances', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'rolefit-embedding-cache-'));
    try {
      const path = join(directory, 'store.json');
      // The embedders do not own their caches: the stores are closed here (left open, the first one's journal was
      // a FileHandle let go to the garbage collector, Node's DEP0137 warning "Closing file descriptor … on garbage
      // collection" in a later test of this file).
      const firstCache = createMemoryStore({ path });
      let secondCache: MemoryStore | undefined;
      try {
        const first = createTransformersEmbedder({ model: modelDirectory, cache: firstCache });
        const [original] = await first.embed(['persisted text']);
        secondCache = await createMemoryStore({ path }).open();
        const second = createTransformersEmbedder({ model: modelDirectory, cache: secondCache });
        const [again] = await second.embed(['persisted text']);
        expect(second.embeddedCount).toBe(0);
        expect([...again!]).toEqual([...original!]);
        await Promise.all([first.dispose(), second.dispose()]);
      } finally {
        await firstCache.close();
        await secondCache?.close();
      }
      // Both stores closed: the last close() let go of the store's lock file (and, before it, of the journal).
      expect(existsSync(`${path}.lock`)).toBe(false);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('chunks a text longer than the window instead of truncating it', async () => {
    const windowed = createTransformersEmbedder({ model: modelDirectory, maxTokens: 16, chunkOverlap: 0 });
    const head = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen';
    const tail = head.split(' ').reverse().join(' ');
    const [whole] = await windowed.embed([`${head} ${tail}`]);
    const [headOnly, tailOnly] = await windowed.embed([head, tail]);
    // Both halves fit one window each (14 tokens), so the long text is exactly their mean.
    expect(
      close(
        whole!,
        unitMean([
          [headOnly, 1],
          [tailOnly, 1],
        ]),
      ),
    ).toBe(true);
    expect(close(whole!, headOnly!)).toBe(false);
    await windowed.dispose();
  });

  it('packs whole sentences into chunks by default and embeds each token once, where fixed windows overlap', async () => {
    // Three sentences of 7 tokens each; a 16-token window holds 14 tokens of text: the first two, then the third.
    // Capitalised: Intl.Segmenter (Unicode's sentence rules) does not end a sentence at a full stop followed by a
    // lower-case word, and the model's uncased tokenizer gives the same tokens either way.
    const [first, second, third] = [
      'One two three four five six.',
      'Seven eight nine ten eleven twelve.',
      'Red green blue black white grey.',
    ];
    const text = `${first} ${second} ${third}`;
    const sentences = createTransformersEmbedder({ model: modelDirectory, maxTokens: 16, chunkOverlap: 4 });
    const [whole] = await sentences.embed([text]);
    expect(sentences.embeddedTokenCount).toBe(16 + 9);
    const [firstTwo, last] = await sentences.embed([`${first} ${second}`, third]);
    // Chunk vectors are averaged by their token counts (16 and 9), special tokens included.
    expect(
      close(
        whole!,
        unitMean([
          [firstTwo, 16],
          [last, 9],
        ]),
      ),
    ).toBe(true);

    const windows = createTransformersEmbedder({
      model: modelDirectory,
      maxTokens: 16,
      chunkOverlap: 4,
      chunking: 'windows',
    });
    const [windowed] = await windows.embed([text]);
    // 21 tokens of text in windows of 14 that step by 10: tokens 0-13 and 10-20, 4 of them embedded twice.
    expect(windows.embeddedTokenCount).toBe(16 + 13);
    expect(close(windowed!, whole!)).toBe(false);
    await Promise.all([sentences.dispose(), windows.dispose()]);
  });

  it('embeds a long text from its first maxChunks chunks (64 by default) and counts the texts it cut', async () => {
    // 200 sentences of 7 tokens; a 16-token window holds 14 tokens of text: two sentences a chunk, 100 chunks.
    const sentence = (index: number) => `Sentence ${index} has seven tokens.`;
    const sentences = Array.from({ length: 200 }, (_, index) => sentence(index));
    const text = sentences.join(' ');
    const capped = createTransformersEmbedder({ model: modelDirectory, maxTokens: 16, chunkOverlap: 4, dtype: 'fp32' });
    const [long] = await capped.embed([text]);
    // 64 chunks of 16 tokens ran, not 100: the vector is that of the text's first 128 sentences.
    expect(capped.embeddedTokenCount).toBe(64 * 16);
    expect(capped.cutTextCount).toBe(1);
    const [start] = await capped.embed([sentences.slice(0, 128).join(' ')]);
    expect(capped.cutTextCount).toBe(1);
    expect(close(long!, start!)).toBe(true);

    const one = createTransformersEmbedder({
      model: modelDirectory,
      maxTokens: 16,
      chunkOverlap: 4,
      dtype: 'fp32',
      maxChunks: 1,
    });
    const [first] = await one.embed([text]);
    const [firstTwo] = await one.embed([`${sentence(0)} ${sentence(1)}`]);
    expect(close(first!, firstTwo!)).toBe(true);
    expect([one.embeddedTokenCount, one.cutTextCount]).toEqual([16 + 16, 1]);

    // Fixed windows: 1,400 tokens of text in windows of 14 stepping by 10; three kept, tokens 0-33 of the text, which
    // the first five sentences (35 tokens, four windows) cut to three also give.
    const windows = createTransformersEmbedder({
      model: modelDirectory,
      maxTokens: 16,
      chunkOverlap: 4,
      dtype: 'fp32',
      chunking: 'windows',
      maxChunks: 3,
    });
    const [windowed] = await windows.embed([text]);
    expect([windows.embeddedTokenCount, windows.cutTextCount]).toEqual([3 * 16, 1]);
    const [windowedStart] = await windows.embed([sentences.slice(0, 5).join(' ')]);
    expect([windows.embeddedTokenCount, windows.cutTextCount]).toEqual([6 * 16, 2]);
    expect(close(windowed!, windowedStart!)).toBe(true);
    await Promise.all([capped.dispose(), one.dispose(), windows.dispose()]);
  });

  it('starts every chunk of a long text with the passage prefix', async () => {
    const [first, second] = ['One two three four five six.', 'Seven eight nine ten eleven twelve.'];
    // With "passage:" (2 tokens) the 14 tokens of text no longer fit a 16-token window: one sentence per chunk.
    const prefixed = createTransformersEmbedder({
      model: modelDirectory,
      maxTokens: 16,
      chunkOverlap: 4,
      passagePrefix: 'passage: ',
    });
    const literal = createTransformersEmbedder({ model: modelDirectory, maxTokens: 16, chunkOverlap: 4 });
    const [whole] = await prefixed.embed([`${first} ${second}`]);
    const [firstPrefixed, secondPrefixed] = await literal.embed([`passage: ${first}`, `passage: ${second}`]);
    expect(
      close(
        whole!,
        unitMean([
          [firstPrefixed, 1],
          [secondPrefixed, 1],
        ]),
      ),
    ).toBe(true);
    const tooLong = createTransformersEmbedder({
      model: modelDirectory,
      maxTokens: 16,
      chunkOverlap: 4,
      passagePrefix: 'a b c d e f g h i j passage: ',
    });
    await expect(tooLong.embed([`${first} ${second}`])).rejects.toThrow(/leaving no room for text/);
    await Promise.all([prefixed.dispose(), literal.dispose(), tooLong.dispose()]);
  });

  it("follows the model directory's sentence-transformers pooling and max_seq_length, and pools bge by its first token", async () => {
    const parent = await mkdtemp(join(tmpdir(), 'rolefit-st-model-'));
    // The same model files under other names, with and without sentence-transformers configs.
    const copy = async (name: string) => {
      const target = join(parent, name);
      await cp(modelDirectory, target, { recursive: true });
      return target;
    };
    try {
      const configured = await copy('configured');
      await mkdir(join(configured, '1_Pooling'));
      await writeFile(
        join(configured, '1_Pooling/config.json'),
        JSON.stringify({ pooling_mode_cls_token: true, pooling_mode_mean_tokens: false }),
      );
      await writeFile(join(configured, 'sentence_bert_config.json'), JSON.stringify({ max_seq_length: 16 }));
      const text =
        'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen';
      // 14 tokens of text per window; the overlap a model-chosen window gets is a quarter of that (3).
      const explicit = createTransformersEmbedder({
        model: modelDirectory,
        pooling: 'cls',
        maxTokens: 16,
        chunkOverlap: 3,
      });
      const fromConfig = createTransformersEmbedder({ model: configured });
      const [expected] = await explicit.embed([text]);
      const [actual] = await fromConfig.embed([text]);
      expect(close(actual!, expected!)).toBe(true);
      const [meanWhole] = await embedder.embed([text]);
      expect(close(actual!, meanWhole!)).toBe(false);

      const bge = createTransformersEmbedder({ model: await copy('bge-tiny') });
      const [bgeVector] = await bge.embed(['welder']);
      const [clsVector] = await explicit.embed(['welder']);
      expect(close(bgeVector!, clsVector!)).toBe(true);

      const unsupported = await copy('max-pooled');
      await mkdir(join(unsupported, '1_Pooling'));
      await writeFile(join(unsupported, '1_Pooling/config.json'), JSON.stringify({ pooling_mode_max_tokens: true }));
      expect(() => createTransformersEmbedder({ model: unsupported })).toThrow(EmbeddingModelError);
      expect(() => createTransformersEmbedder({ model: unsupported })).toThrow(
        expect.objectContaining({ code: 'ROLEFIT_EMBEDDING_MODEL' }),
      );
      expect(() => createTransformersEmbedder({ model: unsupported })).toThrow(/max_tokens.*pass pooling/);
      expect(() => createTransformersEmbedder({ model: unsupported, pooling: 'mean' })).not.toThrow();
      await Promise.all([explicit.dispose(), fromConfig.dispose(), bge.dispose()]);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });

  it('runs the int8 weights by default on the CPU when the model ships them, and fp32 otherwise', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'rolefit-dtype-model-'));
    try {
      const floatOnly = join(parent, 'float-only');
      await cp(modelDirectory, floatOnly, { recursive: true });
      await rm(join(floatOnly, 'onnx', 'model_quantized.onnx'));
      const quantized = createTransformersEmbedder({ model: modelDirectory, device: 'cpu' });
      const fallback = createTransformersEmbedder({ model: floatOnly, device: 'cpu' });
      const chosen = createTransformersEmbedder({ model: modelDirectory, device: 'cpu', dtype: 'fp32' });
      expect([quantized.dtype, fallback.dtype, chosen.dtype]).toEqual(['q8', 'fp32', 'fp32']);
      const text = 'Registered nurse for night shifts in a cardiac unit';
      const [int8] = await quantized.embed([text]);
      const [float] = await fallback.embed([text]);
      const [float2] = await chosen.embed([text]);
      // Different weights files: close (the int8 file holds the same weights, rounded), never identical.
      expect(close(float!, float2!)).toBe(true);
      expect([...int8!]).not.toEqual([...float!]);
      expect(cosineSimilarity(int8!, float!)).toBeGreaterThan(0.99);
      await Promise.all([quantized.dispose(), fallback.dispose(), chosen.dispose()]);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });

  it("uses all-MiniLM-L6-v2's 256-token window for copies that lack sentence_bert_config.json", async () => {
    const parent = await mkdtemp(join(tmpdir(), 'rolefit-minilm-name-'));
    try {
      const named = join(parent, 'all-MiniLM-L6-v2');
      await cp(modelDirectory, named, { recursive: true });
      // 300 words give about 300 tokens: one 512 window, or two of 256.
      const text = Array.from(
        { length: 300 },
        (_, index) => ['nurse', 'welder', 'engineer', 'chef', 'driver'][index % 5],
      ).join(' ');
      const byName = createTransformersEmbedder({ model: named, dtype: 'fp32' });
      const explicit256 = createTransformersEmbedder({ model: modelDirectory, dtype: 'fp32', maxTokens: 256 });
      const explicit512 = createTransformersEmbedder({ model: modelDirectory, dtype: 'fp32', maxTokens: 512 });
      // Loaded at once on purpose: transformers.js's model folder is global, so loads must take turns.
      const [[viaName], [via256], [via512]] = await Promise.all([
        byName.embed([text]),
        explicit256.embed([text]),
        explicit512.embed([text]),
      ]);
      expect(close(viaName!, via256!)).toBe(true);
      expect(close(viaName!, via512!)).toBe(false);
      await Promise.all([byName.dispose(), explicit256.dispose(), explicit512.dispose()]);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });

  it('puts the query and passage prefixes in front of the text', async () => {
    const prefixed = createTransformersEmbedder({
      model: modelDirectory,
      queryPrefix: 'query: ',
      passagePrefix: 'passage: ',
    });
    const [asQuery] = await prefixed.embed(['electrician'], { kind: 'query' });
    const [plainQuery] = await embedder.embed(['query: electrician']);
    expect(close(asQuery!, plainQuery!)).toBe(true);
    await prefixed.dispose();
  });

  it('rejects bad settings and non-string input clearly', async () => {
    expect(() => createTransformersEmbedder({ model: modelDirectory, batchSize: 0 })).toThrow(/batchSize/);
    expect(() => createTransformersEmbedder({ model: modelDirectory, workers: -1 })).toThrow(
      /workers: must be a whole number ≥ 0, got -1/,
    );
    expect(() => createTransformersEmbedder({ model: modelDirectory, threads: 0.5 })).toThrow(
      /threads: must be a whole number ≥ 1, got 0.5/,
    );
    expect(() => createTransformersEmbedder({ model: modelDirectory, maxTokens: 10, chunkOverlap: 20 })).toThrow(
      /maxTokens/,
    );
    expect(() => createTransformersEmbedder({ model: modelDirectory, chunking: 'paragraphs' as 'sentences' })).toThrow(
      /chunking: must be 'sentences' or 'windows', got paragraphs/,
    );
    expect(() => createTransformersEmbedder({ model: modelDirectory, longTexts: 'drop' as 'chunk' })).toThrow(
      /longTexts: must be 'chunk' or 'truncate', got drop/,
    );
    expect(() => createTransformersEmbedder({ model: modelDirectory, maxChunks: 0 })).toThrow(
      /maxChunks: must be a whole number ≥ 1, got 0/,
    );
    await expect(embedder.embed([null as unknown as string])).rejects.toThrow(
      'Invalid Embedder.embed: texts.0: must be a string, got null',
    );
  });

  it('names the model and the place it looked when the model is missing', async () => {
    const missing = createTransformersEmbedder({ model: 'nobody/no-such-model', modelsDirectory: tmpdir() });
    const error = await missing.embed(['x']).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ModelFilesError);
    expect((error as Error).message).toMatch(/nobody\/no-such-model.*remote models are off/);
  });

  it('ranks jobs with scores in [0, 1] and valid matches', async () => {
    const ranker = createEmbeddingRanker({ embedder });
    const jobs = [
      parseJob({
        id: 'a',
        source: 's',
        title: 'Backend Engineer',
        skills: ['Node.js', 'PostgreSQL'],
        description: 'APIs',
      }),
      parseJob({ id: 'b', source: 's', title: 'Nurse', skills: ['Patient Care'] }),
      parseJob({ id: 'c', source: 's', title: 'Chef', description: 'Kitchen' }),
    ];
    const resume = parseResume({ id: 'r', skills: ['Node.js'], text: 'Backend engineer, Node.js' });
    const matches = await ranker.rank({ resume }, jobs);
    expect(matches.map((match) => match.jobId).sort()).toEqual(['a', 'b', 'c']);
    for (const match of matches) expect(parseMatch(match).score).toBeGreaterThanOrEqual(0);
    expect(matches.find((match) => match.jobId === 'a')?.matchedSkills).toEqual(['Node.js']);
    expect(await ranker.rank({ resume }, jobs, { limit: 1 })).toHaveLength(1);
    // The ranker's score is (cosine + 1) / 2 of the embedder's own vectors.
    const [person] = await embedder.embed(['Node.js\nBackend engineer, Node.js'], { kind: 'query' });
    const [chef] = await embedder.embed(['Chef\nKitchen'], { kind: 'passage' });
    expect(matches.find((match) => match.jobId === 'c')?.score).toBeCloseTo(
      (cosineSimilarity(person!, chef!) + 1) / 2,
      5,
    );
    const empty = await ranker.rank({ text: '' }, jobs);
    expect(empty.every((match) => match.score === 0.5)).toBe(true);
  });
});
