import { readFile, writeFile } from 'node:fs/promises';
import type { FeatureSpec } from './features.js';
import type { HeadState, LabelKind } from './head.js';

/** Format name written in every saved learned model. */
export const LEARNED_MODEL_FORMAT = 'rolefit-learned-model';
/** Version of the saved format this code reads and writes. */
export const LEARNED_MODEL_VERSION = 1;

/** A learned model as saved: format, version, feature spec, normalisation stats (in `head`) and weights. */
export interface SavedLearnedModel {
  format: typeof LEARNED_MODEL_FORMAT;
  version: typeof LEARNED_MODEL_VERSION;
  /** Which model it is. */
  model: 'feedback-classifier' | 'desirability';
  labelKind: LabelKind;
  featureSpec: FeatureSpec;
  /** Names of the features, in input order (a check that the spec still produces the same ones). */
  featureNames: string[];
  head: HeadState;
  /** Examples it was trained on. */
  examples: number;
  seed: number;
}

/** Thrown when a saved model is not a learned-model file, or has a version this code cannot read. */
export class LearnedModelFormatError extends Error {
  override readonly name = 'LearnedModelFormatError';
  /** The format or version found (undefined when absent). */
  readonly found: unknown;

  constructor(message: string, found: unknown) {
    super(message);
    this.found = found;
  }
}

/** Checks that a parsed value is a saved learned model of the current version, and returns it typed. */
export function checkSavedModel(value: unknown, expectedModel?: SavedLearnedModel['model']): SavedLearnedModel {
  if (typeof value !== 'object' || value === null) throw new LearnedModelFormatError('a saved learned model must be a JSON object', value);
  const record = value as Partial<SavedLearnedModel>;
  if (record.format !== LEARNED_MODEL_FORMAT) throw new LearnedModelFormatError(`not a ${LEARNED_MODEL_FORMAT} file (format: ${JSON.stringify(record.format)})`, record.format);
  if (record.version !== LEARNED_MODEL_VERSION)
    throw new LearnedModelFormatError(`${LEARNED_MODEL_FORMAT} version ${JSON.stringify(record.version)} is not supported (this code reads version ${LEARNED_MODEL_VERSION})`, record.version);
  if (expectedModel !== undefined && record.model !== expectedModel) throw new LearnedModelFormatError(`expected a ${expectedModel} model, got ${JSON.stringify(record.model)}`, record.model);
  const head = record.head;
  if (!head || !Array.isArray(head.parameters) || !Array.isArray(head.means) || !Array.isArray(head.scales) || !Array.isArray(record.featureNames) || !record.featureSpec)
    throw new LearnedModelFormatError('the saved model lacks its head, feature names or feature spec', undefined);
  return record as SavedLearnedModel;
}

/** Writes a saved model as JSON. */
export async function writeSavedModel(path: string, model: SavedLearnedModel): Promise<void> {
  await writeFile(path, `${JSON.stringify(model)}\n`, 'utf8');
}

/** Reads and checks a saved model file. */
export async function readSavedModel(path: string, expectedModel?: SavedLearnedModel['model']): Promise<SavedLearnedModel> {
  return checkSavedModel(JSON.parse(await readFile(path, 'utf8')) as unknown, expectedModel);
}
