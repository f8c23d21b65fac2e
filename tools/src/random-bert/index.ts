export {
  buildRandomBertModel,
  INITIALIZER_RANGE,
  LAYER_NORM_EPSILON,
  OPSET_VERSION,
  quantizeWeights,
  type BuildRandomBertOptions,
} from './bert-graph.js';
export { decodeModel } from './onnx-builder.js';
export {
  assertOutsideRepository,
  DEFAULT_SEED,
  defaultRandomModelDirectory,
  defaultTokenizerDirectory,
  findRepositoryRoot,
  MODELS_ENVIRONMENT_VARIABLE,
  TOKENIZER_SUBDIRECTORY,
} from './paths.js';
export { MAX_SEED, SeededRandom } from './random.js';
export {
  BERT_SHAPES,
  bertShapeLabel,
  countBertParameters,
  resolveBertShape,
  type BertShape,
  type BertShapeName,
} from './shape.js';
export {
  bertConfig,
  MANIFEST_FILE,
  SENTENCE_TRANSFORMERS_FILES,
  TOKENIZER_FILES,
  writeRandomBertModel,
  type RandomBertModel,
  type WriteRandomBertModelOptions,
} from './write.js';
