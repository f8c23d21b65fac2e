import { randomUUID } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { StoreLockedError } from '../../errors/index.js';

/**
 * One process at a time writes a store's files: `<path>.lock` names the process that has the store open (its pid, host
 * and since when). Two processes appending to one journal and each folding it into its own snapshot lose each other's
 * acknowledged changes (the later snapshot holds only its own memory), so a second process is refused with a
 * StoreLockedError. A lock left by a process that is gone (killed, crashed) is taken over; within one process, stores
 * opened on the same path share the lock (the last `close()` or the process's exit removes it).
 */

/** What a lock file holds. */
interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

/** Locks this process holds, by lock path, with how many open stores share each. */
const held = new Map<string, number>();
let exitHookInstalled = false;

/** The lock file of a store's file. */
export function lockPath(storePath: string): string {
  return `${resolve(storePath)}.lock`;
}

/**
 * Takes the lock of the store at `storePath` for this process; resolves to its release (call it once). Rejects with
 * StoreLockedError while another process that is still running holds it. Where the lock cannot be written at all (a
 * read-only folder or file system) the store opens unlocked, as it did before locks: nothing can write there.
 */
export async function acquireStoreLock(storePath: string): Promise<() => Promise<void>> {
  const path = lockPath(storePath);
  const count = held.get(path);
  if (count !== undefined) {
    held.set(path, count + 1);
    return releaser(path);
  }
  for (let attempt = 0; ; attempt += 1) {
    const created = await createLock(path);
    if (created === 'created') break;
    if (created === 'unwritable') return async () => undefined;
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined; // released meanwhile: try again
      throw error;
    });
    if (text === undefined) continue;
    const owner = parseOwner(text);
    // Three tries: a stale lock taken over, then another process that took it over at the same moment.
    if (owner && !isStale(owner)) throw lockedError(storePath, path, owner);
    if (attempt >= 2 || !(await takeOverStale(path, text))) throw lockedError(storePath, path, owner);
  }
  held.set(path, 1);
  installExitHook();
  return releaser(path);
}

/** Creates the lock file whole (written beside it, then linked into place, so no reader sees it half-written). */
async function createLock(path: string): Promise<'created' | 'exists' | 'unwritable'> {
  const owner: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  // Not named like the store's own temp files (`.<name>.*.tmp`), which an opening store removes.
  const temporary = `${path}.${process.pid}.${randomUUID()}.new`;
  try {
    await writeFile(temporary, `${JSON.stringify(owner)}\n`, { mode: 0o600 });
  } catch (error) {
    if (isUnwritable(error)) return 'unwritable';
    throw error;
  }
  try {
    await link(temporary, path);
    return 'created';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return 'exists';
    // A file system without hard links (FAT, some network and FUSE mounts: EPERM, ENOTSUP, ENOSYS): the lock is created
    // in place instead, exclusively; a reader may then see it empty for a moment (taken for a stale lock).
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS' || code === 'EXDEV')
      return createLockInPlace(path, owner);
    if (isUnwritable(error)) return 'unwritable';
    throw error;
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

async function createLockInPlace(path: string, owner: LockOwner): Promise<'created' | 'exists' | 'unwritable'> {
  try {
    await writeFile(path, `${JSON.stringify(owner)}\n`, { flag: 'wx', mode: 0o600 });
    return 'created';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
    if (isUnwritable(error)) return 'unwritable';
    throw error;
  }
}

function isUnwritable(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EROFS' || code === 'EACCES' || code === 'EPERM';
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { pid, host, since } = value as Record<string, unknown>;
    if (!Number.isSafeInteger(pid) || (pid as number) <= 0 || typeof host !== 'string') return undefined;
    return { pid: pid as number, host, since: typeof since === 'string' ? since : '' };
  } catch {
    return undefined;
  }
}

/**
 * A lock is stale when its process is gone: on this host, no process has its pid, or the pid is this process's own
 * while this process holds no such lock (a process restarted with the same pid, as in a container).
 */
function isStale(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return false;
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Removes a stale lock whose text is `text`. It is moved aside first and checked: when another process replaced it
 * meanwhile (took it over itself), that lock is put back and false returned.
 */
async function takeOverStale(path: string, text: string): Promise<boolean> {
  const aside = `${path}.${process.pid}.${randomUUID()}.stale`;
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true; // removed meanwhile: try again
    throw error;
  }
  if ((await readFile(aside, 'utf8').catch(() => undefined)) === text) {
    await unlink(aside).catch(() => undefined);
    return true;
  }
  await link(aside, path).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
  return false;
}

function lockedError(storePath: string, path: string, owner: LockOwner | undefined): StoreLockedError {
  const who = owner
    ? `process ${owner.pid} on ${owner.host}${owner.since ? ` (since ${owner.since})` : ''}`
    : 'another process';
  return new StoreLockedError(
    storePath,
    `is open in ${who}; close the store there first (one process at a time writes a store), or delete ${path} if no such process runs`,
    { pid: owner?.pid, host: owner?.host, lockPath: path },
  );
}

function releaser(path: string): () => Promise<void> {
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    const count = held.get(path) ?? 0;
    if (count > 1) {
      held.set(path, count - 1);
      return;
    }
    held.delete(path);
    await unlink(path).catch(() => undefined);
  };
}

/** A process that exits without closing its stores (a command line that returns early) leaves no lock behind. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const path of held.keys()) {
      try {
        unlinkSync(path);
      } catch {
        // already gone
      }
    }
    held.clear();
  });
}
