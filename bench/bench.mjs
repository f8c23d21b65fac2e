#!/usr/bin/env node
// `pnpm bench [--json] [--quick] [--only text,store,…]`: builds the packages the benchmarks import where stale (on
// stderr), then runs bench/run.mjs with --expose-gc from the repository's root; stdout holds only its output (see
// run-after-build.mjs). pnpm 10 passes a literal `--` through; run.mjs drops it.
import { root } from './bundle-sources.mjs';
import { runAfterBuild } from './run-after-build.mjs';

runAfterBuild({
  packages: ['core', 'rankers', 'crawlers', 'tools'],
  script: 'bench/run.mjs',
  nodeOptions: ['--expose-gc'],
  args: process.argv.slice(2),
  cwd: root,
});
