import { VectorDimensionError } from '../../errors/index.js';

/** Exact cosine search over unit-normalised Float32Array vectors. */
export class VectorIndex {
  private readonly vectors = new Map<string, Float32Array>();
  private dimensions: number | undefined;

  /** Number of vectors held. */
  get size(): number {
    return this.vectors.size;
  }

  /** Length of the vectors held, once the first is added. */
  get dimension(): number | undefined {
    return this.dimensions;
  }

  /** Adds or replaces a vector (stored normalised, so search is a dot product). */
  set(id: string, vector: Float32Array): void {
    if (this.dimensions === undefined || this.vectors.size === 0) this.dimensions = vector.length;
    else if (vector.length !== this.dimensions) throw new VectorDimensionError(this.dimensions, vector.length, id);
    this.vectors.set(id, normalize(vector));
  }

  /** The stored (normalised) vector. */
  get(id: string): Float32Array | undefined {
    return this.vectors.get(id);
  }

  /** Removes a vector. */
  delete(id: string): boolean {
    return this.vectors.delete(id);
  }

  /** Every id and vector. */
  entries(): IterableIterator<[string, Float32Array]> {
    return this.vectors.entries();
  }

  /** The `limit` most similar ids that pass `accept`, best first, with cosine similarity. */
  search(query: Float32Array, limit: number, accept: (id: string) => boolean = () => true): Array<{ id: string; score: number }> {
    if (this.dimensions !== undefined && query.length !== this.dimensions) throw new VectorDimensionError(this.dimensions, query.length);
    if (limit <= 0) return [];
    const unit = normalize(query);
    const dimensions = unit.length;
    // Keep the best `limit` in a small sorted array: cheaper than sorting every score when limit ≪ size.
    const best: Array<{ id: string; score: number }> = [];
    for (const [id, vector] of this.vectors) {
      let score = 0;
      for (let index = 0; index < dimensions; index += 1) score += unit[index]! * vector[index]!;
      if (best.length === limit && score <= best[best.length - 1]!.score) continue;
      if (!accept(id)) continue;
      let position = best.length;
      while (position > 0 && best[position - 1]!.score < score) position -= 1;
      best.splice(position, 0, { id, score });
      if (best.length > limit) best.pop();
    }
    return best;
  }
}

function normalize(vector: Float32Array): Float32Array {
  let sum = 0;
  for (const value of vector) sum += value * value;
  const norm = Math.sqrt(sum);
  const result = new Float32Array(vector.length);
  if (norm === 0 || !Number.isFinite(norm)) return result;
  for (let index = 0; index < vector.length; index += 1) result[index] = vector[index]! / norm;
  return result;
}
