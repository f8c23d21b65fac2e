import { describe, expect, it } from 'vitest';
import { expectLinearTime } from '../../../core/src/testing/scaling.js';
import type { Claim } from '../truthfulness/index.js';
import { claimFinder } from './claim-finder.js';

const claim = (start: number, end: number): Claim =>
  ({ kind: 'skill', text: 'x', start, end, supported: false, reason: '' }) as Claim;

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
  it('finds the claims of n pieces in about linear time', () => {
    expectLinearTime<{ claims: Claim[]; pieces: Array<{ start: number; end: number }> }>(
      ({ claims, pieces }) => {
        const find = claimFinder(claims);
        let total = 0;
        for (const piece of pieces) total += find(piece).length;
        return total;
      },
      (size) => {
        const pieces = Array.from({ length: size }, (_, index) => ({ start: index * 60, end: index * 60 + 59 }));
        const claims = pieces.flatMap((piece) =>
          [0, 10, 20, 30, 40, 50].map((offset) => claim(piece.start + offset, piece.start + offset + 6)),
        );
        return { claims, pieces };
      },
      { size: 4_000, maxSize: 16_000 },
    );
  });
});
