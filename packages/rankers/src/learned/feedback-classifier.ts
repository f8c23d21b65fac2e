import type { Embedder, Job, Match, RankQuery, Ranker } from '@rolefit/core';
import { auc, expectedNdcgAtK, tiedGradeGroups } from '../evaluation/metrics.js';
import { checkLimit, clampUnit, orderMatches } from '../shared/ranking.js';
import { extractFeatures, featureNames, type FeatureSpec } from './features.js';
import { headLoss, predictRow, trainHead, type HeadRow, type HeadSettings, type LabelKind, type TrainingReport } from './head.js';
import { checkSavedModel, readSavedModel, writeSavedModel, type SavedLearnedModel } from './model-file.js';
import { shuffled } from './random.js';

/** One labelled (person, job) pair: a 0–3 grade, or 0/1 (dismiss/apply). */
export interface FeedbackExample {
  query: RankQuery;
  job: Job;
  label: number;
}

/** Settings shared by training and loading. */
export interface FeedbackRuntimeSettings {
  /** Name recorded in each Match (default `learned`). */
  name?: string;
  /** The frozen encoder; when given at training, pooled embeddings become features and feed the adapter. */
  embedder?: Embedder;
  /** Clock for posting age and the multi-factor factors (default: the system clock). */
  now?: () => Date;
}

/** Settings for {@link trainFeedbackClassifier}. */
export interface TrainFeedbackSettings extends FeedbackRuntimeSettings, HeadSettings {
  examples: readonly FeedbackExample[];
  /** `binary` or `ordinal` (default: ordinal when a label is above 1). */
  labelKind?: LabelKind;
  /** Buckets for hashed title tokens and skills (default 16 each). */
  titleBuckets?: number;
  skillBuckets?: number;
  /** Named title tokens / skills instead of hashing. */
  titleVocabulary?: string[];
  skillVocabulary?: string[];
  /** Person-versus-job features (default true); the desirability model turns them off. */
  personFeatures?: boolean;
  signal?: AbortSignal;
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
  /** What training did (absent for a loaded model). */
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
function byQuery<Item extends { query: RankQuery }>(items: readonly Item[]): Array<{ query: RankQuery; items: Item[] }> {
  const groups = new Map<RankQuery, Item[]>();
  for (const item of items) groups.set(item.query, [...(groups.get(item.query) ?? []), item]);
  return [...groups].map(([query, members]) => ({ query, items: members }));
}

async function headRows(spec: FeatureSpec, examples: readonly FeedbackExample[], kind: LabelKind, settings: FeedbackRuntimeSettings & { signal?: AbortSignal }): Promise<HeadRow[]> {
  const rows: HeadRow[] = [];
  for (const group of byQuery(examples)) {
    const batch = await extractFeatures(spec, group.query, group.items.map((example) => example.job), {
      now: settings.now ?? (() => new Date()),
      ...(settings.embedder ? { embedder: settings.embedder } : {}),
      ...(settings.signal ? { signal: settings.signal } : {}),
    });
    group.items.forEach((example, position) =>
      rows.push({ features: batch.rows[position]!, target: targetOf(example.label, kind), label: example.label, personVector: batch.personVector, jobVector: batch.jobVectors?.[position] }),
    );
  }
  return rows;
}

function specOf(settings: TrainFeedbackSettings): FeatureSpec {
  return {
    personFeatures: settings.personFeatures ?? true,
    jobFeatures: true,
    titleBuckets: settings.titleBuckets ?? 16,
    skillBuckets: settings.skillBuckets ?? 16,
    ...(settings.titleVocabulary ? { titleVocabulary: settings.titleVocabulary } : {}),
    ...(settings.skillVocabulary ? { skillVocabulary: settings.skillVocabulary } : {}),
    ...(settings.embedder ? { embedding: { name: settings.embedder.name, dimensions: settings.embedder.dimensions } } : {}),
  };
}

/** Mean of the numbers, null for none. */
const meanOf = (values: readonly number[]) => (values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length);

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

/** k-fold cross-validation: trains on k − 1 folds (seeded split of the examples) and scores the held-out fold. */
export async function crossValidateFeedbackClassifier(settings: TrainFeedbackSettings & { k: number }): Promise<CrossValidation> {
  const k = settings.k;
  if (!(Number.isInteger(k) && k >= 2)) throw new RangeError(`k must be a whole number >= 2, got ${k}`);
  if (settings.examples.length < k) throw new RangeError(`${k}-fold cross-validation needs at least ${k} examples, got ${settings.examples.length}`);
  const order = shuffled(settings.examples.map((_example, index) => index), (settings.seed ?? 1) + 104_729);
  const kind = settings.labelKind ?? (settings.examples.some((example) => example.label > 1) ? 'ordinal' : 'binary');
  const folds: FoldMetrics[] = [];
  for (let fold = 0; fold < k; fold += 1) {
    const held = order.filter((_index, position) => position % k === fold).map((index) => settings.examples[index]!);
    const kept = order.filter((_index, position) => position % k !== fold).map((index) => settings.examples[index]!);
    const classifier = await trainFeedbackClassifier({ ...settings, labelKind: kind, examples: kept });
    const items: Array<{ query: RankQuery; grade: number; score: number }> = [];
    for (const group of byQuery(held)) {
      const scores = await classifier.score(group.query, group.items.map((example) => example.job), settings.signal);
      group.items.forEach((example, position) => items.push({ query: group.query, grade: example.label, score: scores[position] ?? 0 }));
    }
    const rows = await headRows(classifier.model.featureSpec, held, kind, settings);
    folds.push({ fold, examples: held.length, loss: headLoss(classifier.model.head, rows, new Map()), auc: auc(items) ?? null, ndcg: groupedNdcg(items) });
  }
  const aucs = folds.flatMap((fold) => (fold.auc === null ? [] : [fold.auc]));
  const ndcgs = folds.flatMap((fold) => (fold.ndcg === null ? [] : [fold.ndcg]));
  return { folds, mean: { loss: meanOf(folds.map((fold) => fold.loss)) ?? 0, auc: meanOf(aucs), ndcg: meanOf(ndcgs) } };
}

function buildClassifier(model: SavedLearnedModel, runtime: FeedbackRuntimeSettings, report: TrainingReport | undefined, training: TrainFeedbackSettings | undefined): FeedbackClassifier {
  const name = runtime.name ?? 'learned';
  const expected = featureNames(model.featureSpec);
  if (expected.length !== model.featureNames.length || expected.some((feature, index) => feature !== model.featureNames[index]))
    throw new RangeError('the saved feature names do not match what its feature spec produces');
  const score = async (query: RankQuery, jobs: readonly Job[], signal?: AbortSignal) => {
    if (jobs.length === 0) return [];
    const batch = await extractFeatures(model.featureSpec, query, jobs, {
      now: runtime.now ?? (() => new Date()),
      ...(runtime.embedder ? { embedder: runtime.embedder } : {}),
      ...(signal ? { signal } : {}),
    });
    return batch.rows.map((features, position) => predictRow(model.head, { features, personVector: batch.personVector, jobVector: batch.jobVectors?.[position] }));
  };
  return {
    name,
    model,
    report,
    score,
    async rank(query, jobs, options = {}) {
      options.signal?.throwIfAborted();
      checkLimit(options.limit);
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
            model.labelKind === 'binary' ? `learned from feedback: ${(value * 100).toFixed(0)}% chance of a positive reaction` : `learned from feedback: expected grade ${(value * 3).toFixed(1)} of 3`,
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

/** Trains the feedback classifier: frozen features (lexical, multi-factor, job-side, embeddings) and a trained head. Deterministic for a seed. */
export async function trainFeedbackClassifier(settings: TrainFeedbackSettings): Promise<FeedbackClassifier> {
  if (settings.examples.length === 0) throw new RangeError('trainFeedbackClassifier needs at least one example');
  for (const example of settings.examples)
    if (!(Number.isInteger(example.label) && example.label >= 0 && example.label <= 3)) throw new RangeError(`labels must be whole numbers 0–3, got ${example.label}`);
  const labelKind = settings.labelKind ?? (settings.examples.some((example) => example.label > 1) ? 'ordinal' : 'binary');
  const spec = specOf(settings);
  const rows = await headRows(spec, settings.examples, labelKind, settings);
  const { state, report } = trainHead(rows, settings);
  const model: SavedLearnedModel = {
    format: 'rolefit-learned-model',
    version: 1,
    model: 'feedback-classifier',
    labelKind,
    featureSpec: spec,
    featureNames: featureNames(spec),
    head: state,
    examples: rows.length,
    seed: settings.seed ?? 1,
  };
  return buildClassifier(model, settings, report, settings);
}

/** Settings for {@link createFeedbackClassifier}: a saved model (object or file path) and the runtime it needs. */
export interface FeedbackClassifierSettings extends FeedbackRuntimeSettings {
  model: SavedLearnedModel | unknown;
}

/** A feedback classifier from a saved model object; throws {@link LearnedModelFormatError} for a wrong format or version. */
export function createFeedbackClassifier(settings: FeedbackClassifierSettings): FeedbackClassifier {
  return buildClassifier(checkSavedModel(settings.model), settings, undefined, undefined);
}

/** Reads a saved feedback classifier from a JSON file. */
export async function loadFeedbackClassifier(path: string, settings: FeedbackRuntimeSettings = {}): Promise<FeedbackClassifier> {
  return buildClassifier(await readSavedModel(path), settings, undefined, undefined);
}
