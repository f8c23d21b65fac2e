// The command's own errors, apart from io.ts so that the dispatcher (usage, --help) loads no library.

/** A problem with the arguments: answered with the command's usage and exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A problem with an input, a store or a service: answered with one line and exit code 1. */
export class InputError extends Error {
  override readonly name = 'InputError';
}
