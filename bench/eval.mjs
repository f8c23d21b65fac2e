#!/usr/bin/env node
// `pnpm eval --data DIR [--train DIR] [--rankers a,b] [--query resume|job] [--json]` and
// `pnpm eval --report [--sets DIR,…] [--json]` (without --sets: the dev sets built from ../shared/data, plus datasets/).
// Root has no "eval" script on purpose: pnpm then runs this bin without printing a script header on
// stdout, so `--json` leaves exactly one JSON object there. pnpm 10 passes a literal `--` through; it is dropped.
//
// The CLI (packages/eval/src/cli/eval.ts, @rolefit/eval) is bundled from the workspace sources with esbuild into
// packages/rankers/node_modules/.cache/ (about a second, and only when a source file is newer than the bundle), so no
// package build is needed and a source change is seen at once. The dev sets are built the same way
// (scripts/build-dev-sets.mjs bundles packages/eval/src/dev-sets/).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newestPackageSourceTime } from '../scripts/build-if-stale.mjs';
import { bundlePath, bundleSources, root } from './bundle-sources.mjs';

const entry = 'packages/eval/src/cli/eval.ts';
const outfile = bundlePath('rolefit-eval');

if (!existsSync(outfile) || statSync(outfile).mtimeMs < newestPackageSourceTime())
  await bundleSources('rolefit-eval', entry);
let argv = process.argv.slice(2).filter((argument, index) => !(index === 0 && argument === '--'));
// `--report` without `--sets`: build the dev sets from ../shared/data (ROLEFIT_DATA) into the temp folder, and add
// the sets shipped in datasets/.
if (argv.includes('--report') && !argv.some((argument) => argument === '--sets' || argument.startsWith('--sets='))) {
  const devSets = join(process.env.ROLEFIT_DEV_SETS ?? join(tmpdir(), 'rolefit-dev-sets'));
  process.stderr.write(`eval: building the dev sets into ${devSets}\n`);
  const built = spawnSync(process.execPath, [join(root, 'scripts/build-dev-sets.mjs'), '--out', devSets], {
    stdio: ['ignore', 2, 2],
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
  argv = [...argv, '--sets', `${devSets},${join(root, 'datasets')}`];
}
const run = spawnSync(process.execPath, [outfile, ...argv], { stdio: 'inherit', cwd: process.cwd() });
process.exit(run.status ?? 1);
