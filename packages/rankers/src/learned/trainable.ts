import { rejectUnknownKeys, type Ranker } from '@rolefit/core';
import { checkListArgument, checkRecordArgument, invalidArgument } from '@rolefit/core/internal';
import { createBm25Ranker } from '../bm25/index.js';
import { checkFitArguments } from '../shared/ranking.js';
import type { LabelledQuery } from '../training/labelled-query.js';
import type { TrainableRanker } from '../training/trainable.js';
import { createFusionRanker } from '../fusion/index.js';
import { createMultiFactorRanker } from '../multi-factor/index.js';
import { createColdStartRanker, type ColdStartSettings } from './cold-start.js';
import { checkDesirabilityNumbers, trainDesirabilityModel, type DesirabilitySettings } from './desirability.js';
import {
  checkTrainFeedbackSettings,
  trainFeedbackClassifier,
  type FeedbackExample,
  type TrainFeedbackSettings,
} from './feedback-classifier.js';
import { COLD_START_SETTING_NAMES, DESIRABILITY_SETTING_NAMES, TEXT_RIDGE_SETTING_NAMES } from './setting-names.js';

/** Every judged (query, job, grade) of labelled queries as feedback examples. */
export function examplesFromQueries(queries: readonly LabelledQuery[]): FeedbackExample[] {
  // Checked first: a list that is no list, or a query without jobs or grades, was a TypeError (queries.flatMap is not
  // a function, reading 'filter').
  checkListArgument('examplesFromQueries', 'queries', queries, 'a list of labelled queries');
  queries.forEach((query, index) => {
    const { jobs, grades } = checkRecordArgument('examplesFromQueries', `queries.${index}`, query, 'a LabelledQuery');
    checkListArgument('examplesFromQueries', `queries.${index}.jobs`, jobs, 'a list of jobs');
    if (!(grades instanceof Map))
      throw invalidArgument('examplesFromQueries', `queries.${index}.grades`, 'must be a Map of job id to grade');
  });
  return queries.flatMap((query) =>
    query.jobs
      .filter((job) => query.grades.has(job.id))
      .map((job) => ({ query: query.query, job, label: query.grades.get(job.id)! })),
  );
}

/** The unsupervised fallback: RRF fusion of multi-factor and bm25. */
function unsupervisedFallback(name: string): Ranker {
  return createFusionRanker({ rankers: [createMultiFactorRanker(), createBm25Ranker()], name, method: 'rrf' });
}

/** The feedback classifier for the harness: trained on the `--train` grades; without them, the unsupervised fusion. */
export function createTrainableFeedbackClassifier(
  settings: Omit<TrainFeedbackSettings, 'examples'> = {},
): TrainableRanker {
  checkTrainFeedbackSettings(settings);
  const name = settings.name ?? 'learned';
  return {
    name,
    async fit(train, options = {}) {
      checkFitArguments(train, options);
      const examples = examplesFromQueries(train ?? []);
      if (examples.length === 0) return unsupervisedFallback(name);
      return trainFeedbackClassifier({
        ...settings,
        name,
        examples,
        ...(options.signal ? { signal: options.signal } : {}),
      });
    },
  };
}

/** The desirability model for the harness: one model of job desirability from every `--train` grade (the person is ignored). */
export function createTrainableDesirabilityModel(settings: DesirabilitySettings = {}): TrainableRanker {
  rejectUnknownKeys('DesirabilitySettings', settings, DESIRABILITY_SETTING_NAMES);
  rejectUnknownKeys('DesirabilitySettings.text', settings.text, TEXT_RIDGE_SETTING_NAMES);
  checkDesirabilityNumbers(settings);
  const name = settings.name ?? 'desirability';
  return {
    name,
    async fit(train) {
      const ratings = examplesFromQueries(train ?? []).map((example) => ({
        job: example.job,
        rating: example.label as 0 | 1 | 2 | 3,
      }));
      if (ratings.length === 0) return unsupervisedFallback(name);
      return trainDesirabilityModel(ratings, { ...settings, name });
    },
  };
}

/** The cold-start switch for the harness, over the feedback classifier (override with `learned`). */
export function createTrainableColdStartRanker(
  settings: Omit<ColdStartSettings, 'learned'> & { learned?: TrainableRanker | undefined } = {},
): TrainableRanker {
  rejectUnknownKeys('ColdStartSettings', settings, COLD_START_SETTING_NAMES);
  return createColdStartRanker({ ...settings, learned: settings.learned ?? createTrainableFeedbackClassifier() });
}
