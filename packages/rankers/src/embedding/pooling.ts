/** How token vectors become one text vector. */
export type Pooling = 'mean' | 'cls';

/**
 * Pools a `[batch, sequence, hidden]` output into one vector per row, using the attention mask so
 * padding never counts; optionally scales each to unit length.
 */
export function poolHiddenStates(
  hidden: Float32Array,
  dims: readonly number[],
  attentionMask: ArrayLike<number | bigint>,
  pooling: Pooling,
  normalize: boolean,
): Float32Array[] {
  const [batch = 0, sequence = 0, size = 0] = dims;
  const vectors: Float32Array[] = [];
  for (let row = 0; row < batch; row += 1) {
    const vector = new Float32Array(size);
    const rowOffset = row * sequence * size;
    if (pooling === 'cls') vector.set(hidden.subarray(rowOffset, rowOffset + size));
    else {
      let tokens = 0;
      for (let position = 0; position < sequence; position += 1) {
        if (Number(attentionMask[row * sequence + position]) === 0) continue;
        tokens += 1;
        const offset = rowOffset + position * size;
        for (let index = 0; index < size; index += 1) vector[index]! += hidden[offset + index]!;
      }
      if (tokens > 0) for (let index = 0; index < size; index += 1) vector[index]! /= tokens;
    }
    vectors.push(normalize ? unitLength(vector) : vector);
  }
  return vectors;
}

/** Scales a vector to length 1 (a zero vector stays zero). */
export function unitLength(vector: Float32Array): Float32Array {
  let sum = 0;
  for (const value of vector) sum += value * value;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let index = 0; index < vector.length; index += 1) vector[index]! /= norm;
  return vector;
}

/** Combines the vectors of one text's chunks, weighting each by its token count. */
export function combineChunks(
  chunks: ReadonlyArray<{ vector: Float32Array; tokens: number }>,
  normalize: boolean,
): Float32Array {
  const first = chunks[0];
  if (!first) throw new RangeError('combineChunks needs at least one chunk');
  if (chunks.length === 1) return first.vector;
  const combined = new Float32Array(first.vector.length);
  let total = 0;
  for (const { vector, tokens } of chunks) {
    total += tokens;
    for (let index = 0; index < vector.length; index += 1) combined[index]! += vector[index]! * tokens;
  }
  for (let index = 0; index < combined.length; index += 1) combined[index]! /= total || 1;
  return normalize ? unitLength(combined) : combined;
}
