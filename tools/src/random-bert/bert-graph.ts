import { GraphBuilder, IR_VERSION, TensorType, encodeModel, tensorValueInfo } from './onnx-builder.js';
import { SeededRandom } from './random.js';
import type { BertShape } from './shape.js';

/** The ONNX operator set the graph is written for (LayerNormalization needs 17). */
export const OPSET_VERSION = 17;

/** Standard deviation of BERT's weight init (`initializer_range`). */
export const INITIALIZER_RANGE = 0.02;

/** BERT's LayerNorm epsilon (`layer_norm_eps`). */
export const LAYER_NORM_EPSILON = 1e-12;

// Added to the scores of padded keys: exp(-10000) is exactly 0 in float32, and unlike -Infinity
// it cannot turn a fully padded row into NaN.
const MASKED_SCORE = -10_000;

/** Options of {@link buildRandomBertModel}. */
export interface BuildRandomBertOptions {
  /**
   * Store the linear layers' weights as int8 and run them as dynamic-quantized MatMulInteger, the graph
   * onnxruntime's `quantize_dynamic` writes for Hugging Face `onnx/model_quantized.onnx` files. The
   * float weights are drawn exactly as for the float model of the same seed, then quantized.
   */
  quantized?: boolean;
}

/** Builds a BERT encoder with seeded random weights and returns the ONNX file bytes. */
export function buildRandomBertModel(shape: BertShape, seed: number, options: BuildRandomBertOptions = {}): Uint8Array {
  const random = new SeededRandom(seed);
  const graph = new GraphBuilder();
  const hidden = shape.hiddenSize;
  const headSize = hidden / shape.heads;

  // Weights are drawn in a fixed order, so the same seed always gives the same bytes.
  const randomWeight = (name: string, dims: number[]): string =>
    graph.addFloatInitializer(
      name,
      dims,
      random.normalishArray(
        dims.reduce((product, dim) => product * dim, 1),
        INITIALIZER_RANGE,
      ),
    );
  // Biases start at zero and LayerNorm at gamma 1, beta 0, as in BERT's init.
  const zeros = (name: string, size: number): string => graph.addFloatInitializer(name, [size], new Float32Array(size));
  const ones = (name: string, size: number): string =>
    graph.addFloatInitializer(name, [size], new Float32Array(size).fill(1));
  const layerNorm = (prefix: string, input: string, output: string): string =>
    graph.addNode(
      'LayerNormalization',
      [input, ones(`${prefix}.weight`, hidden), zeros(`${prefix}.bias`, hidden)],
      output,
      {
        axis: -1,
        epsilon: { float: LAYER_NORM_EPSILON },
      },
    );
  // Like quantize_dynamic, quantize each activation once, however many layers read it (query, key, value).
  const quantizedInputs = new Map<string, string[]>();
  const quantizedInput = (input: string): string[] => {
    let outputs = quantizedInputs.get(input);
    if (outputs === undefined) {
      outputs = graph.addMultiOutputNode(
        'DynamicQuantizeLinear',
        [input],
        [`${input}.quantized`, `${input}.scale`, `${input}.zero_point`],
      );
      quantizedInputs.set(input, outputs);
    }
    return outputs;
  };
  const linear = (prefix: string, input: string, inputSize: number, outputSize: number, output: string): string => {
    const product = options.quantized
      ? quantizedMatMul(
          graph,
          prefix,
          quantizedInput(input),
          random.normalishArray(inputSize * outputSize, INITIALIZER_RANGE),
          [inputSize, outputSize],
          `${output}.matmul`,
        )
      : graph.addNode('MatMul', [input, randomWeight(`${prefix}.weight`, [inputSize, outputSize])], `${output}.matmul`);
    return graph.addNode('Add', [product, zeros(`${prefix}.bias`, outputSize)], output);
  };

  // Shared constants.
  const zeroIndex = graph.addInt64Initializer('const.zero_index', [1], [0]);
  const firstAxis = graph.addInt64Initializer('const.axis_0', [1], [0]);
  const maskAxes = graph.addInt64Initializer('const.mask_axes', [2], [1, 2]);
  const splitHeads = graph.addInt64Initializer('const.split_heads_shape', [4], [0, 0, shape.heads, headSize]);
  const mergeHeads = graph.addInt64Initializer('const.merge_heads_shape', [3], [0, 0, hidden]);
  const one = graph.addFloatScalar('const.one', 1);
  const half = graph.addFloatScalar('const.half', 0.5);
  const maskedScore = graph.addFloatScalar('const.masked_score', MASKED_SCORE);
  const scoreScale = graph.addFloatScalar('const.score_scale', Math.sqrt(headSize));
  const squareRootOfTwo = graph.addFloatScalar('const.sqrt_2', Math.SQRT2);

  // Embeddings: word + position + token type. Positions are 0..sequence_length-1, taken by slicing
  // the position table to the input's length, so callers never pass position ids.
  const wordTable = randomWeight('embeddings.word_embeddings.weight', [shape.vocabSize, hidden]);
  const positionTable = randomWeight('embeddings.position_embeddings.weight', [shape.maxPositions, hidden]);
  const tokenTypeTable = randomWeight('embeddings.token_type_embeddings.weight', [shape.typeVocabSize, hidden]);
  const words = graph.addNode('Gather', [wordTable, 'input_ids'], 'embeddings.words', { axis: 0 });
  const sequenceLength = graph.addNode('Shape', ['input_ids'], 'embeddings.sequence_length', { start: 1, end: 2 });
  const positions = graph.addNode(
    'Slice',
    [positionTable, zeroIndex, sequenceLength, firstAxis],
    'embeddings.positions',
  );
  const tokenTypes = graph.addNode('Gather', [tokenTypeTable, 'token_type_ids'], 'embeddings.token_types', { axis: 0 });
  const wordsAndPositions = graph.addNode('Add', [words, positions], 'embeddings.words_and_positions');
  const embeddingSum = graph.addNode('Add', [wordsAndPositions, tokenTypes], 'embeddings.sum');
  let hiddenStates = layerNorm('embeddings.LayerNorm', embeddingSum, 'embeddings.output');

  // Additive attention mask [batch, 1, 1, sequence]: 0 for real tokens, MASKED_SCORE for padding.
  const maskFloat = graph.addNode('Cast', ['attention_mask'], 'mask.float', { to: TensorType.float });
  const maskBroadcast = graph.addNode('Unsqueeze', [maskFloat, maskAxes], 'mask.broadcast');
  const maskInverted = graph.addNode('Sub', [one, maskBroadcast], 'mask.inverted');
  const additiveMask = graph.addNode('Mul', [maskInverted, maskedScore], 'mask.additive');

  for (let layer = 0; layer < shape.layers; layer += 1) {
    const prefix = `encoder.layer.${layer}`;
    const input = hiddenStates;

    // Self-attention: project, split into heads [batch, heads, sequence, headSize], attend, merge.
    const toHeads = (name: string, permutation: number[]): string => {
      const projected = linear(`${prefix}.attention.self.${name}`, input, hidden, hidden, `${prefix}.${name}`);
      const split = graph.addNode('Reshape', [projected, splitHeads], `${prefix}.${name}.split`);
      return graph.addNode('Transpose', [split], `${prefix}.${name}.heads`, { perm: permutation });
    };
    const queries = toHeads('query', [0, 2, 1, 3]);
    const keysTransposed = toHeads('key', [0, 2, 3, 1]);
    const values = toHeads('value', [0, 2, 1, 3]);
    const rawScores = graph.addNode('MatMul', [queries, keysTransposed], `${prefix}.scores.raw`);
    const scaledScores = graph.addNode('Div', [rawScores, scoreScale], `${prefix}.scores.scaled`);
    const maskedScores = graph.addNode('Add', [scaledScores, additiveMask], `${prefix}.scores.masked`);
    const probabilities = graph.addNode('Softmax', [maskedScores], `${prefix}.probabilities`, { axis: -1 });
    const context = graph.addNode('MatMul', [probabilities, values], `${prefix}.context.heads`);
    const contextTransposed = graph.addNode('Transpose', [context], `${prefix}.context.transposed`, {
      perm: [0, 2, 1, 3],
    });
    const contextMerged = graph.addNode('Reshape', [contextTransposed, mergeHeads], `${prefix}.context`);
    const attentionProjected = linear(
      `${prefix}.attention.output.dense`,
      contextMerged,
      hidden,
      hidden,
      `${prefix}.attention.projected`,
    );
    const attentionResidual = graph.addNode('Add', [attentionProjected, input], `${prefix}.attention.residual`);
    const attentionOutput = layerNorm(
      `${prefix}.attention.output.LayerNorm`,
      attentionResidual,
      `${prefix}.attention.output`,
    );

    // Feed-forward with exact GELU: x * 0.5 * (1 + erf(x / sqrt(2))).
    const expanded = linear(
      `${prefix}.intermediate.dense`,
      attentionOutput,
      hidden,
      shape.intermediateSize,
      `${prefix}.intermediate`,
    );
    const scaled = graph.addNode('Div', [expanded, squareRootOfTwo], `${prefix}.gelu.scaled`);
    const errorFunction = graph.addNode('Erf', [scaled], `${prefix}.gelu.erf`);
    const shifted = graph.addNode('Add', [errorFunction, one], `${prefix}.gelu.shifted`);
    const gated = graph.addNode('Mul', [expanded, shifted], `${prefix}.gelu.gated`);
    const activated = graph.addNode('Mul', [gated, half], `${prefix}.gelu`);
    const contracted = linear(
      `${prefix}.output.dense`,
      activated,
      shape.intermediateSize,
      hidden,
      `${prefix}.output.projected`,
    );
    const outputResidual = graph.addNode('Add', [contracted, attentionOutput], `${prefix}.output.residual`);
    const isLastLayer = layer === shape.layers - 1;
    hiddenStates = layerNorm(
      `${prefix}.output.LayerNorm`,
      outputResidual,
      isLastLayer ? 'last_hidden_state' : `${prefix}.output`,
    );
  }

  const inputDims = ['batch_size', 'sequence_length'];
  const inputs = ['input_ids', 'attention_mask', 'token_type_ids'].map((name) =>
    tensorValueInfo(name, TensorType.int64, inputDims),
  );
  const outputs = [tensorValueInfo('last_hidden_state', TensorType.float, ['batch_size', 'sequence_length', hidden])];
  return encodeModel({
    irVersion: IR_VERSION,
    opsetImport: [{ domain: '', version: OPSET_VERSION }],
    producerName: '@rolefit/dev-tools random-bert',
    producerVersion: '1',
    docString: `BERT encoder with seeded RANDOM weights (seed ${seed}${options.quantized ? ', linear layers int8' : ''}) for speed tests only; its embeddings mean nothing.`,
    metadataProps: [
      { key: 'rolefit_random_weights', value: 'true' },
      { key: 'rolefit_seed', value: String(seed) },
      { key: 'rolefit_quantized', value: options.quantized ? 'int8' : 'none' },
    ],
    graph: graph.toGraph('random_bert', inputs, outputs),
  });
}

/**
 * Symmetric per-tensor int8 quantization of a weight matrix: scale = max |w| / 127, zero point 0,
 * as `quantize_dynamic` does with QInt8 weights.
 */
export function quantizeWeights(values: Float32Array): { values: Int8Array; scale: number } {
  let largest = 0;
  for (const value of values) largest = Math.max(largest, Math.abs(value));
  const scale = largest === 0 ? 1 : largest / 127;
  const quantized = new Int8Array(values.length);
  for (let index = 0; index < values.length; index += 1)
    quantized[index] = Math.max(-127, Math.min(127, Math.round(values[index]! / scale)));
  // Round-trip through float32, the precision the scale is stored in.
  return { values: quantized, scale: Math.fround(scale) };
}

// DynamicQuantizeLinear's (uint8, scale, zero point) → MatMulInteger with the int8 weights → Cast to
// float → times input scale × weight scale. onnxruntime fuses this into one quantized kernel.
function quantizedMatMul(
  graph: GraphBuilder,
  prefix: string,
  quantizedInput: string[],
  weights: Float32Array,
  dims: number[],
  output: string,
): string {
  const [inputQuantized, inputScale, inputZeroPoint] = quantizedInput;
  const quantized = quantizeWeights(weights);
  const weightName = graph.addInt8Initializer(`${prefix}.weight_quantized`, dims, quantized.values);
  const weightScale = graph.addFloatScalar(`${prefix}.weight_scale`, quantized.scale);
  const weightZeroPoint = graph.addInt8Initializer(`${prefix}.weight_zero_point`, [], Int8Array.of(0));
  const integerProduct = graph.addNode(
    'MatMulInteger',
    [inputQuantized!, weightName, inputZeroPoint!, weightZeroPoint],
    `${output}.integer`,
  );
  const floatProduct = graph.addNode('Cast', [integerProduct], `${output}.integer_float`, { to: TensorType.float });
  const scale = graph.addNode('Mul', [inputScale!, weightScale], `${output}.scale`);
  return graph.addNode('Mul', [floatProduct, scale], output);
}
