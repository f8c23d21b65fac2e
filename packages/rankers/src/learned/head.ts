import { checkNumberSetting, createRandom } from '@rolefit/core/internal';
import { shuffled } from './random.js';

/**
 * What the labels mean. `binary`: 0/1 (dismiss/apply), a logistic model of P(positive). `ordinal`: grades 0–3, fitted
 * as a regression of grade / 3 with a sigmoid output and a cross-entropy loss on that soft target (fractional logistic
 * regression), so the output is the expected grade / 3; it keeps one score per job and the order of the grades,
 * which is all ranking needs (a cumulative-logit model would add thresholds that do not change the order).
 */
export type LabelKind = 'binary' | 'ordinal';

/** Settings of the trainable head. */
export interface HeadSettings {
  /** Units of the one hidden layer (tanh); 0 gives logistic regression (default 0). */
  hidden?: number | undefined;
  /** Rank of the low-rank adapter over the embeddings (0: none; default 4 when vectors are given, else 0). */
  adapterRank?: number | undefined;
  /** Adam step size (default 0.03). */
  learningRate?: number | undefined;
  /** L2 penalty on the weights, not the biases (default 0.001). */
  l2?: number | undefined;
  /** Most passes over the training rows (default 300). */
  epochs?: number | undefined;
  /** Rows per Adam step (default 32). */
  batchSize?: number | undefined;
  /** Passes without a better validation loss before training stops (default 15). */
  patience?: number | undefined;
  /** Share of the rows held out for early stopping when there are at least 10 (default 0.2; 0 turns it off). */
  validationShare?: number | undefined;
  /** Weight each label value by how rare it is, so every class counts as much in the loss (default true). */
  classWeighting?: boolean | undefined;
  /** Seed of the initial weights, the split and the batch order (default 1). */
  seed?: number | undefined;
}

/** The normalisation and weights of a trained head; plain numbers so it saves as JSON. */
export interface HeadState {
  inputs: number;
  hidden: number;
  adapterRank: number;
  embeddingDimensions: number;
  /** Per-feature mean and scale the inputs are standardised with (from the training rows). */
  means: number[];
  scales: number[];
  /** Every parameter in a fixed layout: see `headLayout`. */
  parameters: number[];
}

/** What training did. */
export interface TrainingReport {
  /** Weighted training loss after each pass. */
  trainLoss: number[];
  /** Validation loss after each pass (empty without a validation split). */
  validationLoss: number[];
  epochsRun: number;
  stoppedEarly: boolean;
  /** Pass whose weights were kept (best validation loss, or the last). */
  bestEpoch: number;
}

/** One training row: features, target in [0, 1], optional embeddings for the adapter. */
export interface HeadRow {
  features: readonly number[];
  target: number;
  /** The label it came from, for class weighting. */
  label: number;
  personVector?: Float32Array | undefined;
  jobVector?: Float32Array | undefined;
}

/** Offsets of each parameter block in {@link HeadState.parameters}. */
export function headLayout(inputs: number, hidden: number, adapterRank: number, embeddingDimensions: number) {
  if (hidden === 0) {
    const weights = 0;
    const bias = inputs;
    const adapter = inputs + 1;
    return {
      weights,
      bias,
      hiddenWeights: -1,
      hiddenBias: -1,
      outputWeights: -1,
      adapter,
      size: adapter + adapterRank * embeddingDimensions,
    };
  }
  const hiddenWeights = 0;
  const hiddenBias = hidden * inputs;
  const outputWeights = hiddenBias + hidden;
  const bias = outputWeights + hidden;
  const adapter = bias + 1;
  return {
    weights: -1,
    bias,
    hiddenWeights,
    hiddenBias,
    outputWeights,
    adapter,
    size: adapter + adapterRank * embeddingDimensions,
  };
}

const sigmoid = (value: number) => (value >= 0 ? 1 / (1 + Math.exp(-value)) : Math.exp(value) / (1 + Math.exp(value)));

function dot(left: ArrayLike<number>, right: ArrayLike<number>, leftOffset = 0): number {
  let sum = 0;
  for (let index = 0; index < right.length; index += 1) sum += (left[leftOffset + index] ?? 0) * (right[index] ?? 0);
  return sum;
}

/** Standardised copy of a row. */
function standardise(state: Pick<HeadState, 'means' | 'scales'>, features: readonly number[]): number[] {
  return features.map((value, index) => (value - (state.means[index] ?? 0)) / (state.scales[index] ?? 1));
}

interface Forward {
  input: number[];
  activations: number[];
  adapterLeft: number[];
  adapterRight: number[];
  logit: number;
}

function forward(state: HeadState, row: Pick<HeadRow, 'features' | 'personVector' | 'jobVector'>): Forward {
  const layout = headLayout(state.inputs, state.hidden, state.adapterRank, state.embeddingDimensions);
  const parameters = state.parameters;
  const input = standardise(state, row.features);
  let logit = parameters[layout.bias] ?? 0;
  const activations: number[] = [];
  if (state.hidden === 0) logit += dot(parameters, input, layout.weights);
  else {
    for (let unit = 0; unit < state.hidden; unit += 1) {
      const activation = Math.tanh(
        dot(parameters, input, layout.hiddenWeights + unit * state.inputs) +
          (parameters[layout.hiddenBias + unit] ?? 0),
      );
      activations.push(activation);
      logit += (parameters[layout.outputWeights + unit] ?? 0) * activation;
    }
  }
  const adapterLeft: number[] = [];
  const adapterRight: number[] = [];
  if (state.adapterRank > 0 && row.personVector && row.jobVector) {
    for (let rank = 0; rank < state.adapterRank; rank += 1) {
      const offset = layout.adapter + rank * state.embeddingDimensions;
      const left = dot(parameters, row.personVector, offset);
      const right = dot(parameters, row.jobVector, offset);
      adapterLeft.push(left);
      adapterRight.push(right);
      logit += left * right;
    }
  }
  return { input, activations, adapterLeft, adapterRight, logit };
}

/** The head's output in [0, 1] for one row. */
export function predictRow(state: HeadState, row: Pick<HeadRow, 'features' | 'personVector' | 'jobVector'>): number {
  return sigmoid(forward(state, row).logit);
}

function backward(state: HeadState, row: HeadRow, pass: Forward, scale: number, gradient: Float64Array): void {
  const layout = headLayout(state.inputs, state.hidden, state.adapterRank, state.embeddingDimensions);
  const parameters = state.parameters;
  gradient[layout.bias] = (gradient[layout.bias] ?? 0) + scale;
  if (state.hidden === 0)
    for (let index = 0; index < state.inputs; index += 1)
      gradient[layout.weights + index] = (gradient[layout.weights + index] ?? 0) + scale * (pass.input[index] ?? 0);
  else {
    for (let unit = 0; unit < state.hidden; unit += 1) {
      const activation = pass.activations[unit] ?? 0;
      gradient[layout.outputWeights + unit] = (gradient[layout.outputWeights + unit] ?? 0) + scale * activation;
      const inner = scale * (parameters[layout.outputWeights + unit] ?? 0) * (1 - activation * activation);
      gradient[layout.hiddenBias + unit] = (gradient[layout.hiddenBias + unit] ?? 0) + inner;
      const offset = layout.hiddenWeights + unit * state.inputs;
      for (let index = 0; index < state.inputs; index += 1)
        gradient[offset + index] = (gradient[offset + index] ?? 0) + inner * (pass.input[index] ?? 0);
    }
  }
  if (state.adapterRank > 0 && row.personVector && row.jobVector) {
    for (let rank = 0; rank < state.adapterRank; rank += 1) {
      const offset = layout.adapter + rank * state.embeddingDimensions;
      const left = pass.adapterLeft[rank] ?? 0;
      const right = pass.adapterRight[rank] ?? 0;
      for (let index = 0; index < state.embeddingDimensions; index += 1)
        gradient[offset + index] =
          (gradient[offset + index] ?? 0) +
          scale * (right * (row.personVector[index] ?? 0) + left * (row.jobVector[index] ?? 0));
    }
  }
}

/** Indices of the weights the L2 penalty applies to (not the biases). */
function penalised(state: HeadState): boolean[] {
  const layout = headLayout(state.inputs, state.hidden, state.adapterRank, state.embeddingDimensions);
  const mask = new Array<boolean>(layout.size).fill(true);
  mask[layout.bias] = false;
  if (state.hidden > 0) for (let unit = 0; unit < state.hidden; unit += 1) mask[layout.hiddenBias + unit] = false;
  return mask;
}

/** Weight of each label value: total / (classes × count), or 1 each without class weighting. */
export function classWeights(labels: readonly number[], enabled: boolean): Map<number, number> {
  const counts = new Map<number, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  const weights = new Map<number, number>();
  for (const [label, count] of counts) weights.set(label, enabled ? labels.length / (counts.size * count) : 1);
  return weights;
}

/** Mean weighted cross-entropy of the head on rows. */
export function headLoss(state: HeadState, rows: readonly HeadRow[], weights: ReadonlyMap<number, number>): number {
  if (rows.length === 0) return 0;
  let total = 0;
  let weightSum = 0;
  for (const row of rows) {
    const probability = Math.min(1 - 1e-12, Math.max(1e-12, predictRow(state, row)));
    const weight = weights.get(row.label) ?? 1;
    total -= weight * (row.target * Math.log(probability) + (1 - row.target) * Math.log(1 - probability));
    weightSum += weight;
  }
  return total / weightSum;
}

/** Column means and standard deviations (1 where a column is constant). */
function normalisation(rows: readonly HeadRow[], inputs: number): { means: number[]; scales: number[] } {
  const means = new Array<number>(inputs).fill(0);
  const scales = new Array<number>(inputs).fill(0);
  for (const row of rows)
    for (let index = 0; index < inputs; index += 1) means[index]! += (row.features[index] ?? 0) / rows.length;
  for (const row of rows)
    for (let index = 0; index < inputs; index += 1)
      scales[index]! += ((row.features[index] ?? 0) - means[index]!) ** 2 / rows.length;
  return { means, scales: scales.map((variance) => (variance > 1e-12 ? Math.sqrt(variance) : 1)) };
}

/** Trains the head with Adam on weighted cross-entropy plus L2, with early stopping on a seeded validation split. */
export function trainHead(
  rows: readonly HeadRow[],
  settings: HeadSettings = {},
): { state: HeadState; report: TrainingReport } {
  if (rows.length === 0) throw new RangeError('cannot train on no examples');
  const seed = settings.seed ?? 1;
  const inputs = rows[0]!.features.length;
  const embeddingDimensions = rows[0]!.personVector?.length ?? 0;
  const hidden = settings.hidden ?? 0;
  const adapterRank = embeddingDimensions > 0 ? (settings.adapterRank ?? 4) : 0;
  const learningRate = settings.learningRate ?? 0.03;
  const l2 = settings.l2 ?? 0.001;
  const epochs = settings.epochs ?? 300;
  const batchSize = settings.batchSize ?? 32;
  const patience = settings.patience ?? 15;
  const validationShare = settings.validationShare ?? 0.2;
  checkNumberSetting('HeadSettings', 'hidden', hidden, { integer: true, min: 0 });
  checkNumberSetting('HeadSettings', 'adapterRank', adapterRank, { integer: true, min: 0 });

  // Split: validation rows drawn per label so both sides see every class.
  const order = shuffled(
    rows.map((_row, index) => index),
    seed,
  );
  const validation: HeadRow[] = [];
  const training: HeadRow[] = [];
  if (validationShare > 0 && rows.length >= 10) {
    const byLabel = new Map<number, number[]>();
    for (const index of order) byLabel.set(rows[index]!.label, [...(byLabel.get(rows[index]!.label) ?? []), index]);
    for (const indices of byLabel.values()) {
      const held = indices.length >= 2 ? Math.max(1, Math.round(indices.length * validationShare)) : 0;
      indices.forEach((index, position) => (position < held ? validation : training).push(rows[index]!));
    }
  } else for (const index of order) training.push(rows[index]!);

  const weights = classWeights(
    training.map((row) => row.label),
    settings.classWeighting ?? true,
  );
  const layout = headLayout(inputs, hidden, adapterRank, embeddingDimensions);
  const random = createRandom(seed + 7919);
  const initial = (scale: number) => (random() * 2 - 1) * scale;
  const parameters = new Array<number>(layout.size).fill(0);
  if (hidden > 0) {
    for (let index = 0; index < hidden * inputs; index += 1)
      parameters[layout.hiddenWeights + index] = initial(1 / Math.sqrt(inputs));
    for (let unit = 0; unit < hidden; unit += 1)
      parameters[layout.outputWeights + unit] = initial(1 / Math.sqrt(hidden));
  }
  for (let index = 0; index < adapterRank * embeddingDimensions; index += 1)
    parameters[layout.adapter + index] = initial(0.5 / Math.sqrt(Math.max(1, embeddingDimensions)));
  const state: HeadState = {
    inputs,
    hidden,
    adapterRank,
    embeddingDimensions,
    ...normalisation(training, inputs),
    parameters,
  };
  const mask = penalised(state);

  const firstMoment = new Float64Array(layout.size);
  const secondMoment = new Float64Array(layout.size);
  const report: TrainingReport = { trainLoss: [], validationLoss: [], epochsRun: 0, stoppedEarly: false, bestEpoch: 0 };
  let best = { loss: Infinity, parameters: [...parameters], epoch: 0 };
  let step = 0;
  for (let epoch = 1; epoch <= epochs; epoch += 1) {
    const batchOrder = shuffled(
      training.map((_row, index) => index),
      seed * 31 + epoch,
    );
    for (let start = 0; start < batchOrder.length; start += batchSize) {
      const batch = batchOrder.slice(start, start + batchSize);
      const gradient = new Float64Array(layout.size);
      let weightSum = 0;
      for (const index of batch) weightSum += weights.get(training[index]!.label) ?? 1;
      for (const index of batch) {
        const row = training[index]!;
        const pass = forward(state, row);
        backward(
          state,
          row,
          pass,
          ((weights.get(row.label) ?? 1) * (sigmoid(pass.logit) - row.target)) / weightSum,
          gradient,
        );
      }
      step += 1;
      for (let index = 0; index < layout.size; index += 1) {
        const value = (gradient[index] ?? 0) + (mask[index] ? l2 * parameters[index]! : 0);
        firstMoment[index] = 0.9 * firstMoment[index]! + 0.1 * value;
        secondMoment[index] = 0.999 * secondMoment[index]! + 0.001 * value * value;
        const corrected = firstMoment[index]! / (1 - 0.9 ** step);
        const variance = secondMoment[index]! / (1 - 0.999 ** step);
        parameters[index] = parameters[index]! - (learningRate * corrected) / (Math.sqrt(variance) + 1e-8);
      }
    }
    report.epochsRun = epoch;
    report.trainLoss.push(headLoss(state, training, weights));
    if (validation.length > 0) {
      const loss = headLoss(state, validation, weights);
      report.validationLoss.push(loss);
      if (loss < best.loss - 1e-6) best = { loss, parameters: [...parameters], epoch };
      else if (epoch - best.epoch >= patience) {
        report.stoppedEarly = true;
        break;
      }
    }
  }
  if (validation.length > 0) {
    state.parameters = best.parameters;
    report.bestEpoch = best.epoch;
  } else report.bestEpoch = report.epochsRun;
  return { state, report };
}
