// Pathological inputs of size n (a generator per shape), shared by adversarial.test.ts (what each one must produce) and
// the linear-time benchmark (`pnpm bench --only adversarial`: the time at n and 2n). Test and bench data only.

// Inputs that made backtracking regexes quadratic (issue #17): a number followed by a long run of spaces took
// 8.1 s at 40k; "$5" plus em-spaces 38 s at 160k.
export const PATHOLOGICAL: readonly (readonly [string, (size: number) => string])[] = [
  ['a number, then spaces', (size) => `5${' '.repeat(size)}`],
  ['"$5", then em-spaces', (size) => `$5${'\u2003'.repeat(size)}`],
  ['"$5", spaces, a word', (size) => `$5${' '.repeat(size)}x`],
  ['a number, spaces, "+"', (size) => `120000${' '.repeat(size)}+x`],
  ['many bare numbers', (size) => '1 '.repeat(size / 2)],
  ['digits', (size) => '7'.repeat(size)],
  ['dash-chained numbers', (size) => '1-'.repeat(size / 2)],
  ['comma groups', (size) => '1,'.repeat(size / 2)],
  // The pay-context rules (fees per unit, sentences about bonuses, labels glued to amounts).
  ['"$5 per", then spaces', (size) => `$5 per${' '.repeat(size)}x`],
  ['"$5 per ", then letters', (size) => `$5 per ${'a'.repeat(size)}`],
  ['comma-space groups', (size) => '1, 000 '.repeat(size / 7)],
  ['glued dollar amounts', (size) => '$1'.repeat(size / 2)],
  ['amounts in bonus sentences', (size) => 'bonus $5 and '.repeat(size / 13)],
  ['labels glued to amounts', (size) => '$50,000Job '.repeat(size / 11)],
  ['multipliers glued to words', (size) => '$5kBb$5bEe '.repeat(size / 11)],
  // Decades of pay, labelled ends and markup inside numbers.
  ['decade parts', (size) => 'high to mid-$70,000s '.repeat(size / 21)],
  ['labelled ends', (size) => 'Min Rate $1 Max Rate $2 '.repeat(size / 24)],
  ['markup inside numbers', (size) => '1.****555 '.repeat(size / 10)],
  ['masked digits', (size) => '$8*,***'.repeat(size / 7)],
  // Text made of amounts with a currency, each weighed against its sentence: 0.6-3.3 s at 200,000 characters before
  // MAX_SALARY_AMOUNTS.
  ['spaced euro amounts', (size) => '€1 '.repeat(size / 3)],
  ['spaced dollar amounts', (size) => '$1 $1 '.repeat(size / 6)],
];
