import { invalidSetting, rejectUnknownKeys, type Job, type Match, type RankQuery, type Ranker } from '@rolefit/core';
import { checkNumberSetting } from '@rolefit/core/internal';
import { createBm25Ranker } from '../bm25/index.js';
import type { LabelledQuery } from '../training/labelled-query.js';
import type { FitOptions, TrainableRanker } from '../training/trainable.js';
import { createFusionRanker } from '../fusion/index.js';
import { createMultiFactorRanker } from '../multi-factor/index.js';
import { checkFitArguments, checkRankArguments, clampUnit, orderMatches } from '../shared/ranking.js';
import { groupedNdcg } from './feedback-classifier.js';
import { shuffled } from './random.js';
import { COLD_START_SETTING_NAMES } from './setting-names.js';

/** Which ranker the cold-start switch uses. */
export type ColdStartMode = 'cold-start' | 'blended' | 'learned';

/** Cross-validated nDCG@10 of the unsupervised ranker, the learned one and the chosen blend. */
export interface ColdStartValidation {
  folds: number;
  unsupervised: number;
  learned: number;
  /** Weight of the learned ranker in the best blend (1 = learned alone). */
  learnedWeight: number;
  blended: number;
  /** blended − unsupervised. */
  gain: number;
}

/** The ranker the switch returns: says which mode it is in, and why. */
export interface ColdStartRanker extends Ranker {
  readonly mode: ColdStartMode;
  readonly reason: string;
  readonly labelCount: number;
  readonly validation: ColdStartValidation | undefined;
}

/** Settings for {@link createColdStartRanker}. */
export interface ColdStartSettings {
  /** The learned ranker, fitted on the labels. */
  learned: TrainableRanker;
  /** Ranker used without enough labels (default: RRF fusion of multi-factor and bm25). */
  unsupervised?: Ranker | undefined;
  /** Labels needed before the learned ranker is tried (default 30). */
  minLabels?: number | undefined;
  /** Cross-validated nDCG@10 gain over the unsupervised ranker needed to use it (default 0.01). */
  minGain?: number | undefined;
  /** Cross-validation folds (default 5). */
  folds?: number | undefined;
  /** Learned weights tried for the blend, each from 0 to 1 (default 0.25, 0.5, 0.75, 1). */
  weights?: readonly number[] | undefined;
  /** Name recorded in each Match (default `cold-start`). */
  name?: string | undefined;
  seed?: number | undefined;
}

/** Number of judged (query, job) pairs. */
const countLabels = (queries: readonly LabelledQuery[]) => queries.reduce((sum, query) => sum + query.grades.size, 0);

/** The queries restricted to the judged jobs that `keep` accepts (empty queries dropped). */
function restrict(
  queries: readonly LabelledQuery[],
  keep: (query: LabelledQuery, jobId: string) => boolean,
): LabelledQuery[] {
  return queries
    .map((query) => {
      const jobs = query.jobs.filter((job) => query.grades.has(job.id) && keep(query, job.id));
      return { ...query, jobs, grades: new Map(jobs.map((job) => [job.id, query.grades.get(job.id)!])) };
    })
    .filter((query) => query.jobs.length > 0);
}

async function scoresOf(
  ranker: Ranker,
  query: RankQuery,
  jobs: readonly Job[],
  signal?: AbortSignal,
): Promise<Map<string, number>> {
  const matches = await ranker.rank(query, jobs, signal ? { signal } : {});
  return new Map(matches.map((match) => [match.jobId, match.score]));
}

function blendRanker(
  name: string,
  unsupervised: Ranker,
  learned: Ranker | undefined,
  weight: number,
  state: Omit<ColdStartRanker, 'name' | 'rank'>,
): ColdStartRanker {
  const label = `[${state.mode}: ${state.reason}]`;
  return {
    name,
    ...state,
    // Reading jobs ahead is the unsupervised ranker's: it scores every job in every mode.
    ...(unsupervised.prepare ? { prepare: unsupervised.prepare.bind(unsupervised) } : {}),
    async rank(query, jobs, options = {}) {
      checkRankArguments(query, jobs, options);
      options.signal?.throwIfAborted();
      // The collection's statistics go through, so the unsupervised ranker scores as it does on its own.
      const base = await unsupervised.rank(query, jobs, {
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.corpusStatistics ? { corpusStatistics: options.corpusStatistics } : {}),
      });
      const baseById = new Map(base.map((match) => [match.jobId, match]));
      const learnedScores =
        learned && weight > 0 ? await scoresOf(learned, query, jobs, options.signal) : new Map<string, number>();
      const matches: Match[] = jobs.map((job) => {
        const original = baseById.get(job.id);
        const unsupervisedScore = original?.score ?? 0;
        const learnedScore = learnedScores.get(job.id);
        const score =
          learnedScore === undefined
            ? unsupervisedScore
            : clampUnit(weight * learnedScore + (1 - weight) * unsupervisedScore);
        return {
          jobId: job.id,
          score,
          breakdown: {
            ...(original?.breakdown ?? {}),
            unsupervised: unsupervisedScore,
            ...(learnedScore === undefined ? {} : { learned: learnedScore }),
            'learned-weight': weight,
          },
          matchedSkills: original?.matchedSkills ?? [],
          missingSkills: original?.missingSkills ?? [],
          ranker: name,
          explanation: `${label} ${original?.explanation ?? ''}`.trim(),
        };
      });
      return orderMatches(matches, options);
    },
  };
}

/**
 * The cold-start switch, as a trainable ranker: with fewer than `minLabels` labels it ranks with the unsupervised ranker;
 * past that it cross-validates (folds over the judged jobs, seeded) the learned ranker and blends of it with the
 * unsupervised one, and uses the best blend when its nDCG@10 gain is at least `minGain`. The fitted ranker reports
 * its `mode`, `reason`, `labelCount` and `validation`, and each Match says the mode in its explanation and breakdown.
 */
export function createColdStartRanker(settings: ColdStartSettings): TrainableRanker {
  rejectUnknownKeys('ColdStartSettings', settings, COLD_START_SETTING_NAMES, { required: true });
  const name = settings.name ?? 'cold-start';
  const unsupervised =
    settings.unsupervised ??
    createFusionRanker({
      rankers: [createMultiFactorRanker(), createBm25Ranker()],
      name: 'unsupervised',
      method: 'rrf',
    });
  const minLabels =
    checkNumberSetting('ColdStartSettings', 'minLabels', settings.minLabels, { integer: true, min: 0 }) ?? 30;
  // A gain in nDCG@10, which lies in [0, 1]: a negative one lets a learned ranker in that does worse.
  const minGain = checkNumberSetting('ColdStartSettings', 'minGain', settings.minGain, { min: -1, max: 1 }) ?? 0.01;
  const folds = checkNumberSetting('ColdStartSettings', 'folds', settings.folds, { integer: true, min: 2 }) ?? 5;
  // Checked here: without it the switch worked below minLabels, then failed with a TypeError once labels sufficed.
  if (typeof (settings.learned as Partial<TrainableRanker> | undefined)?.fit !== 'function')
    throw invalidSetting(
      'ColdStartSettings',
      'learned',
      'must be a TrainableRanker (such as createTrainableFeedbackClassifier())',
    );
  if (settings.weights !== undefined && !Array.isArray(settings.weights))
    throw invalidSetting('ColdStartSettings', 'weights', 'must be a list of learned weights from 0 to 1');
  // Each is the learned ranker's share of a blend: NaN gave NaN scores, 2 a blend outside the two rankers'.
  settings.weights?.forEach((weight, index) =>
    checkNumberSetting('ColdStartSettings', `weights.${index}`, weight, { min: 0, max: 1 }),
  );
  const weights = settings.weights ?? [0.25, 0.5, 0.75, 1];
  const seed = checkNumberSetting('ColdStartSettings', 'seed', settings.seed, { integer: true }) ?? 1;
  return {
    name,
    async fit(train, options: FitOptions = {}) {
      checkFitArguments(train, options);
      const labelCount = countLabels(train ?? []);
      if (train === undefined || labelCount < minLabels) {
        const reason = `${labelCount} labels, fewer than the ${minLabels} needed to learn`;
        return blendRanker(name, unsupervised, undefined, 0, {
          mode: 'cold-start',
          reason,
          labelCount,
          validation: undefined,
        });
      }
      // Each judged pair goes to one fold (seeded), so a single person's ratings can be cross-validated too.
      const keys = train.flatMap((query) => [...query.grades.keys()].map((jobId) => `${query.id}\t${jobId}`));
      const foldOf = new Map(shuffled(keys, seed).map((key, position) => [key, position % folds]));
      const collected = {
        unsupervised: [] as number[],
        learned: [] as number[],
        blends: weights.map(() => [] as number[]),
      };
      for (let fold = 0; fold < folds; fold += 1) {
        options.signal?.throwIfAborted();
        const fitPart = restrict(train, (query, jobId) => foldOf.get(`${query.id}\t${jobId}`) !== fold);
        const heldPart = restrict(train, (query, jobId) => foldOf.get(`${query.id}\t${jobId}`) === fold);
        const learned = await settings.learned.fit(fitPart, options.signal ? { signal: options.signal } : {});
        const items = {
          unsupervised: [] as Array<{ query: RankQuery; grade: number; score: number }>,
          learned: [] as Array<{ query: RankQuery; grade: number; score: number }>,
        };
        const blendItems = weights.map(() => [] as Array<{ query: RankQuery; grade: number; score: number }>);
        for (const query of heldPart) {
          const base = await scoresOf(unsupervised, query.query, query.jobs, options.signal);
          const fitted = await scoresOf(learned, query.query, query.jobs, options.signal);
          for (const job of query.jobs) {
            const grade = query.grades.get(job.id) ?? 0;
            const unsupervisedScore = base.get(job.id) ?? 0;
            const learnedScore = fitted.get(job.id) ?? 0;
            items.unsupervised.push({ query: query.query, grade, score: unsupervisedScore });
            items.learned.push({ query: query.query, grade, score: learnedScore });
            weights.forEach((weight, index) =>
              blendItems[index]!.push({
                query: query.query,
                grade,
                score: weight * learnedScore + (1 - weight) * unsupervisedScore,
              }),
            );
          }
        }
        const unsupervisedNdcg = groupedNdcg(items.unsupervised);
        if (unsupervisedNdcg === null) continue;
        collected.unsupervised.push(unsupervisedNdcg);
        collected.learned.push(groupedNdcg(items.learned) ?? 0);
        weights.forEach((_weight, index) => collected.blends[index]!.push(groupedNdcg(blendItems[index]!) ?? 0));
      }
      const mean = (values: readonly number[]) =>
        values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
      const blendMeans = collected.blends.map(mean);
      let bestIndex = 0;
      blendMeans.forEach((value, index) => {
        if (value > blendMeans[bestIndex]!) bestIndex = index;
      });
      const validation: ColdStartValidation = {
        folds: collected.unsupervised.length,
        unsupervised: mean(collected.unsupervised),
        learned: mean(collected.learned),
        learnedWeight: weights[bestIndex] ?? 1,
        blended: blendMeans[bestIndex] ?? 0,
        gain: (blendMeans[bestIndex] ?? 0) - mean(collected.unsupervised),
      };
      const numbers = `CV nDCG@10 unsupervised ${validation.unsupervised.toFixed(3)}, learned ${validation.learned.toFixed(3)}, best blend ${validation.blended.toFixed(3)} at learned weight ${validation.learnedWeight}`;
      options.onProgress?.(`${name}: ${labelCount} labels; ${numbers}`);
      if (validation.folds === 0 || validation.gain < minGain) {
        const reason = `${labelCount} labels but CV gain ${validation.gain.toFixed(3)} < ${minGain} (${numbers})`;
        return blendRanker(name, unsupervised, undefined, 0, { mode: 'cold-start', reason, labelCount, validation });
      }
      const learned = await settings.learned.fit(train, options);
      const mode: ColdStartMode = validation.learnedWeight >= 1 ? 'learned' : 'blended';
      const reason = `${labelCount} labels, CV gain ${validation.gain.toFixed(3)} >= ${minGain} (${numbers})`;
      return blendRanker(name, unsupervised, learned, validation.learnedWeight, {
        mode,
        reason,
        labelCount,
        validation,
      });
    },
  };
}
