#!/usr/bin/env node
// `pnpm rolefit <command> [options]` from a checkout: builds @rolefit/cli and the packages it imports where stale (one
// line per package on stderr), then runs packages/cli/dist/rolefit.js with the same arguments, stdin, stdout and stderr,
// and exits with its exit code.
// Root has no "rolefit" script on purpose, as for eval.mjs and bench.mjs: pnpm then runs this bin without printing a
// script header ("> rolefit-monorepo@ rolefit …") on stdout, so `pnpm rolefit parse - --json` leaves only the JSON there.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './bundle-sources.mjs';

const build = spawnSync(process.execPath, [join(root, 'scripts/build-if-stale.mjs'), 'cli'], {
  stdio: ['ignore', 2, 2],
  cwd: root,
});
if (build.status !== 0) process.exit(build.status ?? 1);
const child = spawn(process.execPath, [join(root, 'packages/cli/dist/rolefit.js'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
// Ctrl-C reaches the command from the terminal (rolefit watch finishes its round); this process waits for it.
process.on('SIGINT', () => undefined);
for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  if (signal === null) process.exit(code ?? 1);
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
});
