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
// Defaults: the dev sets' lirecommend/train and /test (node scripts/build-dev-sets.mjs --out /tmp/devsets). Bundled from the workspace sources with esbuild, as eval.mjs.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { bundleSources } from './bundle-sources.mjs';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((argument, index) => !(index === 0 && argument === '--')),
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
const outfile = await bundleSources('rolefit-learning-curve', {
  contents: `import { tasteReport } from './packages/eval/src/bench/taste-report.ts';\n${COMPARE}\nconst options = JSON.parse(process.argv[2]);\nawait (options.compare ? compareOnTest(options) : tasteReport(options));\n`,
  sourcefile: 'learning-curve-entry.ts',
});
const run = spawnSync(process.execPath, [outfile, JSON.stringify(options)], { stdio: 'inherit', cwd: process.cwd() });
process.exit(run.status ?? 1);
