import { open } from 'node:fs/promises';
import { GGUF_FIXED_VALUE_SIZES } from '@rolefit/core/internal';

/** First four bytes of every GGUF file. */
export const GGUF_MAGIC = 'GGUF';

/** GGUF metadata value types, as numbered in the format. */
export const GgufValueType = {
  uint8: 0,
  int8: 1,
  uint16: 2,
  int16: 3,
  uint32: 4,
  int32: 5,
  float32: 6,
  bool: 7,
  string: 8,
  array: 9,
  uint64: 10,
  int64: 11,
  float64: 12,
} as const;

/** ggml tensor types this writer emits. */
export const GgmlTensorType = { float32: 0, float16: 1 } as const;

/** One metadata entry kept as its encoded bytes (type tag and value, without the key), so it can be copied verbatim. */
export interface GgufRawEntry {
  /** Metadata key, e.g. `tokenizer.ggml.tokens`. */
  key: string;
  /** Value type tag. */
  type: number;
  /** Encoded value (for an array: element type, count, elements). */
  value: Uint8Array;
}

/** Parsed header and metadata of a GGUF file (tensor infos are not read). */
export interface GgufMetadata {
  /** Format version. */
  version: number;
  /** Number of tensors the file declares. */
  tensorCount: bigint;
  /** Metadata entries in file order. */
  entries: GgufRawEntry[];
}

// The bytes of each fixed-size metadata type: core's, which walks a GGUF header before a model loads.
const FIXED_SIZES = GGUF_FIXED_VALUE_SIZES;

// Reads the header and metadata from a buffer; throws a RangeError when the buffer ends too soon.
function parseMetadataBuffer(buffer: Buffer): GgufMetadata {
  let offset = 0;
  const need = (bytes: number) => {
    if (offset + bytes > buffer.length) throw new RangeError('GGUF metadata runs past the bytes read');
  };
  const readUint32 = () => {
    need(4);
    const value = buffer.readUInt32LE(offset);
    offset += 4;
    return value;
  };
  const readUint64 = () => {
    need(8);
    const value = buffer.readBigUInt64LE(offset);
    offset += 8;
    return value;
  };
  const readLength = () => {
    const value = readUint64();
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`GGUF length too large: ${value}`);
    return Number(value);
  };
  const skipValue = (type: number): void => {
    const fixed = FIXED_SIZES[type];
    if (fixed !== undefined) {
      need(fixed);
      offset += fixed;
    } else if (type === GgufValueType.string) {
      const length = readLength();
      need(length);
      offset += length;
    } else if (type === GgufValueType.array) {
      const elementType = readUint32();
      const count = readLength();
      const elementSize = FIXED_SIZES[elementType];
      if (elementSize !== undefined) {
        need(elementSize * count);
        offset += elementSize * count;
      } else {
        for (let index = 0; index < count; index += 1) skipValue(elementType);
      }
    } else {
      throw new Error(`Unknown GGUF value type ${type}`);
    }
  };
  need(4);
  if (buffer.toString('latin1', 0, 4) !== GGUF_MAGIC) throw new Error('Not a GGUF file (bad magic)');
  offset = 4;
  const version = readUint32();
  if (version !== 2 && version !== 3) throw new Error(`Unsupported GGUF version ${version}`);
  const tensorCount = readUint64();
  const entryCount = readLength();
  const entries: GgufRawEntry[] = [];
  for (let index = 0; index < entryCount; index += 1) {
    const keyLength = readLength();
    need(keyLength);
    const key = buffer.toString('utf8', offset, offset + keyLength);
    offset += keyLength;
    const type = readUint32();
    const start = offset;
    skipValue(type);
    entries.push({ key, type, value: Uint8Array.prototype.slice.call(buffer, start, offset) });
  }
  return { version, tensorCount, entries };
}

/** Reads the header and all metadata entries of a GGUF file, reading only as many bytes as the metadata needs. */
export async function readGgufMetadata(filePath: string): Promise<GgufMetadata> {
  const handle = await open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    for (let length = Math.min(size, 4 << 20); ; length = Math.min(size, length * 4)) {
      const buffer = Buffer.alloc(length);
      await handle.read(buffer, 0, length, 0);
      try {
        return parseMetadataBuffer(buffer);
      } catch (error) {
        if (!(error instanceof RangeError) || length === size) throw error;
      }
    }
  } finally {
    await handle.close();
  }
}

/** Growable little-endian byte writer for GGUF headers. */
export class GgufHeaderWriter {
  private chunks: Buffer[] = [];
  private size = 0;

  /** Bytes written so far. */
  get length(): number {
    return this.size;
  }

  /** Appends raw bytes. */
  bytes(data: Uint8Array): this {
    const chunk = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    this.chunks.push(chunk);
    this.size += chunk.length;
    return this;
  }

  /** Appends an unsigned 32-bit integer. */
  uint32(value: number): this {
    const chunk = Buffer.alloc(4);
    chunk.writeUInt32LE(value);
    return this.bytes(chunk);
  }

  /** Appends an unsigned 64-bit integer. */
  uint64(value: number | bigint): this {
    const chunk = Buffer.alloc(8);
    chunk.writeBigUInt64LE(BigInt(value));
    return this.bytes(chunk);
  }

  /** Appends a 32-bit float. */
  float32(value: number): this {
    const chunk = Buffer.alloc(4);
    chunk.writeFloatLE(value);
    return this.bytes(chunk);
  }

  /** Appends a GGUF string (64-bit length, then UTF-8 bytes). */
  string(value: string): this {
    const encoded = Buffer.from(value, 'utf8');
    return this.uint64(encoded.length).bytes(encoded);
  }

  /** Appends zero bytes until the length is a multiple of `alignment`. */
  pad(alignment: number): this {
    const remainder = this.size % alignment;
    return remainder === 0 ? this : this.bytes(Buffer.alloc(alignment - remainder));
  }

  /** Appends a metadata entry holding a string. */
  stringEntry(key: string, value: string): this {
    return this.string(key).uint32(GgufValueType.string).string(value);
  }

  /** Appends a metadata entry holding an unsigned 32-bit integer. */
  uint32Entry(key: string, value: number): this {
    return this.string(key).uint32(GgufValueType.uint32).uint32(value);
  }

  /** Appends a metadata entry holding a 32-bit float. */
  float32Entry(key: string, value: number): this {
    return this.string(key).uint32(GgufValueType.float32).float32(value);
  }

  /** Appends a metadata entry copied verbatim from another file. */
  rawEntry(entry: GgufRawEntry): this {
    return this.string(entry.key).uint32(entry.type).bytes(entry.value);
  }

  /** Returns everything written as one buffer. */
  toBuffer(): Buffer {
    return Buffer.concat(this.chunks, this.size);
  }
}

const FLOAT_VIEW = new Float32Array(1);
const INTEGER_VIEW = new Uint32Array(FLOAT_VIEW.buffer);

/** Converts a float to IEEE 754 half precision bits, rounding to nearest even. */
export function toFloat16Bits(value: number): number {
  FLOAT_VIEW[0] = value;
  const bits = INTEGER_VIEW[0]!;
  const sign = (bits >>> 16) & 0x8000;
  const exponent = (bits >>> 23) & 0xff;
  let mantissa = bits & 0x7fffff;
  if (exponent === 0xff) return sign | 0x7c00 | (mantissa !== 0 ? 0x200 : 0);
  const halfExponent = exponent - 127 + 15;
  if (halfExponent >= 0x1f) return sign | 0x7c00;
  if (halfExponent <= 0) {
    if (halfExponent < -10) return sign;
    mantissa |= 0x800000;
    const shift = 14 - halfExponent;
    let half = mantissa >>> shift;
    const remainder = mantissa & ((1 << shift) - 1);
    const halfway = 1 << (shift - 1);
    if (remainder > halfway || (remainder === halfway && (half & 1) === 1)) half += 1;
    return sign | half;
  }
  let half = (halfExponent << 10) | (mantissa >>> 13);
  const remainder = mantissa & 0x1fff;
  if (remainder > 0x1000 || (remainder === 0x1000 && (half & 1) === 1)) half += 1;
  return sign | half;
}
