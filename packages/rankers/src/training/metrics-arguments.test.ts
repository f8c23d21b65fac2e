// The metrics refuse an argument of the wrong kind with core's ValidationError naming the function and the argument
// (`Invalid ndcgAtK: allGrades: must be a list of grades, got null`), where they threw a TypeError from inside.
import { ValidationError } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { cosineSimilarity } from '../embedding/embedding-ranker.js';
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

const refusals: Array<[string, () => unknown, string]> = [
  ['dcgAtK', () => dcgAtK(null as never, 3), 'grades: must be a list of grades, got null'],
  ['ndcgAtK', () => ndcgAtK([1], null as never, 3), 'allGrades: must be a list of grades, got null'],
  ['ndcgAtK', () => ndcgAtK([1], [1], Symbol('k') as never), 'k: must be a whole number ≥ 1, got a symbol'],
  ['averagePrecision', () => averagePrecision('3,2' as never, [3]), 'rankedGrades: must be a list of grades'],
  ['reciprocalRank', () => reciprocalRank(undefined as never), 'rankedGrades: must be a list of grades'],
  ['recallAtK', () => recallAtK([1], { length: 2 } as never, 1), 'allGrades: must be a list of grades'],
  ['auc', () => auc(null as never), 'items: must be a list of { score, grade }, got null'],
  ['auc', () => auc([{ score: 1, grade: 1 }, null] as never), 'items.1: must be { score, grade }, got null'],
  ['tiedGradeGroups', () => tiedGradeGroups([42] as never), 'items.0: must be { score, grade }'],
  ['expectedNdcgAtK', () => expectedNdcgAtK([[1], 2] as never, [1], 3), 'groups.1: must be a list of grades'],
  ['expectedRecallAtK', () => expectedRecallAtK(null as never, [1], 3), 'groups: must be a list of grade lists'],
  ['expectedReciprocalRank', () => expectedReciprocalRank({} as never), 'groups: must be a list of grade lists'],
  ['expectedAveragePrecision', () => expectedAveragePrecision([[1]], 'x' as never), 'allGrades: must be a list'],
  ['cosineSimilarity', () => cosineSimilarity(null as never, new Float32Array(2)), 'left: must be a Float32Array'],
  [
    'cosineSimilarity',
    () => cosineSimilarity(new Float32Array(2), new Float32Array(3)),
    'right: must have the length of left (2), got 3',
  ],
];

describe('the metrics check their arguments', () => {
  for (const [name, call, message] of refusals)
    it(`${name}: ${message}`, () => {
      expect(call).toThrow(ValidationError);
      expect(call).toThrow(`Invalid ${name}: ${message}`);
    });

  it('score valid input as before', () => {
    expect(reciprocalRank([0, 2])).toBe(0.5);
    expect(
      auc([
        { score: 2, grade: 1 },
        { score: 1, grade: 0 },
      ]),
    ).toBe(1);
    expect(
      expectedReciprocalRank(
        tiedGradeGroups([
          { score: 1, grade: 1 },
          { score: 1, grade: 0 },
        ]),
      ),
    ).toBe(0.75);
    expect(cosineSimilarity(new Float32Array([1, 0]), new Float32Array([1, 0]))).toBe(1);
  });
});
