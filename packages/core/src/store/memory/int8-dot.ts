/**
 * Dot products of one int8 query against many int8 rows, in WebAssembly SIMD (16 lanes a step) where the runtime has
 * it, else in plain JavaScript. The rows live in the WebAssembly memory, so a scan reads them in place.
 */

import { MAX_VARINT_BYTES, writeVarint } from '../../varint/index.js';

/** The part of a WebAssembly memory used here (Node's types do not declare the WebAssembly global). */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number }) => WasmMemory;
}

const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

/** Row scan over int8 vectors held in {@link Int8Dot.memory}. */
export interface Int8Dot {
  /** The memory the rows, the query and the scores live in; its buffer changes when it grows. */
  readonly memory: WasmMemory;
  /** True when the WebAssembly SIMD kernel runs (false: the JavaScript fallback). */
  readonly simd: boolean;
  /**
   * Writes `count` int32 dot products of the query (int16, `stride` lanes at byte `query`) with the int8 rows at byte
   * `base` (each `stride` bytes, a multiple of 16) to the int32 array at byte `out`.
   */
  dots(query: number, base: number, count: number, stride: number, out: number): void;
}

// WebAssembly writes its numbers as unsigned LEB128: core's one varint codec.
const leb = (value: number): number[] => {
  const bytes = new Uint8Array(MAX_VARINT_BYTES);
  return [...bytes.subarray(0, writeVarint(bytes, 0, value))];
};
const section = (id: number, bytes: number[]): number[] => [id, ...leb(bytes.length), ...bytes];
const name = (text: string): number[] => [
  ...leb(text.length),
  ...[...text].map((character) => character.charCodeAt(0)),
];
const simd = (opcode: number): number[] => [0xfd, ...leb(opcode)];
const get = (local: number): number[] => [0x20, local];
const set = (local: number): number[] => [0x21, local];
const tee = (local: number): number[] => [0x22, local];
const i32Const = (value: number): number[] => [0x41, value]; // small non-negative values only (< 64)
const I32_ADD = 0x6a;
const I32_SHL = 0x74;
const I32_LT_U = 0x49;
const I32_EQZ = 0x45;
const BR_IF = 0x0d;
const BLOCK = 0x02;
const LOOP = 0x03;
const END = 0x0b;
const VOID = 0x40;
const v128Load = (offset: number): number[] => [...simd(0x00), 0, ...leb(offset)];
const EXTEND_LOW_S = simd(0x87); // i16x8.extend_low_i8x16_s
const EXTEND_HIGH_S = simd(0x88); // i16x8.extend_high_i8x16_s
const DOT = simd(0xba); // i32x4.dot_i16x8_s
const ADD = simd(0xae); // i32x4.add
const lane = (index: number): number[] => [...simd(0x1b), index]; // i32x4.extract_lane

/**
 * The kernel, hand-assembled: dots(q, base, count, stride, out). Locals: 5 row, 6 column byte, 7 row pointer,
 * 8 accumulator, 9 the row's 16 bytes. The query is int16 (two bytes a lane), so column j of the row meets query
 * bytes 2j … 2j+31.
 */
function kernelBytes(): Uint8Array {
  const [Q, BASE, COUNT, STRIDE, OUT, ROW, COLUMN, POINTER, ACC, BYTES] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const code = [
    2,
    3,
    0x7f,
    2,
    0x7b, // locals: 3 × i32, 2 × v128
    ...get(BASE),
    ...set(POINTER),
    BLOCK,
    VOID,
    ...get(COUNT),
    I32_EQZ,
    BR_IF,
    0,
    LOOP,
    VOID,
    ...simd(0x0c),
    ...new Array<number>(16).fill(0),
    ...set(ACC),
    ...i32Const(0),
    ...set(COLUMN),
    LOOP,
    VOID,
    ...get(POINTER),
    ...get(COLUMN),
    I32_ADD,
    ...v128Load(0),
    ...set(BYTES),
    ...get(ACC),
    ...get(BYTES),
    ...EXTEND_LOW_S,
    ...get(Q),
    ...get(COLUMN),
    ...get(COLUMN),
    I32_ADD,
    I32_ADD,
    ...v128Load(0),
    ...DOT,
    ...ADD,
    ...get(BYTES),
    ...EXTEND_HIGH_S,
    ...get(Q),
    ...get(COLUMN),
    ...get(COLUMN),
    I32_ADD,
    I32_ADD,
    ...v128Load(16),
    ...DOT,
    ...ADD,
    ...set(ACC),
    ...get(COLUMN),
    ...i32Const(16),
    I32_ADD,
    ...tee(COLUMN),
    ...get(STRIDE),
    I32_LT_U,
    BR_IF,
    0,
    END,
    ...get(OUT),
    ...get(ROW),
    ...i32Const(2),
    I32_SHL,
    I32_ADD,
    ...get(ACC),
    ...lane(0),
    ...get(ACC),
    ...lane(1),
    I32_ADD,
    ...get(ACC),
    ...lane(2),
    I32_ADD,
    ...get(ACC),
    ...lane(3),
    I32_ADD,
    0x36,
    2,
    0, // i32.store align=4
    ...get(POINTER),
    ...get(STRIDE),
    I32_ADD,
    ...set(POINTER),
    ...get(ROW),
    ...i32Const(1),
    I32_ADD,
    ...tee(ROW),
    ...get(COUNT),
    I32_LT_U,
    BR_IF,
    0,
    END,
    END,
    END,
  ];
  return new Uint8Array([
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...section(1, [1, 0x60, 5, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0]),
    ...section(3, [1, 0]),
    ...section(5, [1, 0, 1]),
    ...section(7, [2, ...name('memory'), 2, 0, ...name('dots'), 0, 0]),
    ...section(10, [1, ...leb(code.length), ...code]),
  ]);
}

/** A scanner with its own memory; `forceJavaScript` picks the fallback (for tests). */
export function createInt8Dot(forceJavaScript = false): Int8Dot {
  if (!forceJavaScript && wasm) {
    try {
      const bytes = kernelBytes();
      if (wasm.validate(bytes)) {
        const instance = new wasm.Instance(new wasm.Module(bytes));
        const memory = instance.exports.memory as WasmMemory;
        const dots = instance.exports.dots as (
          query: number,
          base: number,
          count: number,
          stride: number,
          out: number,
        ) => void;
        return { memory, simd: true, dots };
      }
    } catch {
      // No SIMD here: the JavaScript loop below gives the same numbers.
    }
  }
  const memory: WasmMemory = wasm ? new wasm.Memory({ initial: 1 }) : growableMemory();
  return {
    memory,
    simd: false,
    dots(query, base, count, stride, out) {
      const rows = new Int8Array(memory.buffer);
      const lanes = new Int16Array(memory.buffer, query, stride);
      const scores = new Int32Array(memory.buffer, out, count);
      for (let row = 0, pointer = base; row < count; row += 1, pointer += stride) {
        let sum = 0;
        for (let column = 0; column < stride; column += 1) sum += rows[pointer + column]! * lanes[column]!;
        scores[row] = sum;
      }
    },
  };
}

/** A stand-in for a WebAssembly memory where there is none: a buffer copied into a larger one on growth. */
function growableMemory(): WasmMemory {
  let buffer = new ArrayBuffer(PAGE_BYTES);
  return {
    get buffer() {
      return buffer;
    },
    grow(pages) {
      const previous = buffer.byteLength / PAGE_BYTES;
      const larger = new ArrayBuffer(buffer.byteLength + pages * PAGE_BYTES);
      new Uint8Array(larger).set(new Uint8Array(buffer));
      buffer = larger;
      return previous;
    },
  };
}

const PAGE_BYTES = 65536;
