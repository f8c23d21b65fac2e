import { invalidSetting, type JobInput, type Ranker, type SkillTaxonomy, type Store } from '@rolefit/core';
import { rankerProblem, skillTaxonomyProblem } from '@rolefit/core/internal';

/**
 * Where a career function reads its postings: a Store (`listJobs`) or a list of jobs. One of them is required; given
 * both, the store is read.
 */
export type PostingSource =
  | {
      /** Where the postings come from (`listJobs`); give this or `jobs`. */
      store: Store;
      /** The postings, validated on the way in; give this or `store`. */
      jobs?: readonly JobInput[] | undefined;
    }
  | {
      /** Where the postings come from (`listJobs`); give this or `jobs`. */
      store?: Store | undefined;
      /** The postings, validated on the way in; give this or `store`. */
      jobs: readonly JobInput[];
    };

/**
 * The postings of a career function's settings, checked: `jobs` a list of jobs and `store` a Store, each where it
 * belongs. A Store given as `jobs` (the guide's "a Store or an array of jobs") failed with "options.jobs.map is not a
 * function", and a list given as `store` with "options.store.listJobs is not a function".
 */
export function checkCorpusSettings(
  entity: string,
  settings: { jobs?: unknown; store?: unknown },
): { jobs: readonly JobInput[] | undefined; store: Store | undefined } {
  const { jobs, store } = settings;
  if (jobs !== undefined && !Array.isArray(jobs))
    throw invalidSetting(
      entity,
      'jobs',
      isStore(jobs) ? 'must be a list of jobs; give a Store as `store`' : `must be a list of jobs, got ${kind(jobs)}`,
    );
  if (store !== undefined && !isStore(store))
    throw invalidSetting(
      entity,
      'store',
      Array.isArray(store)
        ? 'must be a Store (such as createMemoryStore()); give a list of jobs as `jobs`'
        : `must be a Store (such as createMemoryStore()), got ${kind(store)}`,
    );
  return { jobs: jobs as readonly JobInput[] | undefined, store: store as Store | undefined };
}

function isStore(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as Partial<Store>).listJobs === 'function';
}

function kind(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/**
 * A career function's `taxonomy` setting: undefined (the caller's default) or a SkillTaxonomy (core's
 * skillTaxonomyProblem), else the setting's ValidationError. 'x' was "Invalid value used as weak map key", {}
 * "taxonomy.canonicalize is not a function" (round 18).
 */
export function checkTaxonomySetting(entity: string, value: unknown): SkillTaxonomy | undefined {
  const problem = value === undefined ? undefined : skillTaxonomyProblem(value);
  if (problem !== undefined) throw invalidSetting(entity, 'taxonomy', problem);
  return value as SkillTaxonomy | undefined;
}

/** A career function's `ranker` setting: undefined or a Ranker (core's rankerProblem), else the setting's ValidationError. */
export function checkRankerSetting(entity: string, value: unknown): Ranker | undefined {
  const problem = value === undefined ? undefined : rankerProblem(value, 'createMultiFactorRanker');
  if (problem !== undefined) throw invalidSetting(entity, 'ranker', problem);
  return value as Ranker | undefined;
}
