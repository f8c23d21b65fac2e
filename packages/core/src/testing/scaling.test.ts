import { describe, expect, it } from 'vitest';
import { expectLinearTime, measureScaling, propertyRuns } from './scaling.js';

describe('expectLinearTime', () => {
  it('passes a linear scan and fails a quadratic backtracking regex', () => {
    expectLinearTime(
      (text: string) => /\s+x/.test(text),
      (size) => `${'a '.repeat(size / 2)}x`,
    );
    // /\s*;/ rescans the run of spaces from each of its positions: time ×4 per doubling.
    const quadratic = (text: string) => /\s*;/.test(text);
    const spaces = (size: number) => `${' '.repeat(size)}x`;
    // Sizes where the quadratic scan takes well over the 1 ms floor even on a fast machine, so the ratio is always checked.
    const small = { size: 4_000, maxSize: 8_000, minMilliseconds: 1 };
    expect(measureScaling(quadratic, spaces, small).ratio).toBeGreaterThan(3);
    expect(() => expectLinearTime(quadratic, spaces, small)).toThrow(/not linear/);
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
