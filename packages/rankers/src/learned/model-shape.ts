import { featureNames, type FeatureSpec } from './features.js';
import { headLayout } from './head.js';
import { TEXT_SPACES } from './text-ridge.js';

/**
 * Most hashed title or skill buckets a feature spec may have, in training and in a saved model (default 16 each): a
 * saved model naming 10^12 built a list of that many feature names and ran the process out of memory.
 */
export const MAX_FEATURE_BUCKETS = 65_536;
/** Most dimensions of an embedding a saved model's features or head may name (the largest sentence models have 4,096). */
const MAX_EMBEDDING_DIMENSIONS = 16_384;
/** Most hidden units and adapter rank of a saved head (training uses a handful). */
const MAX_HEAD_UNITS = 65_536;

type Shape = Record<string, unknown>;

const isRecord = (value: unknown): value is Shape =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isCount = (value: unknown, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max;

/** Why `value` is not a list of `length` finite numbers (any length when undefined), or undefined when it is one. */
function numbersProblem(value: unknown, length?: number): string | undefined {
  if (!Array.isArray(value)) return 'must be a list of numbers';
  if (length !== undefined && value.length !== length) return `must hold ${length} numbers, holds ${value.length}`;
  const bad = value.findIndex((item) => !isNumber(item));
  return bad < 0 ? undefined : `item ${bad} is not a number`;
}

/** Why `value` is not a record of term → finite number, or undefined when it is one. */
function termWeightsProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'must be an object of term → number';
  for (const term in value) if (!isNumber(value[term])) return `the weight of ${JSON.stringify(term)} is not a number`;
  return undefined;
}

function vocabularyProblem(value: unknown): [string, string] | undefined {
  if (!isRecord(value)) return ['', 'must be an object { documents, idf }'];
  if (!isCount(value.documents, Number.MAX_SAFE_INTEGER)) return ['documents', 'must be a whole number'];
  const idf = termWeightsProblem(value.idf);
  return idf === undefined ? undefined : ['idf', idf];
}

function stringListProblem(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return 'must be a list of strings';
  const bad = value.findIndex((item) => typeof item !== 'string');
  return bad < 0 ? undefined : `item ${bad} is not a string`;
}

/** Why a saved feature spec cannot be used (a path inside it and a reason), or undefined. */
function featureSpecProblem(spec: Shape): [string, string] | undefined {
  for (const key of ['personFeatures', 'jobFeatures'] as const)
    if (typeof spec[key] !== 'boolean') return [key, 'must be true or false'];
  for (const key of ['titleBuckets', 'skillBuckets'] as const)
    if (!isCount(spec[key], MAX_FEATURE_BUCKETS)) return [key, `must be a whole number 0–${MAX_FEATURE_BUCKETS}`];
  for (const key of ['titleVocabulary', 'skillVocabulary'] as const) {
    const problem = stringListProblem(spec[key]);
    if (problem !== undefined) return [key, problem];
  }
  const embedding = spec.embedding;
  if (
    embedding !== undefined &&
    !(
      isRecord(embedding) &&
      typeof embedding.name === 'string' &&
      isCount(embedding.dimensions, MAX_EMBEDDING_DIMENSIONS) &&
      embedding.dimensions > 0
    )
  )
    return ['embedding', `must be { name, dimensions } with 1–${MAX_EMBEDDING_DIMENSIONS} dimensions`];
  return undefined;
}

function headProblem(head: Shape, inputs: number, embeddingDimensions: number): [string, string] | undefined {
  if (head.inputs !== inputs) return ['inputs', `must be ${inputs}, the number of feature names`];
  if (head.embeddingDimensions !== embeddingDimensions)
    return ['embeddingDimensions', `must be ${embeddingDimensions}, the feature spec's embedding dimensions`];
  for (const key of ['hidden', 'adapterRank'] as const)
    if (!isCount(head[key], MAX_HEAD_UNITS)) return [key, `must be a whole number 0–${MAX_HEAD_UNITS}`];
  for (const key of ['means', 'scales'] as const) {
    const problem = numbersProblem(head[key], inputs);
    if (problem !== undefined) return [key, problem];
  }
  const { size } = headLayout(inputs, head.hidden as number, head.adapterRank as number, embeddingDimensions);
  const parameters = numbersProblem(head.parameters, size);
  return parameters === undefined ? undefined : ['parameters', parameters];
}

function spaceProblem(space: unknown): [string, string] | undefined {
  if (!isRecord(space)) return ['', 'must be an object'];
  if (!TEXT_SPACES.includes(space.name as never)) return ['name', `must be one of ${TEXT_SPACES.join(', ')}`];
  if (typeof space.bigrams !== 'boolean') return ['bigrams', 'must be true or false'];
  const vocabulary = vocabularyProblem(space.vocabulary);
  if (vocabulary !== undefined) return [`vocabulary${vocabulary[0] ? `.${vocabulary[0]}` : ''}`, vocabulary[1]];
  const weights = termWeightsProblem(space.weights);
  if (weights !== undefined) return ['weights', weights];
  if (space.salaryWeights !== undefined) {
    const salary = termWeightsProblem(space.salaryWeights);
    if (salary !== undefined) return ['salaryWeights', salary];
  }
  if (space.leadWords !== undefined && !isCount(space.leadWords, Number.MAX_SAFE_INTEGER))
    return ['leadWords', 'must be a whole number'];
  if (space.titleInDescription !== undefined && typeof space.titleInDescription !== 'boolean')
    return ['titleInDescription', 'must be true or false'];
  return undefined;
}

function memoryProblem(memory: Shape): [string, string] | undefined {
  if (memory.space !== 'description' && memory.space !== 'lead') return ['space', "must be 'description' or 'lead'"];
  // The kernel model saves k = 0 (it reads every row).
  if (!isCount(memory.k, Number.MAX_SAFE_INTEGER)) return ['k', 'must be a whole number'];
  if (!isNumber(memory.weight)) return ['weight', 'must be a number'];
  if (memory.blend !== 'score' && memory.blend !== 'rank') return ['blend', "must be 'score' or 'rank'"];
  if (typeof memory.bigrams !== 'boolean') return ['bigrams', 'must be true or false'];
  const vocabulary = vocabularyProblem(memory.vocabulary);
  if (vocabulary !== undefined) return [`vocabulary${vocabulary[0] ? `.${vocabulary[0]}` : ''}`, vocabulary[1]];
  if (!Array.isArray(memory.vectors)) return ['vectors', 'must be a list'];
  for (const [index, vector] of memory.vectors.entries()) {
    const problem = termWeightsProblem(vector);
    if (problem !== undefined) return [`vectors.${index}`, problem];
  }
  const rows = memory.vectors.length;
  const targets = numbersProblem(memory.targets, rows);
  if (targets !== undefined) return ['targets', targets];
  for (const key of ['ridgeReference', 'memoryReference'] as const) {
    const problem = memory[key] === undefined ? undefined : numbersProblem(memory[key]);
    if (problem !== undefined) return [key, problem];
  }
  const kernel = memory.kernel;
  if (kernel === undefined) return undefined;
  if (!isRecord(kernel)) return ['kernel', 'must be an object'];
  for (const key of ['gamma', 'lambda', 'mean', 'grandMean'] as const)
    if (!isNumber(kernel[key])) return [`kernel.${key}`, 'must be a number'];
  for (const key of ['alpha', 'columnMeans'] as const) {
    const problem = numbersProblem(kernel[key], rows);
    if (problem !== undefined) return [`kernel.${key}`, problem];
  }
  return undefined;
}

function ridgeProblem(ridge: Shape, inputs: number): [string, string] | undefined {
  if (!isNumber(ridge.intercept)) return ['intercept', 'must be a number'];
  if (!Array.isArray(ridge.spaces)) return ['spaces', 'must be a list'];
  for (const [index, space] of ridge.spaces.entries()) {
    const problem = spaceProblem(space);
    if (problem !== undefined) return [`spaces.${index}${problem[0] ? `.${problem[0]}` : ''}`, problem[1]];
  }
  const dense = ridge.dense;
  if (!isRecord(dense)) return ['dense', 'must be an object { means, scales, weights }'];
  for (const key of ['means', 'scales', 'weights'] as const) {
    const problem = numbersProblem(dense[key], inputs);
    if (problem !== undefined) return [`dense.${key}`, problem];
  }
  const salary = ridge.salary;
  if (salary !== undefined && !(isRecord(salary) && isNumber(salary.mean) && isNumber(salary.scale)))
    return ['salary', 'must be { mean, scale }'];
  if (ridge.gradeCuts !== undefined) {
    const cuts = numbersProblem(ridge.gradeCuts, 3);
    if (cuts !== undefined) return ['gradeCuts', cuts];
  }
  if (ridge.memory !== undefined) {
    if (!isRecord(ridge.memory)) return ['memory', 'must be an object'];
    const problem = memoryProblem(ridge.memory);
    if (problem !== undefined) return [`memory.${problem[0]}`, problem[1]];
  }
  return undefined;
}

/**
 * Why a saved learned model's contents cannot be used, as a path inside it and a reason (`featureSpec.skillBuckets`,
 * `must be a whole number 0–65536`), or undefined when they can: the feature spec's kinds and bounds, the feature
 * names it produces, the head's or text ridge's numbers and their lengths. Runs in time linear in the model's size and
 * never builds more than the feature names of a bounded spec. The format and version are checked before.
 */
export function savedModelProblem(record: Shape): [string, string] | undefined {
  const spec = record.featureSpec;
  if (!isRecord(spec)) return ['featureSpec', 'must be an object'];
  const specProblem = featureSpecProblem(spec);
  if (specProblem !== undefined) return [`featureSpec.${specProblem[0]}`, specProblem[1]];
  const names = record.featureNames;
  const namesProblem = stringListProblem(names);
  if (names === undefined || namesProblem !== undefined)
    return ['featureNames', namesProblem ?? 'must be a list of strings'];
  const expected = featureNames(spec as unknown as FeatureSpec);
  const featureList = names as string[];
  const differs = expected.findIndex((name, index) => featureList[index] !== name);
  if (expected.length !== featureList.length || differs >= 0)
    return [
      'featureNames',
      differs >= 0
        ? `item ${differs} is ${JSON.stringify(featureList[differs])}, the feature spec makes ${JSON.stringify(expected[differs])}`
        : `must hold the ${expected.length} names the feature spec makes, holds ${featureList.length}`,
    ];
  if (record.labelKind !== 'binary' && record.labelKind !== 'ordinal')
    return ['labelKind', "must be 'binary' or 'ordinal'"];
  const embeddingDimensions = isRecord(spec.embedding) ? (spec.embedding.dimensions as number) : 0;
  if (record.head !== undefined) {
    if (!isRecord(record.head)) return ['head', 'must be an object'];
    const problem = headProblem(record.head, expected.length, embeddingDimensions);
    if (problem !== undefined) return [`head.${problem[0]}`, problem[1]];
  }
  if (record.ridge !== undefined) {
    if (!isRecord(record.ridge)) return ['ridge', 'must be an object'];
    const problem = ridgeProblem(record.ridge, expected.length);
    if (problem !== undefined) return [`ridge.${problem[0]}`, problem[1]];
  }
  if (record.head === undefined && record.ridge === undefined)
    return ['head', 'the model has neither a head nor a ridge'];
  return undefined;
}
