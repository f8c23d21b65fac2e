// The command-line arguments of the examples: node's parseArgs over this process's arguments, a leading `--` (which
// pnpm 10 passes on) dropped, and an unknown or malformed option answered with one line naming it (exit 1), as every
// other bad input of an example is, instead of node's ERR_PARSE_ARGS stack trace.
import { basename } from 'node:path';
import { parseArgs } from 'node:util';

/** parseArgs with `config` (its `options`, `allowPositionals`); a bad option prints one line on stderr and exits 1. */
export function readArguments(config) {
  try {
    return parseArgs({
      ...config,
      args: process.argv.slice(2).filter((argument, index) => !(index === 0 && argument === '--')),
    });
  } catch (error) {
    process.stderr.write(`${basename(process.argv[1] ?? 'example')}: ${error.message} (--help lists the options)\n`);
    process.exit(1);
  }
}
