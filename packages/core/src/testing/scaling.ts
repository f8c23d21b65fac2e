import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * Test and bench helpers for adversarial input (not exported from `@rolefit/core`; tests import this file directly).
 *
 * `measureScaling` times a parser on a pathological input of size n and of size 2n: a backtracking regex that is
 * quadratic on the input shows time(2n) / time(n) near 4, a linear one near 2. Only `pnpm bench --only adversarial`
 * (bench/adversarial.mjs) measures with it; tests assert what such inputs produce, never how long they take.
 *
 * `propertyRuns` is the number of fast-check runs per property: `ROLEFIT_PROPERTY_RUNS` when set (the
 * nightly-style run sets 10000), else 1000 (CI).
 */

/** Settings for {@link measureScaling}. */
export interface ScalingOptions {
  /** The smaller input size n to start from (default 20,000; the larger input has size 2n). */
  size?: number;
  /** Largest size n tried while looking for a measurable time (default 80,000: a quadratic parser is far past 5 ms long before, while past a few hundred thousand characters V8's own string handling, e.g. global replace with many matches, slows down more than linearly). */
  maxSize?: number;
  /** Time at n below which n is doubled, so timer noise does not decide the ratio (default 5 ms). */
  minMilliseconds?: number;
  /** Timings per size; their medians are compared (default 5). */
  repetitions?: number;
  /**
   * The clock, in ms (default `performance.now`). The benchmark passes the process's CPU time, which other processes'
   * load on a shared machine does not add to.
   */
  clock?: () => number;
}

/** What {@link measureScaling} measured. */
export interface ScalingMeasurement {
  /** The size n finally used. */
  size: number;
  /** Median time at n, ms. */
  small: number;
  /** Median time at 2n, ms. */
  large: number;
  /** time(2n) / time(n): the smaller of the ratio of medians and the ratio of fastest runs. */
  ratio: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

// A full garbage collection, for liveHeapBytes (V8's gc() is reachable without --expose-gc through a flag set at run
// time and a fresh context). measureScaling never forces one before a timing (see there).
function garbageCollector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    v8.setFlagsFromString('--expose-gc');
    const collect = vm.runInNewContext('gc') as unknown;
    if (typeof collect === 'function') return collect as () => void;
  } catch {
    // No collector: timings just carry a little more noise.
  }
  return () => undefined;
}
const collectGarbage = garbageCollector();

/**
 * The heap's live bytes: `process.memoryUsage().heapUsed` right after a full garbage collection, so what a parser
 * holds between two reads can be compared with what it held before (memory caps are asserted on this, never on
 * timings). Without a reachable collector it is the heap as it stands, garbage included.
 */
export function liveHeapBytes(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

const wallClock = (): number => performance.now();

function timeOnce<Input>(run: (input: Input) => unknown, input: Input, clock: () => number): number {
  const started = clock();
  run(input);
  return clock() - started;
}

/**
 * Times `run` on `makeInput(n)` and `makeInput(2n)` (median of several interleaved runs after a warm-up),
 * doubling n until the smaller input takes at least `minMilliseconds` or n reaches `maxSize`.
 */
export function measureScaling<Input>(
  run: (input: Input) => unknown,
  makeInput: (size: number) => Input,
  options: ScalingOptions = {},
): ScalingMeasurement {
  const { maxSize = 80_000, minMilliseconds = 5, repetitions = 5, clock = wallClock } = options;
  let size = options.size ?? 20_000;
  // Warm-up: compile the code paths (and the regexes) on a small input first.
  run(makeInput(Math.min(size, 1_000)));
  // Calibration by single runs: double n until one run takes minMilliseconds.
  while (size * 2 <= maxSize && timeOnce(run, makeInput(size), clock) < minMilliseconds) size *= 2;
  for (;;) {
    const smallInput = makeInput(size);
    const largeInput = makeInput(size * 2);
    // No forced collection before a timed run: a full gc() throws away the code V8 optimised for the inputs, and
    // the run after it pays a fixed recompile (10–80 ms for the résumé readers) at both sizes alike, which pulls
    // the ratio towards 1 and can hide quadratic work. Each input runs untimed first instead, so the timed runs
    // meet optimised code; a collection that lands in one run is kept out by the medians and the fastest runs.
    for (let warmUp = 0; warmUp < 2; warmUp++) {
      timeOnce(run, smallInput, clock);
      timeOnce(run, largeInput, clock);
    }
    const smallTimes: number[] = [];
    const largeTimes: number[] = [];
    for (let repetition = 0; repetition < repetitions; repetition++) {
      // Interleaved, so a burst of load on a shared machine hits both sizes alike.
      smallTimes.push(timeOnce(run, smallInput, clock));
      largeTimes.push(timeOnce(run, largeInput, clock));
    }
    const small = median(smallTimes);
    const large = median(largeTimes);
    // Load from other processes only adds time, so the fastest runs are a second, steadier estimate; a
    // quadratic parser shows a ratio near 4 in both.
    const ratio = Math.min(
      large / Math.max(small, 1e-3),
      Math.min(...largeTimes) / Math.max(Math.min(...smallTimes), 1e-3),
    );
    if (small >= minMilliseconds || size * 2 > maxSize) return { size, small, large, ratio };
    size *= 2;
  }
}

/**
 * fast-check runs per property: `ROLEFIT_PROPERTY_RUNS` when set (the nightly-style run uses 10000),
 * else 1000 (the default in CI).
 */
export function propertyRuns(): number {
  const value = Number.parseInt(process.env.ROLEFIT_PROPERTY_RUNS ?? '', 10);
  return Number.isFinite(value) && value > 0 ? value : 1_000;
}
