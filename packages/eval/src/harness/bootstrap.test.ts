import { describe, expect, it } from 'vitest';
import { pairedBootstrap } from './bootstrap.js';

describe('pairedBootstrap', () => {
  it('gives the mean paired difference inside its interval', () => {
    const baseline = [0.5, 0.6, 0.7, 0.4, 0.8, 0.55, 0.65, 0.45];
    const candidate = baseline.map((value, index) => value + (index % 2 === 0 ? 0.1 : 0.02));
    const result = pairedBootstrap(candidate, baseline, { resamples: 1000, seed: 7 });
    expect(result.difference).toBeCloseTo(0.06, 10);
    expect(result.pairs).toBe(8);
    expect(result.low).toBeGreaterThan(0.02 - 1e-12);
    expect(result.high).toBeLessThan(0.1 + 1e-12);
    expect(result.low).toBeLessThanOrEqual(result.difference);
    expect(result.high).toBeGreaterThanOrEqual(result.difference);
  });

  it('is wide when the differences disagree and crosses 0 when there is no effect', () => {
    const baseline = Array.from({ length: 40 }, (_, index) => (index % 5) / 5);
    const candidate = baseline.map((value, index) => value + (index % 2 === 0 ? 0.2 : -0.2));
    const result = pairedBootstrap(candidate, baseline, { seed: 3 });
    expect(result.difference).toBeCloseTo(0, 10);
    expect(result.low).toBeLessThan(0);
    expect(result.high).toBeGreaterThan(0);
  });

  it('is reproducible for a seed and leaves out pairs with a missing side', () => {
    const candidate = [0.9, null, 0.3, 0.5];
    const baseline = [0.1, 0.2, null, 0.4];
    const first = pairedBootstrap(candidate, baseline, { seed: 11 });
    expect(first).toEqual(pairedBootstrap(candidate, baseline, { seed: 11 }));
    expect(first.pairs).toBe(2);
    expect(first.difference).toBeCloseTo(0.45, 10);
  });

  it('returns NaN figures with no usable pair, and refuses unpaired or bad settings', () => {
    expect(pairedBootstrap([null], [0.3]).difference).toBeNaN();
    // core's ValidationError naming baseline (a plain RangeError before; changed deliberately).
    expect(() => pairedBootstrap([0.1], [0.1, 0.2])).toThrow(
      'Invalid pairedBootstrap: baseline: must pair with candidate',
    );
    expect(() => pairedBootstrap([0.1], [0.1], { confidence: 1 })).toThrow(/confidence/);
    expect(() => pairedBootstrap([0.1], [0.1], { resamples: 0 })).toThrow(/resamples/);
  });
});
