import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultRandomModelDirectory, parseCsv, writeRandomBertModel } from '@rolefit/dev-tools';
import { describe, expect, it } from 'vitest';
import { cosineSimilarity, createTransformersEmbedder } from './index.js';

// Equal precision: the batched, length-sorted, worker-run embedder must give the vectors a plain
// `pipeline('feature-extraction')` loop gives, text by text, on the same model file and dtype. A MiniLM-L6-shaped
// BERT with seeded random weights and the real all-MiniLM-L6-v2 tokenizer (../shared/models): mechanics, not quality.
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const modelsDirectory = process.env.ROLEFIT_MODELS ?? resolve(root, '../shared/models');
const dataDirectory = process.env.ROLEFIT_DATA_DIR ?? process.env.ROLEFIT_DATA ?? resolve(root, '../shared/data');
const tokenizerPresent = existsSync(join(modelsDirectory, 'Xenova/all-MiniLM-L6-v2/tokenizer.json'));
const postingsFile = join(dataDirectory, 'linkedin-postings-2023-24-head1000/postings_head1000.csv');

/** Posting titles and opening sentences (real LinkedIn postings where ../shared/data has them), of many lengths, all within one window. */
function texts(): string[] {
  const rows = existsSync(postingsFile)
    ? (parseCsv(readFileSync(postingsFile, 'utf8')) as Array<{ title: string; description: string }>).slice(0, 40)
    : [];
  const fromData = rows.flatMap((row, index) => [
    row.title,
    `${row.title}\n${row.description
      .split(/\s+/)
      .slice(0, 20 + (index % 7) * 20)
      .join(' ')}`,
  ]);
  return fromData.length
    ? fromData
    : [
        'Senior Python developer',
        'Registered nurse, night shifts, Leeds',
        'Data engineer with Spark and Airflow; remote in the EU. '.repeat(6),
      ];
}

describe.skipIf(!tokenizerPresent)(
  'createTransformersEmbedder against a plain pipeline loop',
  { timeout: 300_000 },
  () => {
    it('gives the same vector for every text as the plain loop: cosine >= 0.9999 for fp32 and q8, max abs difference < 1e-4 in fp32', async () => {
      const model = await writeRandomBertModel({
        directory: defaultRandomModelDirectory('minilm-l6', 42),
        shape: 'minilm-l6',
        seed: 42,
      });
      const { env, pipeline } = await import('@huggingface/transformers');
      env.allowRemoteModels = false;
      env.localModelPath = `${dirname(model.directory)}/`;
      const inputs = texts();
      for (const dtype of ['fp32', 'q8'] as const) {
        const extractor = await pipeline('feature-extraction', basename(model.directory), { dtype });
        const plain: Float32Array[] = [];
        for (const text of inputs)
          plain.push((await extractor(text, { pooling: 'mean', normalize: true })).data as Float32Array);
        await extractor.dispose();
        const embedder = createTransformersEmbedder({ model: model.directory, dtype });
        try {
          const ours = await embedder.embed(inputs);
          // Every text fits the 256-token window, so both sides see the same tokens (longer texts are chunked by design).
          expect(embedder.embeddedTokenCount).toBeLessThanOrEqual(inputs.length * 256);
          const lowest = Math.min(...inputs.map((_, index) => cosineSimilarity(plain[index]!, ours[index]!)));
          const largest = Math.max(
            ...inputs.map((_, index) =>
              Math.max(...plain[index]!.map((value, column) => Math.abs(value - ours[index]![column]!))),
            ),
          );
          expect(lowest, `${dtype}: lowest cosine`).toBeGreaterThanOrEqual(0.9999);
          // fp32 differs only by float summation order. q8 quantizes activations per call (dynamic quantization), so a
          // batch's scale differs from a lone text's: 1.3e-3 measured, still cosine >= 0.9999.
          expect(largest, `${dtype}: largest absolute difference`).toBeLessThan(dtype === 'fp32' ? 1e-4 : 5e-3);
        } finally {
          await embedder.dispose();
        }
      }
    });

    it("with longTexts: 'truncate' and maxTokens: 512 embeds whole postings as the plain loop does: the same tokens, cosine >= 0.9999, max abs < 1e-3 (fp32)", async () => {
      const model = await writeRandomBertModel({
        directory: defaultRandomModelDirectory('minilm-l6', 42),
        shape: 'minilm-l6',
        seed: 42,
      });
      const { env, pipeline } = await import('@huggingface/transformers');
      env.allowRemoteModels = false;
      env.localModelPath = `${dirname(model.directory)}/`;
      const rows = existsSync(postingsFile)
        ? (parseCsv(readFileSync(postingsFile, 'utf8')) as Array<{ title: string; description: string }>).slice(0, 12)
        : [];
      // Whole postings (most run past 512 tokens); without ../shared/data, hand-written long texts.
      const inputs = rows.length
        ? rows.map((row) => `${row.title}\n${row.description}`)
        : ['Welder. '.repeat(400), 'Night nurse on a surgical ward, Leeds. '.repeat(60), 'Python developer'];
      const extractor = await pipeline('feature-extraction', basename(model.directory), { dtype: 'fp32' });
      const plain: Float32Array[] = [];
      for (const text of inputs)
        plain.push((await extractor(text, { pooling: 'mean', normalize: true })).data as Float32Array);
      const plainTokens = inputs.reduce(
        (sum, text) => sum + (extractor.tokenizer(text, { truncation: true }).input_ids as { size: number }).size,
        0,
      );
      await extractor.dispose();
      const embedder = createTransformersEmbedder({
        model: model.directory,
        dtype: 'fp32',
        longTexts: 'truncate',
        maxTokens: 512,
      });
      try {
        const ours = await embedder.embed(inputs);
        expect(embedder.embeddedTokenCount).toBe(plainTokens);
        expect(plainTokens).toBeGreaterThan(inputs.length * 256); // long texts: truncation is exercised
        const lowest = Math.min(...inputs.map((_, index) => cosineSimilarity(plain[index]!, ours[index]!)));
        const largest = Math.max(
          ...inputs.map((_, index) =>
            Math.max(...plain[index]!.map((value, column) => Math.abs(value - ours[index]![column]!))),
          ),
        );
        expect(1 - lowest, `lowest cosine ${lowest}`).toBeLessThanOrEqual(1e-4);
        // Float summation order only (one onnxruntime thread per worker here, the plain loop's two), over up to 512
        // tokens of random weights: 4.4e-4 measured, where the within-window texts above stay under 1e-4.
        expect(largest).toBeLessThan(1e-3);
      } finally {
        await embedder.dispose();
      }
    });
  },
);
