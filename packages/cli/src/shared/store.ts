import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createMemoryStore, type MemoryStore } from '@rolefit/core';
import { describeError, InputError } from './io.js';

/**
 * The embedded store in `path`, loaded. `create` makes the file's folder when missing (`rolefit crawl`); otherwise a
 * missing file is an InputError saying to crawl first. A file that is not a store is an InputError naming it.
 */
export async function openStore(path: string, options: { create?: boolean } = {}): Promise<MemoryStore> {
  if (!options.create && !existsSync(path))
    throw new InputError(`${path}: no such store (fill one with "rolefit crawl <source> --store ${path}")`);
  if (options.create) await mkdir(dirname(resolve(path)), { recursive: true });
  const store = createMemoryStore({ path });
  try {
    await store.open();
  } catch (error) {
    // A StoreFileError names the file and the malformed section already.
    throw new InputError(describeError(error).split('\n')[0]!);
  }
  return store;
}
