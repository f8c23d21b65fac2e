import { existsSync } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  assertOutsideRepository,
  DEFAULT_SEED,
  findRepositoryRoot,
  MODELS_ENVIRONMENT_VARIABLE,
} from '../random-bert/paths.js';
import { SeededRandom } from '../random-bert/random.js';
import { GgmlTensorType, GgufHeaderWriter, GgufValueType, readGgufMetadata, toFloat16Bits } from './gguf.js';
import {
  countLlamaParameters,
  llamaShapeLabel,
  llamaTensorSpecs,
  resolveLlamaShape,
  type LlamaShape,
  type LlamaShapeName,
} from './shape.js';

/** Alignment of the tensor data section and of every tensor in it (`general.alignment`). */
export const GGUF_ALIGNMENT = 32;

/** Standard deviation of the random matrix weights. */
export const LLAMA_WEIGHT_DEVIATION = 0.02;

/** RMS-norm epsilon written to the metadata. */
export const LLAMA_RMS_EPSILON = 1e-5;

/** Where the default tokenizer source lives below the models folder. */
export const DEFAULT_TOKENIZER_GGUF = path.join('stories260K', 'stories260K.gguf');

/** Options for {@link writeRandomLlamaGguf}. */
export interface WriteRandomLlamaGgufOptions {
  /** Output folder, outside any repository (default `<os tmpdir>/rolefit-models/random-llama-<shape>-<seed>`). */
  directory?: string;
  /** Named or explicit shape (default `tiny`). */
  shape?: LlamaShapeName | LlamaShape;
  /** Seed of the weights (default 42). */
  seed?: number;
  /** GGUF whose `tokenizer.*` metadata is copied (default `$ROLEFIT_MODELS/stories260K/stories260K.gguf`). */
  tokenizerFrom?: string;
  /** Rewrite the file even when one of the expected size is already there (default false). */
  overwrite?: boolean;
  /** A Jinja chat template written as `tokenizer.chat_template` (default: the source's, none for stories260K). */
  chatTemplate?: string;
}

/** What {@link writeRandomLlamaGguf} wrote. */
export interface RandomLlamaGguf {
  /** Path of the `.gguf` file. */
  path: string;
  /** The shape written. */
  shape: LlamaShape;
  /** Vocabulary size taken from the copied tokenizer. */
  vocabularySize: number;
  /** Exact number of parameters. */
  parameterCount: number;
  /** File size in bytes. */
  bytes: number;
}

/** Returns the usual output folder: `<os tmpdir>/rolefit-models/random-llama-<shape>-<seed>`. */
export function defaultRandomLlamaDirectory(
  shape: LlamaShapeName | LlamaShape = 'tiny',
  seed: number = DEFAULT_SEED,
): string {
  return path.join(tmpdir(), 'rolefit-models', `random-llama-${llamaShapeLabel(shape)}-${seed}`);
}

/** Returns the default tokenizer source: `$ROLEFIT_MODELS` or `<repo root>/../shared/models`, plus `stories260K/stories260K.gguf`. */
export function defaultTokenizerGguf(): string {
  const fromEnvironment = process.env[MODELS_ENVIRONMENT_VARIABLE];
  if (fromEnvironment) return path.resolve(fromEnvironment, DEFAULT_TOKENIZER_GGUF);
  const repositoryRoot = findRepositoryRoot() ?? findRepositoryRoot(process.cwd());
  if (repositoryRoot === undefined)
    throw new Error(`Cannot find the shared models folder: set ${MODELS_ENVIRONMENT_VARIABLE} or pass tokenizerFrom.`);
  return path.resolve(repositoryRoot, '..', 'shared', 'models', DEFAULT_TOKENIZER_GGUF);
}

// Elements generated and written per chunk: bounds memory to a few MB whatever the model size.
const CHUNK_ELEMENTS = 1 << 20;

/**
 * Writes a llama GGUF (v3) with seeded random weights: F16 matrices drawn from a bell-shaped N(0, 0.02),
 * F32 RMS-norm weights of 1, and the tokenizer metadata copied from another GGUF. Streams the tensors in
 * chunks, so memory stays low even for the 0.5B shape. Only for tests and benchmarks: the model is noise.
 */
export async function writeRandomLlamaGguf(options: WriteRandomLlamaGgufOptions = {}): Promise<RandomLlamaGguf> {
  const shapeOption = options.shape ?? 'tiny';
  const shape = resolveLlamaShape(shapeOption);
  const seed = options.seed ?? DEFAULT_SEED;
  const random = new SeededRandom(seed);
  const directory = path.resolve(options.directory ?? defaultRandomLlamaDirectory(shapeOption, seed));
  await assertOutsideRepository(directory);

  const source = await readGgufMetadata(options.tokenizerFrom ?? defaultTokenizerGguf());
  const tokenizerEntries = source.entries.filter(
    (entry) =>
      entry.key.startsWith('tokenizer.') &&
      !(options.chatTemplate !== undefined && entry.key === 'tokenizer.chat_template'),
  );
  const tokens = tokenizerEntries.find((entry) => entry.key === 'tokenizer.ggml.tokens');
  if (tokens === undefined || tokens.type !== GgufValueType.array)
    throw new Error('The tokenizer source has no tokenizer.ggml.tokens array.');
  const vocabularySize = Number(Buffer.from(tokens.value).readBigUInt64LE(4));

  const specs = llamaTensorSpecs(shape, vocabularySize);
  const header = new GgufHeaderWriter();
  const metadata = new GgufHeaderWriter();
  const headDimension = shape.embeddingLength / shape.headCount;
  metadata
    .stringEntry('general.architecture', 'llama')
    .stringEntry('general.name', `random-llama-${llamaShapeLabel(shapeOption)}-${seed}`)
    .uint32Entry('general.alignment', GGUF_ALIGNMENT)
    .uint32Entry('llama.context_length', shape.contextLength)
    .uint32Entry('llama.embedding_length', shape.embeddingLength)
    .uint32Entry('llama.block_count', shape.blockCount)
    .uint32Entry('llama.feed_forward_length', shape.feedForwardLength)
    .uint32Entry('llama.attention.head_count', shape.headCount)
    .uint32Entry('llama.attention.head_count_kv', shape.headCountKeyValue)
    .uint32Entry('llama.rope.dimension_count', headDimension)
    .float32Entry('llama.attention.layer_norm_rms_epsilon', LLAMA_RMS_EPSILON)
    .uint32Entry('llama.vocab_size', vocabularySize);
  for (const entry of tokenizerEntries) metadata.rawEntry(entry);
  if (options.chatTemplate !== undefined) metadata.stringEntry('tokenizer.chat_template', options.chatTemplate);
  const entryCount = 12 + tokenizerEntries.length + (options.chatTemplate === undefined ? 0 : 1);

  header
    .bytes(Buffer.from('GGUF', 'latin1'))
    .uint32(3)
    .uint64(specs.length)
    .uint64(entryCount)
    .bytes(metadata.toBuffer());
  let dataOffset = 0;
  const tensorBytes: number[] = [];
  for (const spec of specs) {
    const elements = spec.dimensions.reduce((product, size) => product * size, 1);
    const bytes = elements * (spec.norm ? 4 : 2);
    header
      .string(spec.name)
      .uint32(spec.dimensions.length)
      .bytes(
        Buffer.concat(
          spec.dimensions.map((size) => {
            const chunk = Buffer.alloc(8);
            chunk.writeBigUInt64LE(BigInt(size));
            return chunk;
          }),
        ),
      )
      .uint32(spec.norm ? GgmlTensorType.float32 : GgmlTensorType.float16)
      .uint64(dataOffset);
    tensorBytes.push(bytes);
    dataOffset += Math.ceil(bytes / GGUF_ALIGNMENT) * GGUF_ALIGNMENT;
  }
  header.pad(GGUF_ALIGNMENT);
  const totalBytes = header.length + dataOffset;
  const filePath = path.join(directory, `random-llama-${llamaShapeLabel(shapeOption)}-${seed}.gguf`);
  const result: RandomLlamaGguf = {
    path: filePath,
    shape,
    vocabularySize,
    parameterCount: countLlamaParameters(shape, vocabularySize),
    bytes: totalBytes,
  };
  if (!options.overwrite && existsSync(filePath) && (await stat(filePath)).size === totalBytes) return result;

  await mkdir(directory, { recursive: true });
  const partialPath = `${filePath}.partial-${process.pid}`;
  const handle = await open(partialPath, 'w');
  try {
    await handle.write(header.toBuffer());
    for (const [index, spec] of specs.entries()) {
      const bytes = tensorBytes[index]!;
      const elements = spec.norm ? bytes / 4 : bytes / 2;
      for (let written = 0; written < elements; written += CHUNK_ELEMENTS) {
        const count = Math.min(CHUNK_ELEMENTS, elements - written);
        if (spec.norm) {
          await handle.write(Buffer.from(new Float32Array(count).fill(1).buffer));
        } else {
          const halves = new Uint16Array(count);
          for (let element = 0; element < count; element += 1)
            halves[element] = toFloat16Bits(random.nextNormalish(LLAMA_WEIGHT_DEVIATION));
          await handle.write(Buffer.from(halves.buffer));
        }
      }
      const padding = (GGUF_ALIGNMENT - (bytes % GGUF_ALIGNMENT)) % GGUF_ALIGNMENT;
      if (padding > 0) await handle.write(Buffer.alloc(padding));
    }
  } catch (error) {
    await handle.close();
    await rm(partialPath, { force: true });
    throw error;
  }
  await handle.close();
  await rename(partialPath, filePath);
  return result;
}
