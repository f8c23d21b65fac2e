/** What each file-system error code a reader meets on a path means, in a few plain words. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
};

// Node refuses a path that holds a NUL character before the system is asked, with a TypeError of this code whose message
// says "without null bytes": no file has such a name.
const NUL_IN_PATH_CODE = 'ERR_INVALID_ARG_VALUE';
const NUL_IN_PATH_MESSAGE = /\bnull bytes\b/;

/**
 * The plain reason for a file-system error on a path ("no such file"; "the path holds a NUL character" for Node's
 * refusal of such a path), or undefined when it is not one of those.
 */
export function fileSystemReason(error: unknown): string | undefined {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code === NUL_IN_PATH_CODE && typeof message === 'string' && NUL_IN_PATH_MESSAGE.test(message))
    return 'the path holds a NUL character';
  return typeof code === 'string' && Object.hasOwn(REASONS, code) ? REASONS[code] : undefined;
}
