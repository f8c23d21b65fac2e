/**
 * Appends every item to `target` one at a time and returns `target`. `target.push(...items)` passes each item as an
 * argument of one call, and past about 120,000 of them the call throws "RangeError: Maximum call stack size exceeded";
 * use this wherever the number of items grows with the input (lines, words, jobs, matches, tokens).
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
