#!/usr/bin/env node
// The built dev-set builder (packages/eval/dist/dev-sets/cli.js); scripts/build-dev-sets.mjs runs the same code from
// the sources. The repository root is four folders up from this file (packages/eval/dist/dev-sets/).
import { fileURLToPath } from 'node:url';
import { runBuildDevSetsCli } from './build.js';

process.exitCode = runBuildDevSetsCli(process.argv.slice(2), fileURLToPath(new URL('../../../../', import.meta.url)));
