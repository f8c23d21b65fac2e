import { ModelFilesError, RolefitError } from '@rolefit/core';
import { fileSystemReason } from '@rolefit/core/internal';
import { open, writeFile } from 'node:fs/promises';
import type { FeatureSpec } from './features.js';
import { savedModelProblem } from './model-shape.js';
import type { HeadState, LabelKind } from './head.js';
import type { TextRidgeState } from './text-ridge.js';

/** Format name written in every saved learned model. */
export const LEARNED_MODEL_FORMAT = 'rolefit-learned-model';
/**
 * Version of the saved format this code writes (2 added the text ridge; 3 the title in the description space and the
 * description × salary weights, which version-2 code would silently ignore; 4 the `lead` text space, which version-3
 * code cannot read); a text ridge with a memory (the `memory` setting) is written as version 5, which version-4 code
 * would read as the ridge alone; one whose memory is a kernel ridge (`memory: { model: 'kernel' }`) as version 6, which
 * version-5 code would read as a k-NN memory. It reads versions 1–6.
 */
export const LEARNED_MODEL_VERSION = 4;
/** Version of a saved model whose text ridge has a memory. */
export const LEARNED_MODEL_MEMORY_VERSION = 5;
/** Version of a saved model whose text ridge has a kernel-ridge memory. */
export const LEARNED_MODEL_KERNEL_MEMORY_VERSION = 6;
const READABLE_VERSIONS: readonly unknown[] = [1, 2, 3, 4, 5, 6];

/** A learned model as saved: format, version, feature spec, and either a trained head or a text ridge over the features. */
export interface SavedLearnedModel {
  format: typeof LEARNED_MODEL_FORMAT;
  version:
    | 1
    | 2
    | 3
    | typeof LEARNED_MODEL_VERSION
    | typeof LEARNED_MODEL_MEMORY_VERSION
    | typeof LEARNED_MODEL_KERNEL_MEMORY_VERSION;
  /** Which model it is. */
  model: 'feedback-classifier' | 'desirability';
  labelKind: LabelKind;
  featureSpec: FeatureSpec;
  /** Names of the features, in input order (a check that the spec still produces the same ones). */
  featureNames: string[];
  /** The trained head over the features (absent for a text ridge). */
  head?: HeadState | undefined;
  /** Ridge regression over TF-IDF text spaces and the features as a dense block (version 2). */
  ridge?: TextRidgeState | undefined;
  /** Examples it was trained on. */
  examples: number;
  seed: number;
}

/** Thrown when a saved model is not a learned-model file, or has a version this code cannot read. */
export class LearnedModelFormatError extends RolefitError {
  override readonly name: string = 'LearnedModelFormatError';
  /** Always `ROLEFIT_LEARNED_MODEL_FORMAT`. */
  declare readonly code: 'ROLEFIT_LEARNED_MODEL_FORMAT';
  /** The format or version found (undefined when absent). */
  readonly found: unknown;

  constructor(message: string, found: unknown, options?: { cause?: unknown }) {
    super('ROLEFIT_LEARNED_MODEL_FORMAT', message, { cause: options?.cause });
    this.found = found;
  }
}

/** Checks that a parsed value is a saved learned model of the current version, and returns it typed. */
export function checkSavedModel(value: unknown, expectedModel?: SavedLearnedModel['model']): SavedLearnedModel {
  if (typeof value === 'string')
    throw new LearnedModelFormatError(
      'a saved learned model must be the parsed JSON object, not a string: loadFeedbackClassifier(path) reads a saved file',
      value,
    );
  if (typeof value !== 'object' || value === null)
    throw new LearnedModelFormatError('a saved learned model must be a JSON object', value);
  const record = value as Partial<SavedLearnedModel>;
  if (record.format !== LEARNED_MODEL_FORMAT)
    throw new LearnedModelFormatError(
      `not a ${LEARNED_MODEL_FORMAT} file (format: ${JSON.stringify(record.format)})`,
      record.format,
    );
  if (!READABLE_VERSIONS.includes(record.version))
    throw new LearnedModelFormatError(
      `${LEARNED_MODEL_FORMAT} version ${JSON.stringify(record.version)} is not supported (this code reads versions ${READABLE_VERSIONS.join(', ')})`,
      record.version,
    );
  if (expectedModel !== undefined && record.model !== expectedModel)
    throw new LearnedModelFormatError(
      `expected a ${expectedModel} model, got ${JSON.stringify(record.model)}`,
      record.model,
    );
  const head = record.head;
  const ridge = record.ridge;
  const headOk =
    head !== undefined && Array.isArray(head.parameters) && Array.isArray(head.means) && Array.isArray(head.scales);
  const ridgeOk =
    ridge !== undefined &&
    Array.isArray(ridge.spaces) &&
    typeof ridge.intercept === 'number' &&
    Array.isArray(ridge.dense?.weights) &&
    (ridge.memory === undefined ||
      (Array.isArray(ridge.memory.vectors) &&
        Array.isArray(ridge.memory.targets) &&
        ridge.memory.vectors.length === ridge.memory.targets.length &&
        typeof ridge.memory.k === 'number' &&
        typeof ridge.memory.weight === 'number' &&
        typeof ridge.memory.vocabulary?.idf === 'object' &&
        (ridge.memory.kernel === undefined ||
          (typeof ridge.memory.kernel.gamma === 'number' &&
            Array.isArray(ridge.memory.kernel.alpha) &&
            ridge.memory.kernel.alpha.length === ridge.memory.vectors.length &&
            Array.isArray(ridge.memory.kernel.columnMeans)))));
  if (!(headOk || ridgeOk) || !Array.isArray(record.featureNames) || !record.featureSpec)
    throw new LearnedModelFormatError(
      'the saved model lacks its head (or text ridge), feature names or feature spec',
      undefined,
    );
  // The contents, kinds and lengths: a hand-edited or hostile file was read as it came (a featureSpec of 10^12 skill
  // buckets ran the process out of memory; a text space that is no object was a TypeError at rank time; weights that
  // are no numbers scored every job 0).
  const problem = savedModelProblem(record as Record<string, unknown>);
  if (problem !== undefined)
    throw new LearnedModelFormatError(`the saved model's ${problem[0]} ${problem[1]}`, undefined);
  return record as SavedLearnedModel;
}

/** Writes a saved model as JSON. */
export async function writeSavedModel(path: string, model: SavedLearnedModel): Promise<void> {
  await writeFile(path, `${JSON.stringify(model)}\n`, 'utf8');
}

/**
 * Largest saved learned model read (256 MiB). A text ridge of 600 examples with a memory is a few MB; a file of
 * gigabytes (or `/dev/zero`) was read whole into one string before JSON.parse.
 */
export const MAX_LEARNED_MODEL_BYTES = 256 * 1024 * 1024;

/** The text of a regular file of at most {@link MAX_LEARNED_MODEL_BYTES}; a device, FIFO or larger file is refused unread. */
async function readModelText(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
    if (!info.isFile())
      throw new LearnedModelFormatError(
        `${path} is not a saved learned model: not a regular file (a device, FIFO or socket)`,
        undefined,
      );
    if (info.size > MAX_LEARNED_MODEL_BYTES)
      throw new LearnedModelFormatError(
        `${path} is not a saved learned model: ${info.size} bytes, over the ${MAX_LEARNED_MODEL_BYTES}-byte limit`,
        undefined,
      );
    const bytes = Buffer.alloc(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return bytes.toString('utf8', 0, filled);
  } finally {
    await handle.close();
  }
}

/**
 * Reads and checks a saved model file; a file that is not JSON, is over {@link MAX_LEARNED_MODEL_BYTES} or is no regular
 * file (a device) is a {@link LearnedModelFormatError} naming the path (the first was JSON.parse's bare SyntaxError). A file that cannot be read (missing, a folder, no permission) is a core
 * `ModelFilesError` naming the path and why (it was the bare `ENOENT`).
 */
export async function readSavedModel(
  path: string,
  expectedModel?: SavedLearnedModel['model'],
): Promise<SavedLearnedModel> {
  let text: string;
  try {
    text = await readModelText(path);
  } catch (error) {
    if (error instanceof LearnedModelFormatError) throw error;
    const reason = fileSystemReason(error);
    if (reason === undefined) throw error;
    throw new ModelFilesError({
      what: 'saved learned model',
      path,
      expectedFiles: [path],
      missingFiles: [path],
      problem: reason,
      howToGet: 'Save one with model.save(path) after training (trainFeedbackClassifier, trainDesirabilityModel).',
      cause: error,
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new LearnedModelFormatError(
      `${path} is not a saved learned model: not JSON (${(error as Error).message})`,
      undefined,
      { cause: error },
    );
  }
  return checkSavedModel(value, expectedModel);
}
