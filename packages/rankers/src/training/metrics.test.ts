import { describe, expect, it } from 'vitest';
import { ValidationError } from '@rolefit/core';
import {
  auc,
  averagePrecision,
  dcgAtK,
  expectedAveragePrecision,
  expectedNdcgAtK,
  expectedRecallAtK,
  expectedReciprocalRank,
  ndcgAtK,
  recallAtK,
  reciprocalRank,
  tiedGradeGroups,
} from './metrics.js';

// Every expected value below is worked out by hand in the comment next to it.

describe('ndcgAtK', () => {
  it('uses gain 2^g − 1 and a log2 discount', () => {
    // DCG of [3, 2, 0] = 7/log2(2) + 3/log2(3) + 0 = 7 + 1.8927892607 = 8.8927892607
    expect(dcgAtK([3, 2, 0], 10)).toBeCloseTo(8.8927892607, 9);
  });

  it('divides by the DCG of the best order of every judged grade', () => {
    // ranked [0, 3, 2]: 0 + 7/log2(3) + 3/log2(4) = 4.4165082750 + 1.5 = 5.9165082750
    // ideal  [3, 2, 0]: 8.8927892607 → nDCG = 0.6653241
    expect(ndcgAtK([0, 3, 2], [3, 2, 0], 10)).toBeCloseTo(5.916508275 / 8.8927892607, 9);
    expect(ndcgAtK([3, 2, 0], [0, 2, 3], 10)).toBe(1);
  });

  it('cuts both the ranking and the ideal at k, and counts judged items left out of the ranking', () => {
    // k = 1: ranked [2] → 3; ideal [3] → 7 → 3/7
    expect(ndcgAtK([2, 3], [2, 3], 1)).toBeCloseTo(3 / 7, 12);
    // The grade-3 item was not ranked at all: 3 / 7 again, not 1.
    expect(ndcgAtK([2], [2, 3], 10)).toBeCloseTo(3 / (7 + 3 / Math.log2(3)), 12);
  });

  it('is 0 when nothing has a grade above 0, and rejects a bad k', () => {
    expect(ndcgAtK([0, 0], [0, 0], 10)).toBe(0);
    // core's ValidationError naming the cutoff (a plain RangeError before; changed deliberately).
    expect(() => ndcgAtK([1], [1], 0)).toThrow('Invalid ndcgAtK: k: must be a whole number ≥ 1, got a number (0)');
    expect(() => ndcgAtK([1], [1], 2.5)).toThrow(ValidationError);
  });
});

describe('averagePrecision', () => {
  it('averages the precision at each relevant item over all relevant judged items', () => {
    // relevant at positions 1 and 3: (1/1 + 2/3) / 2 = 0.8333…
    expect(averagePrecision([2, 0, 1, 0], [2, 0, 1, 0])).toBeCloseTo(5 / 6, 12);
    // a third relevant item was judged but not ranked: (1 + 2/3) / 3
    expect(averagePrecision([2, 0, 1], [2, 0, 1, 3])).toBeCloseTo(5 / 9, 12);
  });

  it('takes the relevance threshold as an option (default: grade ≥ 1)', () => {
    // with relevantGrade 2 only the first item is relevant: 1/1
    expect(averagePrecision([2, 0, 1], [2, 0, 1], { relevantGrade: 2 })).toBe(1);
    // with relevantGrade 3 the 3 at position 2 is the only relevant one: (1/2) / 1
    expect(averagePrecision([2, 3, 1], [2, 3, 1], { relevantGrade: 3 })).toBe(0.5);
    expect(averagePrecision([0, 0], [0, 0])).toBe(0);
  });
});

describe('reciprocalRank', () => {
  it('is 1 / position of the first relevant item', () => {
    expect(reciprocalRank([0, 0, 1, 3])).toBeCloseTo(1 / 3, 12);
    expect(reciprocalRank([0, 0, 1, 3], { relevantGrade: 3 })).toBe(0.25);
    expect(reciprocalRank([0, 0])).toBe(0);
  });
});

describe('recallAtK', () => {
  it('is the share of relevant judged items in the first k', () => {
    // relevant: 3, 1, 2 (three); in the first 2: the 3 → 1/3
    expect(recallAtK([3, 0, 1, 2], [3, 0, 1, 2], 2)).toBeCloseTo(1 / 3, 12);
    expect(recallAtK([3, 0, 1, 2], [3, 0, 1, 2], 10)).toBe(1);
    // threshold 2: relevant are 3 and 2; the first 3 hold the 3 → 1/2
    expect(recallAtK([3, 0, 1, 2], [3, 0, 1, 2], 3, { relevantGrade: 2 })).toBe(0.5);
    expect(recallAtK([0], [0], 10)).toBe(0);
  });
});

describe('auc', () => {
  it('is the share of differently graded pairs the scores order correctly, ties counting 0.5', () => {
    // pairs with different grades: (g3,g1) correct, (g3,g0) correct, (g1,g0) tie → (1 + 1 + 0.5) / 3
    expect(
      auc([
        { grade: 3, score: 0.9 },
        { grade: 1, score: 0.2 },
        { grade: 0, score: 0.2 },
      ]),
    ).toBeCloseTo(2.5 / 3, 12);
    // reversed scores: 0 / 1
    expect(
      auc([
        { grade: 2, score: 0.1 },
        { grade: 0, score: 0.8 },
      ]),
    ).toBe(0);
  });

  it('ignores pairs of equal grade and is undefined without a comparable pair', () => {
    // only (g2, g0) pairs count: 2 pairs, both correct
    expect(
      auc([
        { grade: 2, score: 0.5 },
        { grade: 2, score: 0.9 },
        { grade: 0, score: 0.1 },
      ]),
    ).toBe(1);
    expect(
      auc([
        { grade: 1, score: 0.5 },
        { grade: 1, score: 0.1 },
      ]),
    ).toBeUndefined();
    expect(auc([])).toBeUndefined();
  });
});

describe('metrics over tied scores', () => {
  it('groups grades by equal score, best first', () => {
    expect(
      tiedGradeGroups([
        { grade: 0, score: 0.2 },
        { grade: 3, score: 0.9 },
        { grade: 1, score: 0.2 },
      ]),
    ).toEqual([[3], [0, 1]]);
  });

  it('equal the plain metrics when nothing is tied', () => {
    const ranked = [2, 0, 3, 1, 0];
    const groups = ranked.map((grade) => [grade]);
    expect(expectedNdcgAtK(groups, ranked, 3)).toBeCloseTo(ndcgAtK(ranked, ranked, 3), 12);
    expect(expectedAveragePrecision(groups, ranked)).toBeCloseTo(averagePrecision(ranked, ranked), 12);
    expect(expectedReciprocalRank(groups)).toBeCloseTo(reciprocalRank(ranked), 12);
    expect(expectedRecallAtK(groups, ranked, 2)).toBeCloseTo(recallAtK(ranked, ranked, 2), 12);
  });

  it('give the mean over both orders of a tied pair', () => {
    // [3, 0] tied: orders [3, 0] and [0, 3].
    const groups = [[3, 0]];
    // nDCG: (1 + (7/log2 3)/7) / 2 = (1 + 0.6309297536) / 2
    expect(expectedNdcgAtK(groups, [3, 0], 10)).toBeCloseTo((1 + 1 / Math.log2(3)) / 2, 12);
    // AP and RR: (1 + 1/2) / 2 = 0.75
    expect(expectedAveragePrecision(groups, [3, 0])).toBeCloseTo(0.75, 12);
    expect(expectedReciprocalRank(groups)).toBeCloseTo(0.75, 12);
    // recall@1: (1 + 0) / 2
    expect(expectedRecallAtK(groups, [3, 0], 1)).toBeCloseTo(0.5, 12);
  });

  it('match a brute-force mean over every order of a tied group', () => {
    // A ranked 0, then a tie of [1, 0, 2], then a 1.
    const head = [0];
    const tie = [1, 0, 2];
    const tail = [1];
    const all = [...head, ...tie, ...tail];
    const orders = [
      [0, 1, 2],
      [0, 2, 1],
      [1, 0, 2],
      [1, 2, 0],
      [2, 0, 1],
      [2, 1, 0],
    ].map((order) => [...head, ...order.map((index) => tie[index]!), ...tail]);
    const meanOf = (metric: (ranked: number[]) => number) =>
      orders.reduce((sum, ranked) => sum + metric(ranked), 0) / orders.length;
    const groups = [head, tie, tail];
    expect(expectedNdcgAtK(groups, all, 3)).toBeCloseTo(
      meanOf((ranked) => ndcgAtK(ranked, all, 3)),
      12,
    );
    expect(expectedAveragePrecision(groups, all)).toBeCloseTo(
      meanOf((ranked) => averagePrecision(ranked, all)),
      12,
    );
    expect(expectedReciprocalRank(groups)).toBeCloseTo(
      meanOf((ranked) => reciprocalRank(ranked)),
      12,
    );
    expect(expectedRecallAtK(groups, all, 2)).toBeCloseTo(
      meanOf((ranked) => recallAtK(ranked, all, 2)),
      12,
    );
  });
});
