import { describeValue, invalidArgument } from '../errors/argument.js';
import { checkSignalOption } from '../errors/signal-option.js';
import { invalidSetting } from '../errors/validation-error.js';
import type { Ranker, RankQuery, Store } from '../interfaces/index.js';

/** Whose stored feedback a {@link FeedbackLearner} learns from. */
export interface LearnRequest {
  store: Store;
  /** The person: the `subjectId` their feedback is stored under. */
  subjectId: string;
  /** The person as the ranker sees them (default: the stored resume with id `subjectId`, if any). */
  query?: RankQuery | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Learns a ranker for one person from their stored feedback (ratings 0–3, apply, dismiss, hire). Core only defines it;
 * `createFeedbackLearner` in `@rolefit/rankers` implements it over the cold-start switch, so core never imports a ranker.
 */
export interface FeedbackLearner {
  readonly name: string;
  /** Reads the person's feedback from the store and returns the ranker to use for them from now on. */
  learn(request: LearnRequest): Promise<Ranker>;
}

/** What `pipeline.retrain` did. */
export interface RetrainResult {
  subjectId: string;
  /** The ranker `recommend` now uses for this person. */
  ranker: Ranker;
  /** Feedback records stored for the person when it learned. */
  feedbackCount: number;
}

/** The rankers learned per person, and how to learn one: the pipeline's retrain step. */
export interface SubjectRankers {
  /** The ranker learned for the person, or `fallback` when none was. */
  rankerFor(subjectId: string | undefined, fallback: Ranker): Ranker;
  /** Learns the person's ranker from their stored feedback and keeps it for their later recommendations. */
  retrain(subjectId: string, options?: { query?: RankQuery; signal?: AbortSignal }): Promise<RetrainResult>;
}

/** Keeps one learned ranker per person; without a learner, `retrain` refuses with a message saying what to configure. */
export function createSubjectRankers(store: Store, learner: FeedbackLearner | undefined): SubjectRankers {
  const learned = new Map<string, Ranker>();
  return {
    rankerFor: (subjectId, fallback) => (subjectId === undefined ? undefined : learned.get(subjectId)) ?? fallback,
    async retrain(subjectId, options = {}) {
      // ValidationErrors naming what is missing (TypeErrors before, which no caller's RolefitError check caught).
      if (!learner)
        throw invalidSetting(
          'PipelineSettings',
          'learner',
          'pipeline.retrain needs a learner: createPipeline({ …, learner: createFeedbackLearner() }) with createFeedbackLearner from @rolefit/rankers',
        );
      if (typeof subjectId !== 'string' || subjectId.trim() === '')
        throw invalidArgument(
          'pipeline.retrain',
          'subjectId',
          `needs the subjectId the feedback is stored under, got ${typeof subjectId === 'string' ? 'a blank string' : describeValue(subjectId)}`,
        );
      checkSignalOption('RetrainOptions', options.signal);
      const feedbackCount = (await store.listFeedback({ subjectId })).length;
      const ranker = await learner.learn({
        store,
        subjectId,
        ...(options.query ? { query: options.query } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      learned.set(subjectId, ranker);
      return { subjectId, ranker, feedbackCount };
    },
  };
}
