/** Dimensions of a BERT encoder: enough to build its ONNX graph and its config.json. */
export interface BertShape {
  /** Number of transformer layers. */
  layers: number;
  /** Width of every hidden state; must be a multiple of `heads`. */
  hiddenSize: number;
  /** Number of attention heads per layer. */
  heads: number;
  /** Width of the feed-forward layer. */
  intermediateSize: number;
  /** Number of learned position embeddings: the longest sequence the model accepts. */
  maxPositions: number;
  /** Number of word embeddings: every token id the tokenizer emits must be below it. */
  vocabSize: number;
  /** Number of token type (segment) embeddings. */
  typeVocabSize: number;
}

/** Names of the built-in shapes. */
export type BertShapeName = 'tiny' | 'minilm-l6';

/** Built-in shapes: `minilm-l6` is the real all-MiniLM-L6-v2; `tiny` keeps its vocabulary and positions so real token ids stay valid. */
export const BERT_SHAPES: Readonly<Record<BertShapeName, Readonly<BertShape>>> = Object.freeze({
  tiny: Object.freeze({
    layers: 2,
    hiddenSize: 32,
    heads: 4,
    intermediateSize: 64,
    maxPositions: 512,
    vocabSize: 30522,
    typeVocabSize: 2,
  }),
  'minilm-l6': Object.freeze({
    layers: 6,
    hiddenSize: 384,
    heads: 12,
    intermediateSize: 1536,
    maxPositions: 512,
    vocabSize: 30522,
    typeVocabSize: 2,
  }),
});

const SHAPE_FIELDS = [
  'layers',
  'hiddenSize',
  'heads',
  'intermediateSize',
  'maxPositions',
  'vocabSize',
  'typeVocabSize',
] as const;

/** Returns a validated copy of a named or explicit shape; throws on an unknown name or impossible dimensions. */
export function resolveBertShape(shape: BertShapeName | BertShape): BertShape {
  if (typeof shape === 'string') {
    const preset = BERT_SHAPES[shape];
    if (preset === undefined) {
      throw new Error(
        `Unknown BERT shape "${String(shape)}"; use one of ${Object.keys(BERT_SHAPES).join(', ')} or pass the dimensions.`,
      );
    }
    return { ...preset };
  }
  const resolved = {} as BertShape;
  for (const field of SHAPE_FIELDS) {
    const value = shape[field];
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new Error(`BERT shape field "${field}" must be a positive integer, got ${String(value)}.`);
    }
    resolved[field] = value;
  }
  if (resolved.hiddenSize % resolved.heads !== 0) {
    throw new Error(`BERT hiddenSize (${resolved.hiddenSize}) must be a multiple of heads (${resolved.heads}).`);
  }
  return resolved;
}

/** Returns true when two shapes have the same dimensions. */
export function sameBertShape(left: BertShape, right: BertShape): boolean {
  return SHAPE_FIELDS.every((field) => left[field] === right[field]);
}

/** Returns a short file-name-safe label: the preset name, or the dimensions spelled out. */
export function bertShapeLabel(shape: BertShapeName | BertShape): string {
  if (typeof shape === 'string') return shape;
  const resolved = resolveBertShape(shape);
  for (const [name, preset] of Object.entries(BERT_SHAPES)) {
    if (sameBertShape(resolved, preset)) return name;
  }
  const { layers, hiddenSize, heads, intermediateSize, maxPositions, vocabSize, typeVocabSize } = resolved;
  return `l${layers}-h${hiddenSize}-a${heads}-i${intermediateSize}-p${maxPositions}-v${vocabSize}-t${typeVocabSize}`;
}

/** Counts the float parameters of a BERT encoder with this shape (embeddings, layers, LayerNorms). */
export function countBertParameters(shape: BertShape): number {
  const { layers, hiddenSize: hidden, intermediateSize: intermediate } = shape;
  const embeddings = (shape.vocabSize + shape.maxPositions + shape.typeVocabSize) * hidden + 2 * hidden;
  const attention = 4 * (hidden * hidden + hidden) + 2 * hidden;
  const feedForward = hidden * intermediate + intermediate + intermediate * hidden + hidden + 2 * hidden;
  return embeddings + layers * (attention + feedForward);
}
