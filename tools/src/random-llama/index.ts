export {
  GGUF_MAGIC,
  GgmlTensorType,
  GgufHeaderWriter,
  GgufValueType,
  readGgufMetadata,
  toFloat16Bits,
  type GgufMetadata,
  type GgufRawEntry,
} from './gguf.js';
export {
  countLlamaParameters,
  LLAMA_SHAPES,
  llamaShapeLabel,
  llamaTensorSpecs,
  resolveLlamaShape,
  type LlamaShape,
  type LlamaShapeName,
  type LlamaTensorSpec,
} from './shape.js';
export {
  DEFAULT_TOKENIZER_GGUF,
  defaultRandomLlamaDirectory,
  defaultTokenizerGguf,
  GGUF_ALIGNMENT,
  LLAMA_RMS_EPSILON,
  LLAMA_WEIGHT_DEVIATION,
  writeRandomLlamaGguf,
  type RandomLlamaGguf,
  type WriteRandomLlamaGgufOptions,
} from './write.js';
