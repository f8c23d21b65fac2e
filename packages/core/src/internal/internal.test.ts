import { describe, expect, it } from 'vitest';
import * as core from '@rolefit/core';
import { createRandom, VarintReader, writeVarint } from '@rolefit/core/internal';

describe('@rolefit/core/internal', () => {
  it('exports the seeded random generator, which the main entry does not', () => {
    const first = createRandom(7);
    const second = createRandom(7);
    const draws = [first(), first(), first()];
    expect([second(), second(), second()]).toEqual(draws);
    for (const value of draws) expect(value >= 0 && value < 1).toBe(true);
    expect('createRandom' in core).toBe(false);
  });

  it('exports the varint codec of the binary files, which the main entry does not', () => {
    const bytes = new Uint8Array(5);
    expect(writeVarint(bytes, 0, 300)).toBe(2);
    expect(new VarintReader(bytes).next()).toBe(300);
    expect('writeVarint' in core || 'VarintReader' in core).toBe(false);
  });
});
