import { describe, expect, it } from 'vitest';
import { isValidationError } from '../errors/index.js';
import { DEFAULT_RRF_K, reciprocalRankFusion } from './index.js';

describe('reciprocalRankFusion', () => {
  it('scores each id Σ 1 / (k + rank) over the lists it is in, best first, with its rank in each list', () => {
    const fused = reciprocalRankFusion([
      ['a', 'b', 'c'],
      ['c', 'a'],
    ]);
    expect(fused.map((item) => item.id)).toEqual(['a', 'c', 'b']);
    expect(fused[0]!.score).toBeCloseTo(1 / 61 + 1 / 62, 12);
    expect(fused[1]!.score).toBeCloseTo(1 / 63 + 1 / 61, 12);
    expect(fused[2]!.score).toBeCloseTo(1 / 62, 12);
    expect(fused.map((item) => item.ranks)).toEqual([
      [1, 2],
      [3, 1],
      [2, undefined],
    ]);
    expect(DEFAULT_RRF_K).toBe(60);
  });

  it('applies k and per-list weights', () => {
    const fused = reciprocalRankFusion(
      [
        ['a', 'b'],
        ['b', 'a'],
      ],
      { k: 0, weights: [1, 3] },
    );
    expect(fused.map((item) => item.id)).toEqual(['b', 'a']);
    expect(fused[0]!.score).toBeCloseTo(1 / 2 + 3 / 1, 12);
    expect(fused[1]!.score).toBeCloseTo(1 / 1 + 3 / 2, 12);
  });

  it('a weight of 0 leaves that list out of the score but still reports its ranks', () => {
    const fused = reciprocalRankFusion([['a', 'b'], ['b']], { weights: [1, 0] });
    expect(fused.map((item) => item.id)).toEqual(['a', 'b']);
    expect(fused[1]!.ranks).toEqual([2, 1]);
  });

  it('takes explicit (tied) ranks, counts a repeated id once at its best position, and keeps first-met order on ties', () => {
    const tied = reciprocalRankFusion([['x', 'y', 'z']], { ranks: [[1.5, 1.5, 3]] });
    expect(tied.map((item) => [item.id, item.ranks[0]])).toEqual([
      ['x', 1.5],
      ['y', 1.5],
      ['z', 3],
    ]);
    expect(tied[0]!.score).toBe(tied[1]!.score);
    const repeated = reciprocalRankFusion([['a', 'b', 'a']]);
    expect(repeated.map((item) => item.id)).toEqual(['a', 'b']);
    expect(repeated[0]!.score).toBeCloseTo(1 / 61, 12);
  });

  it('works on any id type, keeps the best `limit`, and fuses no lists to nothing', () => {
    expect(reciprocalRankFusion([[3, 1, 2], [1]], { limit: 2 }).map((item) => item.id)).toEqual([1, 3]);
    expect(reciprocalRankFusion([])).toEqual([]);
  });

  it('refuses bad options with a ValidationError naming the option', () => {
    const errorOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error;
      }
      throw new Error('expected an error');
    };
    const cases: Array<[() => unknown, string]> = [
      [() => reciprocalRankFusion([['a']], { k: -1 }), 'k'],
      [() => reciprocalRankFusion([['a']], { k: Number.NaN }), 'k'],
      [() => reciprocalRankFusion([['a'], ['b']], { weights: [1] }), 'weights'],
      [() => reciprocalRankFusion([['a']], { weights: [-2] }), 'weights.0'],
      [() => reciprocalRankFusion([['a', 'b']], { ranks: [[1]] }), 'ranks.0'],
      [() => reciprocalRankFusion([['a']], { ranks: [[0]] }), 'ranks.0.0'],
      [() => reciprocalRankFusion([['a']], { limit: 1.5 }), 'limit'],
      [() => reciprocalRankFusion([['a']], { wieghts: [1] } as never), 'wieghts'],
    ];
    for (const [run, field] of cases) {
      const error = errorOf(run);
      expect(isValidationError(error), field).toBe(true);
      expect((error as { fields: string[] }).fields).toEqual([field]);
    }
    expect(String(errorOf(() => reciprocalRankFusion([['a']], { wieghts: [1] } as never)))).toContain('weights');
  });
});
