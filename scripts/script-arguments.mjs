// The command-line arguments of the project's own scripts (bench/*.mjs, scripts/*.mjs): node's parseArgs, plus what
// every one of them owes its user: a leading `--` (which pnpm 10 passes on) dropped, `--help` printing the script's
// usage (its leading comment block) and exiting 0, and an unknown or malformed option answered with one line naming it
// and the usage on stderr, exit 2, not node's ERR_PARSE_ARGS stack trace. (`pnpm bench` reads its arguments through
// readScriptArguments too, with its own usage text and section check: bench/bench-arguments.mjs.)
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The leading `//` comment block of the script at `scriptUrl` (after its shebang), without the `// `: its usage. */
export function scriptUsage(scriptUrl) {
  const lines = readFileSync(fileURLToPath(scriptUrl), 'utf8').split('\n');
  const usage = [];
  for (const line of lines.slice(lines[0]?.startsWith('#!') ? 1 : 0)) {
    if (!line.startsWith('//')) break;
    usage.push(line.replace(/^\/\/ ?/, ''));
  }
  return usage.join('\n');
}

/** Thrown by {@link readScriptArguments} for a bad argument; its message names it. */
export class ScriptUsageError extends Error {}

/**
 * Parses `argv` with node's parseArgs and `config` (its `options`, `allowPositionals`), a leading `--` dropped and a
 * `help` flag added; a bad argument is a {@link ScriptUsageError}. The pure part of {@link parseScriptArguments}.
 */
export function readScriptArguments(argv, config) {
  try {
    return parseArgs({
      ...config,
      args: argv.filter((argument, index) => !(index === 0 && argument === '--')),
      options: { ...config.options, help: { type: 'boolean', default: false } },
    });
  } catch (error) {
    throw new ScriptUsageError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * The arguments of the script at `scriptUrl` (pass `import.meta.url`), as parseArgs gives them ({ values,
 * positionals }): `--help` prints the script's usage and exits 0; a bad argument prints its message and the usage on
 * stderr and exits 2.
 */
export function parseScriptArguments(scriptUrl, config, argv = process.argv.slice(2)) {
  let parsed;
  try {
    parsed = readScriptArguments(argv, config);
  } catch (error) {
    if (!(error instanceof ScriptUsageError)) throw error;
    process.stderr.write(`${basename(fileURLToPath(scriptUrl))}: ${error.message}\n\n${scriptUsage(scriptUrl)}\n`);
    process.exit(2);
  }
  if (parsed.values.help) {
    process.stdout.write(`${scriptUsage(scriptUrl)}\n`);
    process.exit(0);
  }
  return parsed;
}
