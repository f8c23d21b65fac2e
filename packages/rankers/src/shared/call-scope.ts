// Work that the members of one fusion call repeat on the same inputs (the person's BM25 scores over the same jobs, the
// person's skills): while a fusion ranker starts its members, the first member's answer is kept and handed to the
// next ones that ask with the same inputs. The members are started one after the other in one synchronous step, so
// nothing else runs in between (no store, job or query can change); the kept answers are dropped when the step ends,
// so they never outlive it and hold at most one answer each.

let depth = 0;
const resets = new Set<() => void>();

/**
 * Runs `start` (synchronously starting the members of one ranking call) with answers shared between them; every
 * answer kept during it is dropped when it returns or throws.
 */
export function shareWithinCall<T>(start: () => T): T {
  depth += 1;
  try {
    return start();
  } finally {
    depth -= 1;
    if (depth === 0) for (const reset of resets) reset();
  }
}

/** Whether answers may be shared now (inside {@link shareWithinCall}). */
export function sharingWithinCall(): boolean {
  return depth > 0;
}

/** Registers how a module drops the answer it keeps, called when the outermost {@link shareWithinCall} ends. */
export function onCallEnd(reset: () => void): void {
  resets.add(reset);
}
