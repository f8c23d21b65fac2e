// Pathological inputs of size n (a generator per shape), shared by adversarial.test.ts (what each one must produce) and
// the linear-time benchmark (`pnpm bench --only adversarial`: the time at n and 2n). Test and bench data only.

// Inputs that made backtracking regexes quadratic (issue #17): a number then 40k spaces took 4.5 s.
export const PATHOLOGICAL: readonly (readonly [string, (size: number) => string])[] = [
  ['a number, then spaces', (size) => `5${' '.repeat(size)}`],
  ['a number, em-spaces, "+"', (size) => `5${'\u2003'.repeat(size)}+x`],
  ['a Russian number, then spaces', (size) => `от 3${' '.repeat(size)}`],
  ['a number, spaces, "-"', (size) => `10${' '.repeat(size)}-${' '.repeat(size)}x`],
  ['"no" then spaces', (size) => `no${' '.repeat(size)}x`],
  ['many requirements', (size) => '5 years '.repeat(size / 8)],
];
