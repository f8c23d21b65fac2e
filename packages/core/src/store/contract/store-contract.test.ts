import { AssertionError } from 'node:assert';
import { describe, expect, it } from 'vitest';
import type { JobFilter, PageOptions, Store } from '../../interfaces/index.js';
import type { JobInput } from '../../schemas/index.js';
import { createMemoryStore } from '../memory/index.js';
import { CONTRACT_JOBS, runStoreContractCase, STORE_CONTRACT_CASES } from './index.js';

// The contract always runs against the MemoryStore, the reference every other Store is held to.
// MemoryStore refuses a job over maxJobBytes on its own, as Elasticsearch refuses a document it cannot index.
const MAX_JOB_BYTES = 16 * 1024;
const refusable = (job: JobInput): JobInput => ({ ...job, description: 'x'.repeat(MAX_JOB_BYTES) });

describe('Store contract: MemoryStore', () => {
  for (const testCase of STORE_CONTRACT_CASES)
    it(testCase.name, () =>
      runStoreContractCase(testCase, async () => createMemoryStore({ maxJobBytes: MAX_JOB_BYTES }), { refusable }),
    );
});

describe('STORE_CONTRACT_CASES', () => {
  const caseNamed = (name: string) => STORE_CONTRACT_CASES.find((testCase) => testCase.name.startsWith(name))!;

  it('fails a store that lists oldest first', async () => {
    // A MemoryStore whose listJobs reverses its order: the listing case must catch it.
    const oldestFirst = async (): Promise<Store> => {
      const store = createMemoryStore();
      const listJobs = store.listJobs.bind(store);
      return Object.assign(store, {
        listJobs: async (...args: Parameters<Store['listJobs']>) => (await listJobs(...args)).reverse(),
      });
    };
    await expect(runStoreContractCase(caseNamed('lists newest first'), oldestFirst)).rejects.toBeInstanceOf(
      AssertionError,
    );
  });

  it('fails a store that answers latestCrawledAt with the oldest crawl of the source', async () => {
    const oldest = async (): Promise<Store> => {
      const store = createMemoryStore();
      return Object.assign(store, {
        latestCrawledAt: async (source: string) =>
          (await store.listJobs({ sources: [source] }))
            .map((job) => job.crawledAt)
            .filter(Boolean)
            .sort((a, b) => a!.getTime() - b!.getTime())[0],
      });
    };
    await expect(
      runStoreContractCase(caseNamed('tells when a source was last crawled'), oldest),
    ).rejects.toBeInstanceOf(AssertionError);
  });

  it('fails a store that keeps half of a bad batch', async () => {
    const partial = async (): Promise<Store> => {
      const store = createMemoryStore();
      const upsertJobs = store.upsertJobs.bind(store);
      return Object.assign(store, {
        upsertJobs: async (jobs: Parameters<Store['upsertJobs']>[0]) => {
          await upsertJobs(jobs.slice(0, 1));
          return upsertJobs(jobs);
        },
      });
    };
    await expect(runStoreContractCase(caseNamed('validates the whole batch'), partial)).rejects.toBeInstanceOf(
      AssertionError,
    );
  });

  it('fails a store that drops a refused item without reporting it', async () => {
    const silent = async (): Promise<Store> => {
      const store = createMemoryStore({ maxJobBytes: MAX_JOB_BYTES });
      const upsertJobs = store.upsertJobs.bind(store);
      return Object.assign(store, {
        upsertJobs: async (jobs: Parameters<Store['upsertJobs']>[0]) => ({ ...(await upsertJobs(jobs)), failed: [] }),
      });
    };
    await expect(
      runStoreContractCase(caseNamed('partial failure: reports the item'), silent, { refusable }),
    ).rejects.toBeInstanceOf(AssertionError);
  });

  it('fails a store that answers a list with a NaN limit instead of refusing it', async () => {
    // As ElasticStore did: a NaN limit went to the cluster, which answered a page of its default size.
    const lenient = async (): Promise<Store> => {
      const store = createMemoryStore();
      const listJobs = store.listJobs.bind(store);
      return Object.assign(store, {
        listJobs: async (filter?: JobFilter, page: PageOptions = {}) =>
          listJobs(filter, Number.isNaN(page.limit) ? { offset: page.offset } : page),
      });
    };
    await expect(runStoreContractCase(caseNamed('refuses a limit or offset'), lenient)).rejects.toBeInstanceOf(
      AssertionError,
    );
  });

  it('cleans up and closes the store even when a case fails', async () => {
    const calls: string[] = [];
    const failing = { name: 'always fails', run: async () => Promise.reject(new Error('broken')) };
    const create = async (): Promise<Store> => {
      const store = createMemoryStore();
      const close = store.close.bind(store);
      return Object.assign(store, { close: async () => (calls.push('close'), close()) });
    };
    await expect(
      runStoreContractCase(failing, create, { cleanup: async () => void calls.push('cleanup') }),
    ).rejects.toThrow('broken');
    expect(calls).toEqual(['cleanup', 'close']);
  });

  it('starts from three jobs that cover two sources, three workplaces and two currencies', () => {
    expect(CONTRACT_JOBS.map((job) => job.id)).toEqual(['a', 'b', 'c']);
    expect(new Set(CONTRACT_JOBS.map((job) => job.location?.workplace))).toEqual(
      new Set(['hybrid', 'onsite', 'remote']),
    );
  });
});
