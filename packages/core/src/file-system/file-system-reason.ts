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

/** The plain reason for a file-system error on a path ("no such file"), or undefined when it is not one of those. */
export function fileSystemReason(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' && Object.hasOwn(REASONS, code) ? REASONS[code] : undefined;
}
