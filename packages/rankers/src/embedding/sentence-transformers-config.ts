import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RolefitError } from '@rolefit/core';

/** What a sentence-transformers model directory says about using the model. */
export interface SentenceTransformersConfig {
  /** Pooling modes switched on in the pooling module's config, e.g. `['mean_tokens']` or `['cls_token']`. */
  poolingModes?: string[];
  /** `max_seq_length` from `sentence_bert_config.json`: tokens per input, special tokens included. */
  maxSeqLength?: number;
}

/** Thrown when a sentence-transformers config file exists but cannot be read as JSON of the expected shape. */
export class SentenceTransformersConfigError extends RolefitError {
  override readonly name: string = 'SentenceTransformersConfigError';
  /** Always `ROLEFIT_SENTENCE_TRANSFORMERS_CONFIG`. */
  declare readonly code: 'ROLEFIT_SENTENCE_TRANSFORMERS_CONFIG';

  constructor(
    message: string,
    /** The file that is wrong. */
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super('ROLEFIT_SENTENCE_TRANSFORMERS_CONFIG', message, { cause: options?.cause });
  }
}

const readJson = (path: string): unknown => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SentenceTransformersConfigError(`${path} is not valid JSON: ${(error as Error).message}`, path, {
      cause: error,
    });
  }
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the sentence-transformers files of a local model directory: the pooling module (found through
 * `modules.json`, else `1_Pooling/`) and `sentence_bert_config.json`. Missing files give an empty result,
 * since most ONNX exports carry only the Hugging Face files.
 */
export function readSentenceTransformersConfig(directory: string): SentenceTransformersConfig {
  const config: SentenceTransformersConfig = {};
  let poolingFolder = '1_Pooling';
  const modulesPath = join(directory, 'modules.json');
  if (existsSync(modulesPath)) {
    const modules = readJson(modulesPath);
    if (!Array.isArray(modules))
      throw new SentenceTransformersConfigError(`${modulesPath} must hold an array of modules`, modulesPath);
    const pooling = modules.find(
      (module) => isObject(module) && typeof module.type === 'string' && module.type.endsWith('.Pooling'),
    );
    if (isObject(pooling) && typeof pooling.path === 'string') poolingFolder = pooling.path;
  }
  const poolingPath = join(directory, poolingFolder, 'config.json');
  if (existsSync(poolingPath)) {
    const pooling = readJson(poolingPath);
    if (!isObject(pooling))
      throw new SentenceTransformersConfigError(`${poolingPath} must hold an object`, poolingPath);
    config.poolingModes = Object.entries(pooling)
      .filter(([key, value]) => key.startsWith('pooling_mode_') && value === true)
      .map(([key]) => key.slice('pooling_mode_'.length));
  }
  const sentencePath = join(directory, 'sentence_bert_config.json');
  if (existsSync(sentencePath)) {
    const sentence = readJson(sentencePath);
    if (!isObject(sentence))
      throw new SentenceTransformersConfigError(`${sentencePath} must hold an object`, sentencePath);
    const length = sentence.max_seq_length;
    if (length !== undefined && length !== null) {
      if (!(typeof length === 'number' && Number.isInteger(length) && length > 2))
        throw new SentenceTransformersConfigError(
          `${sentencePath}: max_seq_length must be a whole number above 2, got ${JSON.stringify(length)}`,
          sentencePath,
        );
      config.maxSeqLength = length;
    }
  }
  return config;
}
