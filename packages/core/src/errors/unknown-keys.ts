/** Edit distance (insertions, deletions, substitutions, adjacent swaps) between `a` and `b`, case-insensitive; stops early above `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  if (Math.abs(left.length - right.length) > limit) return limit + 1;
  let before = Array.from({ length: right.length + 1 }, (_, index) => index);
  let previous = before;
  for (let i = 1; i <= left.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= right.length; j += 1) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[right.length]!;
}

/** The known key nearest to `key` (edit distance at most half its length, at least 2), or undefined. */
export function nearestKnownKey(key: string, known: readonly string[]): string | undefined {
  if (key.length > 200) return undefined;
  const limit = Math.max(2, Math.floor(key.length / 2));
  let nearest: string | undefined;
  let nearestDistance = limit + 1;
  for (const candidate of known) {
    const distance = editDistance(key, candidate, limit);
    if (distance < nearestDistance) {
      nearest = candidate;
      nearestDistance = distance;
    }
  }
  return nearest;
}

/** Most unknown keys of one object that get a suggestion; the rest are named without one, so thousands of unknown keys stay cheap. */
export const MAX_SUGGESTED_KEYS = 20;

/** {@link unknownKeyMessage} for each key, with a suggestion for the first {@link MAX_SUGGESTED_KEYS} keys only. */
export function unknownKeyMessages(keys: readonly string[], known: readonly string[]): string[] {
  return keys.map((key, index) => unknownKeyMessage(key, index < MAX_SUGGESTED_KEYS ? known : []));
}

/** `unknown key 'workplaces' (did you mean 'workplace'?)`, the suggestion only when a known key is close. */
export function unknownKeyMessage(key: string, known: readonly string[]): string {
  const shown = key.length > 60 ? `${key.slice(0, 60)}…` : key;
  const nearest = nearestKnownKey(key, known);
  return nearest === undefined ? `unknown key '${shown}'` : `unknown key '${shown}' (did you mean '${nearest}'?)`;
}
