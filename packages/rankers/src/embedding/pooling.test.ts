import { describe, expect, it } from 'vitest';
import { combineChunks, poolHiddenStates, unitLength } from './pooling.js';

describe('poolHiddenStates', () => {
  // Two rows, three positions, two dimensions; row 2 has one padding position.
  const hidden = new Float32Array([1, 2, 3, 4, 5, 6, 10, 20, 30, 40, 999, 999]);
  const mask = [1, 1, 1, 1, 1, 0];

  it('averages only the unmasked tokens', () => {
    const [first, second] = poolHiddenStates(hidden, [2, 3, 2], mask, 'mean', false);
    expect([...first!]).toEqual([3, 4]);
    expect([...second!]).toEqual([20, 30]);
  });

  it('takes the first token for cls pooling and can normalise', () => {
    const [first] = poolHiddenStates(hidden, [2, 3, 2], mask, 'cls', true);
    expect(first![0]).toBeCloseTo(1 / Math.sqrt(5), 6);
    expect(first![1]).toBeCloseTo(2 / Math.sqrt(5), 6);
  });

  it('accepts bigint masks as onnxruntime returns them', () => {
    const [, second] = poolHiddenStates(hidden, [2, 3, 2], mask.map(BigInt), 'mean', false);
    expect([...second!]).toEqual([20, 30]);
  });
});

describe('combineChunks and unitLength', () => {
  it('weights chunks by their token counts and renormalises', () => {
    const combined = combineChunks(
      [
        { vector: new Float32Array([1, 0]), tokens: 3 },
        { vector: new Float32Array([0, 1]), tokens: 1 },
      ],
      false,
    );
    expect([...combined]).toEqual([0.75, 0.25]);
    expect(
      Math.hypot(
        ...combineChunks(
          [
            { vector: new Float32Array([1, 0]), tokens: 3 },
            { vector: new Float32Array([0, 1]), tokens: 1 },
          ],
          true,
        ),
      ),
    ).toBeCloseTo(1, 6);
  });

  it('returns a single chunk as it is and rejects none', () => {
    const vector = new Float32Array([0.6, 0.8]);
    expect(combineChunks([{ vector, tokens: 5 }], true)).toBe(vector);
    expect(() => combineChunks([], true)).toThrow(RangeError);
  });

  it('leaves a zero vector at zero', () => {
    expect([...unitLength(new Float32Array([0, 0]))]).toEqual([0, 0]);
  });
});
