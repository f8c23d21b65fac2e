import { createRandom } from '@rolefit/core/internal';

/** A seeded shuffle of a copy of `items` (Fisher–Yates). */
export function shuffled<Item>(items: readonly Item[], seed: number): Item[] {
  const random = createRandom(seed);
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/** A stable 32-bit hash of a string (FNV-1a), for hashing tokens into buckets. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
