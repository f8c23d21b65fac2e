import {
  annualize,
  matchesLocation,
  roleWords,
  type Location,
  type MinimumSalary,
  type Salary,
  type Workplace,
} from '@rolefit/core';
import { checkTextArgument, describeValue, invalidArgument } from '@rolefit/core/internal';
import { normalizeText, stemWord, STOPWORDS } from '@rolefit/core/text';
import { NEUTRAL_SCORE } from './neutral.js';

// Spellings of the same role word.
const TITLE_SYNONYMS: Readonly<Record<string, string>> = {
  developer: 'engineer',
  programmer: 'engineer',
  dev: 'engineer',
  swe: 'engineer',
  rn: 'nurse',
};

/** The words of a title that name the role (core's `roleWords` (from `@rolefit/core`): "Senior Backend Engineer" is a backend engineer): stemmed, without stop words, synonyms merged. */
export function titleWords(title: string): Set<string> {
  checkTextArgument('titleWords', 'title', title);
  const words = new Set<string>();
  for (const word of roleWords(title)) {
    if (STOPWORDS.has(word)) continue;
    const stem = stemWord(word);
    words.add(TITLE_SYNONYMS[stem] ?? stem);
  }
  return words;
}

/** A title the person wants or has held, with how much it counts (desired 1, past titles less). */
export interface WeightedTitle {
  words: ReadonlySet<string>;
  weight: number;
}

/**
 * Scores a job title against the person's titles: for each, 0.75 × the share of its words in the
 * job title + 0.25 × the Dice overlap, times the title's weight; the best one counts.
 * 0.5 when the person has no titles.
 */
export function scoreTitle(titles: readonly WeightedTitle[], jobTitle: string | ReadonlySet<string>): number {
  if (titles.length === 0) return NEUTRAL_SCORE;
  const job = typeof jobTitle === 'string' ? titleWords(jobTitle) : jobTitle;
  let best = 0;
  for (const { words, weight } of titles) {
    if (words.size === 0 || job.size === 0) continue;
    let shared = 0;
    for (const word of words) if (job.has(word)) shared += 1;
    const similarity = 0.75 * (shared / words.size) + 0.25 * ((2 * shared) / (words.size + job.size));
    best = Math.max(best, similarity * weight);
  }
  return best;
}

const REMOTE_WORDS = new Set(['remote', 'anywhere', 'worldwide']);

/** What a person wants from a job's location. */
export interface LocationWish {
  /** Places such as "Austin, TX", "Germany" or "Remote"; empty means anywhere. */
  places: readonly string[];
  /** Accepted ways of working; empty means any. */
  workplaces: readonly Workplace[];
}

/**
 * Scores a job's location against the person's wish: a place part (1 fits or no wish, 0.5 job
 * place unknown, 0.6 a remote job when the person named only places, 0 elsewhere) times a
 * workplace part (1 fits or no wish, 0.7 unknown, 0.3 another way of working).
 */
export function scoreLocation(wish: LocationWish, location: Location | undefined): number {
  const { places, workplaces } = wish;
  if (places.length === 0 && workplaces.length === 0) return 1;
  const remoteJob = location?.workplace === 'remote';
  const acceptsRemote = workplaces.includes('remote') || places.some((place) => REMOTE_WORDS.has(normalizeText(place)));
  let placeScore = 1;
  if (places.length > 0 && !(remoteJob && acceptsRemote)) {
    const known = Boolean(location?.city || location?.region || location?.country);
    if (matchesLocation(location, places)) placeScore = 1;
    else if (remoteJob && workplaces.length === 0) placeScore = 0.6;
    else placeScore = known ? 0 : NEUTRAL_SCORE;
  }
  let workplaceScore = 1;
  if (workplaces.length > 0) {
    if (location?.workplace === undefined) workplaceScore = 0.7;
    else workplaceScore = workplaces.includes(location.workplace) ? 1 : 0.3;
  }
  return placeScore * workplaceScore;
}

/**
 * Scores a job's pay against the person's minimum, per year and in the same currency only:
 * 1 when even the bottom of the range meets it, 0.7–1 when only part of the range does,
 * 0.7 × (pay / minimum)⁵ below it; 1 with no minimum, 0.5 when pay is unknown or in another currency.
 */
export function scoreSalary(minimum: MinimumSalary | undefined, salary: Salary | undefined): number {
  if (!minimum) return 1;
  if (!salary || !salary.currency || salary.currency !== minimum.currency) return NEUTRAL_SCORE;
  const low = salary.annualMin ?? salary.annualMax;
  const high = salary.annualMax ?? salary.annualMin;
  if (low === undefined || high === undefined) return NEUTRAL_SCORE;
  const floor = annualize(minimum.amount, minimum.period ?? 'year');
  if (floor <= 0 || low >= floor) return 1;
  if (high >= floor) return 0.7 + (0.3 * (high - floor)) / (high - low);
  return 0.7 * (high / floor) ** 5;
}

/** Default half-life of a posting's recency score, in days. */
export const DEFAULT_RECENCY_HALF_LIFE_DAYS = 30;

const DAY_MS = 86_400_000;

/** Scores how fresh a posting is: 0.5 ^ (age in days / half-life), 1 for future dates, 0.5 when the date is unknown. */
export function scoreRecency(
  postedAt: Date | undefined,
  now: Date,
  halfLifeDays: number = DEFAULT_RECENCY_HALF_LIFE_DAYS,
): number {
  if (!(now instanceof Date)) throw invalidArgument('scoreRecency', 'now', `must be a Date, got ${describeValue(now)}`);
  if (!postedAt) return NEUTRAL_SCORE;
  if (!(postedAt instanceof Date))
    throw invalidArgument('scoreRecency', 'postedAt', `must be a Date or undefined, got ${describeValue(postedAt)}`);
  if (Number.isNaN(postedAt.getTime())) return NEUTRAL_SCORE;
  const ageDays = Math.max(0, (now.getTime() - postedAt.getTime()) / DAY_MS);
  return 0.5 ** (ageDays / halfLifeDays);
}
