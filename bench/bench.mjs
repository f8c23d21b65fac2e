#!/usr/bin/env node
// `pnpm bench [--json] [--quick] [--only text,store,…]`: builds the packages the benchmarks import where stale (one line
// per package on stderr), then runs bench/run.mjs with --expose-gc from the repository's root.
// Root has no "bench" script on purpose, as for eval.mjs: pnpm then runs this bin without printing a script header
// ("> rolefit-monorepo@ bench …") on stdout, so `pnpm bench --json` leaves exactly one JSON object there. pnpm 10
// passes a literal `--` through; run.mjs drops it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './bundle-sources.mjs';

const build = spawnSync(
  process.execPath,
  [join(root, 'scripts/build-if-stale.mjs'), 'core', 'rankers', 'crawlers', 'tools'],
  { stdio: ['ignore', 2, 2], cwd: root },
);
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(process.execPath, ['--expose-gc', join(root, 'bench/run.mjs'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
});
process.exit(run.status ?? 1);
