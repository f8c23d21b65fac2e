import { describe, expect, it } from 'vitest';
import { claim, piecesWithClaims } from './adversarial-inputs.js';
import { claimFinder } from './claim-finder.js';

describe('claimFinder', () => {
  it('gives the claims overlapping a span, in the order given, as a filter over all of them does', () => {
    const claims = [claim(30, 34), claim(0, 5), claim(12, 20), claim(18, 40), claim(41, 42), claim(3, 4)];
    const find = claimFinder(claims);
    for (const span of [
      { start: 0, end: 10 },
      { start: 15, end: 19 },
      { start: 20, end: 30 },
      { start: 34, end: 41 },
      { start: 50, end: 60 },
      { start: 0, end: 100 },
    ])
      expect(find(span)).toEqual(claims.filter((item) => item.start < span.end && item.end > span.start));
  });

  // Round 8 of ADVERSARIAL.md: tailorResume filtered every claim for every piece (quadratic in the answer's bullets).
  // The time of n pieces at n and 2n is measured by `pnpm bench --only adversarial` (no timings in tests).
  it('finds the six claims of each of 16,000 pieces, in order', () => {
    const { claims, pieces } = piecesWithClaims(16_000);
    const find = claimFinder(claims);
    pieces.forEach((piece, index) => expect(find(piece)).toEqual(claims.slice(index * 6, index * 6 + 6)));
  });
});
