/** Score a factor gives when it cannot tell (the job or the person lacks the data): halfway, below a clear fit and above a clear mismatch. */
export const NEUTRAL_SCORE = 0.5;
