// The bins `bench` and `rolefit` of @rolefit/bench (bench.mjs, rolefit.mjs): root has no script of those names on
// purpose, as for eval.mjs, so that pnpm runs the bin without printing a script header ("> rolefit-monorepo@ bench …")
// on stdout, and `--json` leaves only the JSON there.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './bundle-sources.mjs';

/**
 * Builds `packages` where stale (one line per package, on stderr), then runs `script` (a path from the repository's
 * root) with node, `nodeOptions` and `args`, its stdin, stdout and stderr this process's, and exits as it does (with its
 * exit code, or of the signal that ended it). SIGTERM and SIGHUP are passed on to it; Ctrl-C reaches it from the
 * terminal, and this process waits for it.
 */
export function runAfterBuild({ packages, script, nodeOptions = [], args, cwd = process.cwd() }) {
  const build = spawnSync(process.execPath, [join(root, 'scripts/build-if-stale.mjs'), ...packages], {
    stdio: ['ignore', 2, 2],
    cwd: root,
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const child = spawn(process.execPath, [...nodeOptions, join(root, script), ...args], { stdio: 'inherit', cwd });
  process.on('SIGINT', () => undefined);
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal === null) process.exit(code ?? 1);
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  });
}
