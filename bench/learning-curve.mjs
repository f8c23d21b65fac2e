#!/usr/bin/env node
// `node bench/learning-curve.mjs [--train DIR] [--test DIR] [--sizes 10,25,…] [--seeds 1,2,3] [--folds 5,10] [--curve-folds 10] [--curve-sizes 10,…,400] [--grade-targets 0,0.2,0.5,1] [--text JSON] [--compare JSON]`
// The taste report of the desirability model (packages/eval/src/bench/taste-report.ts): CV-chosen settings,
// AUC and exact-grade accuracy on the test ratings, a paired bootstrap against the older logistic head, the swapped
// split, nested k-fold CV over every rating (identical postings kept in one fold), the learning curve on the test split
// (up to the training half) and a cross-validated learning curve over every rating (up to ~400; `--curve-folds 0` skips it).
// `--grade-targets 0,0.2,0.5,1` fits the ridge to these targets of grades 0–3 instead of grade / 3.
// `--text '{"objective":"pointwise"}'` passes text-ridge settings (TextRidgeSettings) to every fit of the report.
// `--compare '{"objective":"pointwise"}'` prints only a head-to-head on the test split instead of the report: the ridge
// with these text settings (a) against the ridge with `--text` (b, default: the shipped defaults), both trained on the
// train ratings alone: test AUC, exact grade, and a paired bootstrap (2000) of AUC b − a.
// `--repeated 5x5` prints instead the estimate that predicts new ratings best: repeated grouped k-fold CV over every
// rating (5 folds × 5 fold seeds; reposts of one ad in one fold, see repostKeys), each training part choosing its own
// settings by inner CV (nested): mean AUC with a 95% interval from resampling repost groups, per-fold AUC, exact and
// within-one grade accuracy against always guessing the training part's commonest grade. `--save FILE` writes the
// folds and out-of-fold scores as JSON (bench/taste-sklearn-reference.py --folds FILE scores the same folds);
// `--against FILE` (an earlier --save, or the sklearn script's --save) adds the paired difference to those scores
// (on its first fold seeds when it has more: a 5x2 run against a saved 5x5).
// `--curve-only` prints only the train → test split figures (AUC, exact and within-one grade) and the cross-validated
// learning curve (`--curve-folds`, default 10, `--curve-sizes`).
// Defaults: the dev sets' lirecommend/train and /test (node scripts/build-dev-sets.mjs --out /tmp/devsets). Bundled from the workspace sources with esbuild, as eval.mjs.
import { spawnSync } from 'node:child_process';
import { parseScriptArguments } from '../scripts/script-arguments.mjs';
import { bundleSources } from './bundle-sources.mjs';

const { values } = parseScriptArguments(import.meta.url, {
  options: {
    train: { type: 'string' },
    test: { type: 'string' },
    sizes: { type: 'string' },
    seeds: { type: 'string' },
    folds: { type: 'string' },
    'grade-targets': { type: 'string' },
    'curve-folds': { type: 'string' },
    'curve-sizes': { type: 'string' },
    text: { type: 'string' },
    compare: { type: 'string' },
    repeated: { type: 'string' },
    'curve-only': { type: 'boolean' },
    save: { type: 'string' },
    against: { type: 'string' },
  },
});
const numbers = (text) => (text === undefined ? undefined : text === '' ? [] : text.split(',').map(Number));
const options = {
  train: values.train ?? '/tmp/devsets/lirecommend/train',
  test: values.test ?? '/tmp/devsets/lirecommend/test',
  ...(values.sizes ? { sizes: numbers(values.sizes) } : {}),
  ...(values.seeds ? { seeds: numbers(values.seeds) } : {}),
  ...(values.folds !== undefined ? { allRatingFolds: numbers(values.folds) } : {}),
  ...(values['curve-folds'] !== undefined ? { curveFolds: Number(values['curve-folds']) } : {}),
  ...(values['curve-sizes'] ? { curveSizes: numbers(values['curve-sizes']) } : {}),
};
if (values['grade-targets'] !== undefined) {
  const targets = numbers(values['grade-targets']);
  if (targets.length !== 4 || targets.some((value) => !Number.isFinite(value)))
    throw new RangeError('--grade-targets needs four numbers, the targets of grades 0–3');
  options.settings = { text: { gradeTargets: targets } };
}
if (values.text !== undefined)
  options.settings = { ...options.settings, text: { ...options.settings?.text, ...JSON.parse(values.text) } };
if (values.compare !== undefined) options.compare = { text: JSON.parse(values.compare) };
if (values['curve-only']) options.curveOnly = true;
if (values.repeated !== undefined) {
  const [folds, repeats] = values.repeated.split('x').map(Number);
  if (!(folds >= 2 && repeats >= 1)) throw new RangeError('--repeated needs FOLDSxREPEATS, e.g. 5x5');
  options.repeated = { folds, repeats, save: values.save, against: values.against };
}

// The head-to-head of --compare: both ridges trained on the train ratings, scored once on the test ratings.
const COMPARE = `
import { trainDesirabilityModel } from '@rolefit/rankers';
import { exactAccuracy, loadRatings, pairedBootstrapAuc, ratingAuc } from './packages/eval/src/bench/taste-report.ts';
export async function compareOnTest(options) {
  const train = await loadRatings(options.train);
  const test = await loadRatings(options.test);
  const jobs = test.map((rating) => rating.job);
  const grades = test.map((rating) => rating.rating);
  const f = (value) => value.toFixed(3);
  const fitted = async (text) => {
    const model = await trainDesirabilityModel(train, { ...options.settings, text, learner: 'ridge' });
    const scores = await model.score({}, jobs);
    const selection = model.model.ridge.selection;
    return { scores, predicted: await model.grades(jobs), selection };
  };
  const baseText = options.settings?.text ?? {};
  const a = await fitted({ ...baseText, ...options.compare.text });
  const b = await fitted(baseText);
  console.log('train ' + train.length + ' ratings, test ' + test.length);
  for (const [name, text, result] of [['a', options.compare.text, a], ['b', baseText, b]])
    console.log(name + ' ' + JSON.stringify(text) + ': test AUC ' + f(ratingAuc(grades, result.scores)) + ', exact grade ' +
      f(exactAccuracy(result.predicted, grades)) + '; CV on train picked λ ' + result.selection.lambda + ' ' +
      JSON.stringify(result.selection.mix) + (result.selection.members ? ' (' + result.selection.members.length + ' settings averaged)' : '') +
      ', CV AUC ' + f(result.selection.auc));
  const bootstrap = pairedBootstrapAuc(grades, a.scores, b.scores);
  console.log('paired bootstrap (2000) of test AUC b − a: ' + f(bootstrap.difference) + ' [95% ' + f(bootstrap.low) + ', ' + f(bootstrap.high) + ']');
}
`;
// The split figures and the cross-validated learning curve alone.
const CURVE = `
import { crossValidatedLearningCurve, majorityGrade, withinOneAccuracy } from './packages/eval/src/bench/taste-report.ts';
export async function curveOnly(options) {
  const train = await loadRatings(options.train);
  const test = await loadRatings(options.test);
  const f = (value) => value.toFixed(3);
  const model = await trainDesirabilityModel(train, options.settings ?? {});
  const jobs = test.map((rating) => rating.job);
  const grades = test.map((rating) => rating.rating);
  const predicted = await model.grades(jobs);
  const guess = grades.map(() => majorityGrade(train.map((rating) => rating.rating)));
  console.log('train ' + train.length + ' → test ' + test.length + ': AUC ' + f(ratingAuc(grades, await model.score({}, jobs))) + ', exact grade ' + f(exactAccuracy(predicted, grades)) + ', within one ' + f(withinOneAccuracy(predicted, grades)) + '; majority guess exact ' + f(exactAccuracy(guess, grades)) + ', within one ' + f(withinOneAccuracy(guess, grades)));
  const folds = options.curveFolds ?? 10;
  const curve = await crossValidatedLearningCurve([...train, ...test], folds, options.curveSizes ?? [10, 25, 50, 100, 200, 300, 400], 1, options.settings ?? {});
  console.log('learning curve over all ' + (train.length + test.length) + ' ratings (' + folds + '-fold grouped CV, reposts in one fold, a seeded draw of the training part per fold; pooled out-of-fold)');
  console.log('ratings  AUC    exact  within one  majority exact');
  for (const point of curve) console.log(String(point.size).padStart(7) + '  ' + f(point.auc) + '  ' + f(point.exact) + '  ' + f(point.withinOne) + '       ' + f(point.majority));
}
`;
// Repeated grouped k-fold CV over every rating (train + test directories together).
const REPEATED = `
import { readFileSync, writeFileSync } from 'node:fs';
import { groupBootstrapAuc, repeatedCrossValidation, summariseRepeatedCrossValidation } from './packages/eval/src/bench/taste-report.ts';
export async function repeatedReport(options) {
  const ratings = [...(await loadRatings(options.train)), ...(await loadRatings(options.test))];
  const { folds, repeats, save, against } = options.repeated;
  const f = (value) => value.toFixed(3);
  const started = Date.now();
  const cv = await repeatedCrossValidation(ratings, folds, repeats, options.settings ?? {}, (repeat, fold, auc) =>
    console.log('repeat ' + repeat + ' fold ' + fold + ': AUC ' + f(auc) + ' (' + Math.round((Date.now() - started) / 1000) + ' s)'));
  const summary = summariseRepeatedCrossValidation(cv);
  console.log(ratings.length + ' ratings, ' + new Set(cv.groups).size + ' repost groups; ' + folds + '-fold grouped CV × ' + repeats + ' fold seeds, settings ' + JSON.stringify(options.settings ?? {}));
  console.log('pairwise AUC (mean over repeats of pooled out-of-fold AUC): ' + f(summary.auc.mean) + ' [95% group bootstrap ' + f(summary.auc.low) + ', ' + f(summary.auc.high) + ']; per repeat ' + summary.repeatAucs.map(f).join(', ') + '; per fold ' + f(summary.foldAuc.mean) + ' ± ' + f(summary.foldAuc.sd) + ' (sd over ' + cv.foldAucs.length + ')');
  console.log('grade accuracy: exact ' + f(summary.exact) + ', within one ' + f(summary.withinOne) + '; majority guess exact ' + f(summary.majorityExact) + ', within one ' + f(summary.majorityWithinOne));
  if (against) {
    // A saved run with more fold seeds is compared on its first ones (a 5x2 run against a saved 5x5).
    const saved = JSON.parse(readFileSync(against, 'utf8'));
    const other = { ...saved, assignments: saved.assignments.slice(0, cv.assignments.length), scores: saved.scores.slice(0, cv.scores.length) };
    const same = JSON.stringify(other.ids) === JSON.stringify(cv.ids) && JSON.stringify(other.assignments) === JSON.stringify(cv.assignments);
    if (!same) throw new Error(against + ' was scored on other ratings or other folds');
    const difference = groupBootstrapAuc(cv.grades, cv.groups, cv.scores, { baseline: other.scores });
    console.log('paired difference AUC this − ' + (other.name ?? against) + ': ' + f(difference.mean) + ' [95% ' + f(difference.low) + ', ' + f(difference.high) + ']');
  }
  if (save) writeFileSync(save, JSON.stringify({ name: options.name ?? 'desirability', settings: options.settings ?? {}, ...cv }));
}
`;
const outfile = await bundleSources('rolefit-learning-curve', {
  contents: `import { tasteReport } from './packages/eval/src/bench/taste-report.ts';\n${COMPARE}\n${REPEATED}\n${CURVE}\nconst options = JSON.parse(process.argv[2]);\nawait (options.curveOnly ? curveOnly(options) : options.repeated ? repeatedReport(options) : options.compare ? compareOnTest(options) : tasteReport(options));\n`,
  sourcefile: 'learning-curve-entry.ts',
});
const run = spawnSync(process.execPath, [outfile, JSON.stringify(options)], { stdio: 'inherit', cwd: process.cwd() });
process.exit(run.status ?? 1);
