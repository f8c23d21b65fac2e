import type { Match, RankOptions } from '@rolefit/core';
import {
  checkListArgument,
  checkPageNumber,
  checkRankQuery,
  checkRecordArgument,
  checkSignalOption,
} from '@rolefit/core/internal';

/** Best score first; equal scores by job id, so the order never depends on input order or engine. */
export function compareMatches(left: Match, right: Match): number {
  return right.score - left.score || (left.jobId < right.jobId ? -1 : left.jobId > right.jobId ? 1 : 0);
}

/**
 * Throws core's ValidationError naming `limit` unless it is absent or a number ≥ 0, as a page's limit (core's
 * checkPageNumber, one wording for both: `Invalid RankOptions: limit: must be a number ≥ 0, got NaN`); a RangeError
 * before, and `null` or a numeric string passed JavaScript's `>= 0` and gave no matches or a string slice.
 */
export function checkLimit(limit: number | undefined): void {
  checkPageNumber('RankOptions', 'limit', limit);
}

/**
 * What every ranker's `rank` checks first: the query a valid RankQuery (core's checkRankQuery: its resume and profile
 * valid, its text a string of at most 1,000,000 characters), the jobs a list, the options absent or
 * an object, their limit (see {@link checkLimit}) and their signal an AbortSignal; each a core ValidationError naming
 * it. `rank(query, null)` was a TypeError from inside ("reading 'length'"), and the occupation ranker ranked for a
 * `null` query where the others refused it; `rank(query, jobs, null)` and a `signal` of 42 were TypeErrors too
 * ("reading 'signal'", "throwIfAborted is not a function").
 */
export function checkRankArguments(query: unknown, jobs: unknown, options: unknown): void {
  // From JavaScript, `{ text: 42 }` and `{ resume: { skills: 'SQL' } }` were TypeErrors from inside the rankers
  // ("part.trim is not a function", "resume.skills.join is not a function"), and a 10 MB text took 16–24 s.
  checkRankQuery('Ranker.rank', query);
  checkListArgument('Ranker.rank', 'jobs', jobs, 'a list of jobs');
  if (options === undefined) return;
  const { limit, signal } = checkRecordArgument(
    'Ranker.rank',
    'options',
    options,
    'RankOptions ({ limit, signal, corpusStatistics })',
  );
  checkLimit(limit as number | undefined);
  checkSignalOption('RankOptions', signal);
}

/**
 * What a ranker's `prepare` and `retrievalTexts` check first: the options absent or an object whose `signal` is an
 * AbortSignal (core's checkSignalOption), a ValidationError naming it; `{ signal: 'x' }` was a TypeError from inside.
 */
export function checkPrepareOptions(options: unknown): void {
  if (options === undefined) return;
  const { signal } = checkRecordArgument('Ranker.prepare', 'options', options, 'PrepareOptions ({ signal })');
  checkSignalOption('PrepareOptions', signal);
}

/**
 * What a ranker's `prepare` checks first: the jobs a list (`prepare(undefined)` was "jobs is not iterable" from inside)
 * and the options as {@link checkPrepareOptions} checks them; a ValidationError naming the argument.
 */
export function checkPrepareArguments(jobs: unknown, options: unknown): void {
  checkListArgument('Ranker.prepare', 'jobs', jobs, 'a list of jobs');
  checkPrepareOptions(options);
}

/**
 * What a TrainableRanker's `fit` checks first: the training queries absent or a list (`fit(42)` was "queries.reduce is
 * not a function"), the options an object whose signal is an AbortSignal; a ValidationError naming the argument.
 */
export function checkFitArguments(train: unknown, options: unknown): void {
  if (train !== undefined) checkListArgument('TrainableRanker.fit', 'train', train, 'a list of LabelledQuery');
  const { signal } = checkRecordArgument('TrainableRanker.fit', 'options', options, 'FitOptions ({ signal? })');
  checkSignalOption('FitOptions', signal);
}

/**
 * One match per job id, the first (the rankers make matches in the order of the jobs), sorted best first (ties by job
 * id), the best `options.limit` kept. Jobs that share an id are one job, as fusion takes them: BM25, multi-factor, the
 * occupation and the embedding ranker gave a match for each, several matches with one `jobId` that a caller cannot
 * tell apart.
 */
export function orderMatches(matches: Match[], options: RankOptions = {}): Match[] {
  const unique =
    new Set(matches.map((match) => match.jobId)).size === matches.length
      ? matches
      : firstOfEachId(matches, (match) => match.jobId);
  unique.sort(compareMatches);
  return options.limit === undefined ? unique : unique.slice(0, Math.floor(options.limit));
}

/** Clamps a score into [0, 1]; NaN becomes 0 so a bad input can never produce an invalid Match. */
export function clampUnit(value: number): number {
  if (!(value > 0)) return 0;
  return value > 1 ? 1 : value;
}

/** The first item of each id, in the order given (a batch or ranking may name one job twice). */
export function firstOfEachId<T>(items: readonly T[], idOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const id = idOf(item);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** How many jobs are scored between two checks of the abort signal. */
export const ABORT_CHECK_INTERVAL = 256;
