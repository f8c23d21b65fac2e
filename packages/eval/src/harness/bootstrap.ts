import { checkListArgument, createRandom, invalidArgument } from '@rolefit/core/internal';

/** Settings for {@link pairedBootstrap}. */
export interface PairedBootstrapSettings {
  /** Resamples drawn (default 2,000). */
  resamples?: number | undefined;
  /** Two-sided confidence level of the interval, in (0, 1) (default 0.95). */
  confidence?: number | undefined;
  /** Seed of the resampling, so a report is reproducible (default 1). */
  seed?: number | undefined;
}

/** A difference of means over paired observations, with its percentile bootstrap interval. */
export interface PairedDifference {
  /** Mean of `candidate − baseline` over the pairs where both are present. */
  difference: number;
  /** Lower end of the interval. */
  low: number;
  /** Upper end of the interval. */
  high: number;
  /** Pairs used (pairs with a `null` on either side are left out). */
  pairs: number;
}

/**
 * Paired bootstrap of `mean(candidate − baseline)`: the pairs (queries) are resampled with replacement and the
 * interval is the percentile interval of the resampled means. `candidate[i]` and `baseline[i]` must describe the
 * same query. With no usable pair every figure is NaN; with one pair the interval is that pair's difference.
 */
export function pairedBootstrap(
  candidate: ReadonlyArray<number | null>,
  baseline: ReadonlyArray<number | null>,
  settings: PairedBootstrapSettings = {},
): PairedDifference {
  checkListArgument('pairedBootstrap', 'candidate', candidate, 'a list of per-query values');
  checkListArgument('pairedBootstrap', 'baseline', baseline, 'a list of per-query values');
  if (candidate.length !== baseline.length)
    throw invalidArgument(
      'pairedBootstrap',
      'baseline',
      `must pair with candidate: ${candidate.length} candidate against ${baseline.length} baseline`,
    );
  const differences: number[] = [];
  for (let index = 0; index < candidate.length; index++) {
    const left = candidate[index];
    const right = baseline[index];
    if (left === null || left === undefined || right === null || right === undefined) continue;
    differences.push(left - right);
  }
  return pairedBootstrapStatistic(
    differences.length,
    (picks) => {
      let sum = 0;
      for (const pick of picks) sum += differences[pick]!;
      return sum / picks.length;
    },
    settings,
  );
}

// The most paired items a bootstrap resamples (one Int32Array of picks).
const MAX_BOOTSTRAP_ITEMS = 100_000_000;

/**
 * Paired bootstrap of any difference computed over `count` paired items (sentences, queries): `difference(picks)` gets
 * the indices of one sample (each in [0, count), repeats allowed) and returns candidate minus baseline on it, e.g. the
 * difference of two F1 scores summed over the picked sentences. `difference` of the result is the figure on every item
 * once; the interval is the percentile interval over the resamples. With `count` 0 every figure is NaN.
 */
export function pairedBootstrapStatistic(
  count: number,
  difference: (picks: Int32Array) => number,
  settings: PairedBootstrapSettings = {},
): PairedDifference {
  // The picks are an Int32Array of `count` items: past that, the allocation is the caller's mistake, not a figure.
  if (!(Number.isInteger(count) && count >= 0 && count <= MAX_BOOTSTRAP_ITEMS))
    throw invalidArgument(
      'pairedBootstrapStatistic',
      'count',
      `must be a whole number from 0 to ${MAX_BOOTSTRAP_ITEMS}, got ${typeof count === 'number' ? count : typeof count}`,
    );
  if (typeof difference !== 'function')
    throw invalidArgument('pairedBootstrapStatistic', 'difference', `must be a function, got ${typeof difference}`);
  const resamples = settings.resamples ?? 2000;
  const confidence = settings.confidence ?? 0.95;
  if (!(Number.isInteger(resamples) && resamples >= 1))
    throw new RangeError(`resamples must be a whole number >= 1, got ${resamples}`);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  if (count === 0) return { difference: Number.NaN, low: Number.NaN, high: Number.NaN, pairs: 0 };
  const picks = Int32Array.from({ length: count }, (_, index) => index);
  const whole = difference(picks);
  const next = createRandom(settings.seed ?? 1);
  const figures = new Float64Array(resamples);
  for (let resample = 0; resample < resamples; resample++) {
    for (let draw = 0; draw < count; draw++) picks[draw] = Math.floor(next() * count);
    figures[resample] = difference(picks);
  }
  figures.sort();
  const tail = (1 - confidence) / 2;
  const at = (share: number) => figures[Math.min(resamples - 1, Math.max(0, Math.round(share * (resamples - 1))))]!;
  return { difference: whole, low: at(tail), high: at(1 - tail), pairs: count };
}
