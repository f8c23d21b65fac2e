import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createMemoryStore, StoreFileError, type Job, type MemoryStore } from '@rolefit/core';
import { openJobFeatures, writeJobFeatures, type JobFeatureFile, type JobFeaturesWriteSummary } from '@rolefit/rankers';
import { describeError, InputError } from './io.js';

/**
 * The embedded store in `path`, loaded. `create` makes the file's folder when missing (`rolefit crawl`); otherwise a
 * missing file is an InputError saying to crawl first. A file that is not a store is an InputError naming it.
 */
export async function openStore(path: string, options: { create?: boolean } = {}): Promise<MemoryStore> {
  // A store whose changes are all still in its journal (a first crawl killed before it closed the store) exists too.
  if (!options.create && !existsSync(path) && !existsSync(`${path}.journal`))
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

/** The job of id `jobId` in the store in `path` (`--job-id ID --store FILE`); an InputError when it has none. */
export async function loadStoredJob(path: string, jobId: string): Promise<Job> {
  const store = await openStore(path);
  try {
    const job = await store.getJob(jobId);
    if (!job) throw new InputError(`job ${jobId} is not in ${path}`);
    return job;
  } finally {
    await store.close();
  }
}

/** The file beside a store that keeps the default ranker's readings of its jobs (`<store>.features`). */
export function jobFeaturesPath(storePath: string): string {
  return `${storePath}.features`;
}

/**
 * After a crawl that stored `stored` new or changed jobs (`rolefit crawl`, a round of `rolefit watch`): saves the
 * default ranker's readings of every stored job beside the store when there are such jobs, no file yet, or a file that
 * cannot be used (damaged, or written by another version: `recommend` would read every candidate afresh until it is
 * rewritten), reading only jobs that are new or changed since the file was written, so that a later `recommend` in a
 * fresh process does not read its candidates again. Undefined when nothing needed saving.
 */
export async function saveJobFeatures(
  store: MemoryStore,
  storePath: string,
  stored: number,
): Promise<JobFeaturesWriteSummary | undefined> {
  const path = jobFeaturesPath(storePath);
  // Nothing new: usable saved readings still hold; and a store never written (a first crawl that failed) gets no file.
  if (stored === 0 && (!existsSync(storePath) || usableJobFeatures(path))) return undefined;
  return writeJobFeatures(path, await store.listJobs({}));
}

/** Whether the readings file at `path` exists and opens (its index checks out and it was written for these readings). */
function usableJobFeatures(path: string): boolean {
  try {
    const file = openJobFeatures(path);
    file?.close();
    return file !== undefined;
  } catch (error) {
    if (error instanceof StoreFileError) return false;
    throw error;
  }
}

/**
 * The store's saved job readings, or undefined when there are none; a damaged or outdated file is left unused with a
 * note on `warn` (the jobs are read afresh, with the same scores), and replaced by the next crawl.
 */
export function openStoreJobFeatures(
  storePath: string,
  warn: { write(text: string): unknown },
): JobFeatureFile | undefined {
  try {
    return openJobFeatures(jobFeaturesPath(storePath));
  } catch (error) {
    if (!(error instanceof StoreFileError)) throw error;
    warn.write(`note: ${describeError(error).split('\n')[0]}; reading the jobs afresh\n`);
    return undefined;
  }
}
