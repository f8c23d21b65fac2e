import { createRandom } from '@rolefit/core/internal';

// Written out rather than computed so no engine's Math function can change a bit of the output.
const SQUARE_ROOT_OF_THREE = 1.7320508075688772;

/** Largest seed accepted: seeds are used as unsigned 32-bit integers. */
export const MAX_SEED = 0xffff_ffff;

/** Throws unless the seed is an integer in [0, 2^32 - 1], so two different seeds never share a stream. */
export function assertValidSeed(seed: number): number {
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new Error(`Seed must be an integer from 0 to ${MAX_SEED}, got ${String(seed)}.`);
  }
  return seed;
}

/** Seeded generator (core's mulberry32), with the bell-shaped samples random weights need. */
export class SeededRandom {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = createRandom(assertValidSeed(seed));
  }

  /** Returns the next uniform float in [0, 1). */
  nextUniform(): number {
    return this.next();
  }

  /** Returns a bell-shaped sample with mean 0 and the given standard deviation. */
  nextNormalish(standardDeviation: number): number {
    // A sum of four uniforms (Irwin-Hall) avoids Math.log/Math.cos, whose last bits may differ between
    // engines, and is bounded at about 3.5 deviations, like BERT's truncated normal init.
    const sum = this.nextUniform() + this.nextUniform() + this.nextUniform() + this.nextUniform();
    // Four uniforms have mean 2 and variance 4/12, so (sum - 2) * sqrt(3) has unit variance.
    return (sum - 2) * SQUARE_ROOT_OF_THREE * standardDeviation;
  }

  /** Fills a new float32 array with bell-shaped samples. */
  normalishArray(length: number, standardDeviation: number): Float32Array {
    const values = new Float32Array(length);
    for (let index = 0; index < length; index += 1) values[index] = this.nextNormalish(standardDeviation);
    return values;
  }
}
