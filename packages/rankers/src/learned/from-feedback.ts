import {
  invalidSetting,
  rejectUnknownKeys,
  type Feedback,
  type FeedbackAction,
  type FeedbackLearner,
  type Job,
  type LearnRequest,
  type RankQuery,
  type Store,
} from '@rolefit/core';
import { checkRecordArgument, checkSignalOption, describeValue, invalidArgument } from '@rolefit/core/internal';
import type { LabelledQuery } from '../training/labelled-query.js';
import type { TrainableRanker } from '../training/trainable.js';
import type { ColdStartRanker, ColdStartSettings } from './cold-start.js';
import type { FeedbackExample } from './feedback-classifier.js';
import { createTrainableColdStartRanker, examplesFromQueries } from './trainable.js';
import { COLD_START_SETTING_NAMES } from './setting-names.js';

/**
 * The training grade (0–3, the scale of ratings) of each action: hired 3 (the job was right), applied 2 (worth a
 * try: the grade of a "good" rating), dismissed 0 (not wanted). A rating is its own grade.
 */
export const FEEDBACK_ACTION_GRADES: Readonly<Record<FeedbackAction, number>> = Object.freeze({
  hire: 3,
  apply: 2,
  dismiss: 0,
});

/** Settings for {@link feedbackToExamples}. */
export interface FeedbackToExamplesSettings {
  /** The person as the ranker sees them (default: the stored resume with id `subjectId`, else an empty query). */
  query?: RankQuery | undefined;
  /** Grades of the actions, merged over {@link FEEDBACK_ACTION_GRADES}. */
  actionGrades?: Partial<Record<FeedbackAction, number>> | undefined;
}

/** A person's stored feedback as training data for the learned rankers. */
export interface FeedbackTrainingData {
  /** One labelled query (the person, the jobs they reacted to, a grade per job): what `TrainableRanker.fit` takes. */
  labelled: LabelledQuery;
  /** The same, one example per job: what `trainFeedbackClassifier` takes. */
  examples: FeedbackExample[];
  /** Feedback records read. */
  feedbackCount: number;
  /** Jobs whose feedback was left out, and why (a job no longer in the store). */
  skipped: Array<{ jobId: string; reason: string }>;
}

const SETTINGS_NAMES = { query: true, actionGrades: true } satisfies Record<keyof FeedbackToExamplesSettings, true>;
const ACTION_NAMES = { hire: true, apply: true, dismiss: true } satisfies Record<FeedbackAction, true>;

/** The grade of one feedback record: its rating when it has one, else its action's grade. */
function gradeOf(feedback: Feedback, grades: Readonly<Record<FeedbackAction, number>>): number {
  if (feedback.rating !== undefined) return feedback.rating;
  return grades[feedback.action!];
}

/**
 * Turns a person's stored feedback into training examples for the learned rankers. Each job gets one grade 0–3: a
 * rating is its own grade; hire 3, apply 2, dismiss 0 ({@link FEEDBACK_ACTION_GRADES}); when a job has several
 * records, the newest wins (a person may change their mind), except that a hire is never lowered by a later record.
 */
export async function feedbackToExamples(
  store: Store,
  subjectId: string,
  settings: FeedbackToExamplesSettings = {},
): Promise<FeedbackTrainingData> {
  rejectUnknownKeys('FeedbackToExamplesSettings', settings, SETTINGS_NAMES);
  rejectUnknownKeys('FeedbackToExamplesSettings.actionGrades', settings.actionGrades, ACTION_NAMES);
  const grades = { ...FEEDBACK_ACTION_GRADES, ...settings.actionGrades };
  for (const [action, grade] of Object.entries(grades))
    if (!(Number.isInteger(grade) && grade >= 0 && grade <= 3))
      throw invalidSetting(
        'FeedbackToExamplesSettings',
        `actionGrades.${action}`,
        `must be a whole number 0–3, got ${String(grade)}`,
      );
  // A store of the wrong shape was a TypeError inside (Cannot read properties of null (reading 'listFeedback')).
  const { listFeedback, getJob } = (store ?? {}) as Partial<Store>;
  if (typeof listFeedback !== 'function' || typeof getJob !== 'function')
    throw invalidArgument(
      'feedbackToExamples',
      'store',
      `must be a Store (such as createMemoryStore()), got ${describeValue(store)}`,
    );
  if (typeof subjectId !== 'string' || subjectId.trim() === '')
    throw invalidArgument(
      'feedbackToExamples',
      'subjectId',
      `must be the id the feedback is stored under, got ${typeof subjectId === 'string' ? 'an empty one' : describeValue(subjectId)}`,
    );

  const feedback = await store.listFeedback({ subjectId });
  const newest = new Map<string, { grade: number; time: number; hired: boolean }>();
  for (const record of [...feedback].sort((left, right) => left.timestamp.getTime() - right.timestamp.getTime())) {
    const previous = newest.get(record.jobId);
    const hired = record.action === 'hire' || previous?.hired === true;
    newest.set(record.jobId, { grade: hired ? 3 : gradeOf(record, grades), time: record.timestamp.getTime(), hired });
  }
  const jobs: Job[] = [];
  const skipped: FeedbackTrainingData['skipped'] = [];
  for (const jobId of [...newest.keys()].sort()) {
    const job = await store.getJob(jobId);
    if (job) jobs.push(job);
    else skipped.push({ jobId, reason: 'the job is no longer in the store' });
  }
  let query = settings.query;
  if (!query) {
    const resume = await store.getResume(subjectId);
    query = resume ? { resume } : {};
  }
  const labelled: LabelledQuery = {
    id: subjectId,
    query,
    jobs,
    grades: new Map(jobs.map((job) => [job.id, newest.get(job.id)!.grade])),
  };
  return { labelled, examples: examplesFromQueries([labelled]), feedbackCount: feedback.length, skipped };
}

/** Settings for {@link createFeedbackLearner}: the cold-start switch's settings and the grade mapping. */
export interface FeedbackLearnerSettings extends Omit<ColdStartSettings, 'learned'> {
  /** The learned ranker, fitted on the labels (default: a trainable feedback classifier). */
  learned?: TrainableRanker | undefined;
  /** Grades of the actions, merged over {@link FEEDBACK_ACTION_GRADES}. */
  actionGrades?: Partial<Record<FeedbackAction, number>> | undefined;
}

/** A `FeedbackLearner` whose learned ranker is the cold-start switch (it says its mode and why). */
export interface ColdStartLearner extends FeedbackLearner {
  learn(request: LearnRequest): Promise<ColdStartRanker>;
}

/**
 * Core's `FeedbackLearner` over the cold-start switch: `learn` reads the person's stored feedback
 * ({@link feedbackToExamples}) and fits the switch (by default over the feedback classifier), which uses the learned
 * model once there are enough labels and cross-validation shows a gain, and the unsupervised ranker before that.
 * Give it to `createPipeline({ learner })` and call `pipeline.retrain(subjectId)`.
 */
export function createFeedbackLearner(settings: FeedbackLearnerSettings = {}): ColdStartLearner {
  rejectUnknownKeys('FeedbackLearnerSettings', settings, { ...COLD_START_SETTING_NAMES, actionGrades: true });
  const { actionGrades, ...coldStart } = settings;
  rejectUnknownKeys('FeedbackLearnerSettings.actionGrades', actionGrades, ACTION_NAMES);
  const switcher: TrainableRanker = createTrainableColdStartRanker(coldStart);
  return {
    name: switcher.name,
    async learn(request) {
      // A request that is no object was "Cannot destructure property 'store' of 'undefined'" (round 17).
      checkRecordArgument(
        'ColdStartLearner.learn',
        'request',
        request,
        'a LearnRequest ({ store, subjectId, query? })',
      );
      const { store, subjectId, query, signal } = request;
      checkSignalOption('LearnRequest', signal);
      const data = await feedbackToExamples(store, subjectId, {
        ...(query ? { query } : {}),
        ...(actionGrades ? { actionGrades } : {}),
      });
      return (await switcher.fit(
        data.labelled.jobs.length === 0 ? [] : [data.labelled],
        signal ? { signal } : {},
      )) as ColdStartRanker;
    },
  };
}
