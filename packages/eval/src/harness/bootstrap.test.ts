import { describe, expect, it } from 'vitest';
import { pairedBootstrap, pairedBootstrapStatistic } from './bootstrap.js';

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

describe('pairedBootstrapStatistic', () => {
  // Per-sentence counts of a span extractor, hand-made: [true positives, predicted, gold] of candidate and baseline.
  const sentences = Array.from({ length: 30 }, (_, index) => ({
    candidate: [index % 3, (index % 3) + (index % 2), 2],
    baseline: [index % 3 === 0 ? 0 : 1, 2, 2],
  }));
  const f1 = (picks: Int32Array, side: 'candidate' | 'baseline') => {
    let hits = 0;
    let predicted = 0;
    let gold = 0;
    for (const pick of picks) {
      const [tp, p, g] = sentences[pick]![side];
      hits += tp!;
      predicted += p!;
      gold += g!;
    }
    return (2 * hits) / (predicted + gold);
  };
  const difference = (picks: Int32Array) => f1(picks, 'candidate') - f1(picks, 'baseline');

  it('bootstraps a figure that is no mean of per-item values (an F1 of summed counts)', () => {
    const result = pairedBootstrapStatistic(sentences.length, difference, { seed: 4 });
    // On every sentence once: candidate 2·30/(45+60), baseline 2·20/(60+60).
    expect(result.difference).toBeCloseTo(60 / 105 - 40 / 120, 12);
    expect(result.pairs).toBe(30);
    expect(result.low).toBeLessThan(result.difference);
    expect(result.high).toBeGreaterThan(result.difference);
    expect(result).toEqual(pairedBootstrapStatistic(sentences.length, difference, { seed: 4 }));
  });

  it('draws as pairedBootstrap does: the mean as its figure gives the interval of pairedBootstrap to the bit', () => {
    const baseline = Array.from({ length: 57 }, (_, index) => ((index * 37) % 11) / 11);
    const candidate = baseline.map((value, index) => value + ((index * 13) % 7) / 20 - 0.1);
    const mean = (picks: Int32Array) => {
      let sum = 0;
      for (const pick of picks) sum += candidate[pick]! - baseline[pick]!;
      return sum / picks.length;
    };
    for (const settings of [{}, { seed: 5, resamples: 333, confidence: 0.9 }])
      expect(pairedBootstrapStatistic(57, mean, settings)).toEqual(pairedBootstrap(candidate, baseline, settings));
  });

  it('gives NaN figures for no items and refuses a bad count or bad settings', () => {
    expect(pairedBootstrapStatistic(0, () => 1).difference).toBeNaN();
    expect(() => pairedBootstrapStatistic(-1, () => 1)).toThrow('Invalid pairedBootstrapStatistic: count');
    expect(() => pairedBootstrapStatistic(2, () => 1, { resamples: 0 })).toThrow(/resamples/);
  });
});
