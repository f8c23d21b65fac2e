// Texts of size n, shared by chunking.test.ts (what each one is cut into) and the linear-time benchmark (`pnpm bench
// --only adversarial`: the time at n and 2n). Test and bench data only.

/** A long run without punctuation, and many blank lines (splitSentences). */
export const SENTENCE_RUNS: readonly (readonly [string, (size: number) => string])[] = [
  ['no punctuation', (size) => 'a'.repeat(size)],
  ['many blank lines', (size) => `a.${'\n'.repeat(size)}b`],
];
