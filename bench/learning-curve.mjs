#!/usr/bin/env node
// `node bench/learning-curve.mjs [--train DIR] [--test DIR] [--sizes 10,25,…] [--seeds 1,2,3] [--folds 5,10] [--curve-folds 10] [--curve-sizes 10,…,400] [--grade-targets 0,0.2,0.5,1]`
// The taste report of the desirability model (packages/eval/src/bench/taste-report.ts): CV-chosen settings,
// AUC and exact-grade accuracy on the test ratings, a paired bootstrap against the older logistic head, the swapped
// split, nested k-fold CV over every rating (identical postings kept in one fold), the learning curve on the test split
// (up to the training half) and a cross-validated learning curve over every rating (up to ~400; `--curve-folds 0` skips it).
// `--grade-targets 0,0.2,0.5,1` fits the ridge to these targets of grades 0–3 instead of grade / 3.
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

const outfile = await bundleSources('rolefit-learning-curve', {
  contents:
    "import { tasteReport } from './packages/eval/src/bench/taste-report.ts';\nawait tasteReport(JSON.parse(process.argv[2]));\n",
  sourcefile: 'learning-curve-entry.ts',
});
const run = spawnSync(process.execPath, [outfile, JSON.stringify(options)], { stdio: 'inherit', cwd: process.cwd() });
process.exit(run.status ?? 1);
