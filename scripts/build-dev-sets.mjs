#!/usr/bin/env node
// Builds labelled dev sets for `pnpm eval` from the public data in ../shared/data (see its SOURCES.md).
// That data is not ours to redistribute, so the sets are written outside the repository.
//
//   node scripts/build-dev-sets.mjs [--out DIR] [--sets a,b]
//
// ROLEFIT_DATA  data folder (default <repo>/../shared/data)
// --out         output folder (default <os.tmpdir()>/rolefit-dev-sets); refused inside the repository
// --sets        only these sets (default: all): lirecommend, lirecommend-profile, job-views, ember, wuzzuf-skills,
//               resume-occupation, applicant-occupation-few, recruiter-occupation, google-recruiter-few,
//               resume-skill-jobs-few, hand-graded-resume-jobs, hand-graded-job-resumes,
//               hand-graded-software-resume-jobs
//
// A thin wrapper: the builders are TypeScript, one module per set, in packages/eval/src/dev-sets/ (@rolefit/eval).
// This file bundles them from the sources with esbuild (about a second, only when a source is newer than the
// bundle), so no package build is needed. Another tool can import this file: it exports SETS (the set names) and
// buildDevSets({ out, sets, data }), and runs the command line only when it is the script node was started with.
//
// Each set gets <out>/<set>/train and <out>/<set>/test, each a full dataset (jobs.jsonl, resumes.jsonl,
// qrels.tsv, README.md). Splits use a fixed seed, so a rebuild gives the same files.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundlePath, bundleSources } from '../bench/bundle-sources.mjs';
import { newestPackageSourceTime } from './build-if-stale.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Whether node was started with this file (through any symbolic link), rather than it being imported. */
const isMain = (() => {
  try {
    return (
      process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))
    );
  } catch {
    return false;
  }
})();

const outfile = bundlePath('rolefit-dev-sets');
if (!existsSync(outfile) || statSync(outfile).mtimeMs < newestPackageSourceTime())
  await bundleSources('rolefit-dev-sets', 'packages/eval/src/dev-sets/index.ts');
const devSets = await import(pathToFileURL(outfile).href);

/** Every set this script builds, in build order. */
export const SETS = devSets.DEV_SETS;

/**
 * Builds `sets` (default: all) from the data in `data` (default ROLEFIT_DATA or <repo>/../shared/data) into `out`
 * (default <os.tmpdir()>/rolefit-dev-sets). Throws for an unknown set, an output folder inside the repository or a
 * missing data folder.
 */
export function buildDevSets({ out, sets, data } = {}) {
  return devSets.buildDevSets({ out, sets, data, repository: repo });
}

if (isMain) process.exitCode = devSets.runBuildDevSetsCli(process.argv.slice(2), repo);
