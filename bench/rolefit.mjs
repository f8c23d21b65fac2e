#!/usr/bin/env node
// `pnpm rolefit <command> [options]` from a checkout: builds @rolefit/cli and the packages it imports where stale (on
// stderr), then runs packages/cli/dist/rolefit.js with the same arguments and stdin; stdout holds only the command's
// output (`pnpm rolefit parse - --json` prints just the JSON; see run-after-build.mjs), and the exit code is its.
import { runAfterBuild } from './run-after-build.mjs';

runAfterBuild({ packages: ['cli'], script: 'packages/cli/dist/rolefit.js', args: process.argv.slice(2) });
