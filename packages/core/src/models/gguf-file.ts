import { closeSync, existsSync, fstatSync, openSync, readSync, statSync } from 'node:fs';

/** Bytes of a GGUF metadata value of each fixed-size type, by its type number (uint8 … float64; 8 is a string, 9 an array). */
export const GGUF_FIXED_VALUE_SIZES: Readonly<Record<number, number>> = {
  0: 1,
  1: 1,
  2: 2,
  3: 2,
  4: 4,
  5: 4,
  6: 4,
  7: 1,
  10: 8,
  11: 8,
  12: 8,
};
const FIXED_SIZES = GGUF_FIXED_VALUE_SIZES;
const STRING_TYPE = 8;
const ARRAY_TYPE = 9;
/** Most dimensions of a tensor (ggml's GGML_MAX_DIMS); llama.cpp refuses more. */
const MAX_TENSOR_DIMENSIONS = 4;
/** Bytes read from the file at a time while the header is walked. */
const CHUNK_BYTES = 1 << 20;

/** A header value that cannot be: its reason, where it was read. */
class HeaderProblem extends Error {}

/** Reads a file front to back in chunks, for the header walk: only what the header holds is read. */
function sequentialReader(descriptor: number, size: number) {
  let buffer = Buffer.alloc(0);
  let bufferStart = 0;
  let at = 0;
  const need = (bytes: number, what: string) => {
    if (at + bytes > size)
      throw new HeaderProblem(`${what} at byte ${at} needs ${bytes} bytes, past the end of the file (${size} bytes)`);
    if (at + bytes > bufferStart + buffer.length) {
      buffer = Buffer.alloc(Math.max(bytes, CHUNK_BYTES));
      bufferStart = at;
      buffer = buffer.subarray(0, readSync(descriptor, buffer, 0, buffer.length, at));
    }
    const offset = at - bufferStart;
    at += bytes;
    return offset;
  };
  return {
    get at() {
      return at;
    },
    // need() may read a new chunk into `buffer`: called before `buffer` is read, not as an argument of its method.
    uint32(what: string): number {
      const offset = need(4, what);
      return buffer.readUInt32LE(offset);
    },
    /** A 64-bit count or length: past 2^53 it cannot fit in the file either. */
    uint64(what: string): number {
      const offset = need(8, what);
      return buffer.readUInt32LE(offset) + buffer.readUInt32LE(offset + 4) * 2 ** 32;
    },
    skip(bytes: number, what: string): void {
      if (at + bytes > size)
        throw new HeaderProblem(`${what} at byte ${at} says ${bytes} bytes, past the end of the file (${size} bytes)`);
      at += bytes;
    },
    text(bytes: number, what: string): string {
      const offset = need(bytes, what);
      return buffer.toString('utf8', offset, offset + bytes);
    },
  };
}

/**
 * Walks the GGUF header: every metadata key and value and every tensor's name and shape must lie inside the file, and a
 * tensor has at most 4 dimensions. node-llama-cpp reads the header in JavaScript before llama.cpp does, without these
 * bounds: one byte changed in a tensor's dimension count (910,102,487 for 2) held it for minutes.
 */
function headerProblem(descriptor: number): string | undefined {
  const size = fstatSync(descriptor).size;
  const reader = sequentialReader(descriptor, size);
  const string = (what: string) => reader.skip(reader.uint64(`the length of ${what}`), what);
  try {
    reader.skip(4, 'the magic');
    const version = reader.uint32('the version');
    if (version < 2 || version > 3) return `its GGUF version is ${version} (llama.cpp reads 2 and 3)`;
    const tensorCount = reader.uint64('the tensor count');
    const entryCount = reader.uint64('the metadata count');
    // Each entry takes 12 bytes at least, each tensor 24: counts the file cannot hold are no counts.
    if (entryCount * 12 > size)
      return `its header says ${entryCount} metadata entries, more than a file of ${size} bytes holds`;
    if (tensorCount * 24 > size)
      return `its header says ${tensorCount} tensors, more than a file of ${size} bytes holds`;
    for (let entry = 0; entry < entryCount; entry += 1) {
      const keyLength = reader.uint64(`the length of metadata key ${entry}`);
      const key = JSON.stringify(reader.text(Math.min(keyLength, 256), `metadata key ${entry}`));
      reader.skip(keyLength - Math.min(keyLength, 256), `metadata key ${entry}`);
      const type = reader.uint32(`the type of ${key}`);
      if (type === STRING_TYPE) string(`the value of ${key}`);
      else if (type === ARRAY_TYPE) {
        const itemType = reader.uint32(`the item type of ${key}`);
        const count = reader.uint64(`the item count of ${key}`);
        if (itemType === STRING_TYPE) for (let item = 0; item < count; item += 1) string(`item ${item} of ${key}`);
        else if (FIXED_SIZES[itemType] !== undefined)
          reader.skip(count * FIXED_SIZES[itemType]!, `the items of ${key}`);
        else return `metadata ${key} is an array of an unknown type (${itemType})`;
      } else if (FIXED_SIZES[type] !== undefined) reader.skip(FIXED_SIZES[type]!, `the value of ${key}`);
      else return `metadata ${key} has an unknown type (${type})`;
    }
    for (let tensor = 0; tensor < tensorCount; tensor += 1) {
      const nameLength = reader.uint64(`the name length of tensor ${tensor}`);
      const name = JSON.stringify(reader.text(Math.min(nameLength, 256), `the name of tensor ${tensor}`));
      reader.skip(nameLength - Math.min(nameLength, 256), `the name of tensor ${tensor}`);
      const dimensions = reader.uint32(`the dimension count of tensor ${name}`);
      if (dimensions > MAX_TENSOR_DIMENSIONS)
        return `tensor ${tensor} (${name}) says it has ${dimensions} dimensions (GGUF allows at most ${MAX_TENSOR_DIMENSIONS})`;
      reader.skip(8 * dimensions + 4 + 8, `the shape, type and offset of tensor ${name}`);
    }
    return undefined;
  } catch (error) {
    if (error instanceof HeaderProblem) return `its header is cut short or corrupt: ${error.message}`;
    throw error;
  }
}

/**
 * What is wrong with `file` as a GGUF model (llama.cpp's format), or undefined when it is a file that starts with the
 * GGUF magic bytes and whose header (metadata, tensor names and shapes) lies inside it. Read before a model loader,
 * whose own errors say less: a missing path, a directory, an HTML error page or a Git LFS pointer saved in place of the
 * model, a header cut short or damaged.
 */
export function ggufFileProblem(file: string): string | undefined {
  if (!existsSync(file)) return 'no such file';
  if (!statSync(file).isFile()) return 'it is a directory, not a GGUF file';
  const magic = Buffer.alloc(4);
  const descriptor = openSync(file, 'r');
  try {
    readSync(descriptor, magic, 0, 4, 0);
    const start = magic.toString('latin1');
    if (start !== 'GGUF') return `it is not a GGUF file (it starts with ${JSON.stringify(start)}, not "GGUF")`;
    return headerProblem(descriptor);
  } finally {
    closeSync(descriptor);
  }
}
