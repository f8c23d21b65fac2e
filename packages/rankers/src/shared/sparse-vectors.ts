// Sparse vector arithmetic shared by the career clustering and the pseudo-relevance step.
import { checkListArgument, describeValue, invalidArgument } from '@rolefit/core/internal';

// A vector or document of the wrong kind is core's ValidationError naming the argument, not a TypeError below.
function checkVector(fn: string, argument: string, value: unknown): void {
  if (!(value instanceof Map))
    throw invalidArgument(fn, argument, `must be a Map of feature weights, got ${describeValue(value)}`);
}

/** A sparse vector: feature → weight. */
export type SparseVector = Map<string, number>;

/** Dot product of two sparse vectors (iterates the smaller one). */
export function dot(left: ReadonlyMap<string, number>, right: ReadonlyMap<string, number>): number {
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  let sum = 0;
  for (const [feature, weight] of small) {
    const other = large.get(feature);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}

/** Euclidean length of a sparse vector. */
export function norm(vector: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}

/** Cosine similarity in [0, 1] for non-negative vectors; 0 when either is empty. */
export function cosine(left: SparseVector, right: SparseVector): number {
  checkVector('cosine', 'left', left);
  checkVector('cosine', 'right', right);
  const lengths = norm(left) * norm(right);
  return lengths > 0 ? dot(left, right) / lengths : 0;
}

/** The vector scaled to unit length (an empty or zero vector is returned as is). */
export function unit(vector: ReadonlyMap<string, number>): SparseVector {
  checkVector('unit', 'vector', vector);
  const length = norm(vector);
  if (!(length > 0)) return new Map(vector);
  return new Map([...vector].map(([feature, weight]) => [feature, weight / length]));
}

/** The mean of several vectors. */
export function centroid(vectors: readonly SparseVector[]): SparseVector {
  checkListArgument('centroid', 'vectors', vectors, 'a list of vectors').forEach((vector, index) =>
    checkVector('centroid', `vectors.${index}`, vector),
  );
  const sum: SparseVector = new Map();
  for (const vector of vectors)
    for (const [feature, weight] of vector) sum.set(feature, (sum.get(feature) ?? 0) + weight);
  for (const [feature, weight] of sum) sum.set(feature, weight / Math.max(1, vectors.length));
  return sum;
}

/** Inverse document frequency of each feature over documents given as feature sets: ln((1 + n) / (1 + df)) + 1. */
export function inverseDocumentFrequencies(documents: ReadonlyArray<ReadonlySet<string>>): Map<string, number> {
  checkListArgument('inverseDocumentFrequencies', 'documents', documents, 'a list of feature sets').forEach(
    (document, index) => {
      if (!(document instanceof Set))
        throw invalidArgument(
          'inverseDocumentFrequencies',
          `documents.${index}`,
          `must be a Set of features, got ${describeValue(document)}`,
        );
    },
  );
  const frequencies = new Map<string, number>();
  for (const document of documents)
    for (const feature of document) frequencies.set(feature, (frequencies.get(feature) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [feature, frequency] of frequencies)
    idf.set(feature, Math.log((1 + documents.length) / (1 + frequency)) + 1);
  return idf;
}
