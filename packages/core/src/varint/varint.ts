// Unsigned LEB128 varints: seven bits a byte, low bits first, the high bit set on every byte but the last. The one
// codec of Rolefit's binary files: the memory store's BM25 postings and the rankers' saved job readings.

/** The most bytes one varint takes: five, for any whole number below 2^32 (and read up to 2^35 - 1). */
export const MAX_VARINT_BYTES = 5;

/** What {@link VarintReader.next} returns when the bytes end inside a varint. */
export const VARINT_CUT = -1;
/** What {@link VarintReader.next} returns for a varint longer than {@link MAX_VARINT_BYTES}. */
export const VARINT_TOO_LONG = -2;

/**
 * Writes `value`, a whole number from 0 to 2^32 - 1, as a varint into `bytes` at `at` (the caller leaves
 * {@link MAX_VARINT_BYTES} of room); returns where the next one starts.
 */
export function writeVarint(bytes: Uint8Array, at: number, value: number): number {
  let rest = value;
  while (rest >= 0x80) {
    bytes[at++] = (rest & 0x7f) | 0x80;
    rest >>>= 7;
  }
  bytes[at++] = rest;
  return at;
}

/** Reads varints one after another from `position`. */
export class VarintReader {
  constructor(
    readonly bytes: Uint8Array,
    /** Where the next varint starts. */
    public position = 0,
  ) {}

  /**
   * The next varint's value (up to 2^35 - 1: the caller checks its own range), or {@link VARINT_CUT} when the bytes
   * end inside it, or {@link VARINT_TOO_LONG} when it runs past {@link MAX_VARINT_BYTES}.
   */
  next(): number {
    const { bytes } = this;
    let at = this.position;
    let value = 0;
    for (let shift = 0; shift < 7 * MAX_VARINT_BYTES; shift += 7) {
      if (at >= bytes.length) return VARINT_CUT;
      const byte = bytes[at++]!;
      // Past 28 bits a shift would leave the 32-bit range.
      value += shift < 28 ? (byte & 0x7f) << shift : (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) {
        this.position = at;
        return value;
      }
    }
    return VARINT_TOO_LONG;
  }
}
