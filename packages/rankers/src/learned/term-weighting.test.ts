import { ValidationError, parseJob } from '@rolefit/core';
import { createRandom } from '@rolefit/core/internal';
import { describe, expect, it } from 'vitest';
import { fitPairwiseKernelRidge, predictKernelRidge, scorePredictions } from './ridge.js';
import { keepTopTerms, scaleTerms, termWeights } from './term-weighting.js';
import { predictTextRidge, spaceTerms, trainTextRidge, type TextRidgeRow } from './text-ridge.js';
import { fitTfidf, tfidfVector } from './tfidf.js';
import { dot } from '../shared/sparse-vectors.js';

describe('supervised term weights', () => {
  it('weigh a term by how differently well and badly rated rows hold it, mean 1 over the terms', () => {
    const vectors = [
      new Map([
        ['rust', 1],
        ['team', 1],
      ]),
      new Map([
        ['rust', 1],
        ['team', 1],
      ]),
      new Map([
        ['sales', 1],
        ['team', 1],
      ]),
      new Map([
        ['sales', 1],
        ['team', 1],
      ]),
    ];
    const grades = [3, 3, 0, 0];
    const weights = termWeights(vectors, grades, [0, 1, 2, 3]);
    // "team" is in every row: no difference between the sides, weight 0; "rust" and "sales" mirror each other.
    expect(weights.get('team')).toBeCloseTo(0, 12);
    expect(weights.get('rust')).toBeCloseTo(weights.get('sales')!, 12);
    expect([...weights.values()].reduce((sum, value) => sum + value, 0) / weights.size).toBeCloseTo(1, 12);
    // Only the rows given count: without rows of both sides no cut can be made.
    expect(termWeights(vectors, grades, [0, 1]).size).toBe(0);
    // More smoothing shrinks the ratio of a rare term against a common one.
    const rare = [...vectors, new Map([['golang', 1]])];
    const rareGrades = [...grades, 3];
    const ratio = (smoothing: number) => {
      const fitted = termWeights(rare, rareGrades, [0, 1, 2, 3, 4], smoothing);
      return fitted.get('golang')! / fitted.get('rust')!;
    };
    expect(ratio(10)).toBeLessThan(ratio(1));
  });

  it('scale a vector by weight^strength, strength 0 leaving it as it is', () => {
    const vector = new Map([
      ['rust', 0.6],
      ['team', 0.8],
    ]);
    const weights = new Map([
      ['rust', 2],
      ['team', 0],
    ]);
    expect(scaleTerms(vector, weights, 0)).toBe(vector);
    expect([...scaleTerms(vector, weights, 1)]).toEqual([['rust', 1.2]]);
    expect(scaleTerms(vector, weights, 2).get('rust')).toBeCloseTo(2.4, 12);
  });

  it('keep the top share of terms by weight (at least one), ties by the term', () => {
    const weights = new Map([
      ['c', 1],
      ['a', 3],
      ['b', 1],
      ['d', 0.5],
    ]);
    expect([...keepTopTerms(weights, 0.5)]).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
    expect([...keepTopTerms(weights, 0.01)]).toEqual([['a', 1]]);
    expect(keepTopTerms(weights, 1).size).toBe(4);
  });
});

/**
 * Jobs of 30 words: 2 that set the grade ("keen" for 3, "dull" for 0) among 28 drawn from 60 noise words, so plain
 * TF-IDF spreads its weight over the noise and few rows tell it apart.
 */
function noisyRows(count: number, seed: number): TextRidgeRow[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_unused, index) => {
    const good = index % 2 === 0;
    const noise = Array.from({ length: 28 }, () => `w${Math.floor(random() * 60)}`).join(' ');
    const grade = good ? 3 : 0;
    const description = `${good ? 'keen' : 'dull'} ${noise}`;
    const job = parseJob({ id: `n${seed}-${index}`, source: 'test', title: 'Role', description });
    return { job, dense: [random()], target: grade / 3, grade };
  });
}

describe('text ridge with supervised term weighting', () => {
  const settings = { objective: 'pairwise' as const, lambdas: [1, 10] };
  // Test AUC of a fitted state on rows: their grades against its predictions.
  const testAuc = (rows: readonly TextRidgeRow[], state: Parameters<typeof predictTextRidge>[0]) => {
    const grades = rows.map((row) => row.grade);
    return scorePredictions(
      rows.map((row) => predictTextRidge(state, row.job, row.dense)),
      grades,
      grades.map((grade) => grade / 3),
    ).auc;
  };

  it('the CV picks a strength where few words carry the grade, and it gains over plain TF-IDF', () => {
    const train = noisyRows(40, 1);
    const test = noisyRows(60, 2);
    const plain = trainTextRidge(train, true, settings).state;
    const fit = trainTextRidge(train, true, { ...settings, termWeighting: { strengths: [1, 2] } });
    const selection = fit.state.selection;
    expect([1, 2]).toContain(selection.termWeighting?.strength);
    expect(fit.outOfFold.every(Number.isFinite)).toBe(true);
    expect(testAuc(test, fit.state)).toBeGreaterThanOrEqual(testAuc(test, plain));
    expect(selection.auc).toBeGreaterThan(plain.selection.auc);
    // The signal word's weight grows against a noise word's (both sides of the kernel carry weight^strength).
    const weights = fit.state.spaces.find((space) => space.name === 'description')!.weights;
    const plainWeights = plain.spaces.find((space) => space.name === 'description')!.weights;
    const share = (table: Record<string, number>) =>
      Math.abs(table.keen!) / Object.values(table).reduce((sum, value) => sum + Math.abs(value), 0);
    expect(share(weights)).toBeGreaterThan(share(plainWeights));
    // Feature selection: the top share of terms kept as they are is another candidate.
    const kept = trainTextRidge(train, true, { ...settings, termWeighting: { strengths: [], keep: [0.1] } }).state;
    expect(kept.selection.termWeighting).toEqual({ strength: 1, keep: 0.1 });
    expect(testAuc(test, kept)).toBeGreaterThanOrEqual(testAuc(test, plain));
    // Deterministic.
    expect(trainTextRidge(train, true, { ...settings, termWeighting: { strengths: [1, 2] } }).state).toEqual(fit.state);
  });

  it('the saved term weights predict as the kernel ridge over the scaled vectors', () => {
    const train = noisyRows(30, 6);
    const only = { lead: [0], dense: [0], salaryText: [0], skills: [0], company: [0] };
    const fit = trainTextRidge(train, true, {
      ...settings,
      lambdas: [1],
      mixGrid: only,
      termWeighting: { strengths: [1] },
    }).state;
    expect(fit.selection.termWeighting).toEqual({ strength: 1 });
    // The same model from its parts: TF-IDF (terms in 2 rows or more), weights on every row, kernel of the scaled vectors.
    const terms = train.map((row) => spaceTerms(row.job, 'description', false));
    const vocabulary = fitTfidf(terms, 2);
    const vectors = terms.map((list) => tfidfVector(vocabulary, list));
    const grades = train.map((row) => row.grade);
    const weights = termWeights(
      vectors,
      grades,
      train.map((_row, index) => index),
    );
    const scaled = vectors.map((vector) => scaleTerms(vector, weights, 1));
    const dual = fitPairwiseKernelRidge(
      scaled.map((left) => scaled.map((right) => dot(left, right))),
      train.map((row) => row.target),
      grades,
      1,
    );
    for (const row of noisyRows(10, 7)) {
      const vector = scaleTerms(tfidfVector(vocabulary, spaceTerms(row.job, 'description', false)), weights, 1);
      const expected = predictKernelRidge(
        dual,
        scaled.map((other) => dot(vector, other)),
      );
      expect(predictTextRidge(fit, row.job, row.dense)).toBeCloseTo(expected, 9);
    }
  });

  it('refuses bad strengths, smoothing, unknown keys and the objectives it does not support', () => {
    const train = noisyRows(12, 3);
    for (const termWeighting of [{ strengths: [-1] }, { smoothing: 0 }, { strength: 1 }, { keep: [0] }, { keep: [2] }])
      expect(() => trainTextRidge(train, true, { termWeighting } as never)).toThrow(ValidationError);
    for (const other of [{ objective: 'logistic' as const }, { bagging: 2 }, { pairWeights: 'gradeDistance' as const }])
      expect(() => trainTextRidge(train, true, { ...other, termWeighting: {} })).toThrow(ValidationError);
  });
});
