import { randomUUID } from 'node:crypto';
import { open, readdir, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that a crash at any moment leaves either the old or the new content, never a mix:
 * write a temp file beside it, fsync it, rename it over the target, then fsync the directory. `data` may be a list of
 * parts, written one after another.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array | readonly Uint8Array[]): Promise<void> {
  await writeFileAtomicWith(path, async (handle) => {
    if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
    else for (const part of data) await writeAll(handle, part);
  });
}

/**
 * Like {@link writeFileAtomic}, with the content written by `write` to the open temp file (at any positions), so a
 * large file can be streamed instead of held in memory whole.
 */
export async function writeFileAtomicWith(path: string, write: (handle: FileHandle) => Promise<void>): Promise<void> {
  const temporaryPath = join(dirname(path), `.${basename(path)}.${process.pid}.${randomUUID()}.tmp`);
  const handle = await open(temporaryPath, 'w', 0o600);
  try {
    try {
      await write(handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await unlink(temporaryPath).catch(() => undefined);
    throw error;
  }
  await rename(temporaryPath, path);
  await syncDirectory(dirname(path));
}

async function writeAll(handle: FileHandle, part: Uint8Array): Promise<void> {
  for (let done = 0; done < part.byteLength; ) {
    const { bytesWritten } = await handle.write(part, done, Math.min(part.byteLength - done, 1 << 30));
    done += bytesWritten;
  }
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
