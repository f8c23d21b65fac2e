import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildRandomBertModel, INITIALIZER_RANGE, LAYER_NORM_EPSILON, OPSET_VERSION } from './bert-graph.js';
import {
  assertOutsideRepository,
  DEFAULT_SEED,
  defaultTokenizerDirectory,
  MODELS_ENVIRONMENT_VARIABLE,
} from './paths.js';
import { assertValidSeed } from './random.js';
import { bertShapeLabel, resolveBertShape, sameBertShape, type BertShape, type BertShapeName } from './shape.js';

/** Options of {@link writeRandomBertModel}. */
export interface WriteRandomBertModelOptions {
  /** Output folder; must lie outside the repository (use the OS temp dir). Created when missing. */
  directory: string;
  /** A built-in shape name or explicit dimensions; defaults to `tiny`. */
  shape?: BertShapeName | BertShape;
  /** PRNG seed, an integer from 0 to 2^32 - 1; defaults to 42. Same seed and shape give a byte-identical model. */
  seed?: number;
  /** Folder with the real tokenizer files; defaults to `$ROLEFIT_MODELS/Xenova/all-MiniLM-L6-v2` or `<repo>/../shared/models/...`. */
  tokenizerDirectory?: string;
}

/**
 * The sentence-transformers files of the real model a built-in shape copies: `minilm-l6` gets those of
 * sentence-transformers/all-MiniLM-L6-v2 (mean pooling, 256-token `max_seq_length`), so code that reads
 * them sees what it would with the real model. Explicit shapes get none.
 */
export const SENTENCE_TRANSFORMERS_FILES: Readonly<Partial<Record<BertShapeName, Readonly<Record<string, unknown>>>>> =
  Object.freeze({
    'minilm-l6': Object.freeze({
      'modules.json': [
        { idx: 0, name: '0', path: '', type: 'sentence_transformers.models.Transformer' },
        { idx: 1, name: '1', path: '1_Pooling', type: 'sentence_transformers.models.Pooling' },
        { idx: 2, name: '2', path: '2_Normalize', type: 'sentence_transformers.models.Normalize' },
      ],
      'sentence_bert_config.json': { max_seq_length: 256, do_lower_case: false },
      '1_Pooling/config.json': {
        word_embedding_dimension: 384,
        pooling_mode_cls_token: false,
        pooling_mode_mean_tokens: true,
        pooling_mode_max_tokens: false,
        pooling_mode_mean_sqrt_len_tokens: false,
      },
    }),
  });

/** What {@link writeRandomBertModel} wrote (or found already written). */
export interface RandomBertModel {
  /** Absolute output folder, usable as a transformers.js model path. */
  directory: string;
  /** Absolute path of `onnx/model.onnx`. */
  modelPath: string;
  /** Absolute path of `onnx/model_quantized.onnx`: the same weights with int8 linear layers (transformers.js `dtype: 'q8'`). */
  quantizedModelPath: string;
  /** The dimensions of the model. */
  shape: BertShape;
}

/** Tokenizer files copied next to the model, as transformers.js expects them. */
export const TOKENIZER_FILES = ['tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json'] as const;

/** Name of the manifest that marks a finished model and lets later calls skip the work. */
export const MANIFEST_FILE = 'rolefit-model.json';

// Bump when the graph or weight layout changes, so old folders are rewritten instead of reused.
const FORMAT_VERSION = 2;

interface Manifest {
  generator: string;
  formatVersion: number;
  shape: BertShape;
  seed: number;
  modelBytes: number;
  quantizedModelBytes: number;
}

/**
 * Writes a random-weight BERT ONNX model (float and int8 files), config.json and the real tokenizer into
 * `directory`, unless it already holds the same shape and seed.
 */
export async function writeRandomBertModel(options: WriteRandomBertModelOptions): Promise<RandomBertModel> {
  const shape = resolveBertShape(options.shape ?? 'tiny');
  const seed = assertValidSeed(options.seed ?? DEFAULT_SEED);
  const directory = path.resolve(options.directory);
  await assertOutsideRepository(directory);
  const modelPath = path.join(directory, 'onnx', 'model.onnx');
  const quantizedModelPath = path.join(directory, 'onnx', 'model_quantized.onnx');
  const result: RandomBertModel = { directory, modelPath, quantizedModelPath, shape };

  if (await holdsModel(directory, shape, seed)) return result;

  const tokenizerDirectory = path.resolve(options.tokenizerDirectory ?? defaultTokenizerDirectory());
  await checkTokenizer(tokenizerDirectory, shape);

  await mkdir(path.dirname(modelPath), { recursive: true });
  // Drop a stale manifest first, so an interrupted rewrite is never taken for a finished model.
  await rm(path.join(directory, MANIFEST_FILE), { force: true });
  const modelBytes = buildRandomBertModel(shape, seed);
  await writeAtomically(modelPath, modelBytes);
  const quantizedModelBytes = buildRandomBertModel(shape, seed, { quantized: true });
  await writeAtomically(quantizedModelPath, quantizedModelBytes);
  for (const [file, contents] of Object.entries(sentenceTransformersFilesOf(shape))) {
    await mkdir(path.dirname(path.join(directory, file)), { recursive: true });
    await writeAtomically(path.join(directory, file), `${JSON.stringify(contents, null, 2)}\n`);
  }
  await writeAtomically(path.join(directory, 'config.json'), `${JSON.stringify(bertConfig(shape, seed), null, 2)}\n`);
  // Copy contents, not the file: the shared originals are read-only and a later rewrite must be able to replace them.
  for (const file of TOKENIZER_FILES)
    await writeAtomically(path.join(directory, file), await readFile(path.join(tokenizerDirectory, file)));
  await writeAtomically(path.join(directory, 'README.md'), readme(shape, seed));
  const manifest: Manifest = {
    generator: '@rolefit/dev-tools random-bert',
    formatVersion: FORMAT_VERSION,
    shape,
    seed,
    modelBytes: modelBytes.byteLength,
    quantizedModelBytes: quantizedModelBytes.byteLength,
  };
  await writeAtomically(path.join(directory, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return result;
}

/** Returns the Hugging Face style config.json for a random BERT of this shape. */
export function bertConfig(shape: BertShape, seed: number): Record<string, unknown> {
  return {
    _name_or_path: 'rolefit/random-bert',
    architectures: ['BertModel'],
    model_type: 'bert',
    hidden_size: shape.hiddenSize,
    num_hidden_layers: shape.layers,
    num_attention_heads: shape.heads,
    intermediate_size: shape.intermediateSize,
    max_position_embeddings: shape.maxPositions,
    vocab_size: shape.vocabSize,
    type_vocab_size: shape.typeVocabSize,
    hidden_act: 'gelu',
    layer_norm_eps: LAYER_NORM_EPSILON,
    initializer_range: INITIALIZER_RANGE,
    pad_token_id: 0,
    position_embedding_type: 'absolute',
    rolefit_random_weights: true,
    rolefit_seed: seed,
    rolefit_opset: OPSET_VERSION,
  };
}

function sentenceTransformersFilesOf(shape: BertShape): Readonly<Record<string, unknown>> {
  return SENTENCE_TRANSFORMERS_FILES[bertShapeLabel(shape) as BertShapeName] ?? {};
}

async function holdsModel(directory: string, shape: BertShape, seed: number): Promise<boolean> {
  let manifest: Partial<Manifest>;
  try {
    manifest = JSON.parse(await readFile(path.join(directory, MANIFEST_FILE), 'utf8')) as Partial<Manifest>;
  } catch {
    return false;
  }
  if (manifest.formatVersion !== FORMAT_VERSION || manifest.seed !== seed || manifest.shape === undefined) return false;
  if (!sameBertShape(manifest.shape, shape)) return false;
  const requiredFiles = ['config.json', ...TOKENIZER_FILES, ...Object.keys(sentenceTransformersFilesOf(shape))].map(
    (file) => path.join(directory, file),
  );
  if (!requiredFiles.every((file) => existsSync(file))) return false;
  // A size check is cheap and catches a truncated model; hashing 90 MB on every call would not be.
  const size = async (file: string) => (await stat(path.join(directory, 'onnx', file)).catch(() => undefined))?.size;
  return (
    (await size('model.onnx')) === manifest.modelBytes &&
    (await size('model_quantized.onnx')) === manifest.quantizedModelBytes
  );
}

async function checkTokenizer(tokenizerDirectory: string, shape: BertShape): Promise<void> {
  const missing = TOKENIZER_FILES.filter((file) => !existsSync(path.join(tokenizerDirectory, file)));
  if (missing.length > 0) {
    throw new Error(
      `Tokenizer files missing in ${tokenizerDirectory}: ${missing.join(', ')}. ` +
        `Set ${MODELS_ENVIRONMENT_VARIABLE} to the folder that holds Xenova/all-MiniLM-L6-v2, or pass tokenizerDirectory.`,
    );
  }
  // The real tokenizer's ids index the word table, so a smaller vocabulary would fail at run time.
  const tokenizer = JSON.parse(await readFile(path.join(tokenizerDirectory, 'tokenizer.json'), 'utf8')) as {
    model?: { vocab?: Record<string, number> };
    added_tokens?: { id: number }[];
  };
  const ids = [
    ...Object.values(tokenizer.model?.vocab ?? {}),
    ...(tokenizer.added_tokens ?? []).map((token) => token.id),
  ];
  const largestId = ids.reduce((largest, id) => Math.max(largest, id), -1);
  if (largestId >= shape.vocabSize) {
    throw new Error(
      `Shape vocabSize ${shape.vocabSize} is too small for the tokenizer in ${tokenizerDirectory} (largest token id ${largestId}).`,
    );
  }
}

// Write then rename, so a reader (or a concurrent writer of the same seed) never sees a half-written file.
async function writeAtomically(file: string, contents: Uint8Array | string): Promise<void> {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, file);
}

function readme(shape: BertShape, seed: number): string {
  return [
    '# Random BERT (RANDOM WEIGHTS: speed tests only)',
    '',
    'Written by `@rolefit/dev-tools` (`writeRandomBertModel`, or `node tools/random-bert.mjs`).',
    '',
    `The ONNX encoder in \`onnx/model.onnx\` has the shape of a BERT sentence-embedding model but its weights`,
    `are seeded random numbers (seed ${seed}), not trained. Its embeddings carry no meaning.`,
    '`onnx/model_quantized.onnx` holds the same weights with int8 linear layers (dynamic quantization).',
    'Use it to exercise model loading, batching, pooling and caching, and to measure speed.',
    'Never quote ranking quality from it. Do not commit these files.',
    '',
    `Shape: ${shape.layers} layers, hidden ${shape.hiddenSize}, ${shape.heads} heads, FFN ${shape.intermediateSize},`,
    `${shape.maxPositions} positions, vocabulary ${shape.vocabSize}, ${shape.typeVocabSize} token types.`,
    '',
    'The tokenizer files are the real all-MiniLM-L6-v2 (bert-base-uncased WordPiece) tokenizer.',
    '',
  ].join('\n');
}
