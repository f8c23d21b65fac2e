import { describe, expect, it } from 'vitest';
import { measureScaling, propertyRuns } from './scaling.js';

// A clock that advances by the work `run` reports, not by real time: the arithmetic of measureScaling is checked
// without timing anything (no timings in tests; bench/adversarial.mjs measures real functions with it).
function workClock(cost: (size: number) => number) {
  let now = 0;
  return {
    clock: () => now,
    run: (size: number) => {
      now += cost(size);
    },
  };
}

describe('measureScaling', () => {
  it('gives time(2n) / time(n): 2 for linear work, 4 for quadratic, at the n where a run takes minMilliseconds', () => {
    const linear = workClock((size) => size / 1_000);
    const measured = measureScaling(linear.run, (size) => size, { clock: linear.clock, size: 1_000, maxSize: 80_000 });
    // 1,000 → 2,000 → 4,000 → 8,000: the first n whose run takes 5 ms (the default floor).
    expect(measured).toEqual({ size: 8_000, small: 8, large: 16, ratio: 2 });
    const quadratic = workClock((size) => (size / 1_000) ** 2);
    expect(
      measureScaling(quadratic.run, (size) => size, { clock: quadratic.clock, size: 1_000, maxSize: 80_000 }),
    ).toEqual({ size: 4_000, small: 16, large: 64, ratio: 4 });
  });

  it('stops doubling at maxSize, and takes the smaller of the ratio of medians and of fastest runs', () => {
    const tiny = workClock((size) => size / 1e6);
    expect(measureScaling(tiny.run, (size) => size, { clock: tiny.clock, size: 1_000, maxSize: 4_000 }).size).toBe(
      4_000,
    );
    // One slow run of the larger input (load on the machine) moves neither estimate past the other.
    let calls = 0;
    const bursty = workClock((size) => (size === 20_000 && ++calls === 3 ? 1_000 : size / 1_000));
    const measured = measureScaling(bursty.run, (size) => size, { clock: bursty.clock, size: 10_000, maxSize: 10_000 });
    expect(measured.ratio).toBe(2);
  });

  it('reads ROLEFIT_PROPERTY_RUNS, 1000 by default', () => {
    const saved = process.env.ROLEFIT_PROPERTY_RUNS;
    try {
      delete process.env.ROLEFIT_PROPERTY_RUNS;
      expect(propertyRuns()).toBe(1_000);
      process.env.ROLEFIT_PROPERTY_RUNS = '10000';
      expect(propertyRuns()).toBe(10_000);
    } finally {
      if (saved === undefined) delete process.env.ROLEFIT_PROPERTY_RUNS;
      else process.env.ROLEFIT_PROPERTY_RUNS = saved;
    }
  });
});
