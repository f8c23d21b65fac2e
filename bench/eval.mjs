#!/usr/bin/env node
// `pnpm eval --data DIR [--train DIR] [--rankers a,b] [--query resume|job] [--json]`
// Root has no "eval" script on purpose: pnpm then runs this bin without printing a script header on
// stdout, so `--json` leaves exactly one JSON object there. Builds go to stderr.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../packages/rankers/dist/cli/eval.js', import.meta.url));
const tsupManifest = createRequire(import.meta.url).resolve('tsup/package.json', { paths: [root] });
const tsup = join(dirname(tsupManifest), createRequire(import.meta.url)(tsupManifest).bin.tsup);
if (process.env.ROLEFIT_EVAL_SKIP_BUILD !== '1') {
  // core first: rankers' type declarations are built against it.
  for (const name of ['core', 'rankers']) {
    const build = spawnSync(process.execPath, [tsup, '--silent'], { cwd: `${root}/packages/${name}`, stdio: ['ignore', 2, 2] });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
}
const run = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
