import type { RestoredPostings } from '../../bm25/bm25-index.js';

/**
 * BM25 postings in a snapshot, compact: per term, each posting as two unsigned LEB128 varints, the gap to the previous
 * document number (the first: the number itself) and the term frequency. Used when every frequency is a whole number
 * below 2^32 and documents ascend within each term (what the index exports); otherwise the store writes the typed
 * arrays as they are.
 */

/** The varint bytes of the postings, or undefined when they cannot be written this way (a fractional weight). */
export function encodePostings(
  termOffsets: Uint32Array,
  documents: Uint32Array,
  frequencies: Float32Array | Float64Array,
): Uint8Array | undefined {
  // At most 10 bytes a posting; grown as needed from an estimate of 3.
  let bytes = new Uint8Array(Math.max(64, documents.length * 3));
  let at = 0;
  for (let term = 0; term + 1 < termOffsets.length; term += 1) {
    let previous = 0;
    const last = termOffsets[term + 1]!;
    for (let index = termOffsets[term]!; index < last; index += 1) {
      const document = documents[index]!;
      const frequency = frequencies[index]!;
      if (document < previous || !(frequency >= 0 && frequency < 2 ** 32 && Math.floor(frequency) === frequency))
        return undefined;
      if (at + 10 > bytes.length) {
        const larger = new Uint8Array(Math.ceil(bytes.length * 1.5) + 16);
        larger.set(bytes.subarray(0, at));
        bytes = larger;
      }
      for (let value = document - previous, second = false; ; value = frequency, second = true) {
        while (value >= 0x80) {
          bytes[at++] = (value & 0x7f) | 0x80;
          value = Math.floor(value / 128);
        }
        bytes[at++] = value;
        if (second) break;
      }
      previous = document;
    }
  }
  return bytes.slice(0, at);
}

/**
 * Where each term's postings start in {@link encodePostings}' bytes (`termOffsets.length` entries, the last the end),
 * found by one pass over the bytes that checks each term holds its whole number of varints of at most 5 bytes and
 * that they end exactly at the end; undefined when they do not (a damaged section).
 */
export function indexPostings(bytes: Uint8Array, termOffsets: Uint32Array, count: number): Uint32Array | undefined {
  if (termOffsets.length === 0 || termOffsets[termOffsets.length - 1] !== count) return undefined;
  const starts = new Uint32Array(termOffsets.length);
  const end = bytes.length;
  let at = 0;
  for (let term = 0; term + 1 < termOffsets.length; term += 1) {
    starts[term] = at;
    const postings = termOffsets[term + 1]! - termOffsets[term]!;
    if (postings < 0) return undefined;
    // Two varints a posting: count the bytes that end one (high bit clear).
    let left = 2 * postings;
    let run = 0;
    while (left > 0) {
      if (at >= end) return undefined;
      if (bytes[at++]! < 0x80) {
        left -= 1;
        run = 0;
      } else if (++run === 5) return undefined;
    }
  }
  starts[termOffsets.length - 1] = at;
  return at === end ? starts : undefined;
}

/**
 * Varint postings read term by term: a term's documents and frequencies are decoded the first time a search asks
 * for them (and kept), so a load decodes none. `starts` comes from {@link indexPostings}, which checked the bytes.
 */
export class VarintPostings implements RestoredPostings {
  private readonly decoded: Array<{ documents: Uint32Array; frequencies: Float32Array } | undefined> = [];

  constructor(
    private readonly bytes: Uint8Array,
    readonly termOffsets: Uint32Array,
    private readonly starts: Uint32Array,
  ) {}

  term(termId: number, keep: boolean): { documents: Uint32Array; frequencies: Float32Array } {
    const cached = this.decoded[termId];
    if (cached) return cached;
    const count = this.termOffsets[termId + 1]! - this.termOffsets[termId]!;
    const documents = new Uint32Array(count);
    const frequencies = new Float32Array(count);
    decodeRun(this.bytes, this.starts[termId]!, documents, frequencies);
    const postings = { documents, frequencies };
    if (keep) {
      // Filled one term at a time; a sparse array until then would turn into a slow dictionary.
      while (this.decoded.length <= termId) this.decoded.push(undefined);
      this.decoded[termId] = postings;
    }
    return postings;
  }
}

/** Decodes `documents.length` postings from `at` (bytes already checked by {@link indexPostings}). */
function decodeRun(bytes: Uint8Array, at: number, documents: Uint32Array, frequencies: Float32Array): void {
  let previous = 0;
  for (let index = 0; index < documents.length; index += 1) {
    let byte = bytes[at++]!;
    let value = byte & 0x7f;
    for (let shift = 7; byte >= 0x80; shift += 7) {
      byte = bytes[at++]!;
      value += shift < 28 ? (byte & 0x7f) << shift : (byte & 0x7f) * 0x10000000;
    }
    previous += value;
    documents[index] = previous;
    byte = bytes[at++]!;
    value = byte & 0x7f;
    for (let shift = 7; byte >= 0x80; shift += 7) {
      byte = bytes[at++]!;
      value += shift < 28 ? (byte & 0x7f) << shift : (byte & 0x7f) * 0x10000000;
    }
    frequencies[index] = value;
  }
}
