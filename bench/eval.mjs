#!/usr/bin/env node
// `pnpm eval --data DIR [--train DIR] [--rankers a,b] [--query resume|job] [--json]` and
// `pnpm eval --report [--sets DIR,…] [--json]` (without --sets: the dev sets built from ../shared/data, plus datasets/).
// Root has no "eval" script on purpose: pnpm then runs this bin without printing a script header on
// stdout, so `--json` leaves exactly one JSON object there. pnpm 10 passes a literal `--` through; it is dropped.
//
// The CLI is bundled from the workspace sources with esbuild into packages/rankers/node_modules/.cache/ (about a second, and only when
// a source file is newer than the bundle), so no package build is needed and a source change is seen at once.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = join(root, 'packages/rankers/src/cli/eval.ts');
// Inside rankers' node_modules, so the optional peers left external resolve as they do for rankers itself.
const outDirectory = join(root, 'packages/rankers/node_modules/.cache/rolefit-eval');
const outfile = join(outDirectory, 'eval.mjs');

/** Newest modification time of any .ts/.json file under the packages' src folders. */
function newestSource() {
  let newest = 0;
  const walk = (directory) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|json|mjs)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const name of readdirSync(join(root, 'packages'))) {
    const source = join(root, 'packages', name, 'src');
    if (existsSync(source)) walk(source);
  }
  return newest;
}

if (!existsSync(outfile) || statSync(outfile).mtimeMs < newestSource()) {
  const { build } = await import('esbuild');
  mkdirSync(outDirectory, { recursive: true });
  const packages = ['core', 'crawlers', 'rankers', 'ats', 'store-elastic'];
  await build({
    entryPoints: [entry],
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
    // Optional peers and packages with native parts load at run time from node_modules, as in the published build.
    external: ['@huggingface/transformers', 'onnxruntime-node', 'onnxruntime-web', 'node-llama-cpp', 'pdfjs-dist', '@elastic/elasticsearch', 'sharp'],
    banner: { js: "import { createRequire as __rolefitCreateRequire } from 'node:module'; const require = __rolefitCreateRequire(import.meta.url);" },
    logLevel: 'error',
  });
}
let argv = process.argv.slice(2).filter((argument, index) => !(index === 0 && argument === '--'));
// `--report` without `--sets`: build the dev sets from ../shared/data (ROLEFIT_DATA) into the temp folder, and add
// the sets shipped in datasets/.
if (argv.includes('--report') && !argv.some((argument) => argument === '--sets' || argument.startsWith('--sets='))) {
  const devSets = join(process.env.ROLEFIT_DEV_SETS ?? join(tmpdir(), 'rolefit-dev-sets'));
  if (!existsSync(join(root, 'packages/core/dist/index.js'))) {
    // The dev-set builder reads CSV with core's reader: build core once when it has never been built.
    const tsup = join(root, 'node_modules/.bin/tsup');
    const built = spawnSync(tsup, ['--silent'], { cwd: join(root, 'packages/core'), stdio: ['ignore', 2, 2] });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  process.stderr.write(`eval: building the dev sets into ${devSets}\n`);
  const built = spawnSync(process.execPath, [join(root, 'scripts/build-dev-sets.mjs'), '--out', devSets], { stdio: ['ignore', 2, 2] });
  if (built.status !== 0) process.exit(built.status ?? 1);
  argv = [...argv, '--sets', `${devSets},${join(root, 'datasets')}`];
}
const run = spawnSync(process.execPath, [outfile, ...argv], { stdio: 'inherit', cwd: process.cwd() });
process.exit(run.status ?? 1);
