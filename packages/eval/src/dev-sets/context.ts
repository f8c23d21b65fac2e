// What every dev-set builder shares: where the public data is, a reader, a per-build cache, and the seeded shuffles
// and splits, so every set reads and splits the same way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom } from '@rolefit/core/internal';
import type { QueryDirection } from '../harness/dataset.js';
import type { DevSetData, Qrel } from './types.js';

/** The data folder of one build, and a cache so a source several sets share is read once per build. */
export interface DevSetContext {
  /** The public data folder (../shared/data or ROLEFIT_DATA). */
  readonly dataRoot: string;
  /** Text of a file under {@link DevSetContext.dataRoot}. */
  read(...parts: string[]): string;
  /** Sources read once per build, by name; nothing mutates what is kept. */
  readonly cache: Map<string, unknown>;
}

/** A build context over the data in `dataRoot`. */
export function createDevSetContext(dataRoot: string): DevSetContext {
  return { dataRoot, read: (...parts) => readFileSync(join(dataRoot, ...parts), 'utf8'), cache: new Map() };
}

/** `make()` once per build under `key`. */
export function once<Value>(context: DevSetContext, key: string, make: () => Value): Value {
  if (!context.cache.has(key)) context.cache.set(key, make());
  return context.cache.get(key) as Value;
}

/** Base seed of every split and sample. */
const SEED = 20_261_123;

/** A seeded generator of numbers in [0, 1). */
export const random: (seed: number) => () => number = createRandom;

/** Seed for one purpose, so adding a set does not change another set's split. */
export const seedFor = (label: string): number =>
  [...label].reduce((hash, character) => Math.imul(hash ^ character.charCodeAt(0), 16_777_619) >>> 0, SEED);

/** A shuffled copy of `items` (Fisher–Yates with `next`). */
export function shuffle<Item>(items: readonly Item[], next: () => number): Item[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/** A source cell as one line of text: '' for a missing value or "NA", whitespace runs as one space. */
export const clean = (value: unknown): string =>
  value === undefined || value === null || value === 'NA' ? '' : String(value).replace(/\s+/g, ' ').trim();

/** Keeps the jobs and resumes a split's judgements name, in their original order. */
export function subset(all: DevSetData, qrels: Qrel[]): DevSetData {
  const jobIds = new Set(qrels.map((row) => row.jobId));
  const resumeIds = new Set(qrels.map((row) => row.resumeId));
  return {
    jobs: all.jobs.filter((job) => jobIds.has(job.id)),
    resumes: all.resumes.filter((resume) => resumeIds.has(resume.id)),
    qrels,
  };
}

/** Splits the queries of a multi-query set in half: resume ids, or job ids when `query` is `job`. */
export function splitByQuery(
  all: DevSetData,
  label: string,
  query: QueryDirection = 'resume',
): { train: DevSetData; test: DevSetData } {
  const key = query === 'job' ? 'jobId' : 'resumeId';
  const ids = shuffle([...new Set(all.qrels.map((row) => row[key]))].sort(), random(seedFor(label)));
  const train = new Set(ids.slice(0, Math.ceil(ids.length / 2)));
  return {
    train: subset(
      all,
      all.qrels.filter((row) => train.has(row[key])),
    ),
    test: subset(
      all,
      all.qrels.filter((row) => !train.has(row[key])),
    ),
  };
}

/**
 * Splits the items of a one-query set in half, stratified by grade; items in one group (reposts with the same
 * text) stay on one side, so a posting never counts in both.
 */
export function splitByItem(
  all: DevSetData,
  label: string,
  groupOf: (jobId: string) => string | undefined,
): { train: DevSetData; test: DevSetData } {
  const next = random(seedFor(label));
  // Group first (a repost may carry another grade), then stratify the groups by their first member's grade.
  const groups = new Map<string | undefined, string[]>();
  const gradeOfGroup = new Map<string | undefined, number>();
  for (const row of all.qrels) {
    const key = groupOf(row.jobId);
    if (!groups.has(key)) {
      groups.set(key, []);
      gradeOfGroup.set(key, row.grade);
    }
    groups.get(key)!.push(row.jobId);
  }
  const trainJobs = new Set<string>();
  // Sorted as the strings they were in the JavaScript builder (grades 0–3 sort the same either way).
  for (const grade of [...new Set(gradeOfGroup.values())].sort()) {
    const keys = [...groups.keys()].filter((key) => gradeOfGroup.get(key) === grade).sort();
    const total = keys.reduce((sum, key) => sum + groups.get(key)!.length, 0);
    let taken = 0;
    for (const key of shuffle(keys, next)) {
      if (taken >= total / 2) break;
      for (const id of groups.get(key)!) trainJobs.add(id);
      taken += groups.get(key)!.length;
    }
  }
  return {
    train: subset(
      all,
      all.qrels.filter((row) => trainJobs.has(row.jobId)),
    ),
    test: subset(
      all,
      all.qrels.filter((row) => !trainJobs.has(row.jobId)),
    ),
  };
}
