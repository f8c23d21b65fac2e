// Claims and answer pieces of size n, shared by claim-finder.test.ts (what each piece finds) and the linear-time
// benchmark (`pnpm bench --only adversarial`: the time at n and 2n). Test and bench data only.
import type { Claim } from '../truthfulness/index.js';

/** A claim of the text between `start` and `end`. */
export const claim = (start: number, end: number): Claim =>
  ({ kind: 'skill', text: 'x', start, end, supported: false, reason: '' }) as Claim;

/**
 * n pieces of 59 characters, each holding six claims (round 8 of ADVERSARIAL.md: tailorResume filtered every claim
 * for every piece, quadratic in the answer's bullets).
 */
export const piecesWithClaims = (size: number): { claims: Claim[]; pieces: Array<{ start: number; end: number }> } => {
  const pieces = Array.from({ length: size }, (_, index) => ({ start: index * 60, end: index * 60 + 59 }));
  const claims = pieces.flatMap((piece) =>
    [0, 10, 20, 30, 40, 50].map((offset) => claim(piece.start + offset, piece.start + offset + 6)),
  );
  return { claims, pieces };
};
