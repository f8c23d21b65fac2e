// The command's own errors, apart from io.ts so that the dispatcher (usage, --help) loads no library.

/** A problem with the arguments: answered with the command's usage and exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A problem with an input, a store or a service: answered with one line and exit code 1. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

// The record of one stored job in the snapshot (`jobs@offset`), a JSON snapshot (`jobs[i]`) or the journal
// (`line n.jobs[i]`): core's StoreFileError for a damaged job, thrown by any read that reaches it.
const JOB_RECORD_SECTION = /(?:^|\.)jobs(?:@\d+|\[\d+\])$/;

/** For a stored job whose record is damaged: how to find and delete such jobs (`rolefit check`). */
export function damagedJobHint(error: Error): string {
  const { path, section } = error as Error & { path?: unknown; section?: unknown };
  if (error.name !== 'StoreFileError' || typeof path !== 'string' || typeof section !== 'string') return '';
  if (!JOB_RECORD_SECTION.test(section)) return '';
  // A journal line's error names the journal beside the store.
  const store = path.endsWith('.journal') ? path.slice(0, -'.journal'.length) : path;
  return ` (a damaged stored job: list such jobs with "rolefit check --store ${store}", delete them with --repair)`;
}
