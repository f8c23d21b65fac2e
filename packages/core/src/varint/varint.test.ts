import { describe, expect, it } from 'vitest';
import { MAX_VARINT_BYTES, VARINT_CUT, VARINT_TOO_LONG, VarintReader, writeVarint } from './varint.js';

const encode = (...values: number[]) => {
  const bytes = new Uint8Array(values.length * MAX_VARINT_BYTES);
  let at = 0;
  for (const value of values) at = writeVarint(bytes, at, value);
  return [...bytes.subarray(0, at)];
};

describe('varints', () => {
  it('writes unsigned LEB128, low seven bits first (the bytes the store and the saved job readings hold)', () => {
    expect(encode(0)).toEqual([0]);
    expect(encode(127)).toEqual([0x7f]);
    expect(encode(128)).toEqual([0x80, 0x01]);
    expect(encode(300)).toEqual([0xac, 0x02]);
    expect(encode(2 ** 28)).toEqual([0x80, 0x80, 0x80, 0x80, 0x01]);
    expect(encode(2 ** 31)).toEqual([0x80, 0x80, 0x80, 0x80, 0x08]);
    expect(encode(2 ** 32 - 1)).toEqual([0xff, 0xff, 0xff, 0xff, 0x0f]);
  });

  it('reads back what it wrote, one after another', () => {
    const values = [0, 1, 127, 128, 16_383, 16_384, 2 ** 21, 2 ** 28 - 1, 2 ** 28, 2 ** 31 + 5, 2 ** 32 - 1];
    const reader = new VarintReader(new Uint8Array(encode(...values)));
    expect(values.map(() => reader.next())).toEqual(values);
    expect(reader.position).toBe(reader.bytes.length);
    expect(reader.next()).toBe(VARINT_CUT);
  });

  it('reads a five-byte varint past 2^32 (the caller checks its range), and refuses a cut or a longer one', () => {
    expect(new VarintReader(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x7f])).next()).toBe(2 ** 35 - 1);
    const cut = new VarintReader(new Uint8Array([0x05, 0x80, 0x80]));
    expect([cut.next(), cut.next(), cut.position]).toEqual([5, VARINT_CUT, 1]);
    expect(new VarintReader(new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x80, 0x01])).next()).toBe(VARINT_TOO_LONG);
    expect(new VarintReader(new Uint8Array([0x00, 0x81, 0x01]), 1).next()).toBe(129);
  });
});
