import { createRandom } from '@rolefit/core/internal';
import { describe, expect, it } from 'vitest';
import {
  chooseLambda,
  choleskySolve,
  fitKernelRidge,
  outOfFoldPredictions,
  predictKernelRidge,
  scorePredictions,
  stratifiedFolds,
  groupedStratifiedFolds,
} from './ridge.js';

describe('ridge regression in the dual', () => {
  it('Cholesky solves a symmetric positive definite system', () => {
    // [[4, 2], [2, 3]] x = [2, 1] → x = [0.5, 0].
    const solution = choleskySolve(
      [
        [4, 2],
        [2, 3],
      ],
      [2, 1],
    );
    expect(solution[0]).toBeCloseTo(0.5, 12);
    expect(solution[1]).toBeCloseTo(0, 12);
    expect(() =>
      choleskySolve(
        [
          [1, 2],
          [2, 1],
        ],
        [1, 1],
      ),
    ).toThrow(RangeError);
  });

  it('matches the hand-computed closed form with an intercept', () => {
    // x = 0, 1, 2; y = 0, 1, 3; λ = 1. Centred: x − 1 = −1, 0, 1; y − 4/3. β = Σ x_c y_c / (Σ x_c² + λ) = 3 / 3 = 1,
    // intercept = ȳ − β x̄ = 4/3 − 1 = 1/3, so f(3) = 10/3 and f(0) = 1/3.
    const xs = [0, 1, 2];
    const kernel = xs.map((left) => xs.map((right) => left * right));
    const fit = fitKernelRidge(kernel, [0, 1, 3], 1);
    expect(fit.mean).toBeCloseTo(4 / 3, 12);
    expect(fit.alpha.reduce((sum, value) => sum + value, 0)).toBeCloseTo(0, 12);
    expect(
      predictKernelRidge(
        fit,
        xs.map((x) => 3 * x),
      ),
    ).toBeCloseTo(10 / 3, 10);
    expect(
      predictKernelRidge(
        fit,
        xs.map((x) => 0 * x),
      ),
    ).toBeCloseTo(1 / 3, 10);
    expect(() => fitKernelRidge(kernel, [0, 1, 3], 0)).toThrow(RangeError);
  });

  it('stratified folds deal every grade into every fold', () => {
    const grades = [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3];
    const folds = stratifiedFolds(grades, 3, 5);
    for (let fold = 0; fold < 3; fold += 1)
      expect(new Set(grades.filter((_grade, index) => folds[index] === fold))).toEqual(new Set([0, 1, 2, 3]));
  });

  it('cross-validation picks the λ with the best out-of-fold AUC from the grid', () => {
    // One signal feature among 60 noise features, 40 rows: a huge λ leaves only the centroid direction, swamped by noise.
    const random = createRandom(11);
    const rows = Array.from({ length: 40 }, () => Array.from({ length: 61 }, () => random() * 2 - 1));
    const grades = rows.map((row) => (row[0]! > 0.5 ? 3 : row[0]! > 0 ? 2 : row[0]! > -0.5 ? 1 : 0));
    const targets = grades.map((grade) => grade / 3);
    const kernel = rows.map((left) =>
      rows.map((right) => left.reduce((sum, value, index) => sum + value * right[index]!, 0)),
    );
    const lambdas = [1, 10, 1e4];
    const folds = stratifiedFolds(grades, 5, 1);
    const choice = chooseLambda(kernel, targets, grades, lambdas, folds);
    const aucs = lambdas.map(
      (lambda) => scorePredictions(outOfFoldPredictions(kernel, targets, lambda, folds), grades, targets).auc,
    );
    expect(choice.scores.map((score) => score.auc)).toEqual(aucs);
    expect(choice.lambda).toBe(lambdas[aucs.indexOf(Math.max(...aucs))]);
    expect(choice.lambda).toBe(10);
    // The grid matters here: the huge λ is far worse than the chosen one.
    expect(choice.score.auc).toBeGreaterThan(aucs[2]! + 0.1);
  });

  it('grouped folds keep items with the same key together and still spread the grades', () => {
    const grades = Array.from({ length: 40 }, (_unused, index) => index % 4);
    const keys = grades.map((_grade, index) => `k${index % 30}`);
    const folds = groupedStratifiedFolds(grades, keys, 5, 3);
    keys.forEach((key, index) =>
      keys.forEach((other, position) => key === other && expect(folds[position]).toBe(folds[index])),
    );
    for (let fold = 0; fold < 5; fold += 1)
      expect(new Set(grades.filter((_grade, index) => folds[index] === fold)).size).toBeGreaterThan(1);
    expect(groupedStratifiedFolds(grades, keys, 5, 3)).toEqual(folds);
  });
});
