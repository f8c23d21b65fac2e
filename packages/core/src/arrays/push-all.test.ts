import { describe, expect, it } from 'vitest';
import { pushAll } from './push-all.js';

describe('pushAll', () => {
  it('appends in order and returns the target', () => {
    const target = [1];
    expect(pushAll(target, [2, 3])).toBe(target);
    expect(target).toEqual([1, 2, 3]);
    expect(pushAll([] as string[], new Set(['a', 'b']))).toEqual(['a', 'b']);
  });

  it('appends more items than a spread into push() can take', () => {
    // 200,000 arguments overflow the stack as push(...items) does on Node 20.
    const items = new Array<number>(200_000).fill(7);
    expect(() => [].push(...(items as never[]))).toThrow(RangeError);
    expect(pushAll([0], items)).toHaveLength(200_001);
  });
});
