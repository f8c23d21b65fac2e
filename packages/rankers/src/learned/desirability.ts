import { rejectUnknownKeys, ValidationError, type Job, type RankQuery } from '@rolefit/core';
import { checkNumberSetting } from '@rolefit/core/internal';
import { jobSkillKeys, titleTokens } from './features.js';
import {
  RIDGE_MAXIMUM_EXAMPLES,
  trainCheckedFeedbackClassifier,
  type FeedbackClassifier,
  type Learner,
} from './feedback-classifier.js';
import type { HeadSettings } from './head.js';
import { DESIRABILITY_SETTING_NAMES, TEXT_RIDGE_SETTING_NAMES } from './setting-names.js';
import { checkTextRidgeNumbers, spaceTerms, type TextRidgeSettings, type TextRidgeState } from './text-ridge.js';
import { tfidfVector } from './tfidf.js';

/**
 * Text ridge defaults of the desirability model: the lead space (the first 60 terms of the posting) searched next to
 * the description, the pairwise objective (least squares on the rating differences of pairs of different grades), and
 * the mean of the 5 best distinct CV settings. Chosen by nested grouped 5-fold CV on the 208 lirecommend training
 * ratings alone (pooled AUC, mean of nine fold seeds): pointwise, one setting, no lead 0.886; lead 0.889; pairwise + 5
 * settings 0.889; all three 0.891 (better on 8 of the 9 seeds), 0.892 once settings that predict alike count once.
 * Title character n-grams (0.887 vs 0.889 on three seeds) and a pointwise 5- or 10-setting mean (0.890, 0.891 vs
 * 0.889 on three seeds) did not win. On the test half, trained on the training half: AUC 0.880 as before.
 */
const DESIRABILITY_TEXT_DEFAULTS: TextRidgeSettings & { mixGrid: NonNullable<TextRidgeSettings['mixGrid']> } = {
  objective: 'pairwise',
  ensemble: 5,
  mixGrid: { lead: [0, 0.25, 0.5, 1] },
};

/** One rating of a job by the person the model is about. */
export interface JobRating {
  job: Job;
  rating: 0 | 1 | 2 | 3;
}

/**
 * How much a feature moves the model's raw output (on the scale of the grade targets: grade / 3 unless `text.gradeTargets` says otherwise): for a dense feature, one standard deviation
 * of it; for a text term (`title:…`, `lead:…`, `description:…`, `skills:…`, `company:…`), having it at its mean TF-IDF weight in
 * the rated jobs that have it; for `salary×description:…`, one standard deviation more log pay for a job with that term
 * at its mean weight (positive: pay matters more for such jobs). For the head learner, the change in the logit per
 * standard deviation.
 */
export interface FeatureWeight {
  feature: string;
  weight: number;
}

/** A model of what one person wants from a job, from their ratings alone (no resume needed). */
export interface DesirabilityModel extends FeedbackClassifier {
  /** The strongest positive and negative drivers, by standardised weight. */
  explain(top?: number): { positive: FeatureWeight[]; negative: FeatureWeight[] };
  /** The predicted grade 0–3 of each job: the ridge output cut at points fitted for exact-grade accuracy on cross-validated training predictions (the score × 3, rounded). */
  grades(jobs: readonly Job[], signal?: AbortSignal): Promise<Array<0 | 1 | 2 | 3>>;
}

/** Settings for {@link trainDesirabilityModel}. */
export interface DesirabilitySettings extends HeadSettings {
  /** `auto` (default: the text ridge up to 600 ratings), `ridge` or `head` (the logistic head over named title and skill indicators). */
  learner?: Learner | undefined;
  /** Grids and folds of the ridge's cross-validation, its objective, ensemble and grade targets (default: lead searched, pairwise, 5 settings averaged, grade / 3; see `CONVEX_GRADE_TARGETS` in text-ridge.ts). */
  text?: TextRidgeSettings | undefined;
  /** Name recorded in each Match (default `desirability`). */
  name?: string | undefined;
  /** A title token or skill becomes a named feature when this many rated jobs have it (default 3). */
  minimumCount?: number | undefined;
  /** Most title tokens / skills kept as features (default 40 / 30). */
  maximumTitleTokens?: number | undefined;
  maximumSkills?: number | undefined;
  now?: (() => Date) | undefined;
}

/**
 * The text ridge settings of the desirability model: the lead space searched (weights 0, 0.25, 0.5, 1), the pairwise
 * objective and a 5-setting mean, overridden by those given (a `mixGrid` merges block by block).
 */
export function desirabilityTextSettings(text: TextRidgeSettings = {}): TextRidgeSettings {
  return {
    ...DESIRABILITY_TEXT_DEFAULTS,
    ...text,
    mixGrid: { ...DESIRABILITY_TEXT_DEFAULTS.mixGrid, ...text.mixGrid },
  };
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

/** Weights of a ridge model as effects: dense features per standard deviation, terms at their mean TF-IDF weight in `jobs`. */
function ridgeEffects(ridge: TextRidgeState, names: readonly string[], jobs: readonly Job[]): FeatureWeight[] {
  const effects: FeatureWeight[] = names.map((feature, index) => ({
    feature,
    weight: ridge.dense.weights[index] ?? 0,
  }));
  for (const space of ridge.spaces) {
    const sums = new Map<string, { total: number; count: number }>();
    for (const job of jobs)
      for (const [term, value] of tfidfVector(
        space.vocabulary,
        spaceTerms(job, space.name, space.bigrams, space.titleInDescription ?? false, space.leadWords),
      )) {
        const entry = sums.get(term) ?? { total: 0, count: 0 };
        entry.total += value;
        entry.count += 1;
        sums.set(term, entry);
      }
    for (const [term, { total, count }] of sums) {
      effects.push({ feature: `${space.name}:${term}`, weight: (space.weights[term] ?? 0) * (total / count) });
      const salaryWeight = space.salaryWeights?.[term];
      if (salaryWeight !== undefined)
        effects.push({ feature: `salary×${space.name}:${term}`, weight: salaryWeight * (total / count) });
    }
  }
  return effects.filter((entry) => entry.weight !== 0);
}

/** Refuses numeric desirability settings (and those of its `text` ridge) that are not finite whole numbers in range, naming the setting. */
export function checkDesirabilityNumbers(settings: DesirabilitySettings): void {
  const count = (setting: 'minimumCount' | 'maximumTitleTokens' | 'maximumSkills', min: number) =>
    checkNumberSetting('DesirabilitySettings', setting, settings[setting], { integer: true, min });
  count('minimumCount', 1);
  count('maximumTitleTokens', 0);
  count('maximumSkills', 0);
  if (settings.text !== undefined) checkTextRidgeNumbers(settings.text, 'DesirabilitySettings', 'text.');
}

/**
 * Trains a model of one person's 0–3 ratings over job features only; works with an empty resume. By default a
 * pairwise ridge (least squares on the differences of grade / 3 between jobs rated differently) over TF-IDF spaces of
 * the title + description, its first 60 terms (the lead), skills and company (a separate title space with word pairs on
 * request), next to salary (log annual, currency), workplace, seniority, employment type and posting age as a dense
 * block, and the description × standardised log salary (a pay slope per term), with λ and block weights chosen by
 * 5-fold CV on every rating given, the 5 best settings averaged, and grade cut-points fitted on the CV predictions. With
 * `learner: 'head'`, the older logistic head over title tokens and skills seen in at least `minimumCount` rated jobs
 * (L2 0.01, stronger than the classifier's, since there are few ratings per feature).
 */
export async function trainDesirabilityModel(
  ratings: readonly JobRating[],
  settings: DesirabilitySettings = {},
): Promise<DesirabilityModel> {
  rejectUnknownKeys('DesirabilitySettings', settings, DESIRABILITY_SETTING_NAMES);
  rejectUnknownKeys('DesirabilitySettings.text', settings.text, TEXT_RIDGE_SETTING_NAMES);
  checkDesirabilityNumbers(settings);
  if (!Array.isArray(ratings) || ratings.length === 0)
    throw new ValidationError('JobRating', [
      {
        path: '(root)',
        message: Array.isArray(ratings)
          ? 'trainDesirabilityModel needs at least one rating'
          : `the ratings must be an array of { job, rating }, got ${ratings === null ? 'null' : typeof ratings}`,
        code: 'invalid_value',
      },
    ]);
  // A rating is data (what a person said), so a bad one is a ValidationError naming it, as core's parsers do.
  const badRating = ratings.findIndex(
    (rating) => !(Number.isInteger(rating.rating) && rating.rating >= 0 && rating.rating <= 3),
  );
  if (badRating >= 0)
    throw new ValidationError('JobRating', [
      {
        path: `${badRating}.rating`,
        message: `a rating is a whole number 0–3, got ${JSON.stringify(ratings[badRating]?.rating)}`,
        code: 'invalid_value',
      },
    ]);
  const learner = settings.learner ?? (ratings.length > RIDGE_MAXIMUM_EXAMPLES ? 'head' : 'ridge');
  const minimum = settings.minimumCount ?? 3;
  const vocabularies =
    learner === 'head'
      ? {
          titleVocabulary: vocabulary(
            ratings.map((rating) => titleTokens(rating.job.title)),
            minimum,
            settings.maximumTitleTokens ?? 40,
          ),
          skillVocabulary: vocabulary(
            ratings.map((rating) => jobSkillKeys(rating.job)),
            minimum,
            settings.maximumSkills ?? 30,
          ),
        }
      : {};
  const person: RankQuery = {};
  const classifier = await trainCheckedFeedbackClassifier({
    l2: 0.01,
    ...settings,
    learner,
    hidden: 0,
    name: settings.name ?? 'desirability',
    labelKind: 'ordinal',
    personFeatures: false,
    ...vocabularies,
    text: desirabilityTextSettings(settings.text),
    examples: ratings.map((rating) => ({ query: person, job: rating.job, label: rating.rating })),
  });
  const model = { ...classifier.model, model: 'desirability' as const };
  const ridge = model.ridge;
  const weights: FeatureWeight[] = ridge
    ? ridgeEffects(
        ridge,
        model.featureNames,
        ratings.map((rating) => rating.job),
      )
    : model.featureNames.map((feature, index) => ({ feature, weight: model.head?.parameters[index] ?? 0 }));
  return {
    ...classifier,
    model,
    save: async (path: string) => {
      const { writeSavedModel } = await import('./model-file.js');
      await writeSavedModel(path, model);
    },
    async grades(jobs, signal) {
      const scores = await classifier.score(person, jobs, signal);
      return scores.map((score) => Math.max(0, Math.min(3, Math.round(score * 3))) as 0 | 1 | 2 | 3);
    },
    explain(top = 8) {
      const sorted = [...weights].sort(
        (left, right) => right.weight - left.weight || (left.feature < right.feature ? -1 : 1),
      );
      return {
        positive: sorted.filter((entry) => entry.weight > 0).slice(0, top),
        negative: sorted
          .filter((entry) => entry.weight < 0)
          .reverse()
          .slice(0, top),
      };
    },
  };
}
