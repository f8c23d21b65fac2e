/**
 * A seeded pseudo-random generator (mulberry32) giving floats in [0, 1). Integer arithmetic only, so a
 * seed gives the same stream on every engine and platform: splits, samples and test models stay reproducible.
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}
