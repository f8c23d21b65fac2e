import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { failureHints, InputError, UsageError } from './shared/errors.js';
import type { CommandIo } from './shared/inputs.js';
import type { RolefitCliIo } from './shared/io.js';
import { PROGRAM_TIME_LIMIT_MS, TIME_LIMIT_RANGE_S } from './shared/limits.js';
import { printable } from './shared/table.js';
import { COMMAND_USAGE, ROLEFIT_COMMANDS, ROLEFIT_USAGE, TIME_LIMIT_COMMANDS, type RolefitCommand } from './usage.js';

/** A command: runs with its arguments (after the command's name) and resolves to the exit code. */
export type CommandRunner = (argv: readonly string[], io: RolefitCliIo) => Promise<number>;

// Each command is loaded only when run, so `rolefit parse` does not load the rankers or crawlers first (its inputs are
// read within a time limit counted from the process's start).
const COMMANDS: Readonly<Record<RolefitCommand, () => Promise<CommandRunner>>> = {
  crawl: async () => (await import('./crawl/crawl-command.js')).runCrawl,
  recommend: async () => (await import('./recommend/recommend-command.js')).runRecommend,
  rate: async () => (await import('./feedback/feedback-command.js')).runRate,
  apply: async () => (await import('./feedback/feedback-command.js')).runApply,
  dismiss: async () => (await import('./feedback/feedback-command.js')).runDismiss,
  watch: async () => (await import('./watch/watch-command.js')).runWatch,
  parse: async () => (await import('./parse/parse-command.js')).runParse,
  ats: async () => (await import('./ats/ats-command.js')).runAts,
  tailor: async () => (await import('./tailor/tailor-command.js')).runTailor,
  career: async () => (await import('./career/career-command.js')).runCareer,
  check: async () => (await import('./check/check-command.js')).runCheck,
};

/**
 * Takes `--time-limit SECONDS` (or `--time-limit=SECONDS`) out of a command's arguments (before a `--`), checked to be a
 * whole number in {@link TIME_LIMIT_RANGE_S}; a UsageError otherwise, or when it is given twice.
 */
function takeTimeLimit(argv: readonly string[]): { argv: string[]; seconds: number | undefined } {
  const rest: string[] = [];
  let text: string | undefined;
  let given = false;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index]!;
    if (argument === '--') {
      // A loop, not push(...spread): 130,000 arguments after "--" overflowed the stack ("internal error: RangeError").
      for (; index < argv.length; index += 1) rest.push(argv[index]!);
      break;
    }
    if (argument !== '--time-limit' && !argument.startsWith('--time-limit=')) {
      rest.push(argument);
      continue;
    }
    if (given) throw new UsageError('--time-limit is given twice');
    given = true;
    if (argument === '--time-limit') {
      const value = argv[index + 1];
      if (value === undefined || value.startsWith('-')) throw new UsageError('--time-limit needs SECONDS');
      text = value;
      index += 1;
    } else text = argument.slice('--time-limit='.length);
  }
  if (!given) return { argv: rest, seconds: undefined };
  // Checked here rather than with args.ts's wholeNumber, which would load the libraries before a command needs them.
  const { min, max } = TIME_LIMIT_RANGE_S;
  const seconds = /^\s*\d+\s*$/.test(text ?? '') ? Number(text) : Number.NaN;
  if (!(seconds >= min && seconds <= max))
    throw new UsageError(`--time-limit must be a whole number of seconds from ${min} to ${max}, got "${text}"`);
  return { argv: rest, seconds };
}

/**
 * The io for a command given `--time-limit SECONDS`: inputs are read within that many seconds of the program's start
 * instead of {@link PROGRAM_TIME_LIMIT_MS}, on the same clock as `io.deadlineMs` (without one, from now).
 */
export function withTimeLimit(io: RolefitCliIo, seconds: number | undefined): CommandIo {
  if (seconds === undefined) return io;
  const start = io.deadlineMs === undefined ? performance.now() : io.deadlineMs - PROGRAM_TIME_LIMIT_MS;
  return { ...io, deadlineMs: start + seconds * 1000, timeLimitSeconds: seconds };
}

/** Whether a command's arguments ask for JSON: `--json` before any `--` (the commands read their options strictly). */
function asksForJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

/**
 * `io` whose standard output passes through {@link printable}: what a command prints for people quotes its inputs (a
 * crawled job's title, a résumé's lines), whose terminal controls, escape sequences and bidi overrides would rewrite the
 * terminal. JSON output is left exact (it is never given this).
 */
export function withPrintableStdout<T extends RolefitCliIo>(io: T): T {
  const { stdout } = io;
  return { ...io, stdout: { write: (text: string) => stdout.write(printable(text)) } };
}

const isCommand = (name: string | undefined): name is RolefitCommand =>
  (ROLEFIT_COMMANDS as readonly string[]).includes(name ?? '');

// Library errors with their own class (CrawlError, HttpStatusError, GeneratorHttpError, StoreWriteError…) are failures
// of an input or a service: one line, with the class's name. Plain Errors and TypeErrors are bugs and keep their stack.
const BUILT_IN_ERRORS = new Set([
  'Error',
  'TypeError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'EvalError',
  'URIError',
  'AggregateError',
]);
function typedFailure(error: unknown): string | undefined {
  if (error instanceof InputError) return error.message;
  if (error instanceof Error && !BUILT_IN_ERRORS.has(error.name))
    return `${error.name}: ${error.message.split('\n')[0]}${failureHints(error)}`;
  return undefined;
}

/** The version of `@rolefit/cli`, from its package.json (one folder above this module's: `src/` or `dist/`). */
export function cliVersion(): string {
  // The CommonJS build has __filename; the ES module build has import.meta.url.
  const folder = typeof __filename === 'string' ? dirname(__filename) : dirname(fileURLToPath(import.meta.url));
  const { version } = JSON.parse(readFileSync(join(folder, '..', 'package.json'), 'utf8')) as { version?: unknown };
  return typeof version === 'string' ? version : 'unknown';
}

/**
 * Runs the `rolefit` command with `argv` (without node and script); resolves to the exit code: 0 done, 1 a failure (one
 * line on stderr), 2 bad arguments (the usage on stderr). A bug rejects, with its stack.
 */
export async function main(argv: readonly string[], io: RolefitCliIo): Promise<number> {
  const [name, ...rest] = argv;
  if ((name === '--version' || name === '-V') && rest.length === 0) {
    io.stdout.write(`${cliVersion()}\n`);
    return 0;
  }
  // `rolefit help` and `rolefit help <command>`, as git and npm take them.
  if (name === 'help' && rest.length <= 1) {
    const [topic] = rest;
    if (topic === undefined || topic === '--help' || topic === '-h' || isCommand(topic)) {
      io.stdout.write(isCommand(topic) ? COMMAND_USAGE[topic] : ROLEFIT_USAGE);
      return 0;
    }
    io.stderr.write(`rolefit: unknown command "${topic}"\n\n${ROLEFIT_USAGE}`);
    return 2;
  }
  const help = argv.includes('--help') || argv.includes('-h');
  if (!isCommand(name)) {
    if (help && (name === undefined || name.startsWith('-'))) {
      io.stdout.write(ROLEFIT_USAGE);
      return 0;
    }
    io.stderr.write(
      `rolefit: ${name === undefined ? 'missing command' : `unknown command "${name}"`}\n\n${ROLEFIT_USAGE}`,
    );
    return 2;
  }
  if (help) {
    io.stdout.write(COMMAND_USAGE[name]);
    return 0;
  }
  try {
    const limit = TIME_LIMIT_COMMANDS.has(name) ? takeTimeLimit(rest) : { argv: rest, seconds: undefined };
    const run = await COMMANDS[name]();
    const commandIo = withTimeLimit(io, limit.seconds);
    return await run(limit.argv, asksForJson(limit.argv) ? commandIo : withPrintableStdout(commandIo));
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`rolefit: ${error.message}\n\n${COMMAND_USAGE[name]}`);
      return 2;
    }
    const failure = typedFailure(error);
    if (failure === undefined) throw error;
    io.stderr.write(`${printable(`rolefit: ${failure}`)}\n`);
    return 1;
  }
}
