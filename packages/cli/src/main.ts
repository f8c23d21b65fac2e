#!/usr/bin/env node
// Entry point of the `rolefit` command; see ROLEFIT_USAGE in usage.ts.
import { main } from './rolefit.js';
import { PROGRAM_TIME_LIMIT_MS } from './shared/limits.js';

// A reader that stops early (`| head`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// Inputs are read within PROGRAM_TIME_LIMIT_MS of the process's start, so a hostile file is answered within it plus the time to exit.
// pnpm passes a literal `--` on to a script (`pnpm rolefit -- --help`); a leading one is dropped.
const args = process.argv.slice(2);
main(args[0] === '--' ? args.slice(1) : args, {
  stdout: process.stdout,
  stderr: process.stderr,
  deadlineMs: PROGRAM_TIME_LIMIT_MS,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Only a bug gets here: input problems are answered inside main() with one line.
    process.stderr.write(
      `rolefit: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
