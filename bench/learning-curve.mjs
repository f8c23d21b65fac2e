#!/usr/bin/env node
// `node bench/learning-curve.mjs [--train DIR] [--test DIR] [--sizes 10,25,…] [--seeds 1,2,3] [--folds 5,10] [--grade-targets 0,0.2,0.5,1]`
// The taste report of the desirability model (packages/rankers/src/learned/taste-report.ts): CV-chosen settings,
// AUC and exact-grade accuracy on the test ratings, a paired bootstrap against the older logistic head, the swapped
// split, nested k-fold CV over every rating (identical postings kept in one fold) and the learning curve.
// `--grade-targets 0,0.2,0.5,1` fits the ridge to these targets of grades 0–3 instead of grade / 3.
// Defaults: the dev sets' lirecommend/train and /test (node scripts/build-dev-sets.mjs --out /tmp/devsets). Bundled from the workspace sources with esbuild, as eval.mjs.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDirectory = join(root, 'packages/rankers/node_modules/.cache/rolefit-learning-curve');
const outfile = join(outDirectory, 'learning-curve.mjs');
const { values } = parseArgs({
  args: process.argv.slice(2).filter((argument, index) => !(index === 0 && argument === '--')),
  options: { train: { type: 'string' }, test: { type: 'string' }, sizes: { type: 'string' }, seeds: { type: 'string' }, folds: { type: 'string' }, 'grade-targets': { type: 'string' } },
});
const numbers = (text) => (text === undefined ? undefined : text === '' ? [] : text.split(',').map(Number));
const options = {
  train: values.train ?? '/tmp/devsets/lirecommend/train',
  test: values.test ?? '/tmp/devsets/lirecommend/test',
  ...(values.sizes ? { sizes: numbers(values.sizes) } : {}),
  ...(values.seeds ? { seeds: numbers(values.seeds) } : {}),
  ...(values.folds !== undefined ? { allRatingFolds: numbers(values.folds) } : {}),
};
if (values['grade-targets'] !== undefined) {
  const targets = numbers(values['grade-targets']);
  if (targets.length !== 4 || targets.some((value) => !Number.isFinite(value))) throw new RangeError('--grade-targets needs four numbers, the targets of grades 0–3');
  options.settings = { text: { gradeTargets: targets } };
}

const { build } = await import('esbuild');
mkdirSync(outDirectory, { recursive: true });
const packages = ['core', 'crawlers', 'rankers', 'ats', 'store-elastic'];
await build({
  stdin: {
    contents: "import { tasteReport } from './packages/rankers/src/learned/taste-report.ts';\nawait tasteReport(JSON.parse(process.argv[2]));\n",
    resolveDir: root,
    sourcefile: 'learning-curve-entry.ts',
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  alias: {
    '@rolefit/core/samples': join(root, 'packages/core/src/samples/index.ts'),
    '@rolefit/core/testing': join(root, 'packages/core/src/store/contract/index.ts'),
    ...Object.fromEntries(packages.map((name) => [`@rolefit/${name}`, join(root, `packages/${name}/src/index.ts`)])),
  },
  external: ['@huggingface/transformers', 'onnxruntime-node', 'onnxruntime-web', 'node-llama-cpp', 'pdfjs-dist', '@elastic/elasticsearch', 'sharp'],
  banner: { js: "import { createRequire as __rolefitCreateRequire } from 'node:module'; const require = __rolefitCreateRequire(import.meta.url);" },
  logLevel: 'error',
});
const run = spawnSync(process.execPath, [outfile, JSON.stringify(options)], { stdio: 'inherit', cwd: process.cwd() });
process.exit(run.status ?? 1);
