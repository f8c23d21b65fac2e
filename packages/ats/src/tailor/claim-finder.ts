import type { Claim } from '../truthfulness/index.js';

/**
 * A function giving the claims that overlap a span of the generated text (a summary sentence or a bullet), in the
 * order of `claims`. It looks them up by binary search over the claims sorted by start (a claim overlapping a span
 * starts at most the longest claim's length before it), so all pieces of an answer cost about n log n: a filter over
 * every claim for every piece was quadratic, and 8,000 generated bullets of six claims each took 2.3 s, 16,000 four
 * times that (round 8 of ADVERSARIAL.md).
 */
export function claimFinder(claims: readonly Claim[]): (span: { start: number; end: number }) => Claim[] {
  const byStart = claims
    .map((claim, index) => ({ claim, index }))
    .sort((left, right) => left.claim.start - right.claim.start || left.index - right.index);
  const longest = claims.reduce((most, claim) => Math.max(most, claim.end - claim.start), 0);
  return (span) => {
    const from = span.start - longest;
    let low = 0;
    let high = byStart.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (byStart[middle]!.claim.start < from) low = middle + 1;
      else high = middle;
    }
    const found: Array<{ claim: Claim; index: number }> = [];
    for (let at = low; at < byStart.length && byStart[at]!.claim.start < span.end; at += 1)
      if (byStart[at]!.claim.end > span.start) found.push(byStart[at]!);
    return found.sort((left, right) => left.index - right.index).map((entry) => entry.claim);
  };
}
