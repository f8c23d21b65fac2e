import {
  invalidSetting,
  rejectUnknownKeys,
  ValidationError,
  type Embedder,
  type Job,
  type Match,
  type RankQuery,
  type Ranker,
} from '@rolefit/core';
import { checkNumberSetting, checkSignalOption, checkTextArgument } from '@rolefit/core/internal';
import { auc, expectedNdcgAtK, tiedGradeGroups } from '../training/metrics.js';
import { checkRankArguments, clampUnit, orderMatches } from '../shared/ranking.js';
import { extractFeatures, featureNames, type FeatureSpec } from './features.js';
import { predictRow, trainHead, type HeadRow, type HeadSettings, type LabelKind, type TrainingReport } from './head.js';
import {
  LEARNED_MODEL_KERNEL_MEMORY_VERSION,
  LEARNED_MODEL_MEMORY_VERSION,
  LEARNED_MODEL_VERSION,
  LearnedModelFormatError,
  checkSavedModel,
  readSavedModel,
  writeSavedModel,
  type SavedLearnedModel,
} from './model-file.js';
import { MAX_FEATURE_BUCKETS } from './model-shape.js';
import { shuffled } from './random.js';
import {
  FEEDBACK_CLASSIFIER_SETTING_NAMES,
  FEEDBACK_RUNTIME_SETTING_NAMES,
  TEXT_RIDGE_SETTING_NAMES,
  TRAIN_FEEDBACK_SETTING_NAMES,
} from './setting-names.js';
import { calibratedScore, predictTextRidge, trainTextRidge, type TextRidgeSettings } from './text-ridge.js';

/**
 * How the model is fitted. `ridge`: ridge regression over TF-IDF spaces of the job's title, description, skills and
 * company plus the features as a dense block, λ and block weights by cross-validation (see text-ridge.ts). `head`: the
 * Adam-trained logistic head or small MLP, with the low-rank embedding adapter. `auto` (default): ridge, unless the
 * settings ask for what only the head has (`hidden` > 0 or an embedder) or there are more than {@link RIDGE_MAXIMUM_EXAMPLES}
 * examples (the dual solve is cubic in them).
 */
export type Learner = 'auto' | 'ridge' | 'head';

/** Most examples `auto` fits with the ridge (its CV solves about a hundred n × n systems per fold); above it, the head. */
export const RIDGE_MAXIMUM_EXAMPLES = 600;

/** One labelled (person, job) pair: a 0–3 grade, or 0/1 (dismiss/apply). */
export interface FeedbackExample {
  query: RankQuery;
  job: Job;
  label: number;
}

/** Settings shared by training and loading. */
export interface FeedbackRuntimeSettings {
  /** Name recorded in each Match (default `learned`). */
  name?: string | undefined;
  /** The frozen encoder; when given at training, pooled embeddings become features and feed the adapter. */
  embedder?: Embedder | undefined;
  /** Clock for posting age and the multi-factor factors (default: the system clock). */
  now?: (() => Date) | undefined;
}

/** Settings for {@link trainFeedbackClassifier}. */
export interface TrainFeedbackSettings extends FeedbackRuntimeSettings, HeadSettings {
  examples: readonly FeedbackExample[];
  /** `binary` or `ordinal` (default: ordinal when a label is above 1). */
  labelKind?: LabelKind | undefined;
  /** Buckets for hashed title tokens and skills (default 16 each). */
  titleBuckets?: number | undefined;
  skillBuckets?: number | undefined;
  /** Named title tokens / skills instead of hashing. */
  titleVocabulary?: string[] | undefined;
  skillVocabulary?: string[] | undefined;
  /** Person-versus-job features (default true); the desirability model turns them off. */
  personFeatures?: boolean | undefined;
  /** `auto` (default), `ridge` or `head`: see {@link Learner}. */
  learner?: Learner | undefined;
  /** Grids and folds of the ridge's cross-validation. */
  text?: TextRidgeSettings | undefined;
  signal?: AbortSignal | undefined;
}

/** Held-out metrics of one cross-validation fold. */
export interface FoldMetrics {
  fold: number;
  examples: number;
  /** Unweighted cross-entropy on the held-out examples. */
  loss: number;
  /** Pairwise AUC over the held-out examples (null with one label value). */
  auc: number | null;
  /** Mean nDCG@10 over the held-out examples of each query with a positive grade (null when none). */
  ndcg: number | null;
}

/** Result of k-fold cross-validation. */
export interface CrossValidation {
  folds: FoldMetrics[];
  mean: { loss: number; auc: number | null; ndcg: number | null };
}

/** A trained (or loaded) feedback classifier: a Ranker whose score is P(positive) or expected grade / 3. */
export interface FeedbackClassifier extends Ranker {
  /** The model as it saves. */
  readonly model: SavedLearnedModel;
  /** What training did (absent for a loaded model and for a ridge, whose choices are in `model.ridge.selection`). */
  readonly report: TrainingReport | undefined;
  /** Scores of jobs for a query, in the order given. */
  score(query: RankQuery, jobs: readonly Job[], signal?: AbortSignal): Promise<number[]>;
  /** Writes the model as versioned JSON. */
  save(path: string): Promise<void>;
  /** k-fold cross-validation of these settings on the training examples (absent for a loaded model). */
  crossValidate(k: number): Promise<CrossValidation>;
}

/** Target of a label: 0/1 as is, a grade as grade / 3. */
function targetOf(label: number, kind: LabelKind): number {
  return kind === 'binary' ? (label > 0 ? 1 : 0) : Math.min(1, Math.max(0, label / 3));
}

/** Groups examples by query (object identity) keeping their order. */
function byQuery<Item extends { query: RankQuery }>(
  items: readonly Item[],
): Array<{ query: RankQuery; items: Item[] }> {
  const groups = new Map<RankQuery, Item[]>();
  for (const item of items) groups.set(item.query, [...(groups.get(item.query) ?? []), item]);
  return [...groups].map(([query, members]) => ({ query, items: members }));
}

async function headRows(
  spec: FeatureSpec,
  examples: readonly FeedbackExample[],
  kind: LabelKind,
  settings: FeedbackRuntimeSettings & { signal?: AbortSignal },
): Promise<Array<HeadRow & { job: Job }>> {
  const rows: Array<HeadRow & { job: Job }> = [];
  for (const group of byQuery(examples)) {
    const batch = await extractFeatures(
      spec,
      group.query,
      group.items.map((example) => example.job),
      {
        now: settings.now ?? (() => new Date()),
        ...(settings.embedder ? { embedder: settings.embedder } : {}),
        ...(settings.signal ? { signal: settings.signal } : {}),
      },
    );
    group.items.forEach((example, position) =>
      rows.push({
        features: batch.rows[position]!,
        target: targetOf(example.label, kind),
        label: example.label,
        personVector: batch.personVector,
        jobVector: batch.jobVectors?.[position],
        job: example.job,
      }),
    );
  }
  return rows;
}

/** The learner `auto` resolves to for these settings. */
function learnerOf(settings: TrainFeedbackSettings): 'ridge' | 'head' {
  const learner = settings.learner ?? 'auto';
  if (learner !== 'auto') return learner;
  return (settings.hidden ?? 0) > 0 ||
    settings.embedder !== undefined ||
    settings.examples.length > RIDGE_MAXIMUM_EXAMPLES
    ? 'head'
    : 'ridge';
}

function specOf(settings: TrainFeedbackSettings, learner: 'ridge' | 'head'): FeatureSpec {
  // The ridge reads title and skills as TF-IDF spaces, so it needs no hashed buckets of them.
  const buckets = learner === 'ridge' ? 0 : 16;
  // A saved model with more buckets is refused when read (one of 10^12 ran the process out of memory), so training
  // refuses them first: each is a feature of every row.
  for (const setting of ['titleBuckets', 'skillBuckets'] as const)
    checkNumberSetting('TrainFeedbackSettings', setting, settings[setting], {
      integer: true,
      min: 0,
      max: MAX_FEATURE_BUCKETS,
    });
  return {
    personFeatures: settings.personFeatures ?? true,
    jobFeatures: true,
    titleBuckets: settings.titleBuckets ?? buckets,
    skillBuckets: settings.skillBuckets ?? buckets,
    ...(settings.titleVocabulary ? { titleVocabulary: settings.titleVocabulary } : {}),
    ...(settings.skillVocabulary ? { skillVocabulary: settings.skillVocabulary } : {}),
    ...(settings.embedder
      ? { embedding: { name: settings.embedder.name, dimensions: settings.embedder.dimensions } }
      : {}),
  };
}

/** Mean of the numbers, null for none. */
const meanOf = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

/** Mean nDCG@10 of scored examples, per query. */
export function groupedNdcg(items: ReadonlyArray<{ query: RankQuery; grade: number; score: number }>): number | null {
  const values: number[] = [];
  for (const group of byQuery(items)) {
    const grades = group.items.map((item) => item.grade);
    if (!grades.some((grade) => grade > 0)) continue;
    values.push(expectedNdcgAtK(tiedGradeGroups(group.items), grades, 10));
  }
  return meanOf(values);
}

/** Mean unweighted cross-entropy of scores in (0, 1) against targets in [0, 1]. */
function crossEntropy(items: ReadonlyArray<{ score: number; target: number }>): number {
  if (items.length === 0) return 0;
  let total = 0;
  for (const { score, target } of items) {
    const probability = Math.min(1 - 1e-12, Math.max(1e-12, score));
    total -= target * Math.log(probability) + (1 - target) * Math.log(1 - probability);
  }
  return total / items.length;
}

/** k-fold cross-validation: trains on k − 1 folds (seeded split of the examples) and scores the held-out fold. */
export async function crossValidateFeedbackClassifier(
  settings: TrainFeedbackSettings & { k: number },
): Promise<CrossValidation> {
  checkTrainFeedbackSettings(settings, { k: true }, { required: true });
  const k = settings.k;
  // k and the examples are required here: `{}` was "Cannot read properties of undefined (reading 'length')".
  if (k === undefined) throw invalidSetting('CrossValidationSettings', 'k', 'is required: a whole number ≥ 2');
  checkNumberSetting('CrossValidationSettings', 'k', k, { integer: true, min: 2 });
  if (!Array.isArray(settings.examples))
    throw invalidSetting('TrainFeedbackSettings', 'examples', 'is required: an array of { query, job, label }');
  if (settings.examples.length < k)
    throw invalidSetting(
      'CrossValidationSettings',
      'k',
      `${k}-fold cross-validation needs at least ${k} examples, got ${settings.examples.length}`,
    );
  const order = shuffled(
    settings.examples.map((_example, index) => index),
    (settings.seed ?? 1) + 104_729,
  );
  const kind = settings.labelKind ?? (settings.examples.some((example) => example.label > 1) ? 'ordinal' : 'binary');
  const folds: FoldMetrics[] = [];
  for (let fold = 0; fold < k; fold += 1) {
    const held = order.filter((_index, position) => position % k === fold).map((index) => settings.examples[index]!);
    const kept = order.filter((_index, position) => position % k !== fold).map((index) => settings.examples[index]!);
    const classifier = await trainCheckedFeedbackClassifier({ ...settings, labelKind: kind, examples: kept });
    const items: Array<{ query: RankQuery; grade: number; score: number }> = [];
    for (const group of byQuery(held)) {
      const scores = await classifier.score(
        group.query,
        group.items.map((example) => example.job),
        settings.signal,
      );
      group.items.forEach((example, position) =>
        items.push({ query: group.query, grade: example.label, score: scores[position] ?? 0 }),
      );
    }
    const loss = crossEntropy(items.map((item) => ({ score: item.score, target: targetOf(item.grade, kind) })));
    folds.push({ fold, examples: held.length, loss, auc: auc(items) ?? null, ndcg: groupedNdcg(items) });
  }
  const aucs = folds.flatMap((fold) => (fold.auc === null ? [] : [fold.auc]));
  const ndcgs = folds.flatMap((fold) => (fold.ndcg === null ? [] : [fold.ndcg]));
  return { folds, mean: { loss: meanOf(folds.map((fold) => fold.loss)) ?? 0, auc: meanOf(aucs), ndcg: meanOf(ndcgs) } };
}

function buildClassifier(
  model: SavedLearnedModel,
  runtime: FeedbackRuntimeSettings,
  report: TrainingReport | undefined,
  training: TrainFeedbackSettings | undefined,
): FeedbackClassifier {
  const name = runtime.name ?? 'learned';
  const expected = featureNames(model.featureSpec);
  if (
    expected.length !== model.featureNames.length ||
    expected.some((feature, index) => feature !== model.featureNames[index])
  )
    throw new LearnedModelFormatError(
      "the saved model's feature names do not match what its feature spec produces",
      model.featureNames,
    );
  // A model trained with embedding features needs that embedder at every call; without it (or with another) the first
  // score failed, not the load.
  const embedding = model.featureSpec.embedding;
  if (embedding) {
    const embedder = runtime.embedder;
    if (!embedder)
      throw invalidSetting(
        'FeedbackRuntimeSettings',
        'embedder',
        `is required: this model was trained with the embedder "${embedding.name}" (${embedding.dimensions} dimensions)`,
      );
    if (embedder.name !== embedding.name || embedder.dimensions !== embedding.dimensions)
      throw invalidSetting(
        'FeedbackRuntimeSettings',
        'embedder',
        `must be the embedder this model was trained with, "${embedding.name}" (${embedding.dimensions} dimensions), got "${embedder.name}" (${embedder.dimensions})`,
      );
  }
  const score = async (query: RankQuery, jobs: readonly Job[], signal?: AbortSignal) => {
    checkSignalOption('FeedbackClassifier.score', signal);
    if (jobs.length === 0) return [];
    const batch = await extractFeatures(model.featureSpec, query, jobs, {
      now: runtime.now ?? (() => new Date()),
      ...(runtime.embedder ? { embedder: runtime.embedder } : {}),
      ...(signal ? { signal } : {}),
    });
    const ridge = model.ridge;
    if (ridge) {
      const cuts = model.labelKind === 'ordinal' ? ridge.gradeCuts : undefined;
      return batch.rows.map((features, position) =>
        calibratedScore(predictTextRidge(ridge, jobs[position]!, features), cuts),
      );
    }
    const head = model.head;
    if (!head) throw new RangeError('the model has neither a head nor a text ridge');
    return batch.rows.map((features, position) =>
      predictRow(head, { features, personVector: batch.personVector, jobVector: batch.jobVectors?.[position] }),
    );
  };
  return {
    name,
    model,
    report,
    score,
    async rank(query, jobs, options = {}) {
      checkRankArguments(query, jobs, options);
      options.signal?.throwIfAborted();
      const scores = await score(query, jobs, options.signal);
      const matches: Match[] = jobs.map((job, position) => {
        const value = clampUnit(scores[position] ?? 0);
        return {
          jobId: job.id,
          score: value,
          breakdown: { [name]: value },
          matchedSkills: [],
          missingSkills: [],
          ranker: name,
          explanation:
            model.labelKind === 'binary'
              ? model.ridge
                ? `learned from feedback: positive-reaction score ${value.toFixed(2)}`
                : `learned from feedback: ${(value * 100).toFixed(0)}% chance of a positive reaction`
              : model.ridge?.gradeCuts
                ? `learned from feedback: predicted grade ${Math.round(value * 3)} of 3 (score ${(value * 3).toFixed(2)})`
                : `learned from feedback: expected grade ${(value * 3).toFixed(1)} of 3`,
        };
      });
      return orderMatches(matches, options);
    },
    save: (path) => writeSavedModel(path, model),
    async crossValidate(k) {
      if (!training) throw new RangeError('a loaded classifier has no training examples to cross-validate');
      return crossValidateFeedbackClassifier({ ...training, k });
    },
  };
}

/**
 * Trains the feedback classifier on frozen features (lexical, multi-factor, job-side, embeddings): by default a ridge
 * regression over them plus TF-IDF text spaces of the job, tuned by cross-validation on the examples; or the trained
 * head (see {@link Learner}). Deterministic for a seed.
 */
export async function trainFeedbackClassifier(settings: TrainFeedbackSettings): Promise<FeedbackClassifier> {
  checkTrainFeedbackSettings(settings, {}, { required: true });
  return trainCheckedFeedbackClassifier(settings);
}

/** Throws a ValidationError for a key of `settings` (or of its `text`) that {@link TrainFeedbackSettings} does not have, beyond `extra`, and for settings that are not an object (or are left out, when `required`). */
export function checkTrainFeedbackSettings(
  settings: object,
  extra: Record<string, true> = {},
  options: { required?: boolean } = {},
): void {
  rejectUnknownKeys('TrainFeedbackSettings', settings, { ...TRAIN_FEEDBACK_SETTING_NAMES, ...extra }, options);
  rejectUnknownKeys('TrainFeedbackSettings.text', (settings as { text?: unknown }).text, TEXT_RIDGE_SETTING_NAMES);
  checkSignalOption('TrainFeedbackSettings', (settings as { signal?: unknown }).signal);
  const examples = (settings as { examples?: unknown }).examples;
  if (examples !== undefined && !Array.isArray(examples))
    throw invalidSetting(
      'TrainFeedbackSettings',
      'examples',
      `must be an array of { query, job, label }, got ${examples === null ? 'null' : typeof examples}`,
    );
}

/** {@link trainFeedbackClassifier} for settings already checked (callers that spread their own wider settings into it). */
export async function trainCheckedFeedbackClassifier(settings: TrainFeedbackSettings): Promise<FeedbackClassifier> {
  if (!Array.isArray(settings.examples) || settings.examples.length === 0)
    throw invalidSetting(
      'TrainFeedbackSettings',
      'examples',
      Array.isArray(settings.examples)
        ? 'trainFeedbackClassifier needs at least one example'
        : `must be an array of { query, job, label }, got ${settings.examples === null ? 'null' : typeof settings.examples}`,
    );
  // Each example an object with a job (id and title) and a query object: null or a job left out was a TypeError from
  // the feature code ("Cannot read properties of undefined (reading 'skills')").
  const badExample = settings.examples.findIndex(
    (example) =>
      typeof example !== 'object' ||
      example === null ||
      typeof example.query !== 'object' ||
      example.query === null ||
      typeof example.job?.id !== 'string' ||
      typeof example.job.title !== 'string',
  );
  if (badExample >= 0) {
    const example = settings.examples[badExample] as Partial<FeedbackExample> | null | undefined;
    const [field, what] =
      typeof example !== 'object' || example === null
        ? ['', 'must be { query, job, label }']
        : typeof example.query !== 'object' || example.query === null
          ? ['.query', 'must be a RankQuery ({ resume, profile, text })']
          : ['.job', 'must be a Job (use parseJob)'];
    throw invalidSetting('TrainFeedbackSettings', `examples.${badExample}${field}`, what);
  }
  // A label is data (a person's grade), so a bad one is a ValidationError naming it, as core's parsers do.
  const badLabel = settings.examples.findIndex(
    (example) => !(Number.isInteger(example.label) && example.label >= 0 && example.label <= 3),
  );
  if (badLabel >= 0)
    throw new ValidationError('TrainFeedbackSettings', [
      {
        path: `examples.${badLabel}.label`,
        message: `labels must be whole numbers 0–3, got ${settings.examples[badLabel]?.label}`,
        code: 'invalid_value',
      },
    ]);
  const labelKind =
    settings.labelKind ?? (settings.examples.some((example) => example.label > 1) ? 'ordinal' : 'binary');
  const learner = learnerOf(settings);
  const spec = specOf(settings, learner);
  const rows = await headRows(spec, settings.examples, labelKind, settings);
  const base = {
    format: 'rolefit-learned-model',
    version: LEARNED_MODEL_VERSION,
    model: 'feedback-classifier',
    labelKind,
    featureSpec: spec,
    featureNames: featureNames(spec),
    examples: rows.length,
    seed: settings.seed ?? 1,
  } as const;
  if (learner === 'ridge') {
    const ridgeRows = rows.map((row) => ({ job: row.job, dense: row.features, target: row.target, grade: row.label }));
    const { state } = trainTextRidge(ridgeRows, labelKind === 'ordinal', {
      seed: settings.seed ?? 1,
      ...settings.text,
    });
    const version = state.memory?.kernel
      ? ({ version: LEARNED_MODEL_KERNEL_MEMORY_VERSION } as const)
      : state.memory
        ? ({ version: LEARNED_MODEL_MEMORY_VERSION } as const)
        : {};
    return buildClassifier({ ...base, ...version, ridge: state }, settings, undefined, settings);
  }
  const { state, report } = trainHead(rows, settings);
  return buildClassifier({ ...base, head: state }, settings, report, settings);
}

/**
 * Settings for {@link createFeedbackClassifier}: a saved model, as the parsed object (`JSON.parse` of what `save`
 * wrote; {@link loadFeedbackClassifier} reads the file instead), and the runtime it needs.
 */
export interface FeedbackClassifierSettings extends FeedbackRuntimeSettings {
  model: SavedLearnedModel | unknown;
}

/** A feedback classifier from a saved model object; throws {@link LearnedModelFormatError} for a wrong format or version. */
export function createFeedbackClassifier(settings: FeedbackClassifierSettings): FeedbackClassifier {
  rejectUnknownKeys('FeedbackClassifierSettings', settings, FEEDBACK_CLASSIFIER_SETTING_NAMES, { required: true });
  return buildClassifier(checkSavedModel(settings.model), settings, undefined, undefined);
}

/** Reads a saved feedback classifier from a JSON file. */
export async function loadFeedbackClassifier(
  path: string,
  settings: FeedbackRuntimeSettings = {},
): Promise<FeedbackClassifier> {
  rejectUnknownKeys('FeedbackRuntimeSettings', settings, FEEDBACK_RUNTIME_SETTING_NAMES);
  // A path that is no string was node's TypeError ('The "path" argument must be of type string …').
  checkTextArgument('loadFeedbackClassifier', 'path', path);
  return buildClassifier(await readSavedModel(path), settings, undefined, undefined);
}
