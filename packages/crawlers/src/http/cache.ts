import { createHash, randomBytes } from 'node:crypto';
import { chmod, lstat, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One stored response. */
export interface CacheEntry {
  /** The URL asked for. */
  url: string;
  /** The URL the body came from, after redirects. */
  finalUrl: string;
  status: number;
  /** Response headers, names in lower case. */
  headers: Record<string, string>;
  body: string;
  /** When the entry was stored or last revalidated (epoch ms). */
  storedAt: number;
  /** SHA-256 of `url` and `body`, hex; written by the cache, checked on every read. */
  checksum?: string;
}

/** A directory of responses, one JSON file per key. */
export interface ResponseCache {
  /**
   * The sha256 key for a URL, the request headers that change the response, and the network scope of the client that
   * asks (which addresses it may reach), so that a client never reads a response fetched under a wider scope.
   */
  keyFor(url: string, headers: Record<string, string>, scope: string): string;
  /** The entry under `key`, or undefined when it is missing, torn, fails its checksum or (given `url`) is for another URL. */
  read(key: string, url?: string): Promise<CacheEntry | undefined>;
  write(key: string, entry: CacheEntry): Promise<void>;
}

const checksumOf = (entry: CacheEntry) =>
  createHash('sha256')
    .update(JSON.stringify([entry.url, entry.finalUrl, entry.status, entry.body]))
    .digest('hex');

/**
 * True when `directory` is safe to trust: a real directory (not a symbolic link), owned by this user, and not
 * writable by group or others. Created with mode 0700 when missing (with `create`).
 */
export async function isPrivateDirectory(directory: string, create: boolean): Promise<boolean> {
  if (create) await mkdir(directory, { recursive: true, mode: 0o700 }).catch(() => undefined);
  try {
    const info = await lstat(directory);
    if (!info.isDirectory() || info.isSymbolicLink()) return false;
    const uid = process.getuid?.();
    if (uid !== undefined && info.uid !== uid) return false;
    if ((info.mode & 0o022) !== 0) {
      // Ours but too open (an older version made it 0755 or 0777): close it rather than trust it as it is.
      if (uid === undefined) return false;
      await chmod(directory, 0o700);
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates a cache in `directory` (created with mode 0700 on first write). A directory that is a symbolic link,
 * belongs to another user or cannot be made private is never read or written; every entry carries a checksum
 * of its URL and body, and a read for a URL returns only an entry stored for that URL.
 */
export function createResponseCache(directory: string): ResponseCache {
  const pathOf = (key: string) => join(directory, `${key}.json`);
  // Checked once the first write creates the directory; before that each read checks (a missing one is a miss).
  let safeForWrites: Promise<boolean> | undefined;
  const readable = () => safeForWrites ?? isPrivateDirectory(directory, false);
  const writable = () => (safeForWrites ??= isPrivateDirectory(directory, true));
  return {
    keyFor(url, headers, scope) {
      const sorted = Object.entries(headers)
        .map(([name, value]) => [name.toLowerCase(), value] as const)
        .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
      return createHash('sha256')
        .update(JSON.stringify([url, sorted, scope]))
        .digest('hex');
    },
    async read(key, url) {
      try {
        if (!(await readable())) return undefined;
        const entry = JSON.parse(await readFile(pathOf(key), 'utf8')) as CacheEntry;
        if (typeof entry.body !== 'string' || typeof entry.storedAt !== 'number' || typeof entry.url !== 'string')
          return undefined;
        if (entry.checksum !== checksumOf(entry)) return undefined; // torn, tampered, or written by an older version
        return url === undefined || entry.url === url ? entry : undefined;
      } catch {
        return undefined; // missing or torn by an older writer: a miss, not a failure
      }
    },
    async write(key, entry) {
      if (!(await writable()))
        throw new Error(`refusing to cache in ${directory}: not a private directory of this user`);
      entry = { ...entry, checksum: checksumOf(entry) };
      // Write beside the target and rename, so a reader never sees half a file.
      const temporary = join(directory, `${key}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
      try {
        await writeFile(temporary, JSON.stringify(entry), { mode: 0o600, flag: 'wx' });
        await rename(temporary, pathOf(key));
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
  };
}
