import type { Job, RankQuery } from '@rolefit/core';
import { jobSkillKeys, titleTokens } from './features.js';
import { trainFeedbackClassifier, type FeedbackClassifier } from './feedback-classifier.js';
import type { HeadSettings } from './head.js';

/** One rating of a job by the person the model is about. */
export interface JobRating {
  job: Job;
  rating: 0 | 1 | 2 | 3;
}

/** A feature's weight after standardisation: the change in the logit for one standard deviation of the feature. */
export interface FeatureWeight {
  feature: string;
  weight: number;
}

/** A model of what one person wants from a job, from their ratings alone (no resume needed). */
export interface DesirabilityModel extends FeedbackClassifier {
  /** The strongest positive and negative drivers, by standardised weight. */
  explain(top?: number): { positive: FeatureWeight[]; negative: FeatureWeight[] };
}

/** Settings for {@link trainDesirabilityModel}. */
export interface DesirabilitySettings extends HeadSettings {
  /** Name recorded in each Match (default `desirability`). */
  name?: string;
  /** A title token or skill becomes a named feature when this many rated jobs have it (default 3). */
  minimumCount?: number;
  /** Most title tokens / skills kept as features (default 40 / 30). */
  maximumTitleTokens?: number;
  maximumSkills?: number;
  now?: () => Date;
}

function vocabulary(lists: readonly string[][], minimum: number, maximum: number): string[] {
  const counts = new Map<string, number>();
  for (const list of lists) for (const token of list) counts.set(token, (counts.get(token) ?? 0) + 1);
  return [...counts]
    .filter(([token, count]) => count >= minimum && count < lists.length && /\p{L}/u.test(token))
    .sort((left, right) => right[1] - left[1] || (left[0] < right[0] ? -1 : 1))
    .slice(0, maximum)
    .map(([token]) => token);
}

/**
 * Trains a logistic model of one person's 0–3 ratings (expected grade / 3) over job features only: annual salary (log,
 * with currency indicators), title tokens and skills seen in at least `minimumCount` rated jobs, workplace, seniority,
 * employment type and posting age. Works with an empty resume. L2 is stronger than the classifier's (0.01) because
 * there are few ratings per feature.
 */
export async function trainDesirabilityModel(ratings: readonly JobRating[], settings: DesirabilitySettings = {}): Promise<DesirabilityModel> {
  if (ratings.length === 0) throw new RangeError('trainDesirabilityModel needs at least one rating');
  const minimum = settings.minimumCount ?? 3;
  const titleVocabulary = vocabulary(ratings.map((rating) => titleTokens(rating.job.title)), minimum, settings.maximumTitleTokens ?? 40);
  const skillVocabulary = vocabulary(ratings.map((rating) => jobSkillKeys(rating.job)), minimum, settings.maximumSkills ?? 30);
  const person: RankQuery = {};
  const classifier = await trainFeedbackClassifier({
    l2: 0.01,
    ...settings,
    hidden: 0,
    name: settings.name ?? 'desirability',
    labelKind: 'ordinal',
    personFeatures: false,
    titleVocabulary,
    skillVocabulary,
    examples: ratings.map((rating) => ({ query: person, job: rating.job, label: rating.rating })),
  });
  const model = { ...classifier.model, model: 'desirability' as const };
  const weights: FeatureWeight[] = model.featureNames.map((feature, index) => ({ feature, weight: model.head.parameters[index] ?? 0 }));
  return {
    ...classifier,
    model,
    save: async (path: string) => {
      const { writeSavedModel } = await import('./model-file.js');
      await writeSavedModel(path, model);
    },
    explain(top = 8) {
      const sorted = [...weights].sort((left, right) => right.weight - left.weight || (left.feature < right.feature ? -1 : 1));
      return {
        positive: sorted.filter((entry) => entry.weight > 0).slice(0, top),
        negative: sorted.filter((entry) => entry.weight < 0).reverse().slice(0, top),
      };
    },
  };
}
