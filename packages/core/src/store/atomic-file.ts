import { randomUUID } from 'node:crypto';
import { open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that a crash at any moment leaves either the old or the new content, never a mix:
 * write a temp file beside it, fsync it, rename it over the target, then fsync the directory.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temporaryPath = join(dirname(path), `.${basename(path)}.${process.pid}.${randomUUID()}.tmp`);
  const handle = await open(temporaryPath, 'w', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temporaryPath).catch(() => undefined);
    throw error;
  }
  await handle.close();
  await rename(temporaryPath, path);
  await syncDirectory(dirname(path));
}

/** Removes temp files an interrupted {@link writeFileAtomic} of `path` left behind; returns how many. */
export async function removeStaleTemporaryFiles(path: string): Promise<number> {
  const prefix = `.${basename(path)}.`;
  let removed = 0;
  for (const name of await readdir(dirname(path)).catch(() => [] as string[])) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) {
      await unlink(join(dirname(path), name)).catch(() => undefined);
      removed += 1;
    }
  }
  return removed;
}

/** Makes a directory's entries (a created, renamed or removed file) durable; a no-op where directories cannot be opened. */
export async function syncDirectory(directory: string): Promise<void> {
  // Makes the rename durable; some platforms (Windows) cannot open a directory, which is harmless.
  let handle;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch {
    // Not supported here: the rename is still atomic, only its durability across power loss is weaker.
  } finally {
    await handle?.close();
  }
}
