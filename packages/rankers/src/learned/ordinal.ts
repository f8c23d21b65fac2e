// The cumulative logit (proportional odds) model on a linear kernel: P(grade ≤ j | x) = σ(θⱼ − κ f(x)) for grades
// 0–3, three ordered cut-points θ and one score f per job. Minimises (1/n) Σ −log P(gradeᵢ | xᵢ) + λ‖w‖², alternating
// a Newton step in the dual α (the cut-points held) with a Newton step in θ (f held), with step halving.
import {
  centredKernel,
  dampedDualNewtonStep,
  kernelOutputs,
  luSolve,
  type KernelRidgeFit,
  type Matrix,
} from './ridge.js';

/** Slope of the latent score: one grade (1/3 on the grade / 3 scale) moves the log-odds by 3, as the cut-points of a fit sit a few units apart. */
export const ORDINAL_LOGIT_SLOPE = 9;

const sigmoid = (value: number) => (value >= 0 ? 1 / (1 + Math.exp(-value)) : Math.exp(value) / (1 + Math.exp(value)));

/** Per row: probability of its grade, and F, F′, F″ at its upper (a) and lower (b) cut. */
function rowTerms(theta: readonly number[], latent: number, grade: number) {
  const a = grade >= 3 ? Number.POSITIVE_INFINITY : theta[grade]! - latent;
  const b = grade <= 0 ? Number.NEGATIVE_INFINITY : theta[grade - 1]! - latent;
  const fa = a === Number.POSITIVE_INFINITY ? 1 : sigmoid(a);
  const fb = b === Number.NEGATIVE_INFINITY ? 0 : sigmoid(b);
  const da = fa * (1 - fa);
  const db = fb * (1 - fb);
  return {
    probability: Math.max(1e-300, fa - fb),
    da,
    db,
    dda: da * (1 - 2 * fa),
    ddb: db * (1 - 2 * fb),
  };
}

/**
 * Fits the cumulative logit model on a kernel (centred, as the ridges) to grades 0–3 (`targets` give the returned
 * fit's mean, so its output sits where the ridge's would). Returns a {@link KernelRidgeFit} whose output is the mean
 * plus f(x): higher means a higher grade is likelier. At most `iterations` rounds.
 */
export function fitOrdinalLogitKernel(
  kernel: Matrix,
  targets: readonly number[],
  grades: readonly number[],
  lambda: number,
  options: { slope?: number; iterations?: number } = {},
): KernelRidgeFit {
  const size = targets.length;
  if (size === 0) throw new RangeError('fitOrdinalLogitKernel needs at least one target');
  if (!(lambda > 0)) throw new RangeError(`lambda must be > 0, got ${lambda}`);
  const slope = options.slope ?? ORDINAL_LOGIT_SLOPE;
  const mean = targets.reduce((sum, value) => sum + value, 0) / size;
  const { centred, columnMeans, grandMean } = centredKernel(kernel);
  const grade = grades.map((value) => Math.max(0, Math.min(3, Math.round(value))));
  // Cut-points from the cumulative shares of the grades (f = 0), kept apart.
  const theta = [0, 1, 2].map((cut) => {
    const share = grade.filter((value) => value <= cut).length / size;
    const clamped = Math.min(1 - 0.5 / size, Math.max(0.5 / size, share));
    return Math.log(clamped / (1 - clamped));
  });
  for (let cut = 1; cut < 3; cut += 1) theta[cut] = Math.max(theta[cut]!, theta[cut - 1]! + 0.1);
  const outputs = (alpha: Float64Array) => kernelOutputs(centred, alpha);
  const objective = (alpha: Float64Array, f: Float64Array, cuts: readonly number[]) => {
    for (let cut = 1; cut < 3; cut += 1) if (!(cuts[cut]! > cuts[cut - 1]!)) return Number.POSITIVE_INFINITY;
    let loss = 0;
    let penalty = 0;
    for (let row = 0; row < size; row += 1) {
      loss -= Math.log(rowTerms(cuts, slope * f[row]!, grade[row]!).probability);
      penalty += alpha[row]! * f[row]!;
    }
    return loss / size + lambda * penalty;
  };
  let alpha = new Float64Array(size);
  let f = outputs(alpha);
  let current = objective(alpha, f, theta);
  for (let iteration = 0; iteration < (options.iterations ?? 15); iteration += 1) {
    const start = current;
    // Newton in θ with f held: a 3 × 3 system.
    {
      const gradient = [0, 0, 0];
      const hessian = [
        [1e-6, 0, 0],
        [0, 1e-6, 0],
        [0, 0, 1e-6],
      ];
      for (let row = 0; row < size; row += 1) {
        const g = grade[row]!;
        const terms = rowTerms(theta, slope * f[row]!, g);
        const p = terms.probability;
        if (g < 3) {
          gradient[g]! += -terms.da / p / size;
          hessian[g]![g]! += (-terms.dda / p + (terms.da / p) ** 2) / size;
        }
        if (g > 0) {
          gradient[g - 1]! += terms.db / p / size;
          hessian[g - 1]![g - 1]! += (terms.ddb / p + (terms.db / p) ** 2) / size;
        }
        if (g > 0 && g < 3) {
          const cross = (-terms.da * terms.db) / (p * p) / size;
          hessian[g]![g - 1]! += cross;
          hessian[g - 1]![g]! += cross;
        }
      }
      const step = luSolve(
        hessian,
        gradient.map((value) => -value),
      );
      let scale = 1;
      for (let halving = 0; halving < 20; halving += 1) {
        const next = theta.map((value, cut) => value + scale * step[cut]!);
        const value = objective(alpha, f, next);
        if (value <= current) {
          theta.splice(0, 3, ...next);
          current = value;
          break;
        }
        scale /= 2;
      }
    }
    // Newton in α with θ held: (W K + 2λI) Δ = −(g + 2λα), W diagonal.
    const gradient = new Float64Array(size);
    const weight = new Float64Array(size);
    for (let row = 0; row < size; row += 1) {
      const terms = rowTerms(theta, slope * f[row]!, grade[row]!);
      const p = terms.probability;
      const first = (terms.da - terms.db) / p;
      gradient[row] = (slope * first) / size;
      weight[row] = (slope * slope * (-(terms.dda - terms.ddb) / p + first * first)) / size;
    }
    const system = centred.map((kernelRow, row) => {
      const out = Array.from(kernelRow, (value) => weight[row]! * value);
      out[row]! += 2 * lambda;
      return out;
    });
    const stepped = dampedDualNewtonStep(system, gradient, alpha, lambda, current, outputs, (next, nextF) =>
      objective(next, nextF, theta),
    );
    if (stepped) [alpha, f, current] = [stepped.alpha, stepped.f, stepped.value];
    if (start - current <= 1e-9 * Math.max(1, Math.abs(current))) break;
  }
  return { alpha: Array.from(alpha), mean, columnMeans, grandMean };
}
