// The light entries: an error is described without loading the libraries (see inputs.ts).
import { fileSystemReason, isValidationError } from '@rolefit/core/base';
import { isResumeParseError } from '@rolefit/ats/read';
import { InputError, installHint } from './errors.js';

/** Where the command writes, and what it reads for `-`; tests pass their own. */
export interface RolefitCliIo {
  /** Where results go (tables, reports, JSON). */
  stdout: { write(text: string): unknown };
  /** Where messages and progress go; a TTY stream (`isTTY: true`) gets a progress bar from `rolefit crawl`. */
  stderr: { write(text: string): unknown; isTTY?: boolean | undefined };
  /** Reads all of standard input as text (for FILE `-`); by default stdin is read as bytes, stopping past the size cap. */
  readStdin?: (() => Promise<string>) | undefined;
  /** The date ongoing roles run to and feedback is stamped with (default: now). */
  now?: Date | undefined;
  /**
   * When every input must be read by, as a `performance.now()` value, which counts from the process's start (the `rolefit`
   * program passes 4000, so a hostile file is answered within 4 s of its start plus the start of the reading worker, which
   * is not counted); default: the library's limit for each read.
   */
  deadlineMs?: number | undefined;
  /** Environment variables (default `process.env`): `OPENAI_API_KEY` for `rolefit tailor --openai-url`. */
  env?: Readonly<Record<string, string | undefined>> | undefined;
}

export { InputError, UsageError } from './errors.js';

/** One line saying what went wrong with `error` (a typed error's message, or what a file-system code means). */
export function describeError(error: unknown): string {
  if (isValidationError(error)) return error.message;
  // The code stays on the one line printed, even when a reader's message runs over several.
  // A path the system would not read: what the system said, as for any other file.
  if (isResumeParseError(error, 'unreadable')) return describeError(error.cause);
  if (isResumeParseError(error)) return `${error.message.split('\n')[0]} (${error.code})`;
  return fileSystemReason(error) ?? (error instanceof Error ? error.message : String(error));
}

/** Runs `read`; any error becomes an {@link InputError} naming `file` (or stdin) and saying what went wrong in one line. */
export async function withFile<T>(file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw new InputError(
      `${file === '-' ? 'stdin' : file}: ${describeError(error).split('\n')[0]}${installHint(error)}`,
    );
  }
}
