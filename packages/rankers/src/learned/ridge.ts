// Ridge regression in the dual: with a few hundred ratings and thousands of sparse text features, solving the n × n
// system (K + λI) α = y − ȳ over the centred linear kernel is cheaper than the primal and exact.
import { auc } from '../training/metrics.js';
import { shuffled } from './random.js';

/** A square matrix as rows. */
export type Matrix = ReadonlyArray<ReadonlyArray<number>>;

/** Solves A x = b for a symmetric positive definite A by Cholesky factorisation (throws when A is not positive definite). */
export function choleskySolve(matrix: Matrix, rhs: readonly number[]): number[] {
  const size = rhs.length;
  const lower = Array.from({ length: size }, () => new Float64Array(size));
  for (let row = 0; row < size; row += 1) {
    const lowerRow = lower[row]!;
    for (let column = 0; column <= row; column += 1) {
      const lowerColumn = lower[column]!;
      let sum = matrix[row]![column]!;
      for (let index = 0; index < column; index += 1) sum -= lowerRow[index]! * lowerColumn[index]!;
      if (row === column) {
        if (!(sum > 0)) throw new RangeError('choleskySolve: the matrix is not positive definite');
        lowerRow[row] = Math.sqrt(sum);
      } else lowerRow[column] = sum / lowerColumn[column]!;
    }
  }
  const forward = new Float64Array(size);
  for (let row = 0; row < size; row += 1) {
    let sum = rhs[row]!;
    for (let index = 0; index < row; index += 1) sum -= lower[row]![index]! * forward[index]!;
    forward[row] = sum / lower[row]![row]!;
  }
  const solution = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row -= 1) {
    let sum = forward[row]!;
    for (let index = row + 1; index < size; index += 1) sum -= lower[index]![row]! * solution[index]!;
    solution[row] = sum / lower[row]![row]!;
  }
  return solution;
}

/** A fitted kernel ridge regression: f(x) = mean + Σᵢ αᵢ (k(x, xᵢ) − column mean i) − offset. */
export interface KernelRidgeFit {
  alpha: number[];
  /** Mean of the training targets (the unpenalised intercept). */
  mean: number;
  /** Mean of each training column of K, for centring new rows. */
  columnMeans: number[];
  /** Mean of all of K. */
  grandMean: number;
}

/** A square kernel's column means and their mean, for centring it in feature space. */
function kernelMeans(kernel: Matrix): { columnMeans: number[]; grandMean: number } {
  const size = kernel.length;
  const columnMeans = Array.from({ length: size }, (_unused, column) => {
    let sum = 0;
    for (let row = 0; row < size; row += 1) sum += kernel[row]![column]!;
    return sum / size;
  });
  const grandMean = columnMeans.reduce((sum, value) => sum + value, 0) / size;
  return { columnMeans, grandMean };
}

/** A square kernel centred in feature space (rows of Float64Array), with the column means and grand mean that centre new rows. */
export function centredKernel(kernel: Matrix): { centred: Float64Array[]; columnMeans: number[]; grandMean: number } {
  const size = kernel.length;
  const { columnMeans, grandMean } = kernelMeans(kernel);
  const centred = Array.from({ length: size }, (_unused, row) =>
    Float64Array.from(
      { length: size },
      (_unused2, column) => kernel[row]![column]! - columnMeans[row]! - columnMeans[column]! + grandMean,
    ),
  );
  return { centred, columnMeans, grandMean };
}

/** The outputs f = K α of dual coefficients on a (centred) kernel. */
export function kernelOutputs(kernel: readonly Float64Array[], alpha: Float64Array): Float64Array<ArrayBuffer> {
  const size = kernel.length;
  const f = new Float64Array(size);
  for (let row = 0; row < size; row += 1) {
    const kernelRow = kernel[row]!;
    let sum = 0;
    for (let column = 0; column < size; column += 1) sum += kernelRow[column]! * alpha[column]!;
    f[row] = sum;
  }
  return f;
}

/**
 * Ridge regression with an unpenalised intercept on a linear kernel K = X Xᵀ: centres the kernel (the features
 * centred on the training mean, as scikit-learn's Ridge does) and solves (K_c + λI) α = y − ȳ.
 */
export function fitKernelRidge(kernel: Matrix, targets: readonly number[], lambda: number): KernelRidgeFit {
  const size = targets.length;
  if (size === 0) throw new RangeError('fitKernelRidge needs at least one target');
  if (!(lambda > 0)) throw new RangeError(`lambda must be > 0, got ${lambda}`);
  const mean = targets.reduce((sum, value) => sum + value, 0) / size;
  const { columnMeans, grandMean } = kernelMeans(kernel);
  const centred = Array.from({ length: size }, (_unused, row) =>
    Array.from(
      { length: size },
      (_unused2, column) =>
        kernel[row]![column]! - columnMeans[row]! - columnMeans[column]! + grandMean + (row === column ? lambda : 0),
    ),
  );
  const alpha = choleskySolve(
    centred,
    targets.map((value) => value - mean),
  );
  return { alpha, mean, columnMeans, grandMean };
}

/** Solves A x = b for a square, non-singular A by Gaussian elimination with partial pivoting (throws when A is singular). */
export function luSolve(matrix: Matrix, rhs: readonly number[]): number[] {
  const size = rhs.length;
  const rows = Array.from({ length: size }, (_unused, row) => Float64Array.from(matrix[row]!));
  const values = Float64Array.from(rhs);
  for (let column = 0; column < size; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < size; row += 1)
      if (Math.abs(rows[row]![column]!) > Math.abs(rows[pivot]![column]!)) pivot = row;
    if (!(Math.abs(rows[pivot]![column]!) > 1e-300)) throw new RangeError('luSolve: the matrix is singular');
    if (pivot !== column) {
      [rows[pivot], rows[column]] = [rows[column]!, rows[pivot]!];
      [values[pivot], values[column]] = [values[column]!, values[pivot]!];
    }
    const top = rows[column]!;
    for (let row = column + 1; row < size; row += 1) {
      const current = rows[row]!;
      const factor = current[column]! / top[column]!;
      if (factor === 0) continue;
      for (let index = column; index < size; index += 1) current[index]! -= factor * top[index]!;
      values[row]! -= factor * values[column]!;
    }
  }
  const solution = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row -= 1) {
    let sum = values[row]!;
    for (let index = row + 1; index < size; index += 1) sum -= rows[row]![index]! * solution[index]!;
    solution[row] = sum / rows[row]![row]!;
  }
  return solution;
}

/**
 * Pairwise ridge (RankRLS) on a linear kernel: minimises (1/n) Σ over pairs i, j of different grades of
 * ((yᵢ − yⱼ) − (f(xᵢ) − f(xⱼ)))² + λ‖w‖², i.e. a least-squares fit of the rating differences, whose solution is
 * α = (L K + λI)⁻¹ L y with L the Laplacian of the different-grade pairs over n. With every pair counted it is exactly
 * {@link fitKernelRidge}; leaving out the pairs of equal grade spends the fit on the orders AUC counts. Σ α = 0, so
 * the returned fit predicts with {@link predictKernelRidge} (its offset puts the training mean at the target mean).
 */
export function fitPairwiseKernelRidge(
  kernel: Matrix,
  targets: readonly number[],
  grades: readonly number[],
  lambda: number,
  pairWeights: PairWeights = 'equal',
): KernelRidgeFit {
  const size = targets.length;
  if (size === 0) throw new RangeError('fitPairwiseKernelRidge needs at least one target');
  if (!(lambda > 0)) throw new RangeError(`lambda must be > 0, got ${lambda}`);
  const mean = targets.reduce((sum, value) => sum + value, 0) / size;
  // L = (D − A) / n, A the different-grade pairs, each weighing w(gᵢ, gⱼ): L v = Σ over grades g of
  // w(gᵢ, g) (count(g) vᵢ − Σ of v over grade g) / n.
  const distinct = [...new Set(grades)];
  const gradeTotals = (values: readonly number[]) => {
    const totals = new Map<number, number>();
    values.forEach((value, index) => totals.set(grades[index]!, (totals.get(grades[index]!) ?? 0) + value));
    return totals;
  };
  const counts = gradeTotals(grades.map(() => 1));
  const laplacian = (values: readonly number[]) => {
    const same = gradeTotals(values);
    return values.map((value, index) => {
      let sum = 0;
      for (const grade of distinct) {
        const weight = pairWeight(pairWeights, grades[index]!, grade);
        if (weight !== 0) sum += weight * (counts.get(grade)! * value - same.get(grade)!);
      }
      return sum / size;
    });
  };
  const columns = Array.from({ length: size }, (_unused, column) =>
    laplacian(Array.from({ length: size }, (_unused2, row) => kernel[row]![column]!)),
  );
  const system = Array.from({ length: size }, (_unused, row) =>
    Array.from({ length: size }, (_unused2, column) => columns[column]![row]! + (row === column ? lambda : 0)),
  );
  const alpha = luSolve(system, laplacian(targets));
  const columnMeans = Array.from({ length: size }, (_unused, column) => {
    let sum = 0;
    for (let row = 0; row < size; row += 1) sum += kernel[row]![column]!;
    return sum / size;
  });
  const grandMean = columnMeans.reduce((sum, value) => sum + value, 0) / size;
  return { alpha, mean, columnMeans, grandMean };
}

/**
 * L^½ of the equal-weight pairwise Laplacian L = (D − A) / n of {@link fitPairwiseKernelRidge} (A: the pairs of
 * different grades), applied to a vector in O(n). L is the between-grade centring projector plus, within each grade g,
 * the within-grade centring projector times 1 − n_g / n; these projectors are orthogonal, so
 * L^½ v = (mean of v over i's grade − mean of v) + √(1 − n_g / n) (vᵢ − mean of v over i's grade).
 */
function halfPairwiseLaplacian(grades: readonly number[]): (values: ArrayLike<number>) => Float64Array {
  const size = grades.length;
  const ids = new Map<number, number>();
  const group = Int32Array.from(grades, (grade) => ids.get(grade) ?? (ids.set(grade, ids.size), ids.size - 1));
  const counts = new Float64Array(ids.size);
  for (const id of group) counts[id]! += 1;
  const scales = Float64Array.from(counts, (count) => Math.sqrt(Math.max(0, 1 - count / size)));
  return (values) => {
    const means = new Float64Array(counts.length);
    let total = 0;
    for (let index = 0; index < size; index += 1) {
      means[group[index]!]! += values[index]!;
      total += values[index]!;
    }
    for (let id = 0; id < counts.length; id += 1) means[id]! /= counts[id]!;
    const mean = total / size;
    const out = new Float64Array(size);
    for (let index = 0; index < size; index += 1) {
      const id = group[index]!;
      out[index] = means[id]! - mean + scales[id]! * (values[index]! - means[id]!);
    }
    return out;
  };
}

/**
 * The equal-weight pairwise ridge of {@link fitPairwiseKernelRidge} at several λ from one factorisation: with
 * S = L^½ K L^½ (symmetric), α = L^½ (S + λI)⁻¹ L^½ y solves (L K + λI) α = L y. S is reduced once to tridiagonal form
 * by Householder reflections (about ⅔ n³ multiply-adds, in place on the lower triangle), after which each λ costs
 * O(n²): two passes of the reflections and a tridiagonal solve. The same fits as calling
 * {@link fitPairwiseKernelRidge} once per λ (up to rounding), at about a third of the arithmetic for five λ.
 */
export function fitPairwiseKernelRidgePath(
  kernel: Matrix,
  targets: readonly number[],
  grades: readonly number[],
  lambdas: readonly number[],
): KernelRidgeFit[] {
  const size = targets.length;
  if (size === 0) throw new RangeError('fitPairwiseKernelRidgePath needs at least one target');
  for (const lambda of lambdas) if (!(lambda > 0)) throw new RangeError(`lambda must be > 0, got ${lambda}`);
  const mean = targets.reduce((sum, value) => sum + value, 0) / size;
  const { columnMeans, grandMean } = kernelMeans(kernel);
  const half = halfPairwiseLaplacian(grades);
  // S = H K H (H = L^½ symmetric): H applied to every column of K, then to every row of the result.
  const matrix = new Float64Array(size * size);
  const column = new Float64Array(size);
  for (let j = 0; j < size; j += 1) {
    for (let i = 0; i < size; i += 1) column[i] = kernel[i]![j]!;
    const mapped = half(column);
    for (let i = 0; i < size; i += 1) matrix[i * size + j] = mapped[i]!;
  }
  for (let i = 0; i < size; i += 1) matrix.set(half(matrix.subarray(i * size, (i + 1) * size)), i * size);
  // Householder tridiagonalisation on the lower triangle: reflector k maps rows/columns k + 1 … n − 1.
  const diagonal = new Float64Array(size);
  const offDiagonal = new Float64Array(Math.max(0, size - 1));
  const reflectors: Array<{ vector: Float64Array; beta: number }> = [];
  const p = new Float64Array(size);
  for (let k = 0; k + 2 < size; k += 1) {
    const length = size - k - 1;
    const vector = new Float64Array(length);
    let norm2 = 0;
    for (let i = 0; i < length; i += 1) {
      const value = matrix[(k + 1 + i) * size + k]!;
      vector[i] = value;
      norm2 += value * value;
    }
    const norm = Math.sqrt(norm2);
    if (norm === 0 || norm2 - vector[0]! * vector[0]! <= 1e-300 * Math.max(1, norm2)) {
      offDiagonal[k] = vector[0]!;
      reflectors.push({ vector, beta: 0 });
      continue;
    }
    const sign = vector[0]! >= 0 ? 1 : -1;
    vector[0]! += sign * norm;
    let vv = 0;
    for (let i = 0; i < length; i += 1) vv += vector[i]! * vector[i]!;
    const beta = 2 / vv;
    offDiagonal[k] = -sign * norm;
    // p = β A v over the trailing block A (lower triangle stored).
    p.fill(0, 0, length);
    for (let i = 0; i < length; i += 1) {
      const row = (k + 1 + i) * size + k + 1;
      const vi = vector[i]!;
      let sum = 0;
      for (let j = 0; j < i; j += 1) {
        const value = matrix[row + j]!;
        sum += value * vector[j]!;
        p[j]! += value * vi;
      }
      p[i]! += sum + matrix[row + i]! * vi;
    }
    let pv = 0;
    for (let i = 0; i < length; i += 1) {
      p[i]! *= beta;
      pv += p[i]! * vector[i]!;
    }
    const half2 = (beta * pv) / 2;
    for (let i = 0; i < length; i += 1) p[i]! -= half2 * vector[i]!;
    // A ← A − v wᵀ − w vᵀ with w = p (lower triangle).
    for (let i = 0; i < length; i += 1) {
      const row = (k + 1 + i) * size + k + 1;
      const vi = vector[i]!;
      const wi = p[i]!;
      for (let j = 0; j <= i; j += 1) matrix[row + j]! -= vi * p[j]! + wi * vector[j]!;
    }
    reflectors.push({ vector, beta });
  }
  for (let i = 0; i < size; i += 1) diagonal[i] = matrix[i * size + i]!;
  if (size >= 2) offDiagonal[size - 2] = matrix[(size - 1) * size + size - 2]!;
  const reflect = (values: Float64Array, k: number) => {
    const { vector, beta } = reflectors[k]!;
    if (beta === 0) return;
    let sum = 0;
    for (let i = 0; i < vector.length; i += 1) sum += vector[i]! * values[k + 1 + i]!;
    sum *= beta;
    for (let i = 0; i < vector.length; i += 1) values[k + 1 + i]! -= sum * vector[i]!;
  };
  // c = Qᵀ L^½ y, Q = P₀ P₁ …
  const rotated = half(targets);
  for (let k = 0; k < reflectors.length; k += 1) reflect(rotated, k);
  const pivots = new Float64Array(size);
  return lambdas.map((lambda) => {
    // (T + λI) z = c by the LDLᵀ recurrences (T + λI is positive definite: S is positive semi-definite).
    const z = Float64Array.from(rotated);
    pivots[0] = diagonal[0]! + lambda;
    for (let i = 1; i < size; i += 1) {
      const factor = offDiagonal[i - 1]! / pivots[i - 1]!;
      pivots[i] = diagonal[i]! + lambda - factor * offDiagonal[i - 1]!;
      z[i]! -= factor * z[i - 1]!;
    }
    z[size - 1]! /= pivots[size - 1]!;
    for (let i = size - 2; i >= 0; i -= 1) z[i] = (z[i]! - offDiagonal[i]! * z[i + 1]!) / pivots[i]!;
    for (let k = reflectors.length - 1; k >= 0; k -= 1) reflect(z, k);
    return { alpha: Array.from(half(z)), mean, columnMeans: [...columnMeans], grandMean };
  });
}

/** How much a pair of different grades counts in a pairwise fit: `equal` (1), or `gradeDistance` (|gᵢ − gⱼ|: a 0 against a 3 weighs 3). */
export type PairWeights = 'equal' | 'gradeDistance';

/** The weight of a pair of grades (0 for equal grades). */
export function pairWeight(pairWeights: PairWeights, left: number, right: number): number {
  if (left === right) return 0;
  return pairWeights === 'gradeDistance' ? Math.abs(left - right) : 1;
}

/** Slope of the pairwise logistic loss: a score gap of one grade (1/3 on the grade / 3 scale) is a margin of 2. */
export const PAIRWISE_LOGISTIC_SLOPE = 6;

/**
 * Pairwise logistic regression (RankNet's loss) on a linear kernel: minimises (1/n) Σ over pairs i, j with gᵢ > gⱼ of
 * w log(1 + exp(−κ (f(xᵢ) − f(xⱼ)))) + λ‖w‖² by Newton's method in the dual on the centred kernel (from α = 0, with
 * step halving; at most `iterations` steps). Unlike the pairwise ridge it stops pulling a pair once it is well
 * ordered. Σ α = 0 and the offset puts the training mean at the target mean, as {@link fitPairwiseKernelRidge}.
 */
export function fitPairwiseLogisticKernel(
  kernel: Matrix,
  targets: readonly number[],
  grades: readonly number[],
  lambda: number,
  options: { pairWeights?: PairWeights; slope?: number; iterations?: number } = {},
): KernelRidgeFit {
  const size = targets.length;
  if (size === 0) throw new RangeError('fitPairwiseLogisticKernel needs at least one target');
  if (!(lambda > 0)) throw new RangeError(`lambda must be > 0, got ${lambda}`);
  const slope = options.slope ?? PAIRWISE_LOGISTIC_SLOPE;
  const mean = targets.reduce((sum, value) => sum + value, 0) / size;
  const { centred, columnMeans, grandMean } = centredKernel(kernel);
  const highs: number[] = [];
  const lows: number[] = [];
  const weights: number[] = [];
  for (let high = 0; high < size; high += 1)
    for (let low = 0; low < size; low += 1)
      if (grades[high]! > grades[low]!) {
        highs.push(high);
        lows.push(low);
        weights.push(pairWeight(options.pairWeights ?? 'equal', grades[high]!, grades[low]!) / size);
      }
  const outputs = (alpha: Float64Array) => kernelOutputs(centred, alpha);
  const softplus = (value: number) => (value > 30 ? 0 : value < -30 ? -value : Math.log1p(Math.exp(-value)));
  const objective = (alpha: Float64Array, f: Float64Array) => {
    let loss = 0;
    for (let pair = 0; pair < weights.length; pair += 1)
      loss += weights[pair]! * softplus(slope * (f[highs[pair]!]! - f[lows[pair]!]!));
    let penalty = 0;
    for (let index = 0; index < size; index += 1) penalty += alpha[index]! * f[index]!;
    return loss + lambda * penalty;
  };
  let alpha = new Float64Array(size);
  let f = outputs(alpha);
  let current = objective(alpha, f);
  for (let iteration = 0; iteration < (options.iterations ?? 12); iteration += 1) {
    const gradient = new Float64Array(size);
    const hessian = Array.from({ length: size }, () => new Float64Array(size));
    for (let pair = 0; pair < weights.length; pair += 1) {
      const high = highs[pair]!;
      const low = lows[pair]!;
      const probability = 1 / (1 + Math.exp(slope * (f[high]! - f[low]!))); // σ(−m)
      const first = -weights[pair]! * slope * probability;
      const second = weights[pair]! * slope * slope * probability * (1 - probability);
      gradient[high]! += first;
      gradient[low]! -= first;
      hessian[high]![high]! += second;
      hessian[low]![low]! += second;
      hessian[high]![low]! -= second;
      hessian[low]![high]! -= second;
    }
    // Newton step in α: (H K + 2λI) Δ = −(g + 2λα).
    const system = hessian.map((hessianRow, row) => {
      const out = new Array<number>(size).fill(0);
      for (let middle = 0; middle < size; middle += 1) {
        const value = hessianRow[middle]!;
        if (value === 0) continue;
        const kernelRow = centred[middle]!;
        for (let column = 0; column < size; column += 1) out[column]! += value * kernelRow[column]!;
      }
      out[row]! += 2 * lambda;
      return out;
    });
    const stepped = dampedDualNewtonStep(system, gradient, alpha, lambda, current, outputs, objective);
    if (!stepped) break;
    const decrease = current - stepped.value;
    [alpha, f, current] = [stepped.alpha, stepped.f, stepped.value];
    if (decrease <= 1e-9 * Math.max(1, Math.abs(current))) break;
  }
  return { alpha: Array.from(alpha), mean, columnMeans, grandMean };
}

/**
 * One damped Newton step in the dual of a kernel model penalised by λ αᵀKα: solves `system` Δ = −(g + 2λα), then
 * halves the step (at most 20 times) until the objective at the new α and its outputs is no higher than `current`;
 * undefined when no step gets there.
 */
export function dampedDualNewtonStep(
  system: Matrix,
  gradient: ArrayLike<number>,
  alpha: Float64Array,
  lambda: number,
  current: number,
  outputs: (alpha: Float64Array) => Float64Array<ArrayBuffer>,
  objective: (alpha: Float64Array, f: Float64Array) => number,
): { alpha: Float64Array<ArrayBuffer>; f: Float64Array<ArrayBuffer>; value: number } | undefined {
  const step = luSolve(
    system,
    Array.from(gradient, (value, index) => -(value + 2 * lambda * alpha[index]!)),
  );
  let scale = 1;
  for (let halving = 0; halving < 20; halving += 1) {
    const next = Float64Array.from(alpha, (weight, index) => weight + scale * step[index]!);
    const f = outputs(next);
    const value = objective(next, f);
    if (value <= current) return { alpha: next, f, value };
    scale /= 2;
  }
  return undefined;
}

/** Prediction of a fitted kernel ridge for a new point, given its kernel values against the training points. */
export function predictKernelRidge(fit: KernelRidgeFit, row: readonly number[]): number {
  let rowMean = 0;
  for (const value of row) rowMean += value / row.length;
  let sum = fit.mean;
  fit.alpha.forEach(
    (weight, index) => (sum += weight * ((row[index] ?? 0) - rowMean - fit.columnMeans[index]! + fit.grandMean)),
  );
  return sum;
}

/** Fold of each item: a seeded shuffle, then sorted by grade and dealt round-robin, so every fold sees every grade. */
export function stratifiedFolds(grades: readonly number[], folds: number, seed: number): number[] {
  if (!(Number.isInteger(folds) && folds >= 2)) throw new RangeError(`folds must be a whole number ≥ 2, got ${folds}`);
  const order = shuffled(
    grades.map((_grade, index) => index),
    seed,
  );
  const sorted = [...order].sort((left, right) => grades[left]! - grades[right]!);
  const assignment = new Array<number>(grades.length).fill(0);
  sorted.forEach((index, position) => (assignment[index] = position % folds));
  return assignment;
}

/**
 * Like {@link stratifiedFolds}, but items with the same key (e.g. identical posting text) share a fold: the keys are
 * dealt by their highest grade, so a repost never sits on both sides of a split.
 */
export function groupedStratifiedFolds(
  grades: readonly number[],
  keys: readonly string[],
  folds: number,
  seed: number,
): number[] {
  const first = new Map<string, number>();
  const top = new Map<string, number>();
  keys.forEach((key, index) => {
    if (!first.has(key)) first.set(key, first.size);
    top.set(key, Math.max(top.get(key) ?? -Infinity, grades[index]!));
  });
  const unique = [...first.keys()];
  const assignment = stratifiedFolds(
    unique.map((key) => top.get(key)!),
    folds,
    seed,
  );
  return keys.map((key) => assignment[first.get(key)!]!);
}

/** A pairwise fit of a kernel to targets and grades at a λ (the pairwise ridge, or the pairwise logistic with settings bound). */
export type PairwiseFitter = (
  kernel: Matrix,
  targets: readonly number[],
  grades: readonly number[],
  lambda: number,
) => KernelRidgeFit;

/** Out-of-fold predictions of kernel ridge: each fold predicted by a model fitted on the others (NaN for an empty fold); the pairwise fit (`fitter`, default the pairwise ridge) when `pairwiseGrades` is given. */
export function outOfFoldPredictions(
  kernel: Matrix,
  targets: readonly number[],
  lambda: number,
  folds: readonly number[],
  pairwiseGrades?: readonly number[],
  fitter?: PairwiseFitter,
): number[] {
  const predictions = new Array<number>(targets.length).fill(Number.NaN);
  const count = foldCount(folds);
  for (let fold = 0; fold < count; fold += 1) {
    const kept = folds.flatMap((value, index) => (value === fold ? [] : [index]));
    const held = folds.flatMap((value, index) => (value === fold ? [index] : []));
    if (kept.length === 0 || held.length === 0) continue;
    const keptKernel = kept.map((row) => kept.map((column) => kernel[row]![column]!));
    const keptTargets = kept.map((index) => targets[index]!);
    const fit = pairwiseGrades
      ? (fitter ?? fitPairwiseKernelRidge)(
          keptKernel,
          keptTargets,
          kept.map((index) => pairwiseGrades[index]!),
          lambda,
        )
      : fitKernelRidge(keptKernel, keptTargets, lambda);
    for (const index of held)
      predictions[index] = predictKernelRidge(
        fit,
        kept.map((column) => kernel[index]![column]!),
      );
  }
  return predictions;
}

/**
 * {@link outOfFoldPredictions} of the equal-weight pairwise ridge at every λ of `lambdas` (one array per λ, in order),
 * each fold factorised once for all of them ({@link fitPairwiseKernelRidgePath}). `kernel` may be a function of a
 * fold's training rows giving the kernel over every row for that fold (a kernel learned from the training rows).
 */
export function pairwiseOutOfFoldPredictionsPath(
  kernelOrOfFold: Matrix | ((kept: readonly number[]) => Matrix),
  targets: readonly number[],
  lambdas: readonly number[],
  folds: readonly number[],
  grades: readonly number[],
): number[][] {
  const predictions = lambdas.map(() => new Array<number>(targets.length).fill(Number.NaN));
  const count = foldCount(folds);
  for (let fold = 0; fold < count; fold += 1) {
    const kept = folds.flatMap((value, index) => (value === fold ? [] : [index]));
    const held = folds.flatMap((value, index) => (value === fold ? [index] : []));
    if (kept.length === 0 || held.length === 0) continue;
    const kernel = typeof kernelOrOfFold === 'function' ? kernelOrOfFold(kept) : kernelOrOfFold;
    const fits = fitPairwiseKernelRidgePath(
      kept.map((row) => kept.map((column) => kernel[row]![column]!)),
      kept.map((index) => targets[index]!),
      kept.map((index) => grades[index]!),
      lambdas,
    );
    for (const index of held) {
      const row = kept.map((column) => kernel[index]![column]!);
      fits.forEach((fit, position) => (predictions[position]![index] = predictKernelRidge(fit, row)));
    }
  }
  return predictions;
}

/** Cross-validated quality of one setting: pooled out-of-fold pairwise AUC over the grades, and mean squared error. */
export interface RidgeScore {
  auc: number;
  mse: number;
  predictions: number[];
}

/** Scores out-of-fold predictions against grades (AUC) and targets (MSE). */
export function scorePredictions(
  predictions: readonly number[],
  grades: readonly number[],
  targets: readonly number[],
): RidgeScore {
  const items = predictions.map((score, index) => ({ grade: grades[index]!, score }));
  const mse =
    predictions.reduce((sum, value, index) => sum + (value - targets[index]!) ** 2, 0) /
    Math.max(1, predictions.length);
  return { auc: auc(items) ?? 0.5, mse, predictions: [...predictions] };
}

/** Whether `candidate` beats `best` as a CV result: higher pooled AUC, then lower MSE. */
export function betterRidgeScore(candidate: RidgeScore, best: RidgeScore | undefined): boolean {
  if (best === undefined) return true;
  if (candidate.auc > best.auc + 1e-9) return true;
  return Math.abs(candidate.auc - best.auc) <= 1e-9 && candidate.mse < best.mse;
}

/** Picks λ from a grid by k-fold CV (pooled out-of-fold AUC, ties by MSE) on one kernel; returns the choice and every score. */
export function chooseLambda(
  kernel: Matrix,
  targets: readonly number[],
  grades: readonly number[],
  lambdas: readonly number[],
  folds: readonly number[],
): { lambda: number; score: RidgeScore; scores: RidgeScore[] } {
  if (lambdas.length === 0) throw new RangeError('chooseLambda needs at least one λ');
  const scores = lambdas.map((lambda) =>
    scorePredictions(outOfFoldPredictions(kernel, targets, lambda, folds), grades, targets),
  );
  let bestIndex = 0;
  scores.forEach((score, index) => {
    if (betterRidgeScore(score, scores[bestIndex]) && index !== bestIndex) bestIndex = index;
  });
  return { lambda: lambdas[bestIndex]!, score: scores[bestIndex]!, scores };
}

// The number of folds (the largest fold index + 1), by a loop: Math.max(...folds) overflows the stack past ~120,000 rows.
function foldCount(folds: readonly number[]): number {
  let count = 0;
  for (const fold of folds) count = Math.max(count, fold + 1);
  return count;
}
