/** Dimensions of a llama decoder, without the vocabulary (that comes from the copied tokenizer). */
export interface LlamaShape {
  /** Width of every hidden state (`llama.embedding_length`). */
  embeddingLength: number;
  /** Number of transformer blocks (`llama.block_count`). */
  blockCount: number;
  /** Query heads per block; `embeddingLength` must be a multiple of it. */
  headCount: number;
  /** Key/value heads per block (grouped-query attention); must divide `headCount`. */
  headCountKeyValue: number;
  /** Width of the gated feed-forward layer (`llama.feed_forward_length`). */
  feedForwardLength: number;
  /** Longest sequence the model declares (`llama.context_length`). */
  contextLength: number;
}

/** Names of the built-in shapes. */
export type LlamaShapeName = 'tiny' | '0.5b';

/** Built-in shapes: `0.5b` has the layer widths of a 0.5B-class model (Qwen2.5-0.5B-like), `tiny` is for fast tests. */
export const LLAMA_SHAPES: Readonly<Record<LlamaShapeName, Readonly<LlamaShape>>> = Object.freeze({
  tiny: Object.freeze({
    embeddingLength: 64,
    blockCount: 2,
    headCount: 4,
    headCountKeyValue: 2,
    feedForwardLength: 128,
    contextLength: 2048,
  }),
  '0.5b': Object.freeze({
    embeddingLength: 1024,
    blockCount: 24,
    headCount: 16,
    headCountKeyValue: 8,
    feedForwardLength: 2816,
    contextLength: 4096,
  }),
});

/** Returns the named shape; throws on an unknown name or dimensions llama.cpp cannot load. */
export function resolveLlamaShape(shape: LlamaShapeName | LlamaShape): LlamaShape {
  const resolved = typeof shape === 'string' ? LLAMA_SHAPES[shape] : shape;
  if (resolved === undefined)
    throw new Error(`Unknown llama shape "${String(shape)}"; use one of ${Object.keys(LLAMA_SHAPES).join(', ')}.`);
  for (const [field, value] of Object.entries(resolved)) {
    if (!Number.isSafeInteger(value) || value < 1)
      throw new Error(`Llama shape field "${field}" must be a positive integer, got ${String(value)}.`);
  }
  if (resolved.embeddingLength % resolved.headCount !== 0)
    throw new Error('embeddingLength must be a multiple of headCount.');
  if (resolved.headCount % resolved.headCountKeyValue !== 0)
    throw new Error('headCount must be a multiple of headCountKeyValue.');
  return { ...resolved };
}

/** Returns a file-name-safe label for a shape: the preset name or the dimensions spelled out. */
export function llamaShapeLabel(shape: LlamaShapeName | LlamaShape): string {
  if (typeof shape === 'string') return shape;
  return `e${shape.embeddingLength}-b${shape.blockCount}-h${shape.headCount}-kv${shape.headCountKeyValue}-f${shape.feedForwardLength}`;
}

/** One tensor of the model: GGUF name, ggml dimensions (innermost first) and whether it is a norm (F32) or a weight matrix (F16). */
export interface LlamaTensorSpec {
  /** Tensor name as llama.cpp expects it. */
  name: string;
  /** ggml dimensions, `ne0` (the innermost, contiguous one) first. */
  dimensions: number[];
  /** True for RMS-norm weights, stored as F32 ones; false for matrices, stored as seeded random F16. */
  norm: boolean;
}

/** Lists every tensor of a llama model of this shape and vocabulary size, in file order. */
export function llamaTensorSpecs(shape: LlamaShape, vocabularySize: number): LlamaTensorSpec[] {
  const embedding = shape.embeddingLength;
  const keyValueWidth = (embedding / shape.headCount) * shape.headCountKeyValue;
  const specs: LlamaTensorSpec[] = [
    { name: 'token_embd.weight', dimensions: [embedding, vocabularySize], norm: false },
  ];
  for (let block = 0; block < shape.blockCount; block += 1) {
    const prefix = `blk.${block}.`;
    specs.push(
      { name: `${prefix}attn_norm.weight`, dimensions: [embedding], norm: true },
      { name: `${prefix}attn_q.weight`, dimensions: [embedding, embedding], norm: false },
      { name: `${prefix}attn_k.weight`, dimensions: [embedding, keyValueWidth], norm: false },
      { name: `${prefix}attn_v.weight`, dimensions: [embedding, keyValueWidth], norm: false },
      { name: `${prefix}attn_output.weight`, dimensions: [embedding, embedding], norm: false },
      { name: `${prefix}ffn_norm.weight`, dimensions: [embedding], norm: true },
      { name: `${prefix}ffn_gate.weight`, dimensions: [embedding, shape.feedForwardLength], norm: false },
      { name: `${prefix}ffn_up.weight`, dimensions: [embedding, shape.feedForwardLength], norm: false },
      { name: `${prefix}ffn_down.weight`, dimensions: [shape.feedForwardLength, embedding], norm: false },
    );
  }
  specs.push(
    { name: 'output_norm.weight', dimensions: [embedding], norm: true },
    { name: 'output.weight', dimensions: [embedding, vocabularySize], norm: false },
  );
  return specs;
}

/** Counts the parameters of a llama model of this shape and vocabulary size (untied input and output embeddings). */
export function countLlamaParameters(shape: LlamaShape, vocabularySize: number): number {
  return llamaTensorSpecs(shape, vocabularySize).reduce(
    (total, spec) => total + spec.dimensions.reduce((product, size) => product * size, 1),
    0,
  );
}
