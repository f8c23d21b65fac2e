import { describe, expect, it } from 'vitest';
import { ORDINAL_LOGIT_SLOPE, fitOrdinalLogitKernel } from './ordinal.js';
import { predictKernelRidge, scorePredictions } from './ridge.js';
import { createRandom } from '@rolefit/core/internal';

// Synthetic ordinal data: grade = how far a noisy linear score of three features lies, cut at three points.
function ordinalData(size: number, seed: number) {
  const random = createRandom(seed);
  const rows = Array.from({ length: size }, () => [random() * 2 - 1, random() * 2 - 1, random() * 2 - 1]);
  const grades = rows.map((row) => {
    const latent = 2 * row[0]! - row[1]! + 0.3 * (random() - 0.5);
    return latent < -1 ? 0 : latent < 0 ? 1 : latent < 1 ? 2 : 3;
  });
  const kernel = rows.map((left) => rows.map((right) => left.reduce((sum, value, at) => sum + value * right[at]!, 0)));
  return { rows, grades, targets: grades.map((grade) => grade / 3), kernel };
}

const sigmoid = (value: number) => 1 / (1 + Math.exp(-value));

describe('cumulative logit on a kernel', () => {
  it('reaches the optimum of the penalised likelihood: its gradient in w vanishes', () => {
    const { rows, grades, targets, kernel } = ordinalData(60, 3);
    const lambda = 0.01;
    const fit = fitOrdinalLogitKernel(kernel, targets, grades, lambda, { iterations: 200 });
    const width = rows[0]!.length;
    const centre = Array.from({ length: width }, (_unused, at) => rows.reduce((sum, row) => sum + row[at]!, 0) / 60);
    const w = Array.from({ length: width }, (_unused, at) =>
      rows.reduce((sum, row, index) => sum + fit.alpha[index]! * (row[at]! - centre[at]!), 0),
    );
    const f = rows.map((row) => row.reduce((sum, value, at) => sum + (value - centre[at]!) * w[at]!, 0));
    // The cut-points are not returned; at the optimum each is the root of its own score equation, found here by
    // bisection, after which the gradient in w must vanish too.
    const slope = ORDINAL_LOGIT_SLOPE;
    const probability = (theta: number[], row: number) => {
      const g = grades[row]!;
      const upper = g >= 3 ? 1 : sigmoid(theta[g]! - slope * f[row]!);
      const lower = g <= 0 ? 0 : sigmoid(theta[g - 1]! - slope * f[row]!);
      return upper - lower;
    };
    const logLikelihood = (theta: number[]) =>
      f.reduce((sum, _value, row) => sum + Math.log(Math.max(1e-300, probability(theta, row))), 0);
    // Coordinate ascent on θ alone (a concave problem) to the precision of the test.
    const theta = [-1, 0, 1];
    for (let round = 0; round < 200; round += 1)
      for (let cut = 0; cut < 3; cut += 1) {
        let low = (theta[cut - 1] ?? -50) + 1e-9;
        let high = (theta[cut + 1] ?? 50) - 1e-9;
        for (let step = 0; step < 100; step += 1) {
          const middle = (low + high) / 2;
          const here = [...theta];
          here[cut] = middle;
          const ahead = [...theta];
          ahead[cut] = middle + 1e-7;
          if (logLikelihood(ahead) > logLikelihood(here)) low = middle;
          else high = middle;
        }
        theta[cut] = (low + high) / 2;
      }
    const gradient = w.map((value) => 2 * lambda * value);
    rows.forEach((row, index) => {
      const g = grades[index]!;
      const a = g >= 3 ? undefined : sigmoid(theta[g]! - slope * f[index]!);
      const b = g <= 0 ? undefined : sigmoid(theta[g - 1]! - slope * f[index]!);
      const derivative =
        ((a === undefined ? 0 : a * (1 - a)) - (b === undefined ? 0 : b * (1 - b))) / probability(theta, index);
      for (let at = 0; at < width; at += 1) gradient[at]! += (slope * derivative * (row[at]! - centre[at]!)) / 60;
    });
    gradient.forEach((value) => expect(Math.abs(value)).toBeLessThan(1e-4));
    // It orders the training rows well, and the first feature pushes the grade up, the second down.
    const predictions = kernel.map((row) => predictKernelRidge(fit, row));
    expect(scorePredictions(predictions, grades, targets).auc).toBeGreaterThan(0.9);
    expect(w[0]).toBeGreaterThan(0);
    expect(w[1]).toBeLessThan(0);
  });

  it('fits grades with an empty grade, and refuses no rows or λ ≤ 0', () => {
    const { grades, targets, kernel } = ordinalData(30, 5);
    const without3 = grades.map((grade) => Math.min(2, grade));
    const fit = fitOrdinalLogitKernel(kernel, targets, without3, 0.1);
    expect(fit.alpha.every(Number.isFinite)).toBe(true);
    expect(() => fitOrdinalLogitKernel([], [], [], 0.1)).toThrow(RangeError);
    expect(() => fitOrdinalLogitKernel(kernel, targets, grades, 0)).toThrow(RangeError);
  });
});
