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
 * Decodes {@link encodePostings}' bytes into `count` documents and frequencies, term by term as `termOffsets` says;
 * undefined when the bytes do not hold exactly that (a damaged section).
 */
export function decodePostings(
  bytes: Uint8Array,
  termOffsets: Uint32Array,
  count: number,
): { documents: Uint32Array; frequencies: Float32Array } | undefined {
  if (termOffsets.length === 0 || termOffsets[termOffsets.length - 1] !== count) return undefined;
  const documents = new Uint32Array(count);
  const frequencies = new Float32Array(count);
  const end = bytes.length;
  let at = 0;
  for (let term = 0; term + 1 < termOffsets.length; term += 1) {
    let previous = 0;
    const last = termOffsets[term + 1]!;
    // Two varints per posting, the document gap then the frequency (`second` tells which); one byte is the usual case.
    for (let index = termOffsets[term]!, second = false; index < last; second = !second, index += second ? 0 : 1) {
      if (at >= end) return undefined;
      let byte = bytes[at++]!;
      let value = byte & 0x7f;
      for (let shift = 7; byte >= 0x80; shift += 7) {
        if (at >= end || shift > 28) return undefined;
        byte = bytes[at++]!;
        value += shift < 28 ? (byte & 0x7f) << shift : (byte & 0x7f) * 0x10000000;
      }
      if (second) frequencies[index] = value;
      else {
        previous += value;
        if (previous > 0xffffffff) return undefined;
        documents[index] = previous;
      }
    }
  }
  return at === end ? { documents, frequencies } : undefined;
}
