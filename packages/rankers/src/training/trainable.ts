import type { Ranker } from '@rolefit/core';
import type { LabelledQuery } from './labelled-query.js';

/** Options for {@link TrainableRanker.fit}. */
export interface FitOptions {
  signal?: AbortSignal | undefined;
  /** Receives a line of progress now and then (the CLI writes them to stderr). */
  onProgress?: ((message: string) => void) | undefined;
}

/**
 * A ranker that may learn from labelled queries before it ranks (fusion weights now, learned rankers later).
 * The evaluation harness calls `fit` once with the training queries only, never with the queries it reports on.
 */
export interface TrainableRanker {
  /** Name the fitted ranker is reported under. */
  readonly name: string;
  /** Builds the ranker; `train` is undefined when there is no training set, and the ranker must then fall back to defaults. */
  fit(train: readonly LabelledQuery[] | undefined, options?: FitOptions): Promise<Ranker>;
}

/** Whether `value` is a {@link TrainableRanker} rather than a ready `Ranker`. */
export function isTrainableRanker(value: Ranker | TrainableRanker): value is TrainableRanker {
  return typeof value === 'object' && value !== null && typeof (value as Partial<TrainableRanker>).fit === 'function';
}
