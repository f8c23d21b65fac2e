// How well the desirability model learns one person's taste from their 0–3 ratings: AUC on held-out ratings, a
// learning curve over training-set sizes, exact-grade accuracy against always guessing the commonest grade, a paired
// bootstrap of the AUC difference to the older logistic head, and k-fold CV over every rating as a second split.
// A report, not a test: `node bench/learning-curve.mjs` prints it.
import {
  checkListArgument,
  checkRecordArgument,
  checkTextArgument,
  createRandom,
  describeValue,
  invalidArgument,
} from '@rolefit/core/internal';

// Lists of the same length, one value per rated job, else core's ValidationError naming the argument.
function checkPairedLists(fn: string, lists: Readonly<Record<string, unknown>>): void {
  let length: number | undefined;
  let first = '';
  for (const [argument, value] of Object.entries(lists)) {
    const list = checkListArgument(fn, argument, value, 'a list of numbers, one per rating');
    if (length === undefined) [length, first] = [list.length, argument];
    else if (list.length !== length)
      throw invalidArgument(fn, argument, `must have the length of ${first} (${length}), got ${list.length}`);
  }
}
import { loadEvaluationDataset } from '../harness/dataset.js';
import {
  auc,
  trainDesirabilityModel,
  type DesirabilityModel,
  type DesirabilitySettings,
  type JobRating,
  examplesFromQueries,
} from '@rolefit/rankers';
import { buildLabelledQueries } from '../harness/queries.js';
import { shuffled } from '@rolefit/rankers/testing';
import { groupedStratifiedFolds, repostKeys } from '@rolefit/rankers/testing';

/** Reads the 0–3 ratings of an evaluation dataset directory (every judged resume–job pair). */
export async function loadRatings(directory: string): Promise<JobRating[]> {
  // A directory that is no string was node's TypeError (The "paths[0]" argument must be of type string).
  checkTextArgument('loadRatings', 'directory', directory);
  const queries = buildLabelledQueries(await loadEvaluationDataset(directory), 'resume');
  return examplesFromQueries(queries).map((example) => ({
    job: example.job,
    rating: Math.max(0, Math.min(3, example.label)) as JobRating['rating'],
  }));
}

/** Pairwise AUC of scores over the grades (pairs of equal grade skipped, ties count half); 0.5 with one grade. */
export function ratingAuc(grades: readonly number[], scores: readonly number[]): number {
  checkPairedLists('ratingAuc', { grades, scores });
  return auc(grades.map((grade, index) => ({ grade, score: scores[index] ?? 0 }))) ?? 0.5;
}

/** Share of predicted grades equal to the true ones. */
export function exactAccuracy(predicted: readonly number[], grades: readonly number[]): number {
  checkPairedLists('exactAccuracy', { predicted, grades });
  return grades.length === 0 ? 0 : grades.filter((grade, index) => predicted[index] === grade).length / grades.length;
}

/** The commonest grade (the lowest of equally common ones). */
export function majorityGrade(grades: readonly number[]): number {
  checkListArgument('majorityGrade', 'grades', grades, 'a list of grades');
  const counts = new Map<number, number>();
  for (const grade of grades) counts.set(grade, (counts.get(grade) ?? 0) + 1);
  return [...counts].sort((left, right) => right[1] - left[1] || left[0] - right[0])[0]?.[0] ?? 0;
}

/** Paired bootstrap of AUC(b) − AUC(a) over resampled items: the difference on the data and a percentile 95% interval. */
export function pairedBootstrapAuc(
  grades: readonly number[],
  scoresA: readonly number[],
  scoresB: readonly number[],
  samples = 2000,
  seed = 1,
): { difference: number; low: number; high: number } {
  checkPairedLists('pairedBootstrapAuc', { grades, scoresA, scoresB });
  const random = createRandom(seed);
  const differences: number[] = [];
  for (let sample = 0; sample < samples; sample += 1) {
    const picks = grades.map(() => Math.floor(random() * grades.length));
    const pick = (values: readonly number[]) => picks.map((index) => values[index]!);
    differences.push(ratingAuc(pick(grades), pick(scoresB)) - ratingAuc(pick(grades), pick(scoresA)));
  }
  differences.sort((left, right) => left - right);
  const at = (share: number) => differences[Math.min(samples - 1, Math.max(0, Math.floor(share * samples)))] ?? 0;
  return { difference: ratingAuc(grades, scoresB) - ratingAuc(grades, scoresA), low: at(0.025), high: at(0.975) };
}

/** Scores, grades and AUC of a model on held-out ratings. */
async function heldOut(model: DesirabilityModel, test: readonly JobRating[]) {
  const jobs = test.map((rating) => rating.job);
  const scores = await model.score({}, jobs);
  const grades = test.map((rating) => rating.rating);
  return { scores, grades, auc: ratingAuc(grades, scores), predicted: await model.grades(jobs) };
}

/** One point of a learning curve: mean and standard deviation of the test AUC over seeded subsamples. */
export interface LearningCurvePoint {
  size: number;
  runs: number;
  ridge: { mean: number; sd: number };
  head: { mean: number; sd: number };
}

const meanSd = (values: readonly number[]) => {
  const mean = values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / Math.max(1, values.length - 1);
  return { mean, sd: values.length > 1 ? Math.sqrt(variance) : 0 };
};

/** AUC on `test` of the ridge and the older head, trained on `size` ratings drawn from `train` (one draw per seed; all of them once when `size` ≥ the count). */
export async function learningCurve(
  train: readonly JobRating[],
  test: readonly JobRating[],
  sizes: readonly number[],
  seeds: readonly number[],
  settings: DesirabilitySettings = {},
): Promise<LearningCurvePoint[]> {
  checkListArgument('learningCurve', 'train', train, 'a list of ratings');
  checkListArgument('learningCurve', 'test', test, 'a list of ratings');
  checkListArgument('learningCurve', 'sizes', sizes, 'a list of training sizes');
  checkListArgument('learningCurve', 'seeds', seeds, 'a list of seeds');
  const points: LearningCurvePoint[] = [];
  for (const size of sizes) {
    const draws =
      size >= train.length ? [train] : seeds.map((seed) => shuffled(train, seed * 7919 + size).slice(0, size));
    const ridge: number[] = [];
    const head: number[] = [];
    for (const draw of draws) {
      ridge.push((await heldOut(await trainDesirabilityModel(draw, { ...settings, learner: 'ridge' }), test)).auc);
      head.push((await heldOut(await trainDesirabilityModel(draw, { ...settings, learner: 'head' }), test)).auc);
    }
    points.push({ size: Math.min(size, train.length), runs: draws.length, ridge: meanSd(ridge), head: meanSd(head) });
  }
  return points;
}

/** k-fold CV over every rating (folds stratified by grade, seeded; reposts of one ad kept in one fold; each training part picks its own settings by inner CV, so this is nested CV): pooled out-of-fold AUC and mean per-fold AUC of the ridge and the head, with the training size. */
export async function crossValidatedAuc(
  ratings: readonly JobRating[],
  folds: number,
  seed = 1,
  settings: DesirabilitySettings = {},
) {
  checkListArgument('crossValidatedAuc', 'ratings', ratings, 'a list of ratings');
  // A fold count that is no whole number ≥ 2 was a RangeError from the fold assignment.
  if (!(Number.isSafeInteger(folds) && folds >= 2))
    throw invalidArgument('crossValidatedAuc', 'folds', `must be a whole number ≥ 2, got ${describeValue(folds)}`);
  const keys = repostKeys(ratings.map((rating) => rating.job));
  const assignment = groupedStratifiedFolds(
    ratings.map((rating) => rating.rating),
    keys,
    folds,
    seed,
  );
  const pooled = { ridge: new Array<number>(ratings.length).fill(0), head: new Array<number>(ratings.length).fill(0) };
  const perFold = { ridge: [] as number[], head: [] as number[] };
  for (let fold = 0; fold < folds; fold += 1) {
    const train = ratings.filter((_rating, index) => assignment[index] !== fold);
    const indices = ratings.flatMap((_rating, index) => (assignment[index] === fold ? [index] : []));
    const test = indices.map((index) => ratings[index]!);
    for (const learner of ['ridge', 'head'] as const) {
      const result = await heldOut(await trainDesirabilityModel(train, { ...settings, learner }), test);
      perFold[learner].push(result.auc);
      indices.forEach((index, position) => (pooled[learner][index] = result.scores[position]!));
    }
  }
  const grades = ratings.map((rating) => rating.rating);
  return {
    folds,
    trainingSize: Math.round((ratings.length * (folds - 1)) / folds),
    ridge: { pooled: ratingAuc(grades, pooled.ridge), perFold: meanSd(perFold.ridge) },
    head: { pooled: ratingAuc(grades, pooled.head), perFold: meanSd(perFold.head) },
    bootstrap: pairedBootstrapAuc(grades, pooled.head, pooled.ridge),
  };
}

/** One size of a cross-validated learning curve: pooled out-of-fold AUC and exact grade, and the majority guess's exact grade. */
export interface CrossValidatedCurvePoint {
  size: number;
  auc: number;
  exact: number;
  withinOne: number;
  majority: number;
}

/**
 * A learning curve over every rating, reaching near all of them: grouped stratified k-fold CV (reposts of one ad in one
 * fold); in each fold the model is trained on `size` ratings drawn from the training part (all of it when `size` is at
 * least that) and scores the held-out fold; the out-of-fold scores are pooled per size.
 */
export async function crossValidatedLearningCurve(
  ratings: readonly JobRating[],
  folds: number,
  sizes: readonly number[],
  seed = 1,
  settings: DesirabilitySettings = {},
): Promise<CrossValidatedCurvePoint[]> {
  checkListArgument('crossValidatedLearningCurve', 'ratings', ratings, 'a list of ratings');
  checkListArgument('crossValidatedLearningCurve', 'sizes', sizes, 'a list of training sizes');
  const keys = repostKeys(ratings.map((rating) => rating.job));
  const grades = ratings.map((rating) => rating.rating);
  const assignment = groupedStratifiedFolds(grades, keys, folds, seed);
  const points: CrossValidatedCurvePoint[] = [];
  for (const size of sizes) {
    const scores = new Array<number>(ratings.length).fill(0);
    const predicted = new Array<number>(ratings.length).fill(0);
    const guessed = new Array<number>(ratings.length).fill(0);
    let largest = 0;
    for (let fold = 0; fold < folds; fold += 1) {
      const indices = ratings.flatMap((_rating, index) => (assignment[index] === fold ? [index] : []));
      if (indices.length === 0) continue;
      const draw = shuffled(
        ratings.filter((_rating, index) => assignment[index] !== fold),
        seed * 7919 + size * 31 + fold,
      ).slice(0, size);
      largest = Math.max(largest, draw.length);
      const model = await trainDesirabilityModel(draw, { ...settings, learner: 'ridge' });
      const jobs = indices.map((index) => ratings[index]!.job);
      const foldScores = await model.score({}, jobs);
      const foldGrades = await model.grades(jobs);
      const majority = majorityGrade(draw.map((rating) => rating.rating));
      indices.forEach((index, position) => {
        scores[index] = foldScores[position]!;
        predicted[index] = foldGrades[position]!;
        guessed[index] = majority;
      });
    }
    points.push({
      size: Math.min(size, largest),
      auc: ratingAuc(grades, scores),
      exact: exactAccuracy(predicted, grades),
      withinOne: withinOneAccuracy(predicted, grades),
      majority: exactAccuracy(guessed, grades),
    });
  }
  return points;
}

/** Share of predicted grades at most one grade from the true ones. */
export function withinOneAccuracy(predicted: readonly number[], grades: readonly number[]): number {
  return grades.length === 0
    ? 0
    : grades.filter((grade, index) => Math.abs((predicted[index] ?? Number.NaN) - grade) <= 1).length / grades.length;
}

/**
 * The mean over runs of the pairwise AUC of each run's scores, and a percentile 95% interval from resampling whole
 * groups (reposts of one ad) with replacement; with `baseline` runs, the same for the paired difference runs −
 * baseline. Every run scores the same items (e.g. out-of-fold scores of repeated k-fold CV with other fold seeds).
 */
export function groupBootstrapAuc(
  grades: readonly number[],
  groups: readonly string[],
  runs: ReadonlyArray<readonly number[]>,
  options: { baseline?: ReadonlyArray<readonly number[]>; samples?: number; seed?: number } = {},
): { mean: number; low: number; high: number } {
  const size = grades.length;
  // Per ordered pair (higher grade first): the mean over runs of 1 / ½ / 0, minus the baseline's.
  const pairs: Array<[number, number, number]> = [];
  const credit = (scores: readonly number[], high: number, low: number) =>
    scores[high]! > scores[low]! ? 1 : scores[high]! === scores[low]! ? 0.5 : 0;
  for (let high = 0; high < size; high += 1)
    for (let low = 0; low < size; low += 1) {
      if (!(grades[high]! > grades[low]!)) continue;
      let value = runs.reduce((sum, scores) => sum + credit(scores, high, low), 0) / runs.length;
      if (options.baseline)
        value -= options.baseline.reduce((sum, scores) => sum + credit(scores, high, low), 0) / options.baseline.length;
      pairs.push([high, low, value]);
    }
  const weighted = (weights: ArrayLike<number>) => {
    let total = 0;
    let count = 0;
    for (const [high, low, value] of pairs) {
      const weight = weights[high]! * weights[low]!;
      total += weight * value;
      count += weight;
    }
    return count === 0 ? 0 : total / count;
  };
  const names = [...new Set(groups)];
  const members = names.map((name) => groups.flatMap((group, index) => (group === name ? [index] : [])));
  const random = createRandom(options.seed ?? 1);
  const samples = options.samples ?? 1000;
  const values: number[] = [];
  const weights = new Float64Array(size);
  for (let sample = 0; sample < samples; sample += 1) {
    weights.fill(0);
    for (let draw = 0; draw < names.length; draw += 1)
      for (const index of members[Math.floor(random() * names.length)]!) weights[index]! += 1;
    values.push(weighted(weights));
  }
  values.sort((left, right) => left - right);
  const at = (share: number) => values[Math.min(samples - 1, Math.max(0, Math.floor(share * samples)))] ?? 0;
  return { mean: weighted(new Float64Array(size).fill(1)), low: at(0.025), high: at(0.975) };
}

/** Out-of-fold results of repeated grouped k-fold CV: per repeat, the fold of each rating, its score and its predicted grade. */
export interface RepeatedCrossValidation {
  folds: number;
  repeats: number;
  grades: number[];
  /** Repost group of each rating (see `repostKeys`): a group never spans two folds. */
  groups: string[];
  ids: string[];
  assignments: number[][];
  scores: number[][];
  predicted: number[][];
  /** Per repeat and rating, the training part's commonest grade. */
  majority: number[][];
  /** AUC of each fold of each repeat. */
  foldAucs: number[];
}

/**
 * Repeated grouped stratified k-fold CV over every rating: repeat r splits with fold seed r (reposts of one ad in one
 * fold), trains the model on the other folds (its own settings chosen by inner CV there: nested) and scores the held
 * fold.
 */
export async function repeatedCrossValidation(
  ratings: readonly JobRating[],
  folds: number,
  repeats: number,
  settings: DesirabilitySettings = {},
  onFold?: (repeat: number, fold: number, auc: number) => void,
): Promise<RepeatedCrossValidation> {
  const grades = ratings.map((rating) => rating.rating);
  const groups = repostKeys(ratings.map((rating) => rating.job));
  const result: RepeatedCrossValidation = {
    folds,
    repeats,
    grades,
    groups,
    ids: ratings.map((rating) => rating.job.id),
    assignments: [],
    scores: [],
    predicted: [],
    majority: [],
    foldAucs: [],
  };
  for (let repeat = 1; repeat <= repeats; repeat += 1) {
    const assignment = groupedStratifiedFolds(grades, groups, folds, repeat);
    const scores = new Array<number>(ratings.length).fill(0);
    const predicted = new Array<number>(ratings.length).fill(0);
    const majority = new Array<number>(ratings.length).fill(0);
    for (let fold = 0; fold < folds; fold += 1) {
      const indices = ratings.flatMap((_rating, index) => (assignment[index] === fold ? [index] : []));
      if (indices.length === 0) continue;
      const train = ratings.filter((_rating, index) => assignment[index] !== fold);
      const model = await trainDesirabilityModel(train, settings);
      const jobs = indices.map((index) => ratings[index]!.job);
      const foldScores = await model.score({}, jobs);
      const foldGrades = await model.grades(jobs);
      const guess = majorityGrade(train.map((rating) => rating.rating));
      indices.forEach((index, position) => {
        scores[index] = foldScores[position]!;
        predicted[index] = foldGrades[position]!;
        majority[index] = guess;
      });
      const value = ratingAuc(
        indices.map((index) => grades[index]!),
        foldScores,
      );
      result.foldAucs.push(value);
      onFold?.(repeat, fold, value);
    }
    result.assignments.push(assignment);
    result.scores.push(scores);
    result.predicted.push(predicted);
    result.majority.push(majority);
  }
  return result;
}

/** The summary of a repeated CV: mean AUC with its group-bootstrap interval, fold AUCs, exact and within-one grade accuracy against the majority guess. */
export function summariseRepeatedCrossValidation(cv: RepeatedCrossValidation) {
  const mean = (values: readonly number[]) =>
    values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  return {
    auc: groupBootstrapAuc(cv.grades, cv.groups, cv.scores),
    repeatAucs: cv.scores.map((scores) => ratingAuc(cv.grades, scores)),
    foldAuc: meanSd(cv.foldAucs),
    exact: mean(cv.predicted.map((predicted) => exactAccuracy(predicted, cv.grades))),
    withinOne: mean(cv.predicted.map((predicted) => withinOneAccuracy(predicted, cv.grades))),
    majorityExact: mean(cv.majority.map((guess) => exactAccuracy(guess, cv.grades))),
    majorityWithinOne: mean(cv.majority.map((guess) => withinOneAccuracy(guess, cv.grades))),
  };
}

/** Options of {@link tasteReport}. */
export interface TasteReportOptions {
  /** Dataset directories (e.g. the dev sets' lirecommend/train and lirecommend/test). */
  train: string;
  test: string;
  sizes?: readonly number[] | undefined;
  seeds?: readonly number[] | undefined;
  /** Folds of the CV over every rating (default 5 and 10); empty to skip. */
  allRatingFolds?: readonly number[] | undefined;
  /** Folds of the cross-validated learning curve over every rating (default 10; 0 to skip) and its sizes (default 10, 25, 50, 100, 200, 300, 400). */
  curveFolds?: number | undefined;
  curveSizes?: readonly number[] | undefined;
  log?: ((line: string) => void) | undefined;
  settings?: DesirabilitySettings | undefined;
}

/** Prints (through `log`) and returns the taste report: fitted settings, test AUC, grade accuracy, bootstrap, learning curve, swapped split and CV over every rating. */
export async function tasteReport(options: TasteReportOptions) {
  checkRecordArgument('tasteReport', 'options', options, 'TasteReportOptions');
  checkTextArgument('tasteReport', 'options.train', options.train);
  checkTextArgument('tasteReport', 'options.test', options.test);
  const log = options.log ?? ((line: string) => console.log(line));
  const settings = options.settings ?? {};
  const train = await loadRatings(options.train);
  const test = await loadRatings(options.test);
  const f = (value: number) => value.toFixed(3);

  const ridge = await trainDesirabilityModel(train, { ...settings, learner: 'ridge' });
  const head = await trainDesirabilityModel(train, { ...settings, learner: 'head' });
  const selection = ridge.model.ridge?.selection;
  log(`train ${train.length} ratings, test ${test.length}`);
  if (selection)
    log(
      `CV-chosen (${selection.folds}-fold on train, ${selection.criterion}, ${selection.candidates} settings): λ ${selection.lambda}, block weights ${JSON.stringify(selection.mix)}, CV AUC ${f(selection.auc)}; grade targets ${selection.gradeTargets?.map((value) => +value.toFixed(3)).join(', ') ?? 'grade / 3'}`,
    );
  log(`grade cut-points on the ridge output: ${ridge.model.ridge?.gradeCuts?.map(f).join(', ') ?? 'none'}`);
  const newResult = await heldOut(ridge, test);
  const oldResult = await heldOut(head, test);
  const majority = majorityGrade(train.map((rating) => rating.rating));
  log(`test AUC: ridge ${f(newResult.auc)}, old head ${f(oldResult.auc)}`);
  const liked = newResult.grades.map((grade) => (grade >= 2 ? 1 : 0));
  log(
    `test binary AUC (grade ≥ 2 against < 2, for comparison with binary figures): ridge ${f(ratingAuc(liked, newResult.scores))}, old head ${f(ratingAuc(liked, oldResult.scores))}`,
  );
  const bootstrap = pairedBootstrapAuc(newResult.grades, oldResult.scores, newResult.scores);
  log(
    `paired bootstrap (2000) of AUC ridge − head on test: ${f(bootstrap.difference)} [95% ${f(bootstrap.low)}, ${f(bootstrap.high)}]`,
  );
  const rounded = oldResult.scores.map((score) => Math.round(score * 3));
  log(
    `exact grade on test: ridge ${f(exactAccuracy(newResult.predicted, newResult.grades))}, old head rounded ${f(exactAccuracy(rounded, newResult.grades))}, always ${majority} (train majority) ${f(
      exactAccuracy(
        newResult.grades.map(() => majority),
        newResult.grades,
      ),
    )}`,
  );

  const swappedRidge = await heldOut(await trainDesirabilityModel(test, { ...settings, learner: 'ridge' }), train);
  const swappedHead = await heldOut(await trainDesirabilityModel(test, { ...settings, learner: 'head' }), train);
  const swappedMajority = majorityGrade(test.map((rating) => rating.rating));
  log(
    `swapped (train on test, score train): AUC ridge ${f(swappedRidge.auc)}, old head ${f(swappedHead.auc)}; exact grade ridge ${f(exactAccuracy(swappedRidge.predicted, swappedRidge.grades))} vs majority ${f(
      exactAccuracy(
        swappedRidge.grades.map(() => swappedMajority),
        swappedRidge.grades,
      ),
    )}`,
  );

  const everything = [...train, ...test];
  const cross = [];
  for (const folds of options.allRatingFolds ?? [5, 10]) {
    const result = await crossValidatedAuc(everything, folds, 1, settings);
    cross.push(result);
    log(
      `${folds}-fold CV over all ${everything.length} (≈${result.trainingSize} to train): pooled AUC ridge ${f(result.ridge.pooled)}, head ${f(result.head.pooled)}; per fold ridge ${f(result.ridge.perFold.mean)} ± ${f(result.ridge.perFold.sd)}, head ${f(result.head.perFold.mean)} ± ${f(result.head.perFold.sd)}; bootstrap ridge − head ${f(result.bootstrap.difference)} [${f(result.bootstrap.low)}, ${f(result.bootstrap.high)}]`,
    );
  }

  const curve = await learningCurve(
    train,
    test,
    options.sizes ?? [10, 25, 50, 100, 200, train.length],
    options.seeds ?? [1, 2, 3, 4, 5],
    settings,
  );
  log('learning curve (test AUC, mean ± sd over seeded subsamples of train)');
  log('ratings  runs  ridge          old head');
  for (const point of curve)
    log(
      `${String(point.size).padStart(7)}  ${String(point.runs).padStart(4)}  ${f(point.ridge.mean)} ± ${f(point.ridge.sd)}  ${f(point.head.mean)} ± ${f(point.head.sd)}`,
    );
  for (const result of cross)
    log(
      `${String(result.trainingSize).padStart(7)}  ${String(result.folds).padStart(4)}  ${f(result.ridge.perFold.mean)} ± ${f(result.ridge.perFold.sd)}  ${f(result.head.perFold.mean)} ± ${f(result.head.perFold.sd)}   (${result.folds}-fold CV over all ratings, per-fold AUC)`,
    );
  const curveFolds = options.curveFolds ?? 10;
  const cvCurve =
    curveFolds >= 2
      ? await crossValidatedLearningCurve(
          everything,
          curveFolds,
          options.curveSizes ?? [10, 25, 50, 100, 200, 300, 400],
          1,
          settings,
        )
      : [];
  if (cvCurve.length > 0) {
    log(
      `learning curve over all ${everything.length} ratings (${curveFolds}-fold grouped CV, a seeded draw of the training part per fold; pooled out-of-fold)`,
    );
    log('ratings  AUC    exact grade  within one  majority guess');
    for (const point of cvCurve)
      log(
        `${String(point.size).padStart(7)}  ${f(point.auc)}  ${f(point.exact)}        ${f(point.withinOne)}       ${f(point.majority)}`,
      );
  }
  return {
    selection,
    test: { ridge: newResult.auc, head: oldResult.auc, bootstrap },
    swapped: { ridge: swappedRidge.auc, head: swappedHead.auc },
    cross,
    curve,
    cvCurve,
  };
}
