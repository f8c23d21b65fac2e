import { createRandom } from '@rolefit/core/internal';
import { describe, expect, it } from 'vitest';
import {
  chooseLambda,
  choleskySolve,
  fitKernelRidge,
  fitPairwiseKernelRidge,
  fitPairwiseKernelRidgePath,
  fitPairwiseLogisticKernel,
  luSolve,
  outOfFoldPredictions,
  pairwiseOutOfFoldPredictionsPath,
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

describe('pairwise ridge', () => {
  it('LU solves a non-symmetric system that needs a row swap', () => {
    // [[0, 1, 2], [1, 0, 3], [4, -3, 8]] x = [8, 10, 22] → x = [1, 2, 3] (hand-checked).
    const solution = luSolve(
      [
        [0, 1, 2],
        [1, 0, 3],
        [4, -3, 8],
      ],
      [8, 10, 22],
    );
    [1, 2, 3].forEach((value, index) => expect(solution[index]).toBeCloseTo(value, 12));
    expect(() =>
      luSolve(
        [
          [1, 2],
          [2, 4],
        ],
        [1, 1],
      ),
    ).toThrow(RangeError);
  });

  /** Random features X (rows), their linear kernel, and targets from a noisy linear rule. */
  function problem(seed: number, size: number, width: number) {
    const random = createRandom(seed);
    const rows = Array.from({ length: size }, () => Array.from({ length: width }, () => random() * 2 - 1));
    const kernel = rows.map((left) =>
      rows.map((right) => left.reduce((sum, value, at) => sum + value * right[at]!, 0)),
    );
    const raw = rows.map((row) => row[0]! - 0.5 * row[1]! + 0.3 * (random() - 0.5));
    return { rows, kernel, raw };
  }

  it('with every pair of a different grade it is the pointwise ridge', () => {
    const { kernel, raw } = problem(3, 12, 5);
    const grades = raw.map((_value, index) => index); // all different
    const pointwise = fitKernelRidge(kernel, raw, 0.7);
    const pairwise = fitPairwiseKernelRidge(kernel, raw, grades, 0.7);
    pairwise.alpha.forEach((value, index) => expect(value).toBeCloseTo(pointwise.alpha[index]!, 10));
    expect(predictKernelRidge(pairwise, kernel[4]!)).toBeCloseTo(predictKernelRidge(pointwise, kernel[4]!), 10);
  });

  it('solves the pairwise least squares over pairs of different grades (zero gradient, computed pair by pair)', () => {
    const { rows, kernel, raw } = problem(5, 30, 4);
    const grades = raw.map((value) => (value > 0.4 ? 3 : value > 0 ? 2 : value > -0.4 ? 1 : 0));
    const targets = grades.map((grade) => grade / 3);
    const lambda = 0.3;
    const fit = fitPairwiseKernelRidge(kernel, targets, grades, lambda);
    expect(fit.alpha.reduce((sum, value) => sum + value, 0)).toBeCloseTo(0, 10);
    // Primal w = Σ αᵢ xᵢ; gradient of (1/n) Σ_{i<j, gᵢ≠gⱼ} ((yᵢ − yⱼ) − (fᵢ − fⱼ))² / 2 + λ‖w‖² / 2 must vanish.
    const width = rows[0]!.length;
    const w = Array.from({ length: width }, (_unused, at) =>
      rows.reduce((sum, row, index) => sum + fit.alpha[index]! * row[at]!, 0),
    );
    const f = rows.map((row) => row.reduce((sum, value, at) => sum + value * w[at]!, 0));
    const gradient = w.map((value) => lambda * value);
    for (let i = 0; i < rows.length; i += 1)
      for (let j = i + 1; j < rows.length; j += 1) {
        if (grades[i] === grades[j]) continue;
        const residual = targets[i]! - targets[j]! - (f[i]! - f[j]!);
        for (let at = 0; at < width; at += 1)
          gradient[at]! -= (residual * (rows[i]![at]! - rows[j]![at]!)) / rows.length;
      }
    gradient.forEach((value) => expect(Math.abs(value)).toBeLessThan(1e-10));
    // It differs from the pointwise fit here (equal-grade pairs are left out), and ranks the training rows well.
    const pointwise = fitKernelRidge(kernel, targets, lambda);
    expect(Math.max(...fit.alpha.map((value, index) => Math.abs(value - pointwise.alpha[index]!)))).toBeGreaterThan(
      1e-3,
    );
    const predictions = kernel.map((row) => predictKernelRidge(fit, row));
    expect(scorePredictions(predictions, grades, targets).auc).toBeGreaterThan(0.9);
    // The offset puts the mean prediction on the training rows at the mean target.
    const meanPrediction = predictions.reduce((sum, value) => sum + value, 0) / predictions.length;
    expect(meanPrediction).toBeCloseTo(fit.mean, 10);
  });

  it('the λ path gives the pairwise fit of each λ (one tridiagonal reduction for all)', () => {
    // Rank-deficient kernels too (more rows than features, and a repeated row), 1 to 4 grades, uneven grade counts.
    for (const [seed, size, width, levels] of [
      [11, 40, 6, 4],
      [12, 25, 30, 3],
      [13, 9, 3, 2],
      [14, 7, 4, 1],
      [15, 2, 3, 2],
    ] as const) {
      const { kernel, raw } = problem(seed, size, width);
      kernel.push([...kernel[0]!, kernel[0]![0]!]);
      kernel.forEach((row, index) => index < size && row.push(kernel[0]![index]!));
      raw.push(raw[0]!);
      const grades = raw.map((value, index) =>
        levels === 1 ? 2 : Math.min(levels - 1, Math.floor(((value + 1) / 2) * levels + (index % 3 === 0 ? 1 : 0))),
      );
      const targets = grades.map((grade) => grade / 3 + 0.01 * (raw[0]! - grade));
      const lambdas = [0.03, 0.1, 1, 10];
      const path = fitPairwiseKernelRidgePath(kernel, targets, grades, lambdas);
      lambdas.forEach((lambda, position) => {
        const single = fitPairwiseKernelRidge(kernel, targets, grades, lambda);
        const scale = Math.max(1e-12, ...single.alpha.map(Math.abs));
        path[position]!.alpha.forEach((value, index) =>
          expect(Math.abs(value - single.alpha[index]!) / scale).toBeLessThan(1e-8),
        );
        expect(predictKernelRidge(path[position]!, kernel[1]!)).toBeCloseTo(predictKernelRidge(single, kernel[1]!), 8);
      });
    }
    expect(() => fitPairwiseKernelRidgePath([[1]], [0], [0], [0])).toThrow(RangeError);
  });

  it('out-of-fold predictions of the λ path equal those of one fit per λ', () => {
    const { kernel, raw } = problem(21, 36, 5);
    const grades = raw.map((value) => (value > 0.4 ? 3 : value > 0 ? 2 : value > -0.4 ? 1 : 0));
    const targets = grades.map((grade) => grade / 3);
    const folds = stratifiedFolds(grades, 4, 3);
    const lambdas = [0.03, 0.3, 3];
    const path = pairwiseOutOfFoldPredictionsPath(kernel, targets, lambdas, folds, grades);
    lambdas.forEach((lambda, position) => {
      const single = outOfFoldPredictions(kernel, targets, lambda, folds, grades);
      single.forEach((value, index) => expect(path[position]![index]).toBeCloseTo(value, 9));
    });
  });

  it('with every row its own grade the λ path is the pointwise ridge, out of fold too', () => {
    const { kernel, raw } = problem(23, 30, 6);
    const distinct = raw.map((_value, index) => index);
    const folds = stratifiedFolds(
      raw.map((value) => (value > 0 ? 1 : 0)),
      5,
      4,
    );
    const lambdas = [0.03, 0.3, 3];
    const path = pairwiseOutOfFoldPredictionsPath(kernel, raw, lambdas, folds, distinct);
    lambdas.forEach((lambda, position) => {
      outOfFoldPredictions(kernel, raw, lambda, folds).forEach((value, index) =>
        expect(path[position]![index]).toBeCloseTo(value, 9),
      );
      const whole = fitKernelRidge(kernel, raw, lambda);
      fitPairwiseKernelRidgePath(kernel, raw, distinct, [lambda])[0]!.alpha.forEach((value, index) =>
        expect(value).toBeCloseTo(whole.alpha[index]!, 9),
      );
    });
  });

  it('out-of-fold predictions use the pairwise fit when given the grades', () => {
    const { kernel, raw } = problem(9, 24, 4);
    const grades = raw.map((value) => (value > 0 ? 1 : 0));
    const targets = grades.map((grade) => grade * 1.0);
    const folds = stratifiedFolds(grades, 3, 2);
    const kept = folds.flatMap((fold, index) => (fold === 0 ? [] : [index]));
    const fit = fitPairwiseKernelRidge(
      kept.map((row) => kept.map((column) => kernel[row]![column]!)),
      kept.map((index) => targets[index]!),
      kept.map((index) => grades[index]!),
      0.5,
    );
    const predictions = outOfFoldPredictions(kernel, targets, 0.5, folds, grades);
    folds.forEach((fold, index) => {
      if (fold === 0)
        expect(predictions[index]).toBeCloseTo(
          predictKernelRidge(
            fit,
            kept.map((column) => kernel[index]![column]!),
          ),
          12,
        );
    });
    expect(predictions).not.toEqual(outOfFoldPredictions(kernel, targets, 0.5, folds));
  });
  it('weighs each pair by its grade distance when asked (zero gradient of the weighted least squares)', () => {
    const { rows, kernel, raw } = problem(7, 28, 4);
    const grades = raw.map((value) => (value > 0.4 ? 3 : value > 0 ? 2 : value > -0.4 ? 1 : 0));
    const targets = grades.map((grade) => grade / 3);
    const lambda = 0.2;
    const fit = fitPairwiseKernelRidge(kernel, targets, grades, lambda, 'gradeDistance');
    const width = rows[0]!.length;
    const w = Array.from({ length: width }, (_unused, at) =>
      rows.reduce((sum, row, index) => sum + fit.alpha[index]! * row[at]!, 0),
    );
    const f = rows.map((row) => row.reduce((sum, value, at) => sum + value * w[at]!, 0));
    const gradient = w.map((value) => lambda * value);
    for (let i = 0; i < rows.length; i += 1)
      for (let j = i + 1; j < rows.length; j += 1) {
        const weight = Math.abs(grades[i]! - grades[j]!);
        const residual = targets[i]! - targets[j]! - (f[i]! - f[j]!);
        for (let at = 0; at < width; at += 1)
          gradient[at]! -= (weight * residual * (rows[i]![at]! - rows[j]![at]!)) / rows.length;
      }
    gradient.forEach((value) => expect(Math.abs(value)).toBeLessThan(1e-10));
    const equal = fitPairwiseKernelRidge(kernel, targets, grades, lambda);
    expect(Math.max(...fit.alpha.map((value, index) => Math.abs(value - equal.alpha[index]!)))).toBeGreaterThan(1e-3);
  });

  it('fits the pairwise logistic loss (zero gradient, computed pair by pair in the primal)', () => {
    const { rows, kernel, raw } = problem(11, 30, 4);
    const grades = raw.map((value) => (value > 0.4 ? 3 : value > 0 ? 2 : value > -0.4 ? 1 : 0));
    const targets = grades.map((grade) => grade / 3);
    const lambda = 0.05;
    const slope = 6;
    for (const pairWeights of ['equal', 'gradeDistance'] as const) {
      const fit = fitPairwiseLogisticKernel(kernel, targets, grades, lambda, { pairWeights, iterations: 50 });
      expect(fit.alpha.reduce((sum, value) => sum + value, 0)).toBeCloseTo(0, 10);
      // w = Σ αᵢ (xᵢ − x̄); gradient of (1/n) Σ_{gᵢ>gⱼ} c log(1 + exp(−κ (fᵢ − fⱼ))) + λ‖w‖² must vanish.
      const width = rows[0]!.length;
      const centre = Array.from(
        { length: width },
        (_unused, at) => rows.reduce((sum, row) => sum + row[at]!, 0) / rows.length,
      );
      const w = Array.from({ length: width }, (_unused, at) =>
        rows.reduce((sum, row, index) => sum + fit.alpha[index]! * (row[at]! - centre[at]!), 0),
      );
      const f = rows.map((row) => row.reduce((sum, value, at) => sum + value * w[at]!, 0));
      const gradient = w.map((value) => 2 * lambda * value);
      for (let i = 0; i < rows.length; i += 1)
        for (let j = 0; j < rows.length; j += 1) {
          if (!(grades[i]! > grades[j]!)) continue;
          const weight = pairWeights === 'equal' ? 1 : grades[i]! - grades[j]!;
          const pull = (weight * slope) / (1 + Math.exp(slope * (f[i]! - f[j]!)));
          for (let at = 0; at < width; at += 1) gradient[at]! -= (pull * (rows[i]![at]! - rows[j]![at]!)) / rows.length;
        }
      gradient.forEach((value) => expect(Math.abs(value)).toBeLessThan(1e-7));
      // Predictions on the training rows order them well, and their mean sits at the target mean.
      const predictions = kernel.map((row) => predictKernelRidge(fit, row));
      expect(scorePredictions(predictions, grades, targets).auc).toBeGreaterThan(0.9);
      const meanPrediction = predictions.reduce((sum, value) => sum + value, 0) / predictions.length;
      expect(meanPrediction).toBeCloseTo(fit.mean, 10);
    }
  });
});
