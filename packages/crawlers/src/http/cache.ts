import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
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
}

/** A directory of responses, one JSON file per key. */
export interface ResponseCache {
  /** The sha256 key for a URL and the request headers that change the response. */
  keyFor(url: string, headers: Record<string, string>): string;
  read(key: string): Promise<CacheEntry | undefined>;
  write(key: string, entry: CacheEntry): Promise<void>;
}

/** Creates a cache in `directory` (created on first write). */
export function createResponseCache(directory: string): ResponseCache {
  const pathOf = (key: string) => join(directory, `${key}.json`);
  return {
    keyFor(url, headers) {
      const sorted = Object.entries(headers)
        .map(([name, value]) => [name.toLowerCase(), value] as const)
        .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
      return createHash('sha256').update(JSON.stringify([url, sorted])).digest('hex');
    },
    async read(key) {
      try {
        const entry = JSON.parse(await readFile(pathOf(key), 'utf8')) as CacheEntry;
        return typeof entry.body === 'string' && typeof entry.storedAt === 'number' ? entry : undefined;
      } catch {
        return undefined; // missing or torn by an older writer: a miss, not a failure
      }
    },
    async write(key, entry) {
      await mkdir(directory, { recursive: true });
      // Write beside the target and rename, so a reader never sees half a file.
      const temporary = join(directory, `${key}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
      try {
        await writeFile(temporary, JSON.stringify(entry));
        await rename(temporary, pathOf(key));
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
  };
}
